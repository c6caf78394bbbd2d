/**
 * Which topics can be NATS subjects.
 *
 * DECNET's bus takes any string as a topic, and its matcher lets `>` match empty tokens (`a.>` matches `a..b`,
 * CONTRACT 2.2), but NATS refuses subjects with empty tokens: such topics cannot cross NATS at all, whichever
 * side the pattern is on. They are refused here, before anything is sent, with the reason.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { _segmentFault } from '../topics/segment-rules.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import { NatsEventError, type NatsSubjectFault } from './NatsEventError.js';

/** Where a topic first breaks the NATS subject rules. @internal */
export interface _NatsSubjectFaultAt {
  readonly fault: NatsSubjectFault;
  /** UTF-16 offset of the fault (`0` for an empty or too long topic). */
  readonly index: number;
}

/**
 * Finds the first rule of NATS subjects a topic breaks: a well-formed topic (non-empty tokens, no wildcard,
 * none of the 29 whitespace code points, no lone surrogate; the rules of the builders), no leading U+FEFF, and at
 * most {@link NATS_EVENT_LIMITS}`.maxSubjectBytes` bytes of UTF-8.
 *
 * @internal
 */
export function _natsSubjectFault(topic: string): _NatsSubjectFaultAt | null {
  // The length first: one pass that stops early, so a megabyte of text costs nothing more.
  if (_utf8LengthOver(topic, NATS_EVENT_LIMITS.maxSubjectBytes)) return { fault: 'too-long', index: 0 };
  const fault = _segmentFault(topic, true);
  if (fault !== null) {
    const { reason, index } = fault;
    if (reason === 'empty') return index === -1 ? { fault: 'empty', index: 0 } : { fault: 'empty-token', index };
    // `separator` cannot come back for a dotted text; it is a wildcard-like fault of the token if it ever did.
    return { fault: reason === 'separator' ? 'wildcard' : reason, index };
  }
  return topic.charCodeAt(0) === 0xfeff ? { fault: 'leading-bom', index: 0 } : null;
}

/** @internal Whether `text` takes more than `limit` bytes in UTF-8 (a surrogate pair is 4, a lone half 3). */
function _utf8LengthOver(text: string, limit: number): boolean {
  // Fewer code units than a third of the limit cannot exceed it: the common case costs no loop.
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    // A high surrogate and its low half: 3 + 1 = 4 bytes.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) bytes -= 2;
    }
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * Tells whether a topic can be published on NATS as it is: a well-formed topic that NATS clients carry
 * byte for byte.
 *
 * @param value - anything; non-strings are simply not subjects.
 * @returns `true` when {@link publishEvent} and {@link forwardEventBytes} accept `value` as a topic.
 * @remarks DECNET's bus itself carries any string, and its `>` matches empty tokens (`a.>` matches `a..b`);
 *   NATS refuses empty tokens, so such a topic cannot cross a NATS bridge.
 * @example
 * ```ts
 * isNatsSubject('attacker.session.ended'); //=> true
 * isNatsSubject('a..b');                   //=> false (an empty token)
 * isNatsSubject('\ufeffa.b');              //=> false (a leading BOM)
 * ```
 * @category NATS
 * @public
 */
export function isNatsSubject(value: unknown): value is string {
  return typeof value === 'string' && _natsSubjectFault(value) === null;
}

/**
 * Returns a topic argument that can be a NATS subject, or throws: a `TypeError` for a non-string, a
 * {@link NatsEventError} (`unsendable-topic`) for a topic NATS cannot carry.
 *
 * @internal
 */
export function _natsSubjectArg(value: unknown, caller: string, argument = 'topic'): string {
  if (typeof value !== 'string') {
    throw new TypeError(`${caller}(): argument "${argument}" must be a string, got ${_describeType(value)}`);
  }
  const at = _natsSubjectFault(value);
  if (at !== null) throw new NatsEventError({ reason: 'unsendable-topic', subject: value, ...at });
  return value;
}

/**
 * Returns a queue group name, or throws a `TypeError`: NATS reads whitespace as a separator, so such a name would
 * corrupt the protocol line; the subject rules are used, as NATS documents for queue names.
 *
 * @internal
 */
export function _queueOption(value: unknown, caller: string): string {
  if (typeof value !== 'string' || _natsSubjectFault(value) !== null) {
    const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
    throw new TypeError(
      `${caller}(): option "queue" must be a name without whitespace, wildcards or empty tokens, got ${shown}`,
    );
  }
  return value;
}
