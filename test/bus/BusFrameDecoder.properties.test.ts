/**
 * Laws of the frame decoder: the chunking of a stream never changes the
 * frames it reads, and decoding what the encoder wrote gives back its verb,
 * its arguments (stripped) and its body.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusFrameDecoder } from '../../src/bus/BusFrameDecoder';
import { BUS_VERBS, encodeBusFrame, type BusFrame } from '../../src/bus/frame';

/** ASCII arguments without line breaks, whitespace included (the decoder strips it). */
const args = fc
  .string({ unit: fc.integer({ min: 0x09, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 })
  .map((text) => text.replace(/[\n\r]/gu, ''));

const json = fc.dictionary(
  fc.string({ maxLength: 8 }),
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
  ),
  { maxKeys: 5 },
);

const frame = fc.record({ verb: fc.constantFrom(...BUS_VERBS), args, body: fc.option(json, { nil: undefined }) });

/** A stream of frames, and where to cut it: any cut points, including none and every byte. */
const stream = fc.array(frame, { minLength: 1, maxLength: 8 }).chain((frames) => {
  const bytes = concat(frames.map((f) => encodeBusFrame(f.verb, f.args, f.body)));
  return fc.record({
    frames: fc.constant(frames),
    bytes: fc.constant(bytes),
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: bytes.length + 1 }),
  });
});

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
}

/** The ASCII characters Python's `str.strip()` removes: \t \n \v \f \r, U+001C-U+001F and the space. */
const PYTHON_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20]);

function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PYTHON_SPACE.has(text.charCodeAt(start))) start++;
  while (end > start && PYTHON_SPACE.has(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

const plain = (frames: readonly BusFrame[]): unknown[] =>
  frames.map(({ verb, args: a, body, json: j }) => ({ verb, args: a, body: [...body], json: j }));

describe('BusFrameDecoder laws', () => {
  it('should read the same frames however the stream is cut into chunks', () => {
    fc.assert(
      fc.property(stream, ({ bytes, cuts }) => {
        const whole = [...new BusFrameDecoder().push(bytes)];
        const decoder = new BusFrameDecoder();
        const pieces = chunked(bytes, cuts).flatMap((chunk) => [...decoder.push(chunk)]);
        expect(plain(pieces)).toEqual(plain(whole));
        expect(decoder.buffered).toBe(0);
      }),
    );
  });

  it('should give back each frame the encoder wrote: verb, stripped arguments and body', () => {
    fc.assert(
      fc.property(stream, ({ frames, bytes }) => {
        const decoded = [...new BusFrameDecoder().push(bytes)];
        expect(decoded.map((f) => ({ verb: f.verb, args: f.args, json: f.json }))).toEqual(
          frames.map((f) => ({
            verb: f.verb,
            args: pythonStrip(f.args),
            json: f.body ?? {},
          })),
        );
      }),
    );
  });

  it('should read every split of one frame at every byte boundary', () => {
    const bytes = encodeBusFrame('EVT', 'system.bus.health', { v: 1, payload: { pid: 1 } });
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new BusFrameDecoder();
      const frames = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
      expect(frames.map((f) => f.args)).toEqual(['system.bus.health']);
    }
  });
});
