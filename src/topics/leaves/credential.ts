/**
 * Leaf constants of the `credential` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`reuse.detected`) becomes several
 * tokens on the wire; `credential` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `credential.captured`: the ingester stored a captured secret.
 * @example
 * ```ts
 * credential(CREDENTIAL_CAPTURED); //=> "credential.captured"
 * ```
 * @category Topics
 * @public
 */
export const CREDENTIAL_CAPTURED = 'captured';

/**
 * Dotted leaf of `credential.reuse.detected`: one secret was tried on several targets.
 * @example
 * ```ts
 * credential(CREDENTIAL_REUSE_DETECTED); //=> "credential.reuse.detected"
 * ```
 * @category Topics
 * @public
 */
export const CREDENTIAL_REUSE_DETECTED = 'reuse.detected';
