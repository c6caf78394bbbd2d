import { _showValue } from '../internal/escape.js';

/**
 * Why a frame of DECNET's UNIX-socket bus was refused, on the way out or in.
 *
 * - `header-too-long`: the header line is longer than 4,096 bytes, its `\n` included;
 * - `body-too-long`: the body is longer than 1,048,576 bytes (read from the length prefix, before the body);
 * - `not-ascii`: the header holds a byte or character above U+007F (a non-ASCII topic cannot cross this bus);
 * - `unknown-verb`: the verb is none of `HELLO`, `PUB`, `SUB`, `UNSUB`, `EVT`, `BYE` (case-sensitive);
 * - `empty-header`: the header line is empty;
 * - `not-json-object`: the body is not one JSON object in UTF-8 (or, on the way out, cannot be written as one);
 * - `bad-args`: the arguments hold `\n` or `\r`, or are missing where the verb needs them.
 *
 * @example
 * ```ts
 * const reason: BusProtocolRejection = 'header-too-long';
 * ```
 * @category Bus
 * @public
 */
export type BusProtocolRejection =
  'header-too-long' | 'body-too-long' | 'not-ascii' | 'unknown-verb' | 'empty-header' | 'not-json-object' | 'bad-args';

/**
 * What a {@link BusProtocolError} is built from.
 *
 * @example
 * ```ts
 * const details: BusProtocolErrorDetails = { reason: 'unknown-verb', received: 'PING' };
 * ```
 * @category Bus
 * @public
 */
export interface BusProtocolErrorDetails {
  /** Why the frame was refused. */
  readonly reason: BusProtocolRejection;
  /** The offending text (a verb, arguments, the start of a header or body); kept to 64 characters, shown to 16, escaped. */
  readonly received?: string;
  /** A size in bytes: of the header seen so far, or of the body. */
  readonly size?: number;
  /** Offset of the offending byte or character in the header, for `not-ascii`. */
  readonly index?: number;
  /** What exactly was wrong, in this library's words (never input). */
  readonly detail?: string;
}

/** How much of the input an error keeps: enough to recognise it, never megabytes. @internal */
const _KEPT = 64;
/** How much of it a message quotes: 16 characters, each at most 9 once escaped, keep messages near 200. @internal */
const _QUOTED = 16;

/**
 * Thrown when a frame of DECNET's UNIX-socket bus breaks the framing rules:
 * by {@link encodeBusFrame} before anything is written, and by
 * {@link BusFrameDecoder} for what arrived.
 *
 * @remarks
 * DECNET's server drops a connection that sends such a frame, and this
 * library's client does the same with a server that does. The message is at
 * most about 200 characters and quotes input only escaped, so it can go to a
 * log as it is.
 *
 * @example
 * ```ts
 * try {
 *   encodeBusFrame('PUB', 'café');
 * } catch (error) {
 *   if (error instanceof BusProtocolError) error.reason; //=> "not-ascii"
 * }
 * ```
 * @category Bus
 * @public
 */
export class BusProtocolError extends Error {
  /** Always `"BusProtocolError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'BusProtocolError' = 'BusProtocolError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** Why the frame was refused. */
  declare readonly reason: BusProtocolRejection;
  /** The start of the offending text (64 characters at most), or `undefined`. */
  declare readonly received: string | undefined;
  /** The size in bytes concerned, or `undefined`. */
  declare readonly size: number | undefined;

  /**
   * @param details - the reason and what the message may show; the message is built from them.
   */
  constructor(details: BusProtocolErrorDetails) {
    super(_protocolMessage(details));
    this.reason = details.reason;
    this.received = details.received?.slice(0, _KEPT);
    this.size = details.size;
  }
}

/** @internal The start of the input, escaped, cut to {@link _QUOTED} characters with its length after. */
function _quoted(text: string): string {
  if (text.length <= _QUOTED) return _showValue(text);
  return `${_showValue(text.slice(0, _QUOTED)).slice(0, -1)}…" (${text.length} characters)`;
}

/** @internal The message of each reason: what was wrong, with the limit that applies. */
function _protocolMessage(details: BusProtocolErrorDetails): string {
  const shown = details.received === undefined ? '' : ` ${_quoted(details.received)}`;
  const size = details.size === undefined ? '' : ` (${details.size} bytes)`;
  const detail = details.detail === undefined ? '' : `: ${details.detail}`;
  switch (details.reason) {
    case 'header-too-long':
      return `bus frame header${size} is longer than 4096 bytes, "\\n" included${shown ? `; it starts${shown}` : ''}`;
    case 'body-too-long':
      return `bus frame body${size} is longer than 1048576 bytes`;
    case 'not-ascii': {
      const at = details.index === undefined ? '' : ` at index ${details.index}`;
      return `bus frame header${shown} is not ASCII${at}: topics and names outside ASCII cannot cross the UNIX-socket bus`;
    }
    case 'unknown-verb':
      return `unknown bus verb${shown}: expected HELLO, PUB, SUB, UNSUB, EVT or BYE (case-sensitive)`;
    case 'empty-header':
      return 'bus frame header line is empty';
    case 'not-json-object':
      return `bus frame body is not one JSON object${detail}${shown ? `; it starts${shown}` : ''}`;
    case 'bad-args':
      return `bus frame arguments${shown} refused${detail}`;
  }
}
