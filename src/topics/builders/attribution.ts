import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `attribution.{event_type}`.
 *
 * Catalogue templates it makes: `attribution.profile.state_changed`, `attribution.profile.multi_actor_suspected`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`profile.state_changed`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * attribution(ATTRIBUTION_PROFILE_STATE_CHANGED); //=> "attribution.profile.state_changed"
 * ```
 * @category Topics
 * @public
 */
export function attribution<const EventType extends string>(eventType: LeafArg<EventType>): `attribution.${EventType}` {
  return _leafTopic('attribution', eventType) as `attribution.${EventType}`;
}
