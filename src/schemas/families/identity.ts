/**
 * `identity.*`: the clusterer's identities (one actor behind several attacker
 * observations), formed, linked, merged, unmerged and assigned to campaigns
 * (CONTRACT 3.4, identity.* / campaign.*).
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
 * Payload of `identity.formed`: a new identity and the observations it groups.
 * @example
 * ```ts
 * declare const payload: IdentityFormedPayload;
 * payload.observation_uuids; // string[]
 * ```
 * @category identity
 * @public
 */
export interface IdentityFormedPayload {
  /** The UUID of the new identity. */
  identity_uuid: string;
  /** The attacker observations the identity groups. */
  observation_uuids: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link IdentityFormedPayload}.
 * @example
 * ```ts
 * IdentityFormedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), observation_uuids: ['b'.repeat(32)] });
 * ```
 * @category identity
 * @public
 */
export const IdentityFormedPayloadSchema: z.ZodMiniType<IdentityFormedPayload> = _exactly<IdentityFormedPayload>()(
  z.looseObject({
    identity_uuid: z.string(),
    observation_uuids: _strings,
  }),
);

/**
 * Payload of `identity.observation.linked`: an observation joined an existing identity.
 * @example
 * ```ts
 * declare const payload: IdentityObservationLinkedPayload;
 * payload.observation_uuid; // string
 * ```
 * @category identity
 * @public
 */
export interface IdentityObservationLinkedPayload {
  /** The existing identity the observation joined. */
  identity_uuid: string;
  /** The UUID of the attacker observation that joined it. */
  observation_uuid: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link IdentityObservationLinkedPayload}.
 * @example
 * ```ts
 * IdentityObservationLinkedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), observation_uuid: 'b'.repeat(32) });
 * ```
 * @category identity
 * @public
 */
export const IdentityObservationLinkedPayloadSchema: z.ZodMiniType<IdentityObservationLinkedPayload> =
  _exactly<IdentityObservationLinkedPayload>()(
    z.looseObject({
      identity_uuid: z.string(),
      observation_uuid: z.string(),
    }),
  );

/**
 * Payload of `identity.merged`: the loser identity was folded into the winner.
 * @example
 * ```ts
 * declare const payload: IdentityMergedPayload;
 * payload.winner_uuid; // string
 * ```
 * @category identity
 * @public
 */
export interface IdentityMergedPayload {
  /** The identity that remains. */
  winner_uuid: string;
  /** The identity folded into the winner. */
  loser_uuid: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link IdentityMergedPayload}.
 * @example
 * ```ts
 * IdentityMergedPayloadSchema.parse({ winner_uuid: 'a'.repeat(32), loser_uuid: 'b'.repeat(32) });
 * ```
 * @category identity
 * @public
 */
export const IdentityMergedPayloadSchema: z.ZodMiniType<IdentityMergedPayload> = _exactly<IdentityMergedPayload>()(
  z.looseObject({
    winner_uuid: z.string(),
    loser_uuid: z.string(),
  }),
);

/**
 * Payload of `identity.unmerged`: a merged identity was split off its former winner again.
 * @example
 * ```ts
 * declare const payload: IdentityUnmergedPayload;
 * payload.resurrected_uuid; // string
 * ```
 * @category identity
 * @public
 */
export interface IdentityUnmergedPayload {
  /** The identity split off again (the loser of the earlier merge). */
  resurrected_uuid: string;
  /** The identity it had been merged into. */
  former_winner_uuid: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link IdentityUnmergedPayload}.
 * @example
 * ```ts
 * IdentityUnmergedPayloadSchema.parse({ resurrected_uuid: 'b'.repeat(32), former_winner_uuid: 'a'.repeat(32) });
 * ```
 * @category identity
 * @public
 */
export const IdentityUnmergedPayloadSchema: z.ZodMiniType<IdentityUnmergedPayload> =
  _exactly<IdentityUnmergedPayload>()(
    z.looseObject({
      resurrected_uuid: z.string(),
      former_winner_uuid: z.string(),
    }),
  );

/**
 * Payload of `identity.campaign.assigned`: an identity joined a campaign.
 * @example
 * ```ts
 * declare const payload: IdentityCampaignAssignedPayload;
 * payload.prior_campaign_uuid; // string | null
 * ```
 * @category identity
 * @public
 */
