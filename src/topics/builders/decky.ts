import { _segmentArg } from '../segment-arguments.js';
import type { SegmentArg } from '../segment-types.js';

/**
 * Builds `decky.{decky_id}.{event_type}`.
 *
 * Catalogue templates it makes: `decky.{decky_id}.state`, `decky.{decky_id}.traffic`,
 * `decky.{decky_id}.mutate_request`, `decky.{decky_id}.service_added`, `decky.{decky_id}.service_removed`,
 * `decky.{decky_id}.service_config_changed`.
 *
 * @param deckyId - the decky's id (fleet ids look like `host-uuid:name`); one segment.
 * @param eventType - the leaf, usually a `DECKY_*` constant; one segment, so never dotted.
 * @returns the topic, typed as a literal when both arguments are literals.
 * @throws {@link TopicSegmentError} when an argument is not a valid segment (`deckyId` is checked first);
 *   `TypeError` when an argument is not a string.
 * @remarks The leaf must be a single token, which is why DECNET renamed `service.added` to `service_added`.
 * @example
 * ```ts
 * decky('d-42', DECKY_STATE); //=> "decky.d-42.state"
 * ```
 * @category Topics
 * @public
 */
export function decky<const DeckyId extends string, const EventType extends string>(
  deckyId: SegmentArg<DeckyId>,
  eventType: SegmentArg<EventType>,
): `decky.${DeckyId}.${EventType}` {
  const id = _segmentArg(deckyId, 'decky', 'deckyId');
  const leaf = _segmentArg(eventType, 'decky', 'eventType');
  return `decky.${id}.${leaf}` as `decky.${DeckyId}.${EventType}`;
}

/**
 * Builds `decky.{decky_id}.mutation`.
 *
 * Catalogue template it makes: `decky.{decky_id}.mutation`.
 *
 * @param deckyId - the decky's id; one segment.
 * @returns the topic, typed as a literal when the id is a literal.
 * @throws {@link TopicSegmentError} when `deckyId` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * deckyMutation('d-42'); //=> "decky.d-42.mutation"
 * ```
 * @category Topics
 * @public
 */
export function deckyMutation<const DeckyId extends string>(deckyId: SegmentArg<DeckyId>): `decky.${DeckyId}.mutation` {
  return `decky.${_segmentArg(deckyId, 'deckyMutation', 'deckyId')}.mutation` as `decky.${DeckyId}.mutation`;
}

/**
 * Builds `decky.{decky_id}.lifecycle`.
 *
 * Catalogue template it makes: `decky.{decky_id}.lifecycle`.
 *
 * @param deckyId - the decky's id; one segment.
 * @returns the topic, typed as a literal when the id is a literal.
 * @throws {@link TopicSegmentError} when `deckyId` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * deckyLifecycle('d-42'); //=> "decky.d-42.lifecycle"
 * ```
 * @category Topics
 * @public
 */
export function deckyLifecycle<const DeckyId extends string>(
  deckyId: SegmentArg<DeckyId>,
): `decky.${DeckyId}.lifecycle` {
  return `decky.${_segmentArg(deckyId, 'deckyLifecycle', 'deckyId')}.lifecycle` as `decky.${DeckyId}.lifecycle`;
}
