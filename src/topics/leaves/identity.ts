/**
 * Leaf constants of the `identity` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`observation.linked`) becomes several
 * tokens on the wire; `identity` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `identity.formed`: the clusterer formed a new identity.
 * @example
 * ```ts
 * identity(IDENTITY_FORMED); //=> "identity.formed"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY_FORMED = 'formed';

/**
 * Dotted leaf of `identity.observation.linked`: an observation joined an identity.
 * @example
 * ```ts
 * identity(IDENTITY_OBSERVATION_LINKED); //=> "identity.observation.linked"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY_OBSERVATION_LINKED = 'observation.linked';

/**
 * Leaf of `identity.merged`: two identities were merged.
 * @example
 * ```ts
 * identity(IDENTITY_MERGED); //=> "identity.merged"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY_MERGED = 'merged';

/**
 * Leaf of `identity.unmerged`: a merge was revoked.
 * @example
 * ```ts
 * identity(IDENTITY_UNMERGED); //=> "identity.unmerged"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY_UNMERGED = 'unmerged';

/**
 * Dotted leaf of `identity.campaign.assigned`: an identity joined a campaign.
 * @example
 * ```ts
 * identity(IDENTITY_CAMPAIGN_ASSIGNED); //=> "identity.campaign.assigned"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY_CAMPAIGN_ASSIGNED = 'campaign.assigned';
