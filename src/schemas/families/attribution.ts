/**
 * `attribution.*`: the attribution worker's per-identity profile of each
 * behavioural primitive (CONTRACT 3.4, attribution.*).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _firstBadItemOnly } from '../bounded.js';
import { ATTRIBUTION_STATES, type AttributionState } from '../enums.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Payload of `attribution.profile.state_changed`: a primitive's state changed
 * for an identity (published on transitions only).
 * @example
 * ```ts
 * declare const payload: AttributionProfileStateChangedPayload;
 * payload.new_state; // AttributionState
 * ```
 * @category attribution
 * @public
 */
export interface AttributionProfileStateChangedPayload {
  /** The UUID of the identity the primitive belongs to. */
  identity_uuid: string;
  /** The behavioural primitive, such as `motor.input_modality`. */
  primitive: string;
  /** The state before; null for the primitive's first transition. */
  old_state: AttributionState | null;
  /** The state after the transition. */
  new_state: AttributionState;
  /** Whatever the primitive measures: a number, a string, a hash, or null. */
  current_value: unknown;
  /** How sure the engine is of the new state, from 0 to 1. */
  confidence: number;
  /** How many observations of the primitive the identity has. */
  observation_count: number;
  /** The last observation's epoch seconds. */
  ts: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttributionProfileStateChangedPayload}.
 * @example
 * ```ts
 * AttributionProfileStateChangedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), primitive: 'motor.input_modality', old_state: null, new_state: 'stable', current_value: 'paste', confidence: 0.82, observation_count: 7, ts: 1763900000.125 });
 * ```
 * @category attribution
 * @public
 */
export const AttributionProfileStateChangedPayloadSchema: z.ZodMiniType<AttributionProfileStateChangedPayload> =
  _exactly<AttributionProfileStateChangedPayload>()(
    z.looseObject({
      identity_uuid: z.string(),
      primitive: z.string(),
      old_state: z.nullable(z.enum(ATTRIBUTION_STATES)),
      new_state: z.enum(ATTRIBUTION_STATES),
      current_value: z.unknown(),
      confidence: z.number(),
      observation_count: z.int(),
      ts: z.number(),
    }),
  );

/**
 * Payload of `attribution.profile.multi_actor_suspected`: at least two of an
 * identity's primitives look like several actors share it.
 * @example
 * ```ts
 * declare const payload: AttributionProfileMultiActorSuspectedPayload;
 * payload.primitives; // string[]
 * ```
 * @category attribution
 * @public
 */
export interface AttributionProfileMultiActorSuspectedPayload {
  /** The UUID of the identity that looks shared by several actors. */
  identity_uuid: string;
  /** The primitives that flagged it, sorted; at least two. */
  primitives: string[];
  /** A short text summary, `"{n} primitives flagged multi_actor"`. */
  evidence_summary: string;
  /** How sure the suspicion is, from 0 to 1 (`0.6` today). */
  confidence: number;
  /** Epoch seconds. */
  ts: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttributionProfileMultiActorSuspectedPayload}.
 * @example
 * ```ts
 * AttributionProfileMultiActorSuspectedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), primitives: ['motor.input_modality', 'shell.prompt_style'], evidence_summary: '2 primitives flagged multi_actor', confidence: 0.6, ts: 1763900000.125 });
 * ```
 * @category attribution
 * @public
 */
export const AttributionProfileMultiActorSuspectedPayloadSchema: z.ZodMiniType<AttributionProfileMultiActorSuspectedPayload> =
  _exactly<AttributionProfileMultiActorSuspectedPayload>()(
    z.looseObject({
      identity_uuid: z.string(),
      primitives: _firstBadItemOnly(z.array(z.string()).check(z.minLength(2))),
      evidence_summary: z.string(),
      confidence: z.number(),
      ts: z.number(),
    }),
  );

/**
 * The payloads of `attribution.*` by template, each with the envelope `type`
 * it is published with.
 * @example
 * ```ts
 * type Changed = AttributionPayloads['attribution.profile.state_changed']['payload']; // AttributionProfileStateChangedPayload
 * ```
 * @category attribution
 * @public
 */
export interface AttributionPayloads {
  'attribution.profile.state_changed': TypedPayload<'profile.state_changed', AttributionProfileStateChangedPayload>;
  'attribution.profile.multi_actor_suspected': TypedPayload<
    'profile.multi_actor_suspected',
    AttributionProfileMultiActorSuspectedPayload
  >;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _ATTRIBUTION_PAYLOADS: PayloadTable<AttributionPayloads> = {
  'attribution.profile.state_changed': [
    { types: ['profile.state_changed'], schema: AttributionProfileStateChangedPayloadSchema },
  ],
  'attribution.profile.multi_actor_suspected': [
    { types: ['profile.multi_actor_suspected'], schema: AttributionProfileMultiActorSuspectedPayloadSchema },
  ],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _ATTRIBUTION_EVENTS: BusEventSchemas<AttributionPayloads> = _busEventSchemas(_ATTRIBUTION_PAYLOADS);

/**
 * A whole `attribution.profile.state_changed` event.
 * @example
 * ```ts
 * AttributionProfileStateChangedEventSchema.safeParse(input);
 * ```
 * @category attribution
 * @public
 */
export const AttributionProfileStateChangedEventSchema: BusEventSchemaOf<
  AttributionPayloads['attribution.profile.state_changed']
> = _ATTRIBUTION_EVENTS['attribution.profile.state_changed'];
/**
 * A whole `attribution.profile.multi_actor_suspected` event.
 * @example
 * ```ts
 * AttributionProfileMultiActorSuspectedEventSchema.safeParse(input);
 * ```
 * @category attribution
 * @public
 */
export const AttributionProfileMultiActorSuspectedEventSchema: BusEventSchemaOf<
  AttributionPayloads['attribution.profile.multi_actor_suspected']
> = _ATTRIBUTION_EVENTS['attribution.profile.multi_actor_suspected'];