export interface IdentityCampaignAssignedPayload {
  /** The UUID of the identity that joined the campaign. */
  identity_uuid: string;
  /** The UUID of the campaign it joined. */
  campaign_uuid: string;
  /** The campaign the identity had before; null when it had none (always so right after `campaign.formed`). */
  prior_campaign_uuid: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link IdentityCampaignAssignedPayload}.
 * @example
 * ```ts
 * IdentityCampaignAssignedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), campaign_uuid: 'c'.repeat(32), prior_campaign_uuid: null });
 * ```
 * @category identity
 * @public
 */
export const IdentityCampaignAssignedPayloadSchema: z.ZodMiniType<IdentityCampaignAssignedPayload> =
  _exactly<IdentityCampaignAssignedPayload>()(
    z.looseObject({
      identity_uuid: z.string(),
      campaign_uuid: z.string(),
      prior_campaign_uuid: _nullableString,
    }),
  );

/**
 * The payloads of `identity.*` by template, each with the envelope `type` it
 * is published with.
 * @example
 * ```ts
 * type Merged = IdentityPayloads['identity.merged']['payload']; // IdentityMergedPayload
 * ```
 * @category identity
 * @public
 */
export interface IdentityPayloads {
  'identity.formed': TypedPayload<'formed', IdentityFormedPayload>;
  'identity.observation.linked': TypedPayload<'observation.linked', IdentityObservationLinkedPayload>;
  'identity.merged': TypedPayload<'merged', IdentityMergedPayload>;
  'identity.unmerged': TypedPayload<'unmerged', IdentityUnmergedPayload>;
  'identity.campaign.assigned': TypedPayload<'campaign.assigned', IdentityCampaignAssignedPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _IDENTITY_PAYLOADS: PayloadTable<IdentityPayloads> = {
  'identity.formed': [{ types: ['formed'], schema: IdentityFormedPayloadSchema }],
  'identity.observation.linked': [{ types: ['observation.linked'], schema: IdentityObservationLinkedPayloadSchema }],
  'identity.merged': [{ types: ['merged'], schema: IdentityMergedPayloadSchema }],
  'identity.unmerged': [{ types: ['unmerged'], schema: IdentityUnmergedPayloadSchema }],
  'identity.campaign.assigned': [{ types: ['campaign.assigned'], schema: IdentityCampaignAssignedPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _IDENTITY_EVENTS: BusEventSchemas<IdentityPayloads> = _busEventSchemas(_IDENTITY_PAYLOADS);

/**
 * A whole `identity.formed` event.
 * @example
 * ```ts
 * IdentityFormedEventSchema.safeParse(input);
 * ```
 * @category identity
 * @public
 */
export const IdentityFormedEventSchema: BusEventSchemaOf<IdentityPayloads['identity.formed']> =
  _IDENTITY_EVENTS['identity.formed'];
/**
 * A whole `identity.observation.linked` event.
 * @example
 * ```ts
 * IdentityObservationLinkedEventSchema.safeParse(input);
 * ```
 * @category identity
 * @public
 */
export const IdentityObservationLinkedEventSchema: BusEventSchemaOf<IdentityPayloads['identity.observation.linked']> =
  _IDENTITY_EVENTS['identity.observation.linked'];
/**
 * A whole `identity.merged` event.
 * @example
 * ```ts
 * IdentityMergedEventSchema.safeParse(input);
 * ```
 * @category identity
 * @public
 */
export const IdentityMergedEventSchema: BusEventSchemaOf<IdentityPayloads['identity.merged']> =
  _IDENTITY_EVENTS['identity.merged'];
/**
 * A whole `identity.unmerged` event.
 * @example
 * ```ts
 * IdentityUnmergedEventSchema.safeParse(input);
 * ```
 * @category identity
 * @public
 */
export const IdentityUnmergedEventSchema: BusEventSchemaOf<IdentityPayloads['identity.unmerged']> =
  _IDENTITY_EVENTS['identity.unmerged'];
/**
 * A whole `identity.campaign.assigned` event.
 * @example
 * ```ts
 * IdentityCampaignAssignedEventSchema.safeParse(input);
 * ```
 * @category identity
 * @public
 */
export const IdentityCampaignAssignedEventSchema: BusEventSchemaOf<IdentityPayloads['identity.campaign.assigned']> =
  _IDENTITY_EVENTS['identity.campaign.assigned'];
