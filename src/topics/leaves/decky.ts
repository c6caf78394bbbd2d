/**
 * Leaf constants of the `decky` family (`decky.{decky_id}.{event}`), with the
 * names and values of `decnet/bus/topics.py`. Each is a single token, because
 * `decky` takes its leaf as one segment.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `decky.{decky_id}.state`: the fleet reconciler's view of a decky.
 * @example
 * ```ts
 * decky('d-1', DECKY_STATE); //=> "decky.d-1.state"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_STATE = 'state';

/**
 * Leaf of `decky.{decky_id}.traffic`: sniffer fingerprints seen on a decky.
 * @example
 * ```ts
 * decky('d-1', DECKY_TRAFFIC); //=> "decky.d-1.traffic"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_TRAFFIC = 'traffic';

/**
 * Leaf of `decky.{decky_id}.mutate_request`: asks the mutator to wake up for a decky.
 * @example
 * ```ts
 * decky('d-1', DECKY_MUTATE_REQUEST); //=> "decky.d-1.mutate_request"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_MUTATE_REQUEST = 'mutate_request';

/**
 * Leaf of `decky.{decky_id}.mutation`: a decky's services changed.
 * @example
 * ```ts
 * deckyMutation('d-1'); //=> "decky.d-1.mutation"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_MUTATION = 'mutation';

/**
 * Leaf of `decky.{decky_id}.service_added`: a service was added to a running decky.
 * @example
 * ```ts
 * decky('d-1', DECKY_SERVICE_ADDED); //=> "decky.d-1.service_added"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_SERVICE_ADDED = 'service_added';

/**
 * Leaf of `decky.{decky_id}.service_removed`: a service was removed from a running decky.
 * @example
 * ```ts
 * decky('d-1', DECKY_SERVICE_REMOVED); //=> "decky.d-1.service_removed"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_SERVICE_REMOVED = 'service_removed';

/**
 * Leaf of `decky.{decky_id}.service_config_changed`: a service's configuration changed.
 * @example
 * ```ts
 * decky('d-1', DECKY_SERVICE_CONFIG_CHANGED); //=> "decky.d-1.service_config_changed"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_SERVICE_CONFIG_CHANGED = 'service_config_changed';

/**
 * Leaf of `decky.{decky_id}.lifecycle`: progress of a deploy or mutate operation.
 * @example
 * ```ts
 * deckyLifecycle('d-1'); //=> "decky.d-1.lifecycle"
 * ```
 * @category Topics
 * @public
 */
export const DECKY_LIFECYCLE = 'lifecycle';
