/**
 * `decky.*`: what happens to a decky: its fleet state, the traffic the sniffer
 * fingerprints on it, changes to its services, and its deploy and mutate
 * lifecycle (CONTRACT 3.4, decky). The `{decky_id}` token is a topology decky's
 * name or UUID, or `{host_uuid}:{name}` for the fleet's `state` events.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _anyObject, _nullableString, _strings } from '../codecs.js';
import {
  FLEET_DECKY_STATES,
  FLEET_TRANSITIONS,
  LIFECYCLE_OPERATIONS,
  LIFECYCLE_STATUSES,
  MUTATION_TRIGGERS,
  type FleetDeckyState,
  type FleetTransition,
  type LifecycleOperation,
  type LifecycleStatus,
  type MutationTrigger,
} from '../enums.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _rowsByType } from '../rows-by-type.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';
import { _TRAFFIC_ROWS, type DeckyTrafficTypedPayload } from './decky-traffic.js';

/**
 * Payload of `decky.{host_uuid}:{name}.state` (type `state`): the fleet
 * reconciler inserted, deleted or changed the state of a decky on a host.
 * @example
 * ```ts
 * declare const payload: DeckyStatePayload;
 * payload.state; // "running" | "degraded" | "failed" | "torn_down"
 * ```
 * @category decky
 * @public
 */
export interface DeckyStatePayload {
  /** The UUID of the host the decky runs on. */
  host_uuid: string;
  /** The decky's name. */
  name: string;
  /** The decky's state, aggregated from its service containers' statuses. */
  state: FleetDeckyState;
  /** What the reconciler did: inserted the decky, deleted it, or changed its state. */
  transition: FleetTransition;
  /** Always `fleet`: the fleet reconciler. */
  source: 'fleet';
  /** The state before; only with the `state_changed` transition. */
  previous_state?: string | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyStatePayload}.
 * @example
 * ```ts
 * DeckyStatePayloadSchema.parse({ host_uuid: '3f2a9c1e-5b7d-4e8f-a0c1-d2e3f4a5b6c7', name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet', previous_state: 'running' });
 * ```
 * @category decky
 * @public
 */
export const DeckyStatePayloadSchema: z.ZodMiniType<DeckyStatePayload> = _exactly<DeckyStatePayload>()(
  z.looseObject({
    host_uuid: z.string(),
    name: z.string(),
    state: z.enum(FLEET_DECKY_STATES),
    transition: z.enum(FLEET_TRANSITIONS),
    source: z.literal('fleet'),
    previous_state: z.optional(z.string()),
  }),
);

/**
 * Payload of `decky.{decky_id}.mutate_request`.
 *
 * DECNET has **no publisher** for this topic; the mutator only listens for it
 * (`decky.*.mutate_request`), takes the decky's name from the topic, and falls
 * back to `payload.name`. So any object is accepted, and kept as it is.
 * @example
 * ```ts
 * declare const payload: DeckyMutateRequestPayload;
 * payload['name']; // unknown
 * ```
 * @category decky
 * @public
 */
