/**
 * `system.*`: the plumbing: parsed log lines and ingester batch commits on
 * `system.log`, heartbeats of the bus daemon and of every worker, control
 * requests to workers, and webhook subscription changes (CONTRACT 3.3 and 3.4,
 * system).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString } from '../codecs.js';
import { _eventSchema, type BusEventSchemaOf, type BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _rowsByType } from '../rows-by-type.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/** The `type` of the ingester's batch commits on `system.log`. */
const BATCH_COMMITTED = 'batch_committed';

/**
 * Payload of a `system.log` event of type `batch_committed`: the ingester
 * committed a batch of `flushed` (at least one) log lines and has read the log
 * up to `position`.
 * @example
 * ```ts
 * declare const payload: SystemLogBatchPayload;
 * payload.flushed; // number, at least 1
 * ```
 * @category system
 * @public
 */
export interface SystemLogBatchPayload {
  /** Always `ingester`. */
  component: 'ingester';
  /** How many log lines the batch committed: an integer, at least 1. */
  flushed: number;
  /** How far the ingester has read the log: an integer offset. */
  position: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemLogBatchPayload}.
 * @example
 * ```ts
 * SystemLogBatchPayloadSchema.parse({ component: 'ingester', flushed: 128, position: 1048576 });
 * ```
 * @category system
 * @public
 */
export const SystemLogBatchPayloadSchema: z.ZodMiniType<SystemLogBatchPayload> = _exactly<SystemLogBatchPayload>()(
  z.looseObject({
    component: z.literal('ingester'),
    flushed: z.int().check(z.positive()),
    position: z.int(),
  }),
);

/**
 * Payload of any other `system.log` event: one log line the collector parsed,
 * published with the line's `event_type` as the envelope `type`.
 * @example
 * ```ts
 * declare const payload: SystemLogLinePayload;
 * payload.event_type; // "auth_fail", ...
 * ```
 * @category system
 * @public
 */
export interface SystemLogLinePayload {
  /** The decky the line came from (the syslog hostname). */
  decky: string;
  /** The service that wrote the line (the syslog app name). */
  service: string;
  /** The line's event type, also the envelope `type`: an open set. */
  event_type: string;
  /** `"Unknown"` when the line has none. */
  attacker_ip: string;
  /** The line's own timestamp, as text. */
  timestamp: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemLogLinePayload}.
 * @example
 * ```ts
 * SystemLogLinePayloadSchema.parse({ decky: 'web-01', service: 'ssh', event_type: 'auth_fail', attacker_ip: '203.0.113.7', timestamp: '2026-05-02T06:22:48.120431+00:00' });
 * ```
 * @category system
 * @public
 */
export const SystemLogLinePayloadSchema: z.ZodMiniType<SystemLogLinePayload> = _exactly<SystemLogLinePayload>()(
  z.looseObject({
    decky: z.string(),
    service: z.string(),
    event_type: z.string(),
    attacker_ip: z.string(),
    timestamp: z.string(),
  }),
);

/**
 * Payload of `system.log` when the envelope `type` is not known (a bare
 * payload): an ingester batch commit or a collector line.
 * @example
 * ```ts
 * declare const payload: SystemLogPayload;
 * 'component' in payload; // true for a batch commit
 * ```
 * @category system
 * @public
 */
export type SystemLogPayload = SystemLogBatchPayload | SystemLogLinePayload;

/**
 * The schema of {@link SystemLogPayload}.
 * @remarks The two shapes share no key, so a bare payload tells them apart;
 *   {@link SystemLogEventSchema} reads the envelope `type` instead.
 * @example
 * ```ts
 * SystemLogPayloadSchema.parse({ component: 'ingester', flushed: 3, position: 9120 });
 * ```
 * @category system
 * @public
 */
export const SystemLogPayloadSchema: z.ZodMiniType<SystemLogPayload> = _exactly<SystemLogPayload>()(
  z.union([SystemLogBatchPayloadSchema, SystemLogLinePayloadSchema]),
);

