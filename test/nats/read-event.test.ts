import { describe, expect, it } from 'vitest';
import { _readEvent } from '../../src/nats/read-event';
import { heartbeat, jsonBytes, wireEvent } from './support';

const SUBJECT = 'system.mutator.health';
const read = (body: Uint8Array | null, strict = true, maxBytes = 1_048_576, subject = SUBJECT) =>
  _readEvent(subject, body, body?.byteLength ?? maxBytes + 1, strict, maxBytes);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('_readEvent', () => {
  it('should read a bus event whose topic is the subject', () => {
    const result = read(jsonBytes(wireEvent(SUBJECT, 'health', heartbeat(1))));
    expect(result.ok && result.event).toMatchObject({
      template: 'system.{worker}.health',
      topic: SUBJECT,
      form: 'bus',
    });
  });

  it.each([
    ['a body that was not kept', null, 'too-large'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'not-utf8'],
    ['an overlong encoding', new Uint8Array([0xc0, 0xaf]), 'not-utf8'],
    ['an empty body', new Uint8Array(), 'not-json'],
    ['text that is not JSON', text('{"v": 1,'), 'not-json'],
    [
      'JSON nested deeper than 1,024 levels, refused before parsing',
      text(`${'['.repeat(1025)}${']'.repeat(1025)}`),
      'not-json',
    ],
    ['a leading BOM', text(`\ufeff${JSON.stringify(wireEvent(SUBJECT, 'health', heartbeat(1)))}`), 'not-json'],
    ['a JSON array', text('[1, 2]'), 'invalid-event'],
    ['a JSON string', text('"system.mutator.health"'), 'invalid-event'],
    ['null', text('null'), 'invalid-event'],
    [
      'another topic in the body',
      jsonBytes(wireEvent('system.sniffer.health', 'health', heartbeat(1))),
      'topic-mismatch',
    ],
    [
      'no topic in the body',
      jsonBytes({ ...wireEvent(SUBJECT, 'health', heartbeat(1)), topic: undefined }),
      'invalid-event',
    ],
    [
      'a topic that is not text',
      jsonBytes({ ...wireEvent(SUBJECT, 'health', heartbeat(1)), topic: 7 }),
      'invalid-event',
    ],
    ['a payload the contract refuses', jsonBytes(wireEvent(SUBJECT, 'health', { worker: 'mutator' })), 'invalid-event'],
    ['a topic inside __proto__ only', text(`{"__proto__": {"topic": "${SUBJECT}"}}`), 'invalid-event'],
  ])('should refuse %s', (_name, body, reason) => {
    const result = read(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toMatchObject({ reason, subject: SUBJECT });
  });

  it('should refuse a body over maxBytes without reading it', () => {
    const body = jsonBytes(wireEvent(SUBJECT, 'health', heartbeat(1)));
    const result = read(body, true, body.byteLength - 1);
    expect(result).toEqual({
      ok: false,
      details: { reason: 'too-large', subject: SUBJECT, size: body.byteLength, limit: body.byteLength - 1 },
    });
  });

  it('should keep only the start of a body that is not JSON', () => {
    const result = read(text(`<${'x'.repeat(100_000)}`));
    expect(!result.ok && result.details.received?.length).toBe(80);
  });

  it('should refuse a topic outside the contract under strict only', () => {
    const event = jsonBytes(wireEvent('sensor.t-1', 'reading', { celsius: 21 }));
    expect(read(event, true, 1_048_576, 'sensor.t-1')).toMatchObject({
      ok: false,
      details: { reason: 'invalid-event', template: null },
    });
    expect(read(event, false, 1_048_576, 'sensor.t-1')).toMatchObject({ ok: true, event: { template: null } });
  });

  it('should name the issues of an invalid event', () => {
    const result = read(jsonBytes(wireEvent(SUBJECT, 'health', { worker: 'mutator', ts: 'now' })));
    expect(!result.ok && result.details.issues?.map((issue) => issue.path)).toEqual([['payload', 'ts']]);
    expect(!result.ok && result.details.template).toBe('system.{worker}.health');
  });
});
