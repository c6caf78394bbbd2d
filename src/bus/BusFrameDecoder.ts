import { _isPythonWhitespace } from '../internal/whitespace.js';
import { BusProtocolError } from './BusProtocolError.js';
import { _jsonBody, _preview, _PREVIEW_BYTES } from './frame-body.js';
import { _isBusVerb, BUS_MAX_BODY_BYTES, BUS_MAX_HEADER_BYTES, type BusFrame, type BusVerb } from './frame.js';

/** A header line read, waiting for its length prefix and body. @internal */
interface _Header {
  readonly verb: BusVerb;
  readonly args: string;
}

/**
 * Splits a byte stream from DECNET's UNIX-socket bus into frames, however
 * the stream is cut into chunks.
 *
 * @remarks
 * It reads as DECNET's `protocol.py` does: an optional `\r` before the `\n`
 * of the header line, the verb up to the first space, the arguments stripped
 * of whitespace, a body length of 0 read as `{}`. What it refuses, with a
 * {@link BusProtocolError}: a header line longer than
 * {@link BUS_MAX_HEADER_BYTES} (found as soon as that many bytes hold no
 * `\n`), a non-ASCII header, an unknown verb, an empty header line, a body
 * longer than {@link BUS_MAX_BODY_BYTES} (found from the length prefix, before
 * any of the body is waited for), and a body that is not one JSON object in
 * UTF-8 or nests deeper than 1,024 levels (a bound on the parser's work, of
 * this library's own). So it never holds more than one frame's worth of bytes beyond what it
 * was handed. After a refusal the stream cannot be resynchronised: every
 * later `push` throws the same error.
 *
 * @example
 * ```ts
 * const decoder = new BusFrameDecoder();
 * const bytes = encodeBusFrame('EVT', 'system.bus.health', { v: 1, payload: {} });
 * [...decoder.push(bytes.subarray(0, 7))]; //=> [] (not a whole frame yet)
 * for (const frame of decoder.push(bytes.subarray(7))) frame.args; //=> "system.bus.health"
 * ```
 * @category Bus
 * @public
 */
export class BusFrameDecoder {
  #buf: Uint8Array = new Uint8Array(0);
  #start = 0;
  #end = 0;
  /** Whether `#buf` was allocated here, so bytes may be appended in place; a pushed chunk is never written to. */
  #owned = false;
  /** How many bytes of the pending header line are known to hold no `\n` and nothing above 0x7F. */
  #scanned = 0;
  #header: _Header | null = null;
  #failure: BusProtocolError | null = null;

  /** How many bytes are held that no frame returned so far has used. */
  get buffered(): number {
    return this.#end - this.#start;
  }

  /** The refusal that stopped the stream, or `null`. */
  get failure(): BusProtocolError | null {
    return this.#failure;
  }

  /**
   * Adds bytes from the stream and returns the frames they complete.
   *
   * @param chunk - the next bytes, as they came (a Node `Buffer` is a `Uint8Array`).
   * @returns an iterator over the frames now complete, decoded as it is walked: frames before a fault are
   *   returned, then the fault is thrown. Walk it before the next `push`.
   * @throws {@link BusProtocolError} from the iterator for a refused frame; from `push` itself once the stream
   *   has failed; `TypeError` when `chunk` is not a `Uint8Array`.
   * @example
   * ```ts
   * const decoder = new BusFrameDecoder();
   * const frames = [...decoder.push(encodeBusFrame('SUB', 'attacker.>'))];
   * frames[0]?.verb; //=> "SUB"
   * ```
   */
  push(chunk: Uint8Array): Generator<BusFrame, void, undefined> {
    if (this.#failure !== null) throw this.#failure;
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError('BusFrameDecoder.push(): argument "chunk" must be a Uint8Array');
    }
    this.#append(chunk);
    return this.#frames();
  }

