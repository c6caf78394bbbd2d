import { _segmentArg } from '../segment-arguments.js';
import type { SegmentArg } from '../segment-types.js';

/**
 * Builds `canary.{token_id}.{event_type}`.
 *
 * Catalogue templates it makes: `canary.{token_id}.placed`, `canary.{token_id}.triggered`,
 * `canary.{token_id}.revoked`.
 *
 * @param tokenId - the canary token's id; one segment.
 * @param eventType - the leaf, one of the `CANARY_*` constants; one segment.
 * @returns the topic, typed as a literal when both arguments are literals.
 * @throws {@link TopicSegmentError} when an argument is not a valid segment (`tokenId` is checked first);
 *   `TypeError` when an argument is not a string.
 * @example
 * ```ts
 * canary('abc-123', CANARY_TRIGGERED); //=> "canary.abc-123.triggered"
 * ```
 * @category Topics
 * @public
 */
export function canary<const TokenId extends string, const EventType extends string>(
  tokenId: SegmentArg<TokenId>,
  eventType: SegmentArg<EventType>,
): `canary.${TokenId}.${EventType}` {
  const id = _segmentArg(tokenId, 'canary', 'tokenId');
  const leaf = _segmentArg(eventType, 'canary', 'eventType');
  return `canary.${id}.${leaf}` as `canary.${TokenId}.${EventType}`;
}
