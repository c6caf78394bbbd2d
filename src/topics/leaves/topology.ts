/**
 * Leaf constants of the `topology` family, with the names and values of
 * `decnet/bus/topics.py`: the states a topology mutation moves through, and the
 * status leaf.
 *
 * @packageDocumentation
 */

/**
 * Mutation state: the API accepted a topology mutation and queued it.
 * @example
 * ```ts
 * topologyMutation('t-1', MUTATION_ENQUEUED); //=> "topology.t-1.mutation.enqueued"
 * ```
 * @category Topics
 * @public
 */
export const MUTATION_ENQUEUED = 'enqueued';

/**
 * Mutation state: the mutator started applying a queued mutation.
 * @example
 * ```ts
 * topologyMutation('t-1', MUTATION_APPLYING); //=> "topology.t-1.mutation.applying"
 * ```
 * @category Topics
 * @public
 */
export const MUTATION_APPLYING = 'applying';

/**
 * Mutation state: the mutator applied a mutation.
 * @example
 * ```ts
 * topologyMutation('t-1', MUTATION_APPLIED); //=> "topology.t-1.mutation.applied"
 * ```
 * @category Topics
 * @public
 */
export const MUTATION_APPLIED = 'applied';

/**
 * Mutation state: applying a mutation failed.
 * @example
 * ```ts
 * topologyMutation('t-1', MUTATION_FAILED); //=> "topology.t-1.mutation.failed"
 * ```
 * @category Topics
 * @public
 */
export const MUTATION_FAILED = 'failed';

/**
 * Leaf of `topology.{topology_id}.status`, published when a topology changes status.
 * @example
 * ```ts
 * topologyStatus('t-1'); //=> "topology.t-1.status"
 * ```
 * @category Topics
 * @public
 */
export const TOPOLOGY_STATUS = 'status';
