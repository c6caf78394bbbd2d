/**
 * The frame of DECNET's UNIX-socket bus (`decnet/bus/protocol.py`): an ASCII
 * header line `"{VERB} {args}"`, a 4-byte big-endian body length, and a body
 * that is a compact JSON object or nothing. Pure: bytes in, bytes out, no
 * Node built-ins.
 *
 * @packageDocumentation
 */
import { _utf8Bytes } from '../internal/utf8.js';
import { _stringArg } from '../internal/arguments.js';
import { _describeType } from '../internal/escape.js';
import { _isPythonWhitespace } from '../internal/whitespace.js';
import { BusProtocolError } from './BusProtocolError.js';

/**
 * The longest header line the bus accepts, in bytes, its `\n` included (so a
 * `PUB` topic is at most 4,091 bytes).
 *
 * @example
 * ```ts
 * BUS_MAX_HEADER_BYTES; //=> 4096
 * ```
 * @category Bus
 * @public
 */
export const BUS_MAX_HEADER_BYTES: 4096 = 4096;

/**
 * The longest body the bus accepts, in bytes (1 MiB, inclusive).
 *
 * @example
 * ```ts
 * BUS_MAX_BODY_BYTES; //=> 1048576
 * ```
 * @category Bus
 * @public
 */
export const BUS_MAX_BODY_BYTES: 1048576 = 1_048_576;

/**
 * The verbs of the bus protocol, case-sensitive. `EVT` goes from server to
 * client only; the others from client to server.
 *
 * @example
 * ```ts
 * BUS_VERBS; //=> ["HELLO", "PUB", "SUB", "UNSUB", "EVT", "BYE"]
 * ```
 * @category Bus
 * @public
 */
export const BUS_VERBS: readonly ['HELLO', 'PUB', 'SUB', 'UNSUB', 'EVT', 'BYE'] = /* @__PURE__ */ Object.freeze([
  'HELLO',
  'PUB',
  'SUB',
  'UNSUB',
  'EVT',
  'BYE',
] as const);

/**
 * One verb of {@link BUS_VERBS}.
 *
 * @example
 * ```ts
 * const verb: BusVerb = 'SUB';
 * ```
 * @category Bus
 * @public
 */
export type BusVerb = (typeof BUS_VERBS)[number];

/**
 * A decoded frame: its verb, its arguments (stripped), its body bytes as they
 * arrived, and the body parsed.
 *
 * @example
 * ```ts
 * declare const frame: BusFrame;
 * if (frame.verb === 'EVT') frame.args; // the topic
 * frame.body; // the raw bytes, for forwarding without re-serialising
 * ```
 * @category Bus
 * @public
 */
export interface BusFrame {
  /** The verb. */
  readonly verb: BusVerb;
  /** The arguments, with surrounding whitespace stripped: a topic, a pattern, a client name, or `""`. */
  readonly args: string;
  /** The body bytes exactly as received (empty for a frame without body). */
  readonly body: Uint8Array;
  /** The body parsed: always an object (`{}` for an empty body). */
  readonly json: Record<string, unknown>;
}

/** @internal Whether a run-time value is one of the verbs. */
export function _isBusVerb(value: unknown): value is BusVerb {
  return (BUS_VERBS as readonly unknown[]).includes(value);
}

/**
 * Encodes one frame, exactly as DECNET's `protocol.encode` does: the header
 * `"{verb} {args}"` right-stripped, `\n`, the body length as 4 big-endian
 * bytes, then the body.
 *
 * @param verb - one of {@link BUS_VERBS}.
 * @param args - the arguments: a topic, a pattern or a client name (default `""`).
 * @param body - an object, written as compact JSON in its key order; or bytes, written as they are (the caller
 *   vouches that they hold one JSON object); or nothing, for an empty body.
 * @returns the frame's bytes.
 * @throws {@link BusProtocolError} for an unknown verb, `\n` or `\r` in `args` (`bad-args`), a header that is not
 *   ASCII or longer than {@link BUS_MAX_HEADER_BYTES}, or a body longer than {@link BUS_MAX_BODY_BYTES} or not
 *   writable as one JSON object; `TypeError` when `verb` or `args` is not a string.
 * @remarks Only the right end of the header is stripped (of Python's whitespace), as Python does; the reader
 *   strips both ends of the arguments. Nothing is written before every check has passed.
 * @example
 * ```ts
 * encodeBusFrame('BYE'); //=> Uint8Array [0x42, 0x59, 0x45, 0x0a, 0, 0, 0, 0] ("BYE\n" and a zero length)
 * encodeBusFrame('PUB', 't', {}); //=> "PUB t\n", 00 00 00 02, "{}"
 * ```
 * @category Bus
 * @public
 */
