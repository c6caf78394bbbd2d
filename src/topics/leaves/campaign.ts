/**
 * Leaf constants of the `campaign` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`identity.assigned`) becomes several
 * tokens on the wire; `campaign` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `campaign.formed`: the campaign clusterer formed a campaign.
 * @example
 * ```ts
 * campaign(CAMPAIGN_FORMED); //=> "campaign.formed"
 * ```
 * @category Topics
 * @public
 */
export const CAMPAIGN_FORMED = 'formed';

/**
 * Dotted leaf of `campaign.identity.assigned`: a campaign gained an identity.
 * @example
 * ```ts
 * campaign(CAMPAIGN_IDENTITY_ASSIGNED); //=> "campaign.identity.assigned"
 * ```
 * @category Topics
 * @public
 */
export const CAMPAIGN_IDENTITY_ASSIGNED = 'identity.assigned';

/**
 * Leaf of `campaign.merged`: two campaigns were merged.
 * @example
 * ```ts
 * campaign(CAMPAIGN_MERGED); //=> "campaign.merged"
 * ```
 * @category Topics
 * @public
 */
export const CAMPAIGN_MERGED = 'merged';

/**
 * Leaf of `campaign.unmerged`: a campaign merge was revoked.
 * @example
 * ```ts
 * campaign(CAMPAIGN_UNMERGED); //=> "campaign.unmerged"
 * ```
 * @category Topics
 * @public
 */
export const CAMPAIGN_UNMERGED = 'unmerged';