export interface DeckyMutateRequestPayload {
  /** Any key, any value. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyMutateRequestPayload}.
 * @example
 * ```ts
 * DeckyMutateRequestPayloadSchema.parse({ name: 'web-01' });
 * ```
 * @category decky
 * @public
 */
export const DeckyMutateRequestPayloadSchema: z.ZodMiniType<DeckyMutateRequestPayload> =
  _exactly<DeckyMutateRequestPayload>()(z.looseObject({}));

/**
 * Payload of `decky.{decky_id}.mutation` (type `mutation`): a decky's set of
 * services changed.
 * @example
 * ```ts
 * declare const payload: DeckyMutationPayload;
 * payload.new_services; // string[]
 * ```
 * @category decky
 * @public
 */
export interface DeckyMutationPayload {
  /** The decky's name, as in the topic. */
  decky: string;
  /** The decky's services before the change. */
  old_services: string[];
  /** The decky's services after the change. */
  new_services: string[];
  /** Only `scheduled` and `operator` reach the bus today. */
  trigger: MutationTrigger;
  /** Only when the trigger has one (an operator). */
  actor?: string | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyMutationPayload}.
 * @example
 * ```ts
 * DeckyMutationPayloadSchema.parse({ decky: 'web-01', old_services: ['ssh', 'http'], new_services: ['ssh', 'smtp'], trigger: 'operator', actor: 'admin' });
 * ```
 * @category decky
 * @public
 */
export const DeckyMutationPayloadSchema: z.ZodMiniType<DeckyMutationPayload> = _exactly<DeckyMutationPayload>()(
  z.looseObject({
    decky: z.string(),
    old_services: _strings,
    new_services: _strings,
    trigger: z.enum(MUTATION_TRIGGERS),
    actor: z.optional(z.string()),
  }),
);

/**
 * Payload of `decky.{decky_id}.service_added` and `.service_removed` (no type):
 * a service was added to, or removed from, a running decky.
 *
 * The two topics carry the same shape.
 * @example
 * ```ts
 * declare const payload: DeckyServiceChangePayload;
 * payload.services; // string[]
 * ```
 * @category decky
 * @public
 */
export interface DeckyServiceChangePayload {
  /** The decky's name. */
  decky_name: string;
  /** The service added or removed. */
  service_name: string;
  /** `null` for a decky outside any topology. */
  topology_id: string | null;
  /** The decky's services after the change. */
  services: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyServiceChangePayload}.
 * @example
 * ```ts
 * DeckyServiceChangePayloadSchema.parse({ decky_name: 'web-01', service_name: 'smtp', topology_id: null, services: ['ssh', 'http', 'smtp'] });
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceChangePayloadSchema: z.ZodMiniType<DeckyServiceChangePayload> =
  _exactly<DeckyServiceChangePayload>()(
    z.looseObject({
      decky_name: z.string(),
      service_name: z.string(),
      topology_id: _nullableString,
      services: _strings,
    }),
  );

/**
 * Payload of `decky.{decky_id}.service_added`: a {@link DeckyServiceChangePayload}.
 * @example
 * ```ts
 * declare const payload: DeckyServiceAddedPayload;
 * payload.service_name; // the service added
 * ```
 * @category decky
 * @public
 */
export type DeckyServiceAddedPayload = DeckyServiceChangePayload;

/**
 * The schema of `decky.{decky_id}.service_added` payloads: the same object as
 * {@link DeckyServiceChangePayloadSchema}.
 * @example
 * ```ts
 * DeckyServiceAddedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'smtp', topology_id: null, services: ['ssh', 'http', 'smtp'] });
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceAddedPayloadSchema: z.ZodMiniType<DeckyServiceAddedPayload> = DeckyServiceChangePayloadSchema;

/**
 * Payload of `decky.{decky_id}.service_removed`: a {@link DeckyServiceChangePayload}.
 * @example
 * ```ts
 * declare const payload: DeckyServiceRemovedPayload;
 * payload.service_name; // the service removed
 * ```
 * @category decky
 * @public
 */
export type DeckyServiceRemovedPayload = DeckyServiceChangePayload;

/**
 * The schema of `decky.{decky_id}.service_removed` payloads: the same object
 * as {@link DeckyServiceChangePayloadSchema}.
 * @example
 * ```ts
 * DeckyServiceRemovedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'smtp', topology_id: 'b7e4c2d0-1a2b-4c3d-8e9f-0a1b2c3d4e5f', services: ['ssh', 'http'] });
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceRemovedPayloadSchema: z.ZodMiniType<DeckyServiceRemovedPayload> =
  DeckyServiceChangePayloadSchema;

/**
 * Payload of `decky.{decky_id}.service_config_changed` (no type): a service's
 * configuration changed on a running decky.
 * @example
 * ```ts
 * declare const payload: DeckyServiceConfigChangedPayload;
 * payload.recreated; // boolean
 * ```
 * @category decky
 * @public
 */
