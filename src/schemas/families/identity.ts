/**
 * `identity.*`: the clusterer's identities (one actor behind several attacker
 * observations), formed, linked, merged, unmerged and assigned to campaigns
 * (CONTRACT 3.4, identity.* / campaign.*).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString, _strings } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `identity.formed`: a new identity and the observations it groups.
 * @example
 * ```ts
 * IdentityFormedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), observation_uuids: ['b'.repeat(32)] });
 * ```
 * @public
 */
export const IdentityFormedPayloadSchema = z.looseObject({
  identity_uuid: z.string(),
  observation_uuids: _strings,
});

/**
 * Payload of `identity.observation.linked`: an observation joined an existing identity.
 * @example
 * ```ts
 * IdentityObservationLinkedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), observation_uuid: 'b'.repeat(32) });
 * ```
 * @public
 */
export const IdentityObservationLinkedPayloadSchema = z.looseObject({
  identity_uuid: z.string(),
  observation_uuid: z.string(),
});

/**
 * Payload of `identity.merged`: the loser identity was folded into the winner.
 * @example
 * ```ts
 * IdentityMergedPayloadSchema.parse({ winner_uuid: 'a'.repeat(32), loser_uuid: 'b'.repeat(32) });
 * ```
 * @public
 */
export const IdentityMergedPayloadSchema = z.looseObject({
  winner_uuid: z.string(),
  loser_uuid: z.string(),
});

/**
 * Payload of `identity.unmerged`: a merged identity was split off its former winner again.
 * @example
 * ```ts
 * IdentityUnmergedPayloadSchema.parse({ resurrected_uuid: 'b'.repeat(32), former_winner_uuid: 'a'.repeat(32) });
 * ```
 * @public
 */
export const IdentityUnmergedPayloadSchema = z.looseObject({
  resurrected_uuid: z.string(),
  former_winner_uuid: z.string(),
});

/**
 * Payload of `identity.campaign.assigned`: an identity joined a campaign;
 * `prior_campaign_uuid` is null when it had none (always so right after
 * `campaign.formed`).
 * @example
 * ```ts
 * IdentityCampaignAssignedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), campaign_uuid: 'c'.repeat(32), prior_campaign_uuid: null });
 * ```
 * @public
 */
export const IdentityCampaignAssignedPayloadSchema = z.looseObject({
  identity_uuid: z.string(),
  campaign_uuid: z.string(),
  prior_campaign_uuid: _nullableString,
});

/**
 * A whole `identity.formed` event.
 * @example
 * ```ts
 * IdentityFormedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const IdentityFormedEventSchema = _eventSchema(z.literal('formed'), IdentityFormedPayloadSchema);
/**
 * A whole `identity.observation.linked` event.
 * @example
 * ```ts
 * IdentityObservationLinkedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const IdentityObservationLinkedEventSchema = _eventSchema(
  z.literal('observation.linked'),
  IdentityObservationLinkedPayloadSchema,
);
/**
 * A whole `identity.merged` event.
 * @example
 * ```ts
 * IdentityMergedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const IdentityMergedEventSchema = _eventSchema(z.literal('merged'), IdentityMergedPayloadSchema);
/**
 * A whole `identity.unmerged` event.
 * @example
 * ```ts
 * IdentityUnmergedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const IdentityUnmergedEventSchema = _eventSchema(z.literal('unmerged'), IdentityUnmergedPayloadSchema);
/**
 * A whole `identity.campaign.assigned` event.
 * @example
 * ```ts
 * IdentityCampaignAssignedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const IdentityCampaignAssignedEventSchema = _eventSchema(
  z.literal('campaign.assigned'),
  IdentityCampaignAssignedPayloadSchema,
);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _IDENTITY_EVENTS = {
  'identity.formed': IdentityFormedEventSchema,
  'identity.observation.linked': IdentityObservationLinkedEventSchema,
  'identity.merged': IdentityMergedEventSchema,
  'identity.unmerged': IdentityUnmergedEventSchema,
  'identity.campaign.assigned': IdentityCampaignAssignedEventSchema,
} as const;
