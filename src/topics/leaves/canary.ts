/**
 * Leaf constants of the `canary` family (`canary.{token_id}.{event}`), with the
 * names and values of `decnet/bus/topics.py`. Each is a single token, because
 * `canary` takes its leaf as one segment.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `canary.{token_id}.placed`: a canary token was planted.
 * @example
 * ```ts
 * canary('tok-1', CANARY_PLACED); //=> "canary.tok-1.placed"
 * ```
 * @category Topics
 * @public
 */
export const CANARY_PLACED = 'placed';

/**
 * Leaf of `canary.{token_id}.triggered`: a canary token was used.
 * @example
 * ```ts
 * canary('tok-1', CANARY_TRIGGERED); //=> "canary.tok-1.triggered"
 * ```
 * @category Topics
 * @public
 */
export const CANARY_TRIGGERED = 'triggered';

/**
 * Leaf of `canary.{token_id}.revoked`: a canary token was withdrawn.
 * @example
 * ```ts
 * canary('tok-1', CANARY_REVOKED); //=> "canary.tok-1.revoked"
 * ```
 * @category Topics
 * @public
 */
export const CANARY_REVOKED = 'revoked';
