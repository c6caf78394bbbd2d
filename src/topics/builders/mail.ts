import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `smtp.{event_type}`.
 *
 * Catalogue template it makes: `smtp.probe.pending`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`probe.pending`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here. The contract has no constant for `probe.pending`; DECNET passes the literal.
 * @example
 * ```ts
 * smtp('probe.pending'); //=> "smtp.probe.pending"
 * ```
 * @category Topics
 * @public
 */
export function smtp<const EventType extends string>(eventType: LeafArg<EventType>): `smtp.${EventType}` {
  return _leafTopic('smtp', eventType) as `smtp.${EventType}`;
}

/**
 * Builds `email.{event_type}`.
 *
 * Catalogue template it makes: `email.received`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`received`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here. Named `emailTopic` after the Python `email_topic`, which avoids shadowing the `email` module.
 * @example
 * ```ts
 * emailTopic(EMAIL_RECEIVED); //=> "email.received"
 * ```
 * @category Topics
 * @public
 */
export function emailTopic<const EventType extends string>(eventType: LeafArg<EventType>): `email.${EventType}` {
  return _leafTopic('email', eventType, 'emailTopic') as `email.${EventType}`;
}
