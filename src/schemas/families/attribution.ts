/**
 * `attribution.*`: the attribution worker's per-identity profile of each
 * behavioural primitive (CONTRACT 3.4, attribution.*).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _firstBadItemOnly } from '../bounded.js';
import { ATTRIBUTION_STATES } from '../enums.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `attribution.profile.state_changed`: a primitive's state changed
 * for an identity (published on transitions only; `old_state` is null for the
 * first one). `current_value` is whatever the primitive measures (a number, a
 * string, a hash, or null); `ts` is the last observation's epoch seconds.
 * @example
 * ```ts
 * AttributionProfileStateChangedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), primitive: 'motor.input_modality', old_state: null, new_state: 'stable', current_value: 'paste', confidence: 0.82, observation_count: 7, ts: 1763900000.125 });
 * ```
 * @public
 */
export const AttributionProfileStateChangedPayloadSchema = z.looseObject({
  identity_uuid: z.string(),
  primitive: z.string(),
  old_state: z.nullable(z.enum(ATTRIBUTION_STATES)),
  new_state: z.enum(ATTRIBUTION_STATES),
  current_value: z.unknown(),
  confidence: z.number(),
  observation_count: z.int(),
  ts: z.number(),
});

/**
 * Payload of `attribution.profile.multi_actor_suspected`: at least two of an
 * identity's primitives (sorted) look like several actors share it.
 * @example
 * ```ts
 * AttributionProfileMultiActorSuspectedPayloadSchema.parse({ identity_uuid: 'a'.repeat(32), primitives: ['motor.input_modality', 'shell.prompt_style'], evidence_summary: '2 primitives flagged multi_actor', confidence: 0.6, ts: 1763900000.125 });
 * ```
 * @public
 */
export const AttributionProfileMultiActorSuspectedPayloadSchema = z.looseObject({
  identity_uuid: z.string(),
  primitives: _firstBadItemOnly(z.array(z.string()).check(z.minLength(2))),
  evidence_summary: z.string(),
  confidence: z.number(),
  ts: z.number(),
});

/**
 * A whole `attribution.profile.state_changed` event.
 * @example
 * ```ts
 * AttributionProfileStateChangedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttributionProfileStateChangedEventSchema = _eventSchema(
  z.literal('profile.state_changed'),
  AttributionProfileStateChangedPayloadSchema,
);
/**
 * A whole `attribution.profile.multi_actor_suspected` event.
 * @example
 * ```ts
 * AttributionProfileMultiActorSuspectedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttributionProfileMultiActorSuspectedEventSchema = _eventSchema(
  z.literal('profile.multi_actor_suspected'),
  AttributionProfileMultiActorSuspectedPayloadSchema,
);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _ATTRIBUTION_EVENTS = {
  'attribution.profile.state_changed': AttributionProfileStateChangedEventSchema,
  'attribution.profile.multi_actor_suspected': AttributionProfileMultiActorSuspectedEventSchema,
} as const;