export interface DeckyServiceConfigChangedPayload {
  /** The decky's name. */
  decky_name: string;
  /** The service whose configuration changed. */
  service_name: string;
  /** `null` for a decky outside any topology. */
  topology_id: string | null;
  /** The service's new configuration, free-form. */
  service_config: Record<string, unknown>;
  /** Whether the service's container had to be recreated. */
  recreated: boolean;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyServiceConfigChangedPayload}.
 * @example
 * ```ts
 * DeckyServiceConfigChangedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'http', topology_id: null, service_config: { server_header: 'nginx/1.24.0' }, recreated: true });
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceConfigChangedPayloadSchema: z.ZodMiniType<DeckyServiceConfigChangedPayload> =
  _exactly<DeckyServiceConfigChangedPayload>()(
    z.looseObject({
      decky_name: z.string(),
      service_name: z.string(),
      topology_id: _nullableString,
      service_config: _anyObject,
      recreated: z.boolean(),
    }),
  );

/**
 * Payload of `decky.{decky_id}.lifecycle` (type `lifecycle`): a deploy or mutate
 * operation on a decky changed status.
 * @example
 * ```ts
 * declare const payload: DeckyLifecyclePayload;
 * payload.status; // "pending" | "running" | "succeeded" | "failed"
 * ```
 * @category decky
 * @public
 */
export interface DeckyLifecyclePayload {
  /** The id (a UUID) of this operation attempt; a retry gets a new one. */
  lifecycle_id: string;
  /** The operation: `deploy` or `mutate`. */
  operation: LifecycleOperation;
  /** The attempt's status: `pending`, then `running`, then `succeeded` or `failed`. */
  status: LifecycleStatus;
  /** What went wrong, at most 2,000 characters; with failures. */
  error?: string | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link DeckyLifecyclePayload}.
 * @example
 * ```ts
 * DeckyLifecyclePayloadSchema.parse({ lifecycle_id: '9b2f0c4e-6d1a-4f3b-8c7e-5a4d3c2b1a09', operation: 'deploy', status: 'failed', error: 'docker: image not found' });
 * ```
 * @category decky
 * @public
 */
export const DeckyLifecyclePayloadSchema: z.ZodMiniType<DeckyLifecyclePayload> = _exactly<DeckyLifecyclePayload>()(
  z.looseObject({
    lifecycle_id: z.string(),
    operation: z.enum(LIFECYCLE_OPERATIONS),
    status: z.enum(LIFECYCLE_STATUSES),
    error: z.optional(z.string().check(z.maxLength(2000))),
  }),
);

/**
 * The payloads of `decky.*` by template, each with the envelope `type` it is
 * published with.
 *
 * A traffic payload's shape is chosen by its `type`, the sniffer event type
 * (one of `SNIFFER_TRAFFIC_TYPES`); nothing publishes `mutate_request`, so its
 * `type` is any string.
 * @example
 * ```ts
 * type Leak = Extract<DeckyPayloads['decky.{decky_id}.traffic'], { type: 'ipv6_link_local_leak' }>['payload']; // DeckyTrafficIpv6LinkLocalLeakPayload
 * ```
 * @category decky
 * @public
 */
export interface DeckyPayloads {
  'decky.{decky_id}.state': TypedPayload<'state', DeckyStatePayload>;
  'decky.{decky_id}.traffic': DeckyTrafficTypedPayload;
  'decky.{decky_id}.mutate_request': TypedPayload<string, DeckyMutateRequestPayload>;
  'decky.{decky_id}.mutation': TypedPayload<'mutation', DeckyMutationPayload>;
  'decky.{decky_id}.service_added': TypedPayload<'', DeckyServiceAddedPayload>;
  'decky.{decky_id}.service_removed': TypedPayload<'', DeckyServiceRemovedPayload>;
  'decky.{decky_id}.service_config_changed': TypedPayload<'', DeckyServiceConfigChangedPayload>;
  'decky.{decky_id}.lifecycle': TypedPayload<'lifecycle', DeckyLifecyclePayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _DECKY_PAYLOADS: PayloadTable<DeckyPayloads> = {
  'decky.{decky_id}.state': [{ types: ['state'], schema: DeckyStatePayloadSchema }],
  'decky.{decky_id}.traffic': _TRAFFIC_ROWS,
  'decky.{decky_id}.mutate_request': [{ schema: DeckyMutateRequestPayloadSchema }],
  'decky.{decky_id}.mutation': [{ types: ['mutation'], schema: DeckyMutationPayloadSchema }],
  'decky.{decky_id}.service_added': [{ types: [''], schema: DeckyServiceAddedPayloadSchema }],
  'decky.{decky_id}.service_removed': [{ types: [''], schema: DeckyServiceRemovedPayloadSchema }],
  'decky.{decky_id}.service_config_changed': [{ types: [''], schema: DeckyServiceConfigChangedPayloadSchema }],
  'decky.{decky_id}.lifecycle': [{ types: ['lifecycle'], schema: DeckyLifecyclePayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _DECKY_EVENTS: BusEventSchemas<DeckyPayloads> = _busEventSchemas(_DECKY_PAYLOADS, _rowsByType);

/**
 * A whole `decky.{decky_id}.state` event (type `state`).
 * @example
 * ```ts
 * DeckyStateEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyStateEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.state']> =
  _DECKY_EVENTS['decky.{decky_id}.state'];

