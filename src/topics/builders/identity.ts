import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `identity.{event_type}`.
 *
 * Catalogue templates it makes: `identity.formed`, `identity.observation.linked`, `identity.merged`,
 * `identity.unmerged`, `identity.campaign.assigned`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`observation.linked`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * identity(IDENTITY_OBSERVATION_LINKED); //=> "identity.observation.linked"
 * identity(IDENTITY_MERGED); //=> "identity.merged"
 * ```
 * @category Topics
 * @public
 */
export function identity<const EventType extends string>(eventType: LeafArg<EventType>): `identity.${EventType}` {
  return _leafTopic('identity', eventType) as `identity.${EventType}`;
}
