import { describe, expect, it } from 'vitest';
import { compileEventSchemas, parseEvent, safeParseEvent, WIRE_FORMS, type WireForm } from '../../src/schemas';
import { asSseData, asWebhookBody, IN_FORM } from '../support/wire-forms';
import { ALL_FIXTURES } from './fixtures/all';

const VALID = ALL_FIXTURES.flatMap(({ template, valid }) => valid.map((fixture) => ({ template, ...fixture })));
const INVALID = ALL_FIXTURES.flatMap(({ template, invalid }) => invalid.map((fixture) => ({ template, ...fixture })));

describe('the three wire forms', () => {
  it.each(VALID)('should parse $template ($name) in every form, to the same event', ({ template, event }) => {
    const bus = parseEvent(structuredClone(event), { strict: true });
    for (const form of WIRE_FORMS) {
      const input = IN_FORM[form](structuredClone(event));
      const detected = parseEvent(input, { strict: true });
      expect(detected.form).toBe(form);
      expect(detected.template).toBe(template);
      expect(detected.params).toEqual(bus.params);
      expect(detected.payload).toEqual(bus.payload);
      expect(detected.ts).toBe(bus.ts);
      expect(parseEvent(IN_FORM[form](structuredClone(event)), { strict: true, form }).form).toBe(form);
    }
  });

  it.each(INVALID.filter(({ path }) => path[0] === 'payload'))(
    'should refuse $template ($name) in every form, at $path',
    ({ event, path }) => {
      for (const form of WIRE_FORMS) {
        const result = safeParseEvent(IN_FORM[form](structuredClone(event)), { strict: true, form });
        expect(result.success, form).toBe(false);
        if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toContainEqual(path);
      }
    },
  );

  const [first] = VALID;
  if (first === undefined) throw new Error('no fixtures');

  it('should give a webhook body ts as epoch seconds, keeping its text', () => {
    const body = { ...asWebhookBody(first.event), ts: '2024-05-01T00:01:00.500000+00:00' };
    const parsed = parseEvent(body);
    expect(parsed.form).toBe('webhook');
    expect(parsed.ts).toBe(1_714_521_660.5);
    if (parsed.form === 'webhook') expect(parsed.tsText).toBe('2024-05-01T00:01:00.500000+00:00');
  });

  it('should refuse a webhook ts that is not RFC 3339, at ts, saying what was expected', () => {
    for (const ts of ['yesterday', '', '2026-02-30T00:00:00+00:00', '2026-04-24 00:00:00', '1714521660']) {
      const result = safeParseEvent({ ...asWebhookBody(first.event), ts });
      expect(result.success, ts).toBe(false);
      if (result.success) continue;
      expect(result.error.issues.map((issue) => issue.path)).toEqual([['ts']]);
      expect(result.error.issues[0]?.message).toContain('expected an RFC 3339 timestamp');
    }
  });

  it('should tell the forms apart by shape: text ts is a webhook, v or id a bus event, else SSE data', () => {
    expect(parseEvent({ ...asSseData(first.event), v: 1, id: 'x'.repeat(32) }).form).toBe('bus');
    expect(safeParseEvent({ ...asSseData(first.event), id: 'x'.repeat(32) }).success).toBe(false); // a bus event without v
    expect(safeParseEvent({ ...asSseData(first.event), v: 1 }).success).toBe(false); // a bus event without an id
    expect(parseEvent(asSseData(first.event)).form).toBe('sse');
    expect(parseEvent({ ...first.event, ts: asWebhookBody(first.event)['ts'] }).form).toBe('webhook');
  });

  it('should check the form it is told to, whatever the shape', () => {
    const result = safeParseEvent(first.event, { form: 'webhook' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([['ts']]);
    expect(safeParseEvent(asSseData(first.event), { form: 'bus' }).success).toBe(false);
  });

  it('should return topics outside the contract as unknown events of their form', () => {
    const outside = { topic: 'vendor.custom', type: 't', ts: 1.5, payload: { a: 1 } };
    const sse = parseEvent(outside);
    expect(sse).toMatchObject({ form: 'sse', template: null, params: {}, ts: 1.5 });
    const hook = parseEvent({
      id: 'i',
      payload: {},
      topic: 'vendor.custom',
      ts: '1970-01-01T00:00:01+00:00',
      type: '',
      v: 1,
    });
    expect(hook).toMatchObject({ form: 'webhook', template: null, ts: 1, tsText: '1970-01-01T00:00:01+00:00' });
    expect(safeParseEvent(outside, { strict: true }).success).toBe(false);
  });

  it('should refuse a form option that is not a wire form, with a TypeError naming it', () => {
    expect(() => safeParseEvent(first.event, { form: 'xml' as WireForm })).toThrow(
      'safeParseEvent(): option "form" must be one of bus, webhook, sse, received "xml"',
    );
    expect(() => parseEvent(first.event, { form: 5 as unknown as WireForm })).toThrow(TypeError);
  });
});

describe('compileEventSchemas and the wire forms', () => {
  it('should compile every template in all three forms, with the same answers', () => {
    const before = VALID.flatMap(({ event }) =>
      WIRE_FORMS.map((form) => JSON.stringify(safeParseEvent(IN_FORM[form](structuredClone(event)), { form }))),
    );
    const report = compileEventSchemas();
    expect(report.refused).toEqual([]);
    const after = VALID.flatMap(({ event }) =>
      WIRE_FORMS.map((form) => JSON.stringify(safeParseEvent(IN_FORM[form](structuredClone(event)), { form }))),
    );
    expect(after).toEqual(before);
  });
});
