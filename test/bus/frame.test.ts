/**
 * The bus frame of CONTRACT 3.2: every byte vector produced by DECNET's own
 * `protocol.encode`, reproduced byte for byte, and every refusal of the encoder.
 */
import { describe, expect, it } from 'vitest';
import { BusFrameDecoder } from '../../src/bus/BusFrameDecoder';
import { BusProtocolError } from '../../src/bus/BusProtocolError';
import { BUS_MAX_BODY_BYTES, BUS_MAX_HEADER_BYTES, BUS_VERBS, encodeBusFrame, type BusVerb } from '../../src/bus/frame';
import { thrownBy } from '../support/calls';

/** Bytes from ASCII text and byte lists, in order. */
function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const char of part) out.push(char.charCodeAt(0));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

const ZERO = [0, 0, 0, 0] as const;

describe('encodeBusFrame', () => {
  describe('should reproduce the vectors of CONTRACT 3.2 byte for byte', () => {
    it('for encode("BYE")', () => {
      expect(encodeBusFrame('BYE')).toEqual(bytes('BYE\n', ZERO));
    });

    it('for encode("SUB", "topology.*.mutation.*")', () => {
      expect(encodeBusFrame('SUB', 'topology.*.mutation.*')).toEqual(bytes('SUB topology.*.mutation.*\n', ZERO));
    });

    it('for encode("PUB", "t", {})', () => {
      expect(encodeBusFrame('PUB', 't', {})).toEqual(bytes('PUB t\n', [0, 0, 0, 2], '{}'));
    });

    it('for encode("PUB", "system.log", {v, id, topic, type, ts, payload}): 79 bytes of compact JSON', () => {
      const body = { v: 1, id: 'abc', topic: 'system.log', type: 'log', ts: 1.5, payload: { x: 1 } };
      const json = '{"v":1,"id":"abc","topic":"system.log","type":"log","ts":1.5,"payload":{"x":1}}';
      expect(json.length).toBe(79);
      expect(encodeBusFrame('PUB', 'system.log', body)).toEqual(bytes('PUB system.log\n', [0, 0, 0, 0x4f], json));
    });

    it('for encode("SUB", "  spaced  "): only the right end is stripped on write, both ends on read', () => {
      const frame = encodeBusFrame('SUB', '  spaced  ');
      expect(frame).toEqual(bytes('SUB   spaced\n', ZERO));
      expect([...new BusFrameDecoder().push(frame)].map((f) => f.args)).toEqual(['spaced']);
    });
  });

  it('should strip every Python whitespace character from the right end, as str.rstrip() does', () => {
    expect(encodeBusFrame('HELLO', 'name \t\u000b\u000c\u001c\u001d\u001e\u001f ')).toEqual(
      bytes('HELLO name\n', ZERO),
    );
  });

  it('should write bytes given as the body as they are', () => {
    expect(encodeBusFrame('EVT', 'a', bytes('{"k":1}'))).toEqual(bytes('EVT a\n', [0, 0, 0, 7], '{"k":1}'));
  });

  it('should write the body in insertion order, non-ASCII as UTF-8', () => {
    const frame = encodeBusFrame('PUB', 'a', { z: 'é', a: 1 });
    expect(frame).toEqual(bytes('PUB a\n', [0, 0, 0, 16], '{"z":"', [0xc3, 0xa9], '","a":1}'));
  });

  it('should accept the largest header and body the limits allow', () => {
    const topic = 'a'.repeat(BUS_MAX_HEADER_BYTES - 5);
    expect(encodeBusFrame('PUB', topic).length).toBe(BUS_MAX_HEADER_BYTES + 4);
    const body = { k: 'x'.repeat(BUS_MAX_BODY_BYTES - 8) };
    expect(encodeBusFrame('PUB', 't', body).length).toBe(6 + 4 + BUS_MAX_BODY_BYTES);
  });

  describe('should refuse with a BusProtocolError', () => {
    const cases: readonly {
      readonly name: string;
      readonly call: () => unknown;
      readonly reason: BusProtocolError['reason'];
    }[] = [
      { name: 'a "\\n" in the arguments', call: () => encodeBusFrame('PUB', 'a\nBYE'), reason: 'bad-args' },
      { name: 'a "\\r" in the arguments', call: () => encodeBusFrame('SUB', 'a\r'), reason: 'bad-args' },
      { name: 'a non-ASCII topic', call: () => encodeBusFrame('PUB', 'café'), reason: 'not-ascii' },
      { name: 'U+0080 in a name', call: () => encodeBusFrame('HELLO', '\u0080'), reason: 'not-ascii' },
      {
        name: 'a header of 4,097 bytes',
        call: () => encodeBusFrame('PUB', 'a'.repeat(BUS_MAX_HEADER_BYTES - 4)),
        reason: 'header-too-long',
      },
      {
        name: 'a body of 1 MiB + 1 byte',
        call: () => encodeBusFrame('PUB', 't', { k: 'x'.repeat(BUS_MAX_BODY_BYTES - 7) }),
        reason: 'body-too-long',
      },
      {
        name: 'a body of 1 MiB + 1 byte once UTF-8',
        call: () => encodeBusFrame('PUB', 't', { k: 'é'.repeat(BUS_MAX_BODY_BYTES / 2 - 3) }),
        reason: 'body-too-long',
      },
      {
        name: 'bytes longer than 1 MiB',
        call: () => encodeBusFrame('PUB', 't', new Uint8Array(BUS_MAX_BODY_BYTES + 1)),
        reason: 'body-too-long',
      },
      { name: 'an unknown verb', call: () => encodeBusFrame('PING' as BusVerb), reason: 'unknown-verb' },
      { name: 'a lowercase verb', call: () => encodeBusFrame('pub' as BusVerb, 't'), reason: 'unknown-verb' },
      { name: 'an array body', call: () => encodeBusFrame('PUB', 't', [] as never), reason: 'not-json-object' },
      { name: 'a string body', call: () => encodeBusFrame('PUB', 't', 'x' as never), reason: 'not-json-object' },
      { name: 'a BigInt in the body', call: () => encodeBusFrame('PUB', 't', { n: 1n }), reason: 'not-json-object' },
      {
        name: 'a cycle in the body',
        call: () => {
          const body: Record<string, unknown> = {};
          body['self'] = body;
          return encodeBusFrame('PUB', 't', body);
        },
        reason: 'not-json-object',
      },
      {
        name: 'a toJSON that returns a string',
        call: () => encodeBusFrame('PUB', 't', { toJSON: () => 'x' }),
        reason: 'not-json-object',
      },
      {
        name: 'a throwing getter',
        call: () =>
          encodeBusFrame('PUB', 't', {
            get k(): never {
              throw new Error('no');
            },
          }),
        reason: 'not-json-object',
      },
    ];

    it.each(cases)('for $name', ({ call, reason }) => {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(BusProtocolError);
      expect((error as BusProtocolError).reason).toBe(reason);
      expect((error as BusProtocolError).message.length).toBeLessThanOrEqual(220);
    });
  });

  it('should throw a TypeError for a verb or arguments that are not strings', () => {
    expect(() => encodeBusFrame(1 as unknown as BusVerb)).toThrow(TypeError);
    expect(() => encodeBusFrame('SUB', null as unknown as string)).toThrow(TypeError);
  });

  it('should check the header before the body, and write nothing for a refused frame', () => {
    expect(thrownBy(() => encodeBusFrame('PUB', 'é', { n: 1n }))).toMatchObject({ reason: 'not-ascii' });
  });

  it('should list the six verbs of the protocol, frozen', () => {
    expect(BUS_VERBS).toEqual(['HELLO', 'PUB', 'SUB', 'UNSUB', 'EVT', 'BYE']);
    expect(Object.isFrozen(BUS_VERBS)).toBe(true);
  });
});
