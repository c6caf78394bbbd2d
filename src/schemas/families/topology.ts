/**
 * `topology.*`: the mutations of a topology as the API enqueues them and the
 * mutator applies them, and the topology's status after a failed mutation
 * (CONTRACT 3.4, topology). The four mutation states share one topic template,
 * `topology.{topology_id}.mutation.{state}`, and the envelope `type` is the
 * state, so the mutation event schema discriminates on `type`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _anyObject, _jsonEncoded } from '../codecs.js';
import { TOPOLOGY_MUTATION_OPS, TOPOLOGY_STATUSES } from '../enums.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `topology.{topology_id}.mutation.enqueued` (type `enqueued`): the
 * API accepted a mutation; `payload` is the request body, as an object.
 * @example
 * ```ts
 * TopologyMutationEnqueuedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', payload: { lan_id: 'lan-1', name: 'web-01' } });
 * ```
 * @public
 */
export const TopologyMutationEnqueuedPayloadSchema = z.looseObject({
  mutation_id: z.string(),
  op: z.enum(TOPOLOGY_MUTATION_OPS),
  payload: _anyObject,
});

/**
 * Payload of `topology.{topology_id}.mutation.applying` (type `applying`): the
 * mutator started applying a mutation. The mutator dumps the database row
 * as-is, and `payload` is a TEXT column there, so in production `payload` is
 * the request object JSON-encoded in a string; both forms are accepted and the
 * output is always the decoded object. Text that is not JSON, or JSON that is
 * not an object, is refused at `payload`.
 * @example
 * ```ts
 * TopologyMutationApplyingPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', payload: '{"lan_id": "lan-1", "name": "web-01"}' }).payload; //=> { lan_id: 'lan-1', name: 'web-01' }
 * ```
 * @public
 */
export const TopologyMutationApplyingPayloadSchema = z.looseObject({
  mutation_id: z.string(),
  op: z.enum(TOPOLOGY_MUTATION_OPS),
  payload: _jsonEncoded(_anyObject),
});

/**
 * Payload of `topology.{topology_id}.mutation.applied` (type `applied`): the
 * mutator applied a mutation.
 * @example
 * ```ts
 * TopologyMutationAppliedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky' });
 * ```
 * @public
 */
export const TopologyMutationAppliedPayloadSchema = z.looseObject({
  mutation_id: z.string(),
  op: z.enum(TOPOLOGY_MUTATION_OPS),
});

/**
 * Payload of `topology.{topology_id}.mutation.failed` (type `failed`): the
 * mutator could not apply a mutation; `reason` is `"{ExcType}: {message}"`.
 * @example
 * ```ts
 * TopologyMutationFailedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', reason: 'RuntimeError: lan lan-1 not found' });
 * ```
 * @public
 */
export const TopologyMutationFailedPayloadSchema = z.looseObject({
  mutation_id: z.string(),
  op: z.enum(TOPOLOGY_MUTATION_OPS),
  reason: z.string(),
});

/**
 * Payload of `topology.{topology_id}.mutation.{state}` when the state is not
 * known (a bare payload, without its envelope): any one of the four states'
 * payloads, tried in the order enqueued, applying, failed, applied.
 * @remarks Payloads keep unknown keys, so a bare payload cannot always tell its
 *   state apart (an `applied` payload with an extra `reason` reads as `failed`):
 *   prefer {@link TopologyMutationEventSchema}, which reads the state from the
 *   envelope `type`.
 * @example
 * ```ts
 * TopologyMutationPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'remove_lan' });
 * ```
 * @public
 */
export const TopologyMutationPayloadSchema = z.union([
  TopologyMutationEnqueuedPayloadSchema,
  TopologyMutationApplyingPayloadSchema,
  TopologyMutationFailedPayloadSchema,
  TopologyMutationAppliedPayloadSchema,
]);

/**
 * Payload of `topology.{topology_id}.status` (type `status`): the topology's new
 * status and why. Only `degraded` (after a failed mutation) is published today.
 * @example
 * ```ts
 * TopologyStatusPayloadSchema.parse({ state: 'degraded', reason: 'mutation 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed' });
 * ```
 * @public
 */
export const TopologyStatusPayloadSchema = z.looseObject({
  state: z.enum(TOPOLOGY_STATUSES),
  reason: z.string(),
});

/**
 * A whole `topology.{topology_id}.mutation.enqueued` event (type `enqueued`).
 * @example
 * ```ts
 * TopologyMutationEnqueuedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyMutationEnqueuedEventSchema = _eventSchema(
  z.literal('enqueued'),
  TopologyMutationEnqueuedPayloadSchema,
);
/**
 * A whole `topology.{topology_id}.mutation.applying` event (type `applying`).
 * @example
 * ```ts
 * TopologyMutationApplyingEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyMutationApplyingEventSchema = _eventSchema(
  z.literal('applying'),
  TopologyMutationApplyingPayloadSchema,
);
/**
 * A whole `topology.{topology_id}.mutation.applied` event (type `applied`).
 * @example
 * ```ts
 * TopologyMutationAppliedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyMutationAppliedEventSchema = _eventSchema(
  z.literal('applied'),
  TopologyMutationAppliedPayloadSchema,
);
/**
 * A whole `topology.{topology_id}.mutation.failed` event (type `failed`).
 * @example
 * ```ts
 * TopologyMutationFailedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyMutationFailedEventSchema = _eventSchema(z.literal('failed'), TopologyMutationFailedPayloadSchema);

/**
 * A whole `topology.{topology_id}.mutation.{state}` event: the envelope `type`
 * is the state (`enqueued`, `applying`, `applied` or `failed`) and selects the
 * payload's shape; any other `type` is refused at `type`.
 * @remarks The topic's `{state}` token and the `type` are the same word for
 *   every DECNET publisher; this schema reads the envelope only and does not
 *   compare them.
 * @example
 * ```ts
 * TopologyMutationEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyMutationEventSchema = z.discriminatedUnion('type', [
  TopologyMutationEnqueuedEventSchema,
  TopologyMutationApplyingEventSchema,
  TopologyMutationAppliedEventSchema,
  TopologyMutationFailedEventSchema,
]);

/**
 * A whole `topology.{topology_id}.status` event (type `status`).
 * @example
 * ```ts
 * TopologyStatusEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TopologyStatusEventSchema = _eventSchema(z.literal('status'), TopologyStatusPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _TOPOLOGY_EVENTS = {
  'topology.{topology_id}.mutation.{state}': TopologyMutationEventSchema,
  'topology.{topology_id}.status': TopologyStatusEventSchema,
} as const;
