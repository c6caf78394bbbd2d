/**
 * `campaign.*`: the campaign clusterer's campaigns (identities acting
 * together), formed, growing, merged and unmerged (CONTRACT 3.4,
 * identity.* / campaign.*).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString, _strings } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `campaign.formed`: a new campaign and its identities (each then
 * gets an `identity.campaign.assigned` with a null prior campaign).
 * @example
 * ```ts
 * CampaignFormedPayloadSchema.parse({ campaign_uuid: 'c'.repeat(32), identity_uuids: ['a'.repeat(32), 'b'.repeat(32)] });
 * ```
 * @public
 */
export const CampaignFormedPayloadSchema = z.looseObject({
  campaign_uuid: z.string(),
  identity_uuids: _strings,
});

/**
 * Payload of `campaign.identity.assigned`: a campaign gained an identity;
 * `prior_campaign_uuid` is null when the identity had no campaign before.
 * @example
 * ```ts
 * CampaignIdentityAssignedPayloadSchema.parse({ campaign_uuid: 'c'.repeat(32), identity_uuid: 'a'.repeat(32), prior_campaign_uuid: null });
 * ```
 * @public
 */
export const CampaignIdentityAssignedPayloadSchema = z.looseObject({
  campaign_uuid: z.string(),
  identity_uuid: z.string(),
  prior_campaign_uuid: _nullableString,
});

/**
 * Payload of `campaign.merged`: the loser campaign was folded into the winner.
 * @example
 * ```ts
 * CampaignMergedPayloadSchema.parse({ winner_uuid: 'c'.repeat(32), loser_uuid: 'd'.repeat(32) });
 * ```
 * @public
 */
export const CampaignMergedPayloadSchema = z.looseObject({
  winner_uuid: z.string(),
  loser_uuid: z.string(),
});

/**
 * Payload of `campaign.unmerged`: a merged campaign was split off its former winner again.
 * @example
 * ```ts
 * CampaignUnmergedPayloadSchema.parse({ resurrected_uuid: 'd'.repeat(32), former_winner_uuid: 'c'.repeat(32) });
 * ```
 * @public
 */
export const CampaignUnmergedPayloadSchema = z.looseObject({
  resurrected_uuid: z.string(),
  former_winner_uuid: z.string(),
});

/**
 * A whole `campaign.formed` event.
 * @example
 * ```ts
 * CampaignFormedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CampaignFormedEventSchema = _eventSchema(z.literal('formed'), CampaignFormedPayloadSchema);
/**
 * A whole `campaign.identity.assigned` event.
 * @example
 * ```ts
 * CampaignIdentityAssignedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CampaignIdentityAssignedEventSchema = _eventSchema(
  z.literal('identity.assigned'),
  CampaignIdentityAssignedPayloadSchema,
);
/**
 * A whole `campaign.merged` event.
 * @example
 * ```ts
 * CampaignMergedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CampaignMergedEventSchema = _eventSchema(z.literal('merged'), CampaignMergedPayloadSchema);
/**
 * A whole `campaign.unmerged` event.
 * @example
 * ```ts
 * CampaignUnmergedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CampaignUnmergedEventSchema = _eventSchema(z.literal('unmerged'), CampaignUnmergedPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _CAMPAIGN_EVENTS = {
  'campaign.formed': CampaignFormedEventSchema,
  'campaign.identity.assigned': CampaignIdentityAssignedEventSchema,
  'campaign.merged': CampaignMergedEventSchema,
  'campaign.unmerged': CampaignUnmergedEventSchema,
} as const;