/**
 * A whole `decky.{decky_id}.traffic` event, its payload's shape selected by the
 * envelope `type`.
 *
 * The `type` is the sniffer event type (one of `SNIFFER_TRAFFIC_TYPES`); any
 * other `type` is refused at `type`.
 * @example
 * ```ts
 * DeckyTrafficEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.traffic']> =
  _DECKY_EVENTS['decky.{decky_id}.traffic'];

/**
 * A whole `decky.{decky_id}.mutate_request` event.
 *
 * No DECNET code publishes it, so nothing fixes its `type` (any string) or
 * payload (any object).
 * @example
 * ```ts
 * DeckyMutateRequestEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyMutateRequestEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.mutate_request']> =
  _DECKY_EVENTS['decky.{decky_id}.mutate_request'];

/**
 * A whole `decky.{decky_id}.mutation` event (type `mutation`).
 * @example
 * ```ts
 * DeckyMutationEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyMutationEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.mutation']> =
  _DECKY_EVENTS['decky.{decky_id}.mutation'];

/**
 * A whole `decky.{decky_id}.service_added` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceAddedEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceAddedEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.service_added']> =
  _DECKY_EVENTS['decky.{decky_id}.service_added'];

/**
 * A whole `decky.{decky_id}.service_removed` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceRemovedEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceRemovedEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.service_removed']> =
  _DECKY_EVENTS['decky.{decky_id}.service_removed'];

/**
 * A whole `decky.{decky_id}.service_config_changed` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceConfigChangedEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyServiceConfigChangedEventSchema: BusEventSchemaOf<
  DeckyPayloads['decky.{decky_id}.service_config_changed']
> = _DECKY_EVENTS['decky.{decky_id}.service_config_changed'];

/**
 * A whole `decky.{decky_id}.lifecycle` event (type `lifecycle`).
 * @example
 * ```ts
 * DeckyLifecycleEventSchema.safeParse(input);
 * ```
 * @category decky
 * @public
 */
export const DeckyLifecycleEventSchema: BusEventSchemaOf<DeckyPayloads['decky.{decky_id}.lifecycle']> =
  _DECKY_EVENTS['decky.{decky_id}.lifecycle'];