/**
 * Payload of `system.bus.health` (type `bus.health`): the bus daemon's own
 * heartbeat, every 10 seconds.
 * @example
 * ```ts
 * declare const payload: SystemBusHealthPayload;
 * payload.uptime_sec; // number
 * ```
 * @category system
 * @public
 */
export interface SystemBusHealthPayload {
  /** The bus daemon's process id. */
  pid: number;
  /** The daemon's uptime in seconds, three decimals. */
  uptime_sec: number;
  /** Epoch seconds, as a float. */
  ts: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemBusHealthPayload}.
 * @example
 * ```ts
 * SystemBusHealthPayloadSchema.parse({ pid: 4121, uptime_sec: 86400.125, ts: 1763900000.125 });
 * ```
 * @category system
 * @public
 */
export const SystemBusHealthPayloadSchema: z.ZodMiniType<SystemBusHealthPayload> = _exactly<SystemBusHealthPayload>()(
  z.looseObject({
    pid: z.int(),
    uptime_sec: z.number(),
    ts: z.number(),
  }),
);

/**
 * What the orchestrator adds to its heartbeat (the `realism` of
 * {@link SystemWorkerHealthPayload}): whether LLM-driven realism is on, and
 * which backend, model and circuit-breaker state it runs with.
 * @example
 * ```ts
 * declare const realism: SystemRealism;
 * realism.llm_backend; // "ollama", ..., or null
 * ```
 * @category system
 * @public
 */
