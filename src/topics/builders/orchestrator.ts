import { _segmentArg } from '../segment-arguments.js';
import type { SegmentArg } from '../segment-types.js';

/**
 * Builds `orchestrator.{event_type}.{decky_id}`.
 *
 * Catalogue templates it makes: `orchestrator.traffic.{decky_id}`, `orchestrator.file.{decky_id}`,
 * `orchestrator.email.{decky_id}`.
 *
 * @param eventType - the activity kind, one of the `ORCHESTRATOR_*` constants; one segment.
 * @param deckyId - the destination decky's id; one segment.
 * @returns the topic, typed as a literal when both arguments are literals.
 * @throws {@link TopicSegmentError} when an argument is not a valid segment (`eventType` is checked first, as in
 *   Python); `TypeError` when an argument is not a string.
 * @remarks The kind comes before the decky, unlike `decky()` and `canary()`.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_TRAFFIC, 'd-7'); //=> "orchestrator.traffic.d-7"
 * ```
 * @category Topics
 * @public
 */
export function orchestrator<const EventType extends string, const DeckyId extends string>(
  eventType: SegmentArg<EventType>,
  deckyId: SegmentArg<DeckyId>,
): `orchestrator.${EventType}.${DeckyId}` {
  const kind = _segmentArg(eventType, 'orchestrator', 'eventType');
  const id = _segmentArg(deckyId, 'orchestrator', 'deckyId');
  return `orchestrator.${kind}.${id}` as `orchestrator.${EventType}.${DeckyId}`;
}