  *#frames(): Generator<BusFrame, void, undefined> {
    for (;;) {
      let frame: BusFrame | null;
      try {
        frame = this.#next();
      } catch (error) {
        if (error instanceof BusProtocolError) this.#fail(error);
        throw error;
      }
      if (frame === null) return;
      yield frame;
    }
  }

  /** @internal Keeps the stream's failure and lets go of every byte held. */
  #fail(error: BusProtocolError): void {
    this.#failure = error;
    this.#hold(new Uint8Array(0), 0, false);
  }

  /** @internal Appends a chunk, copying only when bytes are already held, into a buffer that grows by doubling. */
  #append(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const pending = this.#end - this.#start;
    if (pending === 0) {
      this.#hold(chunk, chunk.length, false);
      return;
    }
    if (this.#owned && this.#buf.length - this.#end >= chunk.length) {
      this.#buf.set(chunk, this.#end);
      this.#end += chunk.length;
      return;
    }
    const needed = pending + chunk.length;
    const next = new Uint8Array(Math.max(needed, pending * 2));
    next.set(this.#buf.subarray(this.#start, this.#end), 0);
    next.set(chunk, pending);
    this.#hold(next, needed, true);
  }

  /** @internal The next whole frame, or `null` until more bytes come. */
  #next(): BusFrame | null {
    if (this.#header === null) {
      this.#header = this.#readHeader();
      if (this.#header === null) return null;
    }
    if (this.buffered < 4) return null;
    const at = this.#start;
    const bytes = this.#buf;
    // Big-endian, unsigned: `>>> 0` keeps a first byte above 0x7F positive.
    const length =
      (((bytes[at] as number) << 24) |
        ((bytes[at + 1] as number) << 16) |
        ((bytes[at + 2] as number) << 8) |
        (bytes[at + 3] as number)) >>>
      0;
    if (length > BUS_MAX_BODY_BYTES) throw new BusProtocolError({ reason: 'body-too-long', size: length });
    if (this.buffered < 4 + length) return null;
    // A copy: the frame must not pin a large chunk, nor see bytes appended later.
    const body = bytes.slice(at + 4, at + 4 + length);
    this.#consume(4 + length);
    const { verb, args } = this.#header;
    this.#header = null;
    return { verb, args, body, json: _jsonBody(body) };
  }

  /** @internal Moves past `count` bytes; once nothing is held, lets go of the buffer. */
  #consume(count: number): void {
    this.#start += count;
    if (this.#start === this.#end) this.#hold(new Uint8Array(0), 0, false);
  }

  /** @internal Makes `buf[0, end)` the bytes held. */
  #hold(buf: Uint8Array, end: number, owned: boolean): void {
    this.#buf = buf;
    this.#start = 0;
    this.#end = end;
    this.#owned = owned;
  }

  /**
   * @internal Reads the header line once its `\n` is in: scanning only new bytes, and refusing as soon as
   * {@link BUS_MAX_HEADER_BYTES} bytes hold no `\n`, so a peer that never sends one costs 4 KiB at most.
   */
  #readHeader(): _Header | null {
    const bytes = this.#buf;
    const start = this.#start;
    const limit = Math.min(this.buffered, BUS_MAX_HEADER_BYTES);
    for (let i = this.#scanned; i < limit; i++) {
      const byte = bytes[start + i] as number;
      if (byte === 0x0a) return this.#takeHeader(i);
      if (byte > 0x7f) {
        const received = _preview(bytes.subarray(start, start + Math.min(limit, _PREVIEW_BYTES)));
        throw new BusProtocolError({ reason: 'not-ascii', received, index: i });
      }
    }
    this.#scanned = limit;
    if (limit < BUS_MAX_HEADER_BYTES) return null;
    const received = _preview(bytes.subarray(start, start + _PREVIEW_BYTES));
    throw new BusProtocolError({ reason: 'header-too-long', received, size: this.buffered });
  }

  /** @internal The header whose `\n` is at offset `newline`: checked, split, and consumed. */
  #takeHeader(newline: number): _Header {
    const bytes = this.#buf;
    const start = this.#start;
    let end = newline;
    if (end > 0 && bytes[start + end - 1] === 0x0d) end--;
    // ASCII was checked byte by byte, so each byte is its own character.
    let line = '';
    for (let i = 0; i < end; i++) line += String.fromCharCode(bytes[start + i] as number);
    if (line.length === 0) throw new BusProtocolError({ reason: 'empty-header' });
    const space = line.indexOf(' ');
    const verb = space === -1 ? line : line.slice(0, space);
    if (!_isBusVerb(verb)) throw new BusProtocolError({ reason: 'unknown-verb', received: verb });
    this.#consume(newline + 1);
    this.#scanned = 0;
    return { verb, args: space === -1 ? '' : _strip(line.slice(space + 1)) };
  }
}

/** @internal Python's `str.strip()` on ASCII text. */
function _strip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && _isPythonWhitespace(text.charCodeAt(start))) start++;
  while (end > start && _isPythonWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
