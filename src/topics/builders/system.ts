import { _leafTopic } from '../segment-arguments.js';
import { _segmentArg } from '../segment-arguments.js';
import type { LeafArg, SegmentArg } from '../segment-types.js';

/**
 * Builds `system.{event_type}`.
 *
 * Catalogue templates it makes: `system.log`, `system.bus.health`, `system.webhook.subscriptions_changed`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`bus.health`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * system(SYSTEM_BUS_HEALTH); //=> "system.bus.health"
 * system(SYSTEM_LOG); //=> "system.log"
 * ```
 * @category Topics
 * @public
 */
export function system<const EventType extends string>(eventType: LeafArg<EventType>): `system.${EventType}` {
  return _leafTopic('system', eventType) as `system.${EventType}`;
}

/**
 * Builds `system.{worker}.health`.
 *
 * Catalogue template it makes: `system.{worker}.health`.
 *
 * @param worker - the worker name, e.g. `sniffer`; one segment.
 * @returns the topic, typed as a literal when the argument is a literal.
 * @throws {@link TopicSegmentError} when `worker` is not a valid segment; `TypeError` when it is not a string.
 * @remarks The bus daemon's own heartbeat is `system.bus.health`, which is also what `systemHealth("bus")` gives.
 * @example
 * ```ts
 * systemHealth('mutator'); //=> "system.mutator.health"
 * ```
 * @category Topics
 * @public
 */
export function systemHealth<const Worker extends string>(worker: SegmentArg<Worker>): `system.${Worker}.health` {
  return `system.${_segmentArg(worker, 'systemHealth', 'worker')}.health` as `system.${Worker}.health`;
}

/**
 * Builds `system.{worker}.control`.
 *
 * Catalogue template it makes: `system.{worker}.control`.
 *
 * @param worker - the worker name, e.g. `mutator`; one segment.
 * @returns the topic, typed as a literal when the argument is a literal.
 * @throws {@link TopicSegmentError} when `worker` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * systemControl('collector'); //=> "system.collector.control"
 * ```
 * @category Topics
 * @public
 */
export function systemControl<const Worker extends string>(worker: SegmentArg<Worker>): `system.${Worker}.control` {
  return `system.${_segmentArg(worker, 'systemControl', 'worker')}.control` as `system.${Worker}.control`;
}
