/**
 * The frame decoder: what it reads (CONTRACT 3.2), every refusal, and its
 * bounds against a hostile peer.
 */
import { describe, expect, it } from 'vitest';
import { BusFrameDecoder } from '../../src/bus/BusFrameDecoder';
import { BusProtocolError, type BusProtocolRejection } from '../../src/bus/BusProtocolError';
import { BUS_MAX_BODY_BYTES, BUS_MAX_HEADER_BYTES, encodeBusFrame, type BusFrame } from '../../src/bus/frame';
import { controlsIn } from '../support/arbitraries';
import { thrownBy } from '../support/calls';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));
const length = (n: number): Uint8Array => Uint8Array.from([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

function decodeAll(...chunks: Uint8Array[]): BusFrame[] {
  const decoder = new BusFrameDecoder();
  return chunks.flatMap((chunk) => [...decoder.push(chunk)]);
}

function refusal(...chunks: Uint8Array[]): BusProtocolError {
  const error = thrownBy(() => decodeAll(...chunks));
  expect(error).toBeInstanceOf(BusProtocolError);
  return error as BusProtocolError;
}

describe('BusFrameDecoder', () => {
  describe('should read', () => {
    it('for every verb, with a body length of 0 read as {}', () => {
      const frames = decodeAll(
        encodeBusFrame('HELLO', 'collector'),
        encodeBusFrame('SUB', 'attacker.>'),
        encodeBusFrame('UNSUB', 'attacker.>'),
        encodeBusFrame('PUB', 'system.log', { type: 'log' }),
        encodeBusFrame('EVT', 'system.log', { v: 1 }),
        encodeBusFrame('BYE'),
      );
      expect(frames.map(({ verb, args, json }) => ({ verb, args, json }))).toEqual([
        { verb: 'HELLO', args: 'collector', json: {} },
        { verb: 'SUB', args: 'attacker.>', json: {} },
        { verb: 'UNSUB', args: 'attacker.>', json: {} },
        { verb: 'PUB', args: 'system.log', json: { type: 'log' } },
        { verb: 'EVT', args: 'system.log', json: { v: 1 } },
        { verb: 'BYE', args: '', json: {} },
      ]);
    });

    it('for a "\\r" before the "\\n"', () => {
      expect(decodeAll(ascii('SUB a.b\r\n'), length(0))[0]).toMatchObject({ verb: 'SUB', args: 'a.b' });
      expect(decodeAll(ascii('BYE\r\n'), length(0))[0]).toMatchObject({ verb: 'BYE', args: '' });
    });

    it('for arguments with whitespace around them, split at the first space and stripped', () => {
      expect(decodeAll(ascii('PUB \t a b \u000b\n'), length(0))[0]).toMatchObject({ verb: 'PUB', args: 'a b' });
      expect(decodeAll(ascii('HELLO \n'), length(0))[0]).toMatchObject({ verb: 'HELLO', args: '' });
    });

    it('keeping the body bytes exactly as they came', () => {
      const body = ascii('{ "b" : 2,\n"a":1 }');
      const [frame] = decodeAll(concat(ascii('EVT t\n'), length(body.length), body));
      expect(frame?.body).toEqual(body);
      expect(frame?.json).toEqual({ b: 2, a: 1 });
    });

    it('keeping "__proto__" as a plain key of the body', () => {
      const body = ascii('{"__proto__":{"polluted":1}}');
      const [frame] = decodeAll(concat(ascii('EVT t\n'), length(body.length), body));
      expect(Object.keys(frame?.json ?? {})).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('for the largest header and body the limits allow', () => {
      const frame = encodeBusFrame('PUB', 'a'.repeat(BUS_MAX_HEADER_BYTES - 5), {
        k: 'x'.repeat(BUS_MAX_BODY_BYTES - 8),
      });
      const [decoded] = decodeAll(frame);
      expect(decoded?.args.length).toBe(BUS_MAX_HEADER_BYTES - 5);
      expect(decoded?.body.length).toBe(BUS_MAX_BODY_BYTES);
    });

    it('for a header of exactly 4,096 bytes ending in "\\r\\n"', () => {
      const header = `PUB ${'a'.repeat(BUS_MAX_HEADER_BYTES - 6)}\r\n`;
      expect(header.length).toBe(BUS_MAX_HEADER_BYTES);
      expect(decodeAll(ascii(header), length(0))).toHaveLength(1);
    });

    it('returning the frames before a fault, then throwing it', () => {
      const decoder = new BusFrameDecoder();
      const seen: string[] = [];
      const error = thrownBy(() => {
        for (const frame of decoder.push(concat(encodeBusFrame('SUB', 'a'), ascii('PING\n'), length(0)))) {
          seen.push(frame.args);
        }
      });
      expect(seen).toEqual(['a']);
      expect(error).toMatchObject({ reason: 'unknown-verb' });
      // The stream cannot be resynchronised: later pushes throw the same error.
      expect(thrownBy(() => decoder.push(encodeBusFrame('BYE')))).toBe(error);
      expect(decoder.failure).toBe(error);
      expect(decoder.buffered).toBe(0);
    });
  });

  describe('should refuse with a BusProtocolError', () => {
    const cases: readonly { name: string; chunks: () => Uint8Array[]; reason: BusProtocolRejection }[] = [
      { name: 'an empty header line', chunks: () => [ascii('\n'), length(0)], reason: 'empty-header' },
      { name: 'a header line of "\\r" alone', chunks: () => [ascii('\r\n'), length(0)], reason: 'empty-header' },
      { name: 'an unknown verb', chunks: () => [ascii('PING\n'), length(0)], reason: 'unknown-verb' },
      { name: 'a lowercase verb', chunks: () => [ascii('sub a\n'), length(0)], reason: 'unknown-verb' },
      { name: 'a verb followed by a tab', chunks: () => [ascii('SUB\ta\n'), length(0)], reason: 'unknown-verb' },
      { name: 'a line of spaces', chunks: () => [ascii('   \n'), length(0)], reason: 'unknown-verb' },
      {
        name: 'a non-ASCII header',
        chunks: () => [Uint8Array.from([0x53, 0x55, 0x42, 0x20, 0xc3, 0xa9, 0x0a])],
        reason: 'not-ascii',
      },
      {
        name: 'a header of 4,097 bytes with its "\\n"',
        chunks: () => [ascii(`PUB ${'a'.repeat(BUS_MAX_HEADER_BYTES - 4)}\n`), length(0)],
        reason: 'header-too-long',
      },
      {
        name: '4,096 bytes without a "\\n", before any more arrive',
        chunks: () => [ascii('a'.repeat(BUS_MAX_HEADER_BYTES))],
        reason: 'header-too-long',
      },
      {
        name: 'a body length over 1 MiB, before any of the body arrives',
        chunks: () => [ascii('EVT t\n'), length(BUS_MAX_BODY_BYTES + 1)],
        reason: 'body-too-long',
      },
      {
        name: 'a body length of 2^32 - 1',
        chunks: () => [ascii('EVT t\n'), length(0xffffffff)],
        reason: 'body-too-long',
      },
      {
        name: 'a body that is not JSON',
        chunks: () => [ascii('EVT t\n'), length(3), ascii('{x}')],
        reason: 'not-json-object',
      },
      {
        name: 'a JSON array body',
        chunks: () => [ascii('EVT t\n'), length(2), ascii('[]')],
        reason: 'not-json-object',
      },
      {
        name: 'a JSON null body',
        chunks: () => [ascii('EVT t\n'), length(4), ascii('null')],
        reason: 'not-json-object',
      },
      {
        name: 'a JSON string body',
        chunks: () => [ascii('EVT t\n'), length(3), ascii('"x"')],
        reason: 'not-json-object',
      },
      {
        name: 'a body that is not UTF-8',
        chunks: () => [ascii('EVT t\n'), length(8), Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x7d])],
        reason: 'not-json-object',
      },
      {
        name: 'a body with a byte-order mark',
        chunks: () => [ascii('EVT t\n'), length(5), Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])],
        reason: 'not-json-object',
      },
    ];

    it.each(cases)('for $name', ({ chunks, reason }) => {
      const error = refusal(...chunks());
      expect(error.reason).toBe(reason);
      expect(error.message.length).toBeLessThanOrEqual(220);
      expect(controlsIn(error.message)).toEqual([]);
    });

    it('for a first byte above 0x7F as soon as it arrives, without waiting for a newline', () => {
      const decoder = new BusFrameDecoder();
      expect([...decoder.push(ascii('SUB a'))]).toEqual([]);
      expect(thrownBy(() => [...decoder.push(Uint8Array.from([0x80]))])).toMatchObject({ reason: 'not-ascii' });
    });
  });

  describe('against a hostile peer', () => {
    it('should hold at most 4 KiB of a header line that never ends, fed a byte at a time', () => {
      const decoder = new BusFrameDecoder();
      const byte = ascii('a');
      let error: unknown;
      for (let i = 0; i < 10_000 && error === undefined; i++) {
        try {
          for (const _frame of decoder.push(byte)) expect.unreachable();
        } catch (thrown) {
          error = thrown;
        }
        expect(decoder.buffered).toBeLessThanOrEqual(BUS_MAX_HEADER_BYTES);
      }
      expect(error).toMatchObject({ reason: 'header-too-long' });
    });

    it('should refuse a 16 MiB header line at its first 4 KiB, and quote only its start', () => {
      const error = refusal(new Uint8Array(16 * 1024 * 1024).fill(0x41));
      expect(error.reason).toBe('header-too-long');
      expect(error.received?.length).toBeLessThanOrEqual(64);
      expect(error.message.length).toBeLessThanOrEqual(220);
    });

    it('should show control characters of a refused verb escaped, in a bounded message', () => {
      const error = refusal(ascii(`\u001b[31m${'\u0000'.repeat(1000)}\n`), length(0));
      expect(error.reason).toBe('unknown-verb');
      expect(controlsIn(error.message)).toEqual([]);
      expect(error.message.length).toBeLessThanOrEqual(220);
    });

    it('should read a body nested 1,024 levels deep, brackets inside strings not counted', () => {
      const body = ascii(`{"s":"[[[{{{\\"[[","a":${'['.repeat(1023)}${']'.repeat(1023)}}`);
      const [frame] = decodeAll(concat(ascii('EVT t\n'), length(body.length), body));
      expect(Object.keys(frame?.json ?? {})).toEqual(['s', 'a']);
    });

    it('should refuse a body nested 1,025 levels deep before parsing it', () => {
      const body = ascii(`{"a":${'['.repeat(1024)}${']'.repeat(1024)}}`);
      expect(refusal(concat(ascii('EVT t\n'), length(body.length), body)).message).toContain('nests deeper than 1024');
    });

    it('should refuse 1 MiB of nested arrays, in or out of an object, in a few milliseconds', () => {
      const depth = (BUS_MAX_BODY_BYTES - 8) / 2;
      for (const text of [`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`, '['.repeat(BUS_MAX_BODY_BYTES)]) {
        const body = ascii(text);
        const started = performance.now();
        expect(refusal(concat(ascii('EVT t\n'), length(body.length), body)).reason).toBe('not-json-object');
        expect(performance.now() - started).toBeLessThan(100);
      }
    });

    it('should throw a TypeError for a chunk that is not bytes', () => {
      expect(() => new BusFrameDecoder().push('BYE\n' as unknown as Uint8Array)).toThrow(TypeError);
    });
  });
});
