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
import { TOPOLOGY_MUTATION_OPS, TOPOLOGY_STATUSES, type TopologyMutationOp, type TopologyStatus } from '../enums.js';
import { _eventSchema, type BusEventSchemaOf, type BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _rowsByType } from '../rows-by-type.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Which mutation a `topology.{topology_id}.mutation.{state}` payload is about:
 * its id and operation, which every state's payload carries.
 * @example
 * ```ts
 * declare const payload: TopologyMutationRef;
 * payload.op; // TopologyMutationOp
 * ```
 * @category topology
 * @public
 */
export interface TopologyMutationRef {
  /** The mutation's id: a UUID, as text. */
  mutation_id: string;
  /** The operation: one of `TOPOLOGY_MUTATION_OPS`. */
  op: TopologyMutationOp;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `topology.{topology_id}.mutation.enqueued` (type `enqueued`): the
 * API accepted a mutation; `payload` is the request body, as an object.
 * @example
 * ```ts
 * declare const payload: TopologyMutationEnqueuedPayload;
 * payload.payload; // Record<string, unknown>
 * ```
 * @category topology
 * @public
 */
export interface TopologyMutationEnqueuedPayload extends TopologyMutationRef {
  /** The request body, as an object. */
  payload: Record<string, unknown>;
}

/**
 * The schema of {@link TopologyMutationEnqueuedPayload}.
 * @example
 * ```ts
 * TopologyMutationEnqueuedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', payload: { lan_id: 'lan-1', name: 'web-01' } });
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationEnqueuedPayloadSchema: z.ZodMiniType<TopologyMutationEnqueuedPayload> =
  _exactly<TopologyMutationEnqueuedPayload>()(
    z.looseObject({
      mutation_id: z.string(),
      op: z.enum(TOPOLOGY_MUTATION_OPS),
      payload: _anyObject,
    }),
  );

/**
 * Payload of `topology.{topology_id}.mutation.applying` (type `applying`): the
 * mutator started applying a mutation; `payload` is the request object.
 * @example
 * ```ts
 * declare const payload: TopologyMutationApplyingPayload;
 * payload.payload; // Record<string, unknown>, decoded from its JSON text
 * ```
 * @category topology
 * @public
 */
export interface TopologyMutationApplyingPayload extends TopologyMutationRef {
  /** The request body, as an object: decoded, when it came JSON-encoded (as in production). */
  payload: Record<string, unknown>;
}

/**
 * The schema of {@link TopologyMutationApplyingPayload}.
 * @remarks The mutator dumps the database row as-is, and `payload` is a TEXT
 *   column there, so in production `payload` is the request object JSON-encoded
 *   in a string; both forms are accepted and the output is always the decoded
 *   object. Text that is not JSON, or JSON that is not an object, is refused at
 *   `payload`.
 * @example
 * ```ts
 * TopologyMutationApplyingPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', payload: '{"lan_id": "lan-1", "name": "web-01"}' }).payload; //=> { lan_id: 'lan-1', name: 'web-01' }
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationApplyingPayloadSchema: z.ZodMiniType<TopologyMutationApplyingPayload> =
  _exactly<TopologyMutationApplyingPayload>()(
    z.looseObject({
      mutation_id: z.string(),
      op: z.enum(TOPOLOGY_MUTATION_OPS),
      payload: _jsonEncoded(_anyObject),
    }),
  );

/**
 * Payload of `topology.{topology_id}.mutation.applied` (type `applied`): the
 * mutator applied a mutation.
 * @example
 * ```ts
 * declare const payload: TopologyMutationAppliedPayload;
 * payload.mutation_id; // string
 * ```
 * @category topology
 * @public
 */
export type TopologyMutationAppliedPayload = TopologyMutationRef;

/**
 * The schema of {@link TopologyMutationAppliedPayload}.
 * @example
 * ```ts
 * TopologyMutationAppliedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky' });
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationAppliedPayloadSchema: z.ZodMiniType<TopologyMutationAppliedPayload> =
  _exactly<TopologyMutationAppliedPayload>()(
    z.looseObject({
      mutation_id: z.string(),
      op: z.enum(TOPOLOGY_MUTATION_OPS),
    }),
  );

/**
 * Payload of `topology.{topology_id}.mutation.failed` (type `failed`): the
 * mutator could not apply a mutation.
 * @example
 * ```ts
 * declare const payload: TopologyMutationFailedPayload;
 * payload.reason; // "RuntimeError: lan lan-1 not found"
 * ```
 * @category topology
 * @public
 */
export interface TopologyMutationFailedPayload extends TopologyMutationRef {
  /** Why: `"{ExcType}: {message}"`. */
  reason: string;
}

/**
 * The schema of {@link TopologyMutationFailedPayload}.
 * @example
 * ```ts
 * TopologyMutationFailedPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'add_decky', reason: 'RuntimeError: lan lan-1 not found' });
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationFailedPayloadSchema: z.ZodMiniType<TopologyMutationFailedPayload> =
  _exactly<TopologyMutationFailedPayload>()(
    z.looseObject({
      mutation_id: z.string(),
      op: z.enum(TOPOLOGY_MUTATION_OPS),
      reason: z.string(),
    }),
  );

/**
 * Payload of `topology.{topology_id}.mutation.{state}` when the state is not
 * known (a bare payload, without its envelope): any one of the four states'
 * payloads.
 * @example
 * ```ts
 * declare const payload: TopologyMutationPayload;
 * payload.op; // TopologyMutationOp
 * ```
 * @category topology
 * @public
 */
export type TopologyMutationPayload =
  | TopologyMutationEnqueuedPayload
  | TopologyMutationApplyingPayload
  | TopologyMutationFailedPayload
  | TopologyMutationAppliedPayload;

/**
 * The schema of {@link TopologyMutationPayload}: the four states' payloads,
 * tried in the order enqueued, applying, failed, applied.
 * @remarks Payloads keep unknown keys, so a bare payload cannot always tell its
 *   state apart (an `applied` payload with an extra `reason` reads as `failed`):
 *   prefer {@link TopologyMutationEventSchema}, which reads the state from the
 *   envelope `type`.
 * @example
 * ```ts
 * TopologyMutationPayloadSchema.parse({ mutation_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', op: 'remove_lan' });
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationPayloadSchema: z.ZodMiniType<TopologyMutationPayload> =
  _exactly<TopologyMutationPayload>()(
    z.union([
      TopologyMutationEnqueuedPayloadSchema,
      TopologyMutationApplyingPayloadSchema,
      TopologyMutationFailedPayloadSchema,
      TopologyMutationAppliedPayloadSchema,
    ]),
  );

/**
 * Payload of `topology.{topology_id}.status` (type `status`): the topology's new
 * status and why.
 *
 * Only `degraded` (after a failed mutation) is published today.
 * @example
 * ```ts
 * declare const payload: TopologyStatusPayload;
 * payload.state; // TopologyStatus
 * ```
 * @category topology
 * @public
 */
export interface TopologyStatusPayload {
  /** The topology's new status; only `degraded` is published today. */
  state: TopologyStatus;
  /** Why, e.g. `"mutation {mutation_id} failed"`. */
  reason: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link TopologyStatusPayload}.
 * @example
 * ```ts
 * TopologyStatusPayloadSchema.parse({ state: 'degraded', reason: 'mutation 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed' });
 * ```
 * @category topology
 * @public
 */
export const TopologyStatusPayloadSchema: z.ZodMiniType<TopologyStatusPayload> = _exactly<TopologyStatusPayload>()(
  z.looseObject({
    state: z.enum(TOPOLOGY_STATUSES),
    reason: z.string(),
  }),
);

/**
 * The payloads of `topology.*` by template, each with the envelope `type` it
 * is published with; a mutation's payload depends on its state, which is the
 * `type`.
 * @example
 * ```ts
 * type Failed = Extract<TopologyPayloads['topology.{topology_id}.mutation.{state}'], { type: 'failed' }>['payload']; // TopologyMutationFailedPayload
 * ```
 * @category topology
 * @public
 */
export interface TopologyPayloads {
  'topology.{topology_id}.mutation.{state}':
    | TypedPayload<'enqueued', TopologyMutationEnqueuedPayload>
    | TypedPayload<'applying', TopologyMutationApplyingPayload>
    | TypedPayload<'applied', TopologyMutationAppliedPayload>
    | TypedPayload<'failed', TopologyMutationFailedPayload>;
  'topology.{topology_id}.status': TypedPayload<'status', TopologyStatusPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _TOPOLOGY_PAYLOADS: PayloadTable<TopologyPayloads> = {
  'topology.{topology_id}.mutation.{state}': [
    { types: ['enqueued'], schema: TopologyMutationEnqueuedPayloadSchema },
    { types: ['applying'], schema: TopologyMutationApplyingPayloadSchema },
    { types: ['applied'], schema: TopologyMutationAppliedPayloadSchema },
    { types: ['failed'], schema: TopologyMutationFailedPayloadSchema },
  ],
  'topology.{topology_id}.status': [{ types: ['status'], schema: TopologyStatusPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _TOPOLOGY_EVENTS: BusEventSchemas<TopologyPayloads> = _busEventSchemas(_TOPOLOGY_PAYLOADS, _rowsByType);

/**
 * A whole `topology.{topology_id}.mutation.enqueued` event (type `enqueued`).
 * @example
 * ```ts
 * TopologyMutationEnqueuedEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationEnqueuedEventSchema: BusEventSchemaOf<
  TypedPayload<'enqueued', TopologyMutationEnqueuedPayload>
> = _eventSchema(z.literal('enqueued'), TopologyMutationEnqueuedPayloadSchema);
/**
 * A whole `topology.{topology_id}.mutation.applying` event (type `applying`).
 * @example
 * ```ts
 * TopologyMutationApplyingEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationApplyingEventSchema: BusEventSchemaOf<
  TypedPayload<'applying', TopologyMutationApplyingPayload>
> = _eventSchema(z.literal('applying'), TopologyMutationApplyingPayloadSchema);
/**
 * A whole `topology.{topology_id}.mutation.applied` event (type `applied`).
 * @example
 * ```ts
 * TopologyMutationAppliedEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationAppliedEventSchema: BusEventSchemaOf<
  TypedPayload<'applied', TopologyMutationAppliedPayload>
> = _eventSchema(z.literal('applied'), TopologyMutationAppliedPayloadSchema);
/**
 * A whole `topology.{topology_id}.mutation.failed` event (type `failed`).
 * @example
 * ```ts
 * TopologyMutationFailedEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationFailedEventSchema: BusEventSchemaOf<
  TypedPayload<'failed', TopologyMutationFailedPayload>
> = _eventSchema(z.literal('failed'), TopologyMutationFailedPayloadSchema);

/**
 * A whole `topology.{topology_id}.mutation.{state}` event, its payload's shape
 * selected by the envelope `type`.
 *
 * The `type` is the state (`enqueued`, `applying`, `applied` or `failed`); any
 * other `type` is refused at `type`.
 * @remarks The topic's `{state}` token and the `type` are the same word for
 *   every DECNET publisher; this schema reads the envelope only and does not
 *   compare them.
 * @example
 * ```ts
 * TopologyMutationEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyMutationEventSchema: BusEventSchemaOf<
  TopologyPayloads['topology.{topology_id}.mutation.{state}']
> = _TOPOLOGY_EVENTS['topology.{topology_id}.mutation.{state}'];

/**
 * A whole `topology.{topology_id}.status` event (type `status`).
 * @example
 * ```ts
 * TopologyStatusEventSchema.safeParse(input);
 * ```
 * @category topology
 * @public
 */
export const TopologyStatusEventSchema: BusEventSchemaOf<TopologyPayloads['topology.{topology_id}.status']> =
  _TOPOLOGY_EVENTS['topology.{topology_id}.status'];