export interface SystemRealism {
  /** Whether LLM-driven realism is on. */
  llm_enabled: boolean;
  /** The LLM backend; null when not applicable. */
  llm_backend: string | null;
  /** The model; null when not applicable. */
  llm_model: string | null;
  /** The circuit breaker's state; null when not applicable. */
  llm_breaker_state: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/** The schema of a worker heartbeat's `realism`, under a name that is not deprecated. @internal */
const _realismSchema = _exactly<SystemRealism>()(
  z.looseObject({
    llm_enabled: z.boolean(),
    llm_backend: _nullableString,
    llm_model: _nullableString,
    llm_breaker_state: _nullableString,
  }),
);

/**
 * The schema of {@link SystemRealism}: the one the `realism` field of
 * {@link SystemWorkerHealthPayloadSchema} uses.
 * @deprecated Describes a field of {@link SystemWorkerHealthPayload}, not a
 *   payload; use the `SystemRealism` interface for its type.
 * @example
 * ```ts
 * SystemRealismSchema.parse({ llm_enabled: true, llm_backend: 'ollama', llm_model: 'llama3.1:8b', llm_breaker_state: 'closed' });
 * ```
 * @category system
 * @public
 */
export const SystemRealismSchema: z.ZodMiniType<SystemRealism> = _realismSchema;

/**
 * Payload of `system.{worker}.health` (type `health`): a worker's heartbeat,
 * every 30 seconds, plus whatever the worker adds; the orchestrator adds
 * `realism`.
 * @example
 * ```ts
 * declare const payload: SystemWorkerHealthPayload;
 * payload.realism?.llm_enabled; // boolean | undefined
 * ```
 * @category system
 * @public
 */
export interface SystemWorkerHealthPayload {
  /** The worker's name: one of `KNOWN_WORKERS`, though the set is open. */
  worker: string;
  /** Epoch seconds, as a float. */
  ts: number;
  /** The orchestrator's LLM realism settings; only the orchestrator sends it. */
  realism?: SystemRealism | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemWorkerHealthPayload}.
 * @example
 * ```ts
 * SystemWorkerHealthPayloadSchema.parse({ worker: 'mutator', ts: 1763900000.125 });
 * ```
 * @category system
 * @public
 */
export const SystemWorkerHealthPayloadSchema: z.ZodMiniType<SystemWorkerHealthPayload> =
  _exactly<SystemWorkerHealthPayload>()(
    z.looseObject({
      worker: z.string(),
      ts: z.number(),
      realism: z.optional(_realismSchema),
    }),
  );

/**
 * Payload of `system.{worker}.control` (type `control`): a request to a worker,
 * sent by the API (`POST /workers/{name}/stop`) on behalf of `requested_by`.
 * @example
 * ```ts
 * declare const payload: SystemWorkerControlPayload;
 * payload.action; // "stop", or an action to ignore
 * ```
 * @category system
 * @public
 */
export interface SystemWorkerControlPayload {
  /** What to do: `"stop"` is the only action sent and acted on; any other is for the listener to ignore. */
  action: string;
  /** Who asked, on whose behalf the API sent the request. */
  requested_by: string;
  /** Epoch seconds, as a float. */
  ts: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemWorkerControlPayload}.
 * @remarks The API only ever sends `action: "stop"`, and listeners act on
 *   `"stop"` alone, ignoring any other action (see `CONTROL_ACTIONS`). `action`
 *   is therefore any string here, not an enum: an event with an action this
 *   library does not know is still well formed, and is for the listener to
 *   ignore.
 * @example
 * ```ts
 * SystemWorkerControlPayloadSchema.parse({ action: 'stop', requested_by: 'admin', ts: 1763900000.125 });
 * ```
 * @category system
 * @public
 */
export const SystemWorkerControlPayloadSchema: z.ZodMiniType<SystemWorkerControlPayload> =
  _exactly<SystemWorkerControlPayload>()(
    z.looseObject({
      action: z.string(),
      requested_by: z.string(),
      ts: z.number(),
    }),
  );

/**
 * Payload of `system.webhook.subscriptions_changed` (type `changed`): empty;
 * the webhook worker reloads its subscriptions from the database.
 * @example
 * ```ts
 * declare const payload: SystemWebhookSubscriptionsChangedPayload;
 * Object.keys(payload); // [] from DECNET
 * ```
 * @category system
 * @public
 */
export interface SystemWebhookSubscriptionsChangedPayload {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SystemWebhookSubscriptionsChangedPayload}.
 * @example
 * ```ts
 * SystemWebhookSubscriptionsChangedPayloadSchema.parse({});
 * ```
 * @category system
 * @public
 */
export const SystemWebhookSubscriptionsChangedPayloadSchema: z.ZodMiniType<SystemWebhookSubscriptionsChangedPayload> =
  _exactly<SystemWebhookSubscriptionsChangedPayload>()(z.looseObject({}));

/**
 * The payloads of `system.*` by template, each with the envelope `type` it is
 * published with.
 *
 * `system.log` carries an ingester batch commit when its type is
 * `batch_committed`, and a collector line under any other type.
 * @example
 * ```ts
 * type Control = SystemPayloads['system.{worker}.control']['payload']; // SystemWorkerControlPayload
 * ```
 * @category system
 * @public
 */
export interface SystemPayloads {
  'system.log': TypedPayload<'batch_committed', SystemLogBatchPayload> | TypedPayload<string, SystemLogLinePayload>;
  'system.bus.health': TypedPayload<'bus.health', SystemBusHealthPayload>;
  'system.{worker}.health': TypedPayload<'health', SystemWorkerHealthPayload>;
  'system.{worker}.control': TypedPayload<'control', SystemWorkerControlPayload>;
  'system.webhook.subscriptions_changed': TypedPayload<'changed', SystemWebhookSubscriptionsChangedPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _SYSTEM_PAYLOADS: PayloadTable<SystemPayloads> = {
  'system.log': [
    { types: [BATCH_COMMITTED], schema: SystemLogBatchPayloadSchema },
    { schema: SystemLogLinePayloadSchema },
  ],
  'system.bus.health': [{ types: ['bus.health'], schema: SystemBusHealthPayloadSchema }],
  'system.{worker}.health': [{ types: ['health'], schema: SystemWorkerHealthPayloadSchema }],
  'system.{worker}.control': [{ types: ['control'], schema: SystemWorkerControlPayloadSchema }],
  'system.webhook.subscriptions_changed': [
    { types: ['changed'], schema: SystemWebhookSubscriptionsChangedPayloadSchema },
  ],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _SYSTEM_EVENTS: BusEventSchemas<SystemPayloads> = _busEventSchemas(_SYSTEM_PAYLOADS, _rowsByType);

/**
 * A whole `system.log` event of type `batch_committed`: an ingester batch commit.
 * @example
 * ```ts
 * SystemLogBatchEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemLogBatchEventSchema: BusEventSchemaOf<TypedPayload<'batch_committed', SystemLogBatchPayload>> =
  _eventSchema(z.literal(BATCH_COMMITTED), SystemLogBatchPayloadSchema);

/**
 * A whole `system.log` event carrying a collector line: its `type` is the line's
 * event type, any string except `batch_committed` (an event of that type is a
 * batch commit, never a line).
 * @example
 * ```ts
 * SystemLogLineEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemLogLineEventSchema: BusEventSchemaOf<TypedPayload<string, SystemLogLinePayload>> = _eventSchema(
  z.string().check(
    z.refine((type) => type !== BATCH_COMMITTED, {
      message: 'a system.log event of type "batch_committed" is an ingester batch commit, not a collector line',
    }),
  ),
  SystemLogLinePayloadSchema,
);

/**
 * A whole `system.log` event, in either of its two shapes: the envelope `type`
 * selects the shape.
 *
 * An event of type `batch_committed` is checked as an ingester batch commit
 * ({@link SystemLogBatchEventSchema}) and only as that, so a malformed batch is
 * refused, with issues at its own fields, and never read as a line; an event of
 * any other type is checked as a collector line
 * ({@link SystemLogLineEventSchema}).
 * @remarks The collector's types are an open set (each parsed line's
 *   `event_type`), which a discriminated union cannot express, and a plain
 *   union reports a bad event as a failure of both shapes. So this schema first
 *   picks one of the two shapes by `type` and reports that shape's issues
 *   unchanged, then reads the accepted event through the union of the two,
 *   which is also what it shows as a JSON Schema.
 * @example
 * ```ts
 * SystemLogEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemLogEventSchema: BusEventSchemaOf<SystemPayloads['system.log']> = _SYSTEM_EVENTS['system.log'];

/**
 * A whole `system.bus.health` event (type `bus.health`).
 * @example
 * ```ts
 * SystemBusHealthEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemBusHealthEventSchema: BusEventSchemaOf<SystemPayloads['system.bus.health']> =
  _SYSTEM_EVENTS['system.bus.health'];
/**
 * A whole `system.{worker}.health` event (type `health`).
 * @example
 * ```ts
 * SystemWorkerHealthEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemWorkerHealthEventSchema: BusEventSchemaOf<SystemPayloads['system.{worker}.health']> =
  _SYSTEM_EVENTS['system.{worker}.health'];
/**
 * A whole `system.{worker}.control` event (type `control`).
 * @example
 * ```ts
 * SystemWorkerControlEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemWorkerControlEventSchema: BusEventSchemaOf<SystemPayloads['system.{worker}.control']> =
  _SYSTEM_EVENTS['system.{worker}.control'];
/**
 * A whole `system.webhook.subscriptions_changed` event (type `changed`).
 * @example
 * ```ts
 * SystemWebhookSubscriptionsChangedEventSchema.safeParse(input);
 * ```
 * @category system
 * @public
 */
export const SystemWebhookSubscriptionsChangedEventSchema: BusEventSchemaOf<
  SystemPayloads['system.webhook.subscriptions_changed']
> = _SYSTEM_EVENTS['system.webhook.subscriptions_changed'];
