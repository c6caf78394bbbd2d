/**
 * `campaign.*`: the campaign clusterer's campaigns (identities acting
 * together), formed, growing, merged and unmerged (CONTRACT 3.4,
 * identity.* / campaign.*).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString, _strings } from '../codecs.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Payload of `campaign.formed`: a new campaign and its identities (each then
 * gets an `identity.campaign.assigned` with a null prior campaign).
 * @example
 * ```ts
 * declare const payload: CampaignFormedPayload;
 * payload.identity_uuids; // string[]
 * ```
 * @category campaign
 * @public
 */
export interface CampaignFormedPayload {
  /** The UUID of the new campaign. */
  campaign_uuid: string;
  /** The identities the campaign starts with. */
  identity_uuids: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CampaignFormedPayload}.
 * @example
 * ```ts
 * CampaignFormedPayloadSchema.parse({ campaign_uuid: 'c'.repeat(32), identity_uuids: ['a'.repeat(32), 'b'.repeat(32)] });
 * ```
 * @category campaign
 * @public
 */
export const CampaignFormedPayloadSchema: z.ZodMiniType<CampaignFormedPayload> = _exactly<CampaignFormedPayload>()(
  z.looseObject({
    campaign_uuid: z.string(),
    identity_uuids: _strings,
  }),
);

/**
 * Payload of `campaign.identity.assigned`: a campaign gained an identity.
 * @example
 * ```ts
 * declare const payload: CampaignIdentityAssignedPayload;
 * payload.prior_campaign_uuid; // string | null
 * ```
 * @category campaign
 * @public
 */
export interface CampaignIdentityAssignedPayload {
  /** The UUID of the campaign that gained the identity. */
  campaign_uuid: string;
  /** The UUID of the identity it gained. */
  identity_uuid: string;
  /** The campaign the identity had before; null when it had none. */
  prior_campaign_uuid: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CampaignIdentityAssignedPayload}.
 * @example
 * ```ts
 * CampaignIdentityAssignedPayloadSchema.parse({ campaign_uuid: 'c'.repeat(32), identity_uuid: 'a'.repeat(32), prior_campaign_uuid: null });
 * ```
 * @category campaign
 * @public
 */
export const CampaignIdentityAssignedPayloadSchema: z.ZodMiniType<CampaignIdentityAssignedPayload> =
  _exactly<CampaignIdentityAssignedPayload>()(
    z.looseObject({
      campaign_uuid: z.string(),
      identity_uuid: z.string(),
      prior_campaign_uuid: _nullableString,
    }),
  );

/**
 * Payload of `campaign.merged`: the loser campaign was folded into the winner.
 * @example
 * ```ts
 * declare const payload: CampaignMergedPayload;
 * payload.winner_uuid; // string
 * ```
 * @category campaign
 * @public
 */
export interface CampaignMergedPayload {
  /** The campaign that remains. */
  winner_uuid: string;
  /** The campaign folded into the winner. */
  loser_uuid: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CampaignMergedPayload}.
 * @example
 * ```ts
 * CampaignMergedPayloadSchema.parse({ winner_uuid: 'c'.repeat(32), loser_uuid: 'd'.repeat(32) });
 * ```
 * @category campaign
 * @public
 */
export const CampaignMergedPayloadSchema: z.ZodMiniType<CampaignMergedPayload> = _exactly<CampaignMergedPayload>()(
  z.looseObject({
    winner_uuid: z.string(),
    loser_uuid: z.string(),
  }),
);

/**
 * Payload of `campaign.unmerged`: a merged campaign was split off its former winner again.
 * @example
 * ```ts
 * declare const payload: CampaignUnmergedPayload;
 * payload.resurrected_uuid; // string
 * ```
 * @category campaign
 * @public
 */
export interface CampaignUnmergedPayload {
  /** The campaign split off again (the loser of the earlier merge). */
  resurrected_uuid: string;
  /** The campaign it had been merged into. */
  former_winner_uuid: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CampaignUnmergedPayload}.
 * @example
 * ```ts
 * CampaignUnmergedPayloadSchema.parse({ resurrected_uuid: 'd'.repeat(32), former_winner_uuid: 'c'.repeat(32) });
 * ```
 * @category campaign
 * @public
 */
export const CampaignUnmergedPayloadSchema: z.ZodMiniType<CampaignUnmergedPayload> =
  _exactly<CampaignUnmergedPayload>()(
    z.looseObject({
      resurrected_uuid: z.string(),
      former_winner_uuid: z.string(),
    }),
  );

/**
 * The payloads of `campaign.*` by template, each with the envelope `type` it
 * is published with.
 * @example
 * ```ts
 * type Formed = CampaignPayloads['campaign.formed']['payload']; // CampaignFormedPayload
 * ```
 * @category campaign
 * @public
 */
export interface CampaignPayloads {
  'campaign.formed': TypedPayload<'formed', CampaignFormedPayload>;
  'campaign.identity.assigned': TypedPayload<'identity.assigned', CampaignIdentityAssignedPayload>;
  'campaign.merged': TypedPayload<'merged', CampaignMergedPayload>;
  'campaign.unmerged': TypedPayload<'unmerged', CampaignUnmergedPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _CAMPAIGN_PAYLOADS: PayloadTable<CampaignPayloads> = {
  'campaign.formed': [{ types: ['formed'], schema: CampaignFormedPayloadSchema }],
  'campaign.identity.assigned': [{ types: ['identity.assigned'], schema: CampaignIdentityAssignedPayloadSchema }],
  'campaign.merged': [{ types: ['merged'], schema: CampaignMergedPayloadSchema }],
  'campaign.unmerged': [{ types: ['unmerged'], schema: CampaignUnmergedPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _CAMPAIGN_EVENTS: BusEventSchemas<CampaignPayloads> = _busEventSchemas(_CAMPAIGN_PAYLOADS);

/**
 * A whole `campaign.formed` event.
 * @example
 * ```ts
 * CampaignFormedEventSchema.safeParse(input);
 * ```
 * @category campaign
 * @public
 */
export const CampaignFormedEventSchema: BusEventSchemaOf<CampaignPayloads['campaign.formed']> =
  _CAMPAIGN_EVENTS['campaign.formed'];
/**
 * A whole `campaign.identity.assigned` event.
 * @example
 * ```ts
 * CampaignIdentityAssignedEventSchema.safeParse(input);
 * ```
 * @category campaign
 * @public
 */
export const CampaignIdentityAssignedEventSchema: BusEventSchemaOf<CampaignPayloads['campaign.identity.assigned']> =
  _CAMPAIGN_EVENTS['campaign.identity.assigned'];
/**
 * A whole `campaign.merged` event.
 * @example
 * ```ts
 * CampaignMergedEventSchema.safeParse(input);
 * ```
 * @category campaign
 * @public
 */
export const CampaignMergedEventSchema: BusEventSchemaOf<CampaignPayloads['campaign.merged']> =
  _CAMPAIGN_EVENTS['campaign.merged'];
/**
 * A whole `campaign.unmerged` event.
 * @example
 * ```ts
 * CampaignUnmergedEventSchema.safeParse(input);
 * ```
 * @category campaign
 * @public
 */
export const CampaignUnmergedEventSchema: BusEventSchemaOf<CampaignPayloads['campaign.unmerged']> =
  _CAMPAIGN_EVENTS['campaign.unmerged'];
