/**
 * Leaf constants of the `attribution` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`profile.state_changed`) becomes several
 * tokens on the wire; `attribution` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Prefix token of the attribution profile topics; no builder uses it, it is kept for patterns.
 * @example
 * ```ts
 * `${ATTRIBUTION}.${ATTRIBUTION_PROFILE_PREFIX}.>`; //=> "attribution.profile.>"
 * ```
 * @category Topics
 * @public
 */
export const ATTRIBUTION_PROFILE_PREFIX = 'profile';

/**
 * Dotted leaf of `attribution.profile.state_changed`: a primitive's attribution state changed.
 * @example
 * ```ts
 * attribution(ATTRIBUTION_PROFILE_STATE_CHANGED); //=> "attribution.profile.state_changed"
 * ```
 * @category Topics
 * @public
 */
export const ATTRIBUTION_PROFILE_STATE_CHANGED = 'profile.state_changed';

/**
 * Dotted leaf of `attribution.profile.multi_actor_suspected`: an identity looks like several actors.
 * @example
 * ```ts
 * attribution(ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED); //=> "attribution.profile.multi_actor_suspected"
 * ```
 * @category Topics
 * @public
 */
export const ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED = 'profile.multi_actor_suspected';