export function encodeBusFrame(
  verb: BusVerb,
  args = '',
  body?: Readonly<Record<string, unknown>> | Uint8Array,
): Uint8Array {
  _stringArg(verb, 'encodeBusFrame', 'verb');
  _stringArg(args, 'encodeBusFrame', 'args');
  if (!_isBusVerb(verb)) throw new BusProtocolError({ reason: 'unknown-verb', received: verb });
  const header = _headerBytes(verb, args);
  const bodyBytes = _bodyBytes(body);
  const frame = new Uint8Array(header.length + 4 + bodyBytes.length);
  frame.set(header, 0);
  new DataView(frame.buffer).setUint32(header.length, bodyBytes.length, false);
  frame.set(bodyBytes, header.length + 4);
  return frame;
}

/** @internal The header line's bytes with its `\n`, checked: no line breaks in `args`, ASCII, within the limit. */
function _headerBytes(verb: string, args: string): Uint8Array {
  const lineBreak = args.search(/[\r\n]/u);
  if (lineBreak !== -1) {
    throw new BusProtocolError({ reason: 'bad-args', received: args, detail: 'they hold "\\n" or "\\r"' });
  }
  let text = `${verb} ${args}`;
  let end = text.length;
  while (end > 0 && _isPythonWhitespace(text.charCodeAt(end - 1))) end--;
  text = text.slice(0, end);
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) throw new BusProtocolError({ reason: 'not-ascii', received: text, index: i });
  }
  if (text.length + 1 > BUS_MAX_HEADER_BYTES) {
    throw new BusProtocolError({ reason: 'header-too-long', received: text, size: text.length + 1 });
  }
  const bytes = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  bytes[text.length] = 0x0a;
  return bytes;
}

/** @internal The body's bytes: empty, the caller's bytes, or an object's compact JSON; within the limit. */
function _bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (body instanceof Uint8Array) {
    if (body.length > BUS_MAX_BODY_BYTES) throw new BusProtocolError({ reason: 'body-too-long', size: body.length });
    return body;
  }
  const json = _jsonOfObject(body);
  // A UTF-16 code unit takes at least one byte: a text this long is too long before it is encoded.
  if (json.length > BUS_MAX_BODY_BYTES) throw new BusProtocolError({ reason: 'body-too-long', size: json.length });
  const bytes = _utf8Bytes(json);
  if (bytes.length > BUS_MAX_BODY_BYTES) throw new BusProtocolError({ reason: 'body-too-long', size: bytes.length });
  return bytes;
}

/** @internal Compact JSON of a plain object, or the refusal of anything that does not write as one JSON object. */
function _jsonOfObject(body: unknown): string {
  const kind = _describeType(body);
  if (kind !== 'object') {
    throw new BusProtocolError({ reason: 'not-json-object', detail: `a body must be an object, not ${kind}` });
  }
  let json: unknown;
  try {
    // JSON.stringify escapes lone surrogates, so the text always encodes to valid UTF-8.
    json = JSON.stringify(body);
  } catch (error) {
    // Cycles, BigInts, throwing getters, toJSON and Proxy traps, and nesting deeper than the engine's stack.
    const why = error instanceof RangeError ? 'it is nested too deeply' : 'JSON.stringify refused it';
    throw new BusProtocolError({ reason: 'not-json-object', detail: why });
  }
  // A `toJSON` may turn the object into anything else.
  if (typeof json !== 'string' || !json.startsWith('{')) {
    throw new BusProtocolError({ reason: 'not-json-object', detail: 'it does not serialise to a JSON object' });
  }
  return json;
}
