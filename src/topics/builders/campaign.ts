import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `campaign.{event_type}`.
 *
 * Catalogue templates it makes: `campaign.formed`, `campaign.identity.assigned`, `campaign.merged`,
 * `campaign.unmerged`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`identity.assigned`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * campaign(CAMPAIGN_IDENTITY_ASSIGNED); //=> "campaign.identity.assigned"
 * campaign(CAMPAIGN_FORMED); //=> "campaign.formed"
 * ```
 * @category Topics
 * @public
 */
export function campaign<const EventType extends string>(eventType: LeafArg<EventType>): `campaign.${EventType}` {
  return _leafTopic('campaign', eventType) as `campaign.${EventType}`;
}
