import { _segmentArg } from '../segment-arguments.js';
import type { SegmentArg } from '../segment-types.js';

/**
 * Builds `topology.{topology_id}.mutation.{state}`.
 *
 * Catalogue template it makes: `topology.{topology_id}.mutation.{state}`.
 *
 * @param topologyId - the topology's id; one segment.
 * @param state - the mutation state, usually one of the `MUTATION_*` constants; one segment.
 * @returns the topic, typed as a literal when both arguments are literals.
 * @throws {@link TopicSegmentError} when an argument is not a valid segment (`topologyId` is checked first);
 *   `TypeError` when an argument is not a string.
 * @remarks Like the Python builder, `state` is not restricted to the four known states.
 * @example
 * ```ts
 * topologyMutation('abc123', MUTATION_APPLIED); //=> "topology.abc123.mutation.applied"
 * ```
 * @category Topics
 * @public
 */
export function topologyMutation<const TopologyId extends string, const State extends string>(
  topologyId: SegmentArg<TopologyId>,
  state: SegmentArg<State>,
): `topology.${TopologyId}.mutation.${State}` {
  const id = _segmentArg(topologyId, 'topologyMutation', 'topologyId');
  const leaf = _segmentArg(state, 'topologyMutation', 'state');
  return `topology.${id}.mutation.${leaf}` as `topology.${TopologyId}.mutation.${State}`;
}

/**
 * Builds `topology.{topology_id}.status`.
 *
 * Catalogue template it makes: `topology.{topology_id}.status`.
 *
 * @param topologyId - the topology's id; one segment.
 * @returns the topic, typed as a literal when the id is a literal.
 * @throws {@link TopicSegmentError} when `topologyId` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * topologyStatus('t-1'); //=> "topology.t-1.status"
 * ```
 * @category Topics
 * @public
 */
export function topologyStatus<const TopologyId extends string>(
  topologyId: SegmentArg<TopologyId>,
): `topology.${TopologyId}.status` {
  return `topology.${_segmentArg(topologyId, 'topologyStatus', 'topologyId')}.status` as `topology.${TopologyId}.status`;
}
