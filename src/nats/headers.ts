/**
 * Message headers, and the `Nats-Msg-Id` header JetStream deduplicates on.
 *
 * This module holds no NATS code: a `MsgHdrs` can only be made by the NATS client (its `headers()` function), so
 * the caller passes that function, or headers it made.
 *
 * @packageDocumentation
 */
import type { MsgHdrs } from '@nats-io/transport-node';
import { _describeType, _showValue } from '../internal/escape.js';
import { _loneSurrogateIndex } from '../internal/surrogates.js';
import { _isPythonWhitespace } from '../internal/whitespace.js';

/**
 * The headers to send a message with: headers made by the NATS client, or the client's own `headers` function,
 * which is then called once per message.
 *
 * @example
 * ```ts
 * import { headers } from '@nats-io/transport-node';
 * const perMessage: NatsHeadersInput = headers;     // a fresh MsgHdrs for each message
 * const shared: NatsHeadersInput = headers();       // these headers, with Nats-Msg-Id set on them
 * ```
 * @category NATS
 * @public
 */
export type NatsHeadersInput = MsgHdrs | (() => MsgHdrs);

/** The header JetStream deduplicates on, within a stream's `duplicate_window`. @internal */
export const _MSG_ID_HEADER = 'Nats-Msg-Id';

/** Longer message ids are refused: DECNET's are 32 characters, and a header line has to stay short. @internal */
const _MAX_MSG_ID_LENGTH = 256;

/**
 * The headers of one message: `input` (called when it is the client's `headers` function), with `Nats-Msg-Id`
 * set to `msgId` when there is one. `undefined` when neither is given.
 *
 * @throws `TypeError` when `msgId` is given without headers (this module cannot make them), or `input` is neither
 *   headers nor a function that returns them.
 * @internal
 */
export function _messageHeaders(input: unknown, msgId: string | undefined, caller: string): MsgHdrs | undefined {
  if (input === undefined) {
    if (msgId === undefined) return undefined;
    throw new TypeError(
      `${caller}(): sending the Nats-Msg-Id header needs option "headers": pass your NATS client's headers function ` +
        "(import { headers } from '@nats-io/transport-node'), or turn the header off with msgId: false",
    );
  }
  const made: unknown = typeof input === 'function' ? (input as () => unknown)() : input;
  if (!_isHeaders(made)) {
    throw new TypeError(
      `${caller}(): option "headers" must be MsgHdrs or the NATS client's headers function, got ${_describeType(made)}`,
    );
  }
  if (msgId !== undefined) made.set(_MSG_ID_HEADER, msgId);
  return made;
}

/** @internal Whether a value can be used as headers: the NATS client's MsgHdrs has `set` and `get`. */
function _isHeaders(value: unknown): value is MsgHdrs {
  if (typeof value !== 'object' || value === null) return false;
  const { set, get } = value as { readonly set?: unknown; readonly get?: unknown };
  return typeof set === 'function' && typeof get === 'function';
}

/**
 * Returns a message id option, or throws a `TypeError`: non-empty text of at most 256 characters with no
 * whitespace, control character or lone surrogate, which a header line could not carry intact.
 *
 * @internal
 */
export function _msgIdOption(value: unknown, caller: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= _MAX_MSG_ID_LENGTH && _isHeaderSafe(value)) {
    return value;
  }
  const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
  throw new TypeError(
    `${caller}(): option "msgId" must be 1 to ${_MAX_MSG_ID_LENGTH} characters without whitespace or control characters, got ${shown}`,
  );
}

/** @internal No whitespace, no control character, no lone surrogate. */
function _isHeaderSafe(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || _isPythonWhitespace(code)) return false;
  }
  return _loneSurrogateIndex(value) === -1;
}
