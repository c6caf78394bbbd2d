import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `credential.{event_type}`.
 *
 * Catalogue templates it makes: `credential.captured`, `credential.reuse.detected`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`reuse.detected`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * credential(CREDENTIAL_REUSE_DETECTED); //=> "credential.reuse.detected"
 * credential(CREDENTIAL_CAPTURED); //=> "credential.captured"
 * ```
 * @category Topics
 * @public
 */
export function credential<const EventType extends string>(eventType: LeafArg<EventType>): `credential.${EventType}` {
  return _leafTopic('credential', eventType) as `credential.${EventType}`;
}
