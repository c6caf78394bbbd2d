/**
 * Leaf constants of the `system` family and the worker control actions, with the
 * names and values of `decnet/bus/topics.py`. A dotted value (`bus.health`)
 * becomes several tokens on the wire; `system` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

// System events

/**
 * Leaf of `system.log`: parsed log lines and ingester batch commits.
 * @example
 * ```ts
 * system(SYSTEM_LOG); //=> "system.log"
 * ```
 * @category Topics
 * @public
 */
export const SYSTEM_LOG = 'log';

/**
 * Dotted leaf of `system.bus.health`: the bus daemon's own heartbeat.
 * @example
 * ```ts
 * system(SYSTEM_BUS_HEALTH); //=> "system.bus.health"
 * ```
 * @category Topics
 * @public
 */
export const SYSTEM_BUS_HEALTH = 'bus.health';

/**
 * Leaf of `system.{worker}.health`: a worker's heartbeat.
 * @example
 * ```ts
 * systemHealth('sniffer'); //=> "system.sniffer.health"
 * ```
 * @category Topics
 * @public
 */
export const SYSTEM_HEALTH = 'health';

/**
 * Leaf of `system.{worker}.control`: a control request sent to a worker.
 * @example
 * ```ts
 * systemControl('mutator'); //=> "system.mutator.control"
 * ```
 * @category Topics
 * @public
 */
export const SYSTEM_CONTROL = 'control';

// Worker control actions, sent in the body of a `system.{worker}.control` request

/**
 * Control action that asks a worker to stop; the only action listeners act on.
 * @example
 * ```ts
 * const request = { action: WORKER_CONTROL_STOP }; //=> { action: "stop" }
 * ```
 * @category Topics
 * @public
 */
export const WORKER_CONTROL_STOP = 'stop';

/**
 * Control action reserved for starting a worker; listeners ignore it today.
 * @example
 * ```ts
 * const request = { action: WORKER_CONTROL_START }; //=> { action: "start" }
 * ```
 * @category Topics
 * @public
 */
export const WORKER_CONTROL_START = 'start';
