/**
 * One NATS message body read as a DECNET event: the checks every receiving path shares (core NATS
 * subscriptions and JetStream consumers).
 *
 * @packageDocumentation
 */
import { _MAX_JSON_DEPTH, _nestsDeeperThan } from '../internal/json-depth.js';
import { safeParseEvent } from '../schemas/parse.js';
import type { ParsedEvent, UnknownEvent } from '../schemas/types.js';
import { _strictUtf8Text } from '../internal/utf8.js';
import type { NatsEventErrorDetails } from './NatsEventError.js';

/** How much of a body that is not JSON a refusal keeps, to show its start. @internal */
const _SHOWN_BODY_CHARS = 80;

/** What reading a body gives: the event, or why there is none. @internal */
export type _ReadEvent =
  | { readonly ok: true; readonly event: ParsedEvent<'bus'> | UnknownEvent<'bus'> }
  | { readonly ok: false; readonly details: NatsEventErrorDetails };

/**
 * Reads a message body as a bus event: at most `maxBytes` bytes of UTF-8 JSON, whose `topic` is the subject,
 * checked against the contract (refused outside it when `strict`).
 *
 * The subject wins: it is what NATS routed on, so what the subscription's pattern matched, and DECNET's own
 * `Event.from_dict` takes the topic from the transport and ignores the body's. A body that claims another topic
 * is refused (`topic-mismatch`) rather than re-labelled: it was altered, mis-routed or forged, and whoever reads
 * the counters should see it.
 *
 * @param size - the body's size in bytes; `body` is `null` when it was not kept because it was over the limit.
 * @internal
 */
export function _readEvent(
  subject: string,
  body: Uint8Array | null,
  size: number,
  strict: boolean,
  maxBytes: number,
): _ReadEvent {
  if (body === null || size > maxBytes) {
    return { ok: false, details: { reason: 'too-large', subject, size, limit: maxBytes } };
  }
  const text = _strictUtf8Text(body);
  if (text === null) return { ok: false, details: { reason: 'not-utf8', subject } };
  // Before parsing: a megabyte of `[` would cost the parser half a second.
  if (_nestsDeeperThan(body, _MAX_JSON_DEPTH)) {
    return { ok: false, details: { reason: 'not-json', subject, received: text.slice(0, _SHOWN_BODY_CHARS) } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's own message quotes the input unescaped: only the start of the text is kept, for the message
    // to show escaped.
    return { ok: false, details: { reason: 'not-json', subject, received: text.slice(0, _SHOWN_BODY_CHARS) } };
  }
  // JSON.parse makes plain objects with data properties only, so reading `topic` cannot run code.
  const claimed =
    typeof value === 'object' && value !== null ? (value as { readonly topic?: unknown }).topic : undefined;
  if (typeof claimed === 'string' && claimed !== subject) {
    return { ok: false, details: { reason: 'topic-mismatch', subject, topic: claimed } };
  }
  const result = safeParseEvent(value, { form: 'bus', strict });
  if (!result.success) {
    const { template, issues } = result.error;
    return { ok: false, details: { reason: 'invalid-event', subject, template, issues } };
  }
  return { ok: true, event: result.data };
}
