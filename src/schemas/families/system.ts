/**
 * `system.*`: the plumbing: parsed log lines and ingester batch commits on
 * `system.log`, heartbeats of the bus daemon and of every worker, control
 * requests to workers, and webhook subscription changes (CONTRACT 3.3 and 3.4,
 * system).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _check } from '../check.js';
import { _nullableString } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

/** The `type` of the ingester's batch commits on `system.log`. */
const BATCH_COMMITTED = 'batch_committed';

/**
 * Payload of a `system.log` event of type `batch_committed`: the ingester
 * committed a batch of `flushed` (at least one) log lines and has read the log
 * up to `position`.
 * @example
 * ```ts
 * SystemLogBatchPayloadSchema.parse({ component: 'ingester', flushed: 128, position: 1048576 });
 * ```
 * @public
 */
export const SystemLogBatchPayloadSchema = z.looseObject({
  component: z.literal('ingester'),
  flushed: z.int().check(z.positive()),
  position: z.int(),
});

/**
 * Payload of any other `system.log` event: one log line the collector parsed,
 * published with the line's `event_type` as the envelope `type`. `attacker_ip`
 * is `"Unknown"` when the line has none, and `timestamp` is the line's own
 * timestamp, as text.
 * @example
 * ```ts
 * SystemLogLinePayloadSchema.parse({ decky: 'web-01', service: 'ssh', event_type: 'auth_fail', attacker_ip: '203.0.113.7', timestamp: '2026-05-02T06:22:48.120431+00:00' });
 * ```
 * @public
 */
export const SystemLogLinePayloadSchema = z.looseObject({
  decky: z.string(),
  service: z.string(),
  event_type: z.string(),
  attacker_ip: z.string(),
  timestamp: z.string(),
});

/**
 * Payload of `system.log` when the envelope `type` is not known (a bare
 * payload): an ingester batch commit or a collector line.
 * @remarks The two shapes share no key, so a bare payload tells them apart;
 *   {@link SystemLogEventSchema} reads the envelope `type` instead.
 * @example
 * ```ts
 * SystemLogPayloadSchema.parse({ component: 'ingester', flushed: 3, position: 9120 });
 * ```
 * @public
 */
export const SystemLogPayloadSchema = z.union([SystemLogBatchPayloadSchema, SystemLogLinePayloadSchema]);

/**
 * A whole `system.log` event of type `batch_committed`: an ingester batch commit.
 * @example
 * ```ts
 * SystemLogBatchEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemLogBatchEventSchema = _eventSchema(z.literal(BATCH_COMMITTED), SystemLogBatchPayloadSchema);

/**
 * A whole `system.log` event carrying a collector line: its `type` is the line's
 * event type, any string except `batch_committed` (an event of that type is a
 * batch commit, never a line).
 * @example
 * ```ts
 * SystemLogLineEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemLogLineEventSchema = _eventSchema(
  z.string().check(
    z.refine((type) => type !== BATCH_COMMITTED, {
      message: 'a system.log event of type "batch_committed" is an ingester batch commit, not a collector line',
    }),
  ),
  SystemLogLinePayloadSchema,
);

/**
 * A whole `system.log` event, in either of its two shapes: the envelope `type`
 * selects the shape. An event of type `batch_committed` is checked as an
 * ingester batch commit ({@link SystemLogBatchEventSchema}) and only as that,
 * so a malformed batch is refused, with issues at its own fields, and never
 * read as a line; an event of any other type is checked as a collector line
 * ({@link SystemLogLineEventSchema}).
 * @remarks The collector's types are an open set (each parsed line's
 *   `event_type`), which a discriminated union cannot express, and a plain
 *   union reports a bad event as a failure of both shapes. So this schema first
 *   picks one of the two event schemas by `type` and reports that schema's
 *   issues unchanged, then reads the accepted event through the union of the
 *   two, which is also what it shows as a JSON Schema.
 * @example
 * ```ts
 * SystemLogEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemLogEventSchema = z.pipe(
  z.transform((event: unknown, context): unknown => {
    const isBatch = typeof event === 'object' && event !== null && 'type' in event && event.type === BATCH_COMMITTED;
    const schema = isBatch ? SystemLogBatchEventSchema : SystemLogLineEventSchema;
    const result = _check(schema, event);
    if (result.success) return event;
    // The chosen schema's issues go back unchanged (code, path, message, and
    // the input, which the outer parse drops unless asked to report it); only
    // their static type differs from the raw issues a transform reports.
    for (const issue of result.issues) context.issues.push(issue as z.core.$ZodRawIssue);
    return z.NEVER;
  }),
  z.union([SystemLogBatchEventSchema, SystemLogLineEventSchema]),
);

/**
 * Payload of `system.bus.health` (type `bus.health`): the bus daemon's own
 * heartbeat, every 10 seconds: its process id, its uptime in seconds (three
 * decimals) and the epoch-seconds time.
 * @example
 * ```ts
 * SystemBusHealthPayloadSchema.parse({ pid: 4121, uptime_sec: 86400.125, ts: 1763900000.125 });
 * ```
 * @public
 */
export const SystemBusHealthPayloadSchema = z.looseObject({
  pid: z.int(),
  uptime_sec: z.number(),
  ts: z.number(),
});

/**
 * What the orchestrator adds to its heartbeat: whether LLM-driven realism is on,
 * and which backend, model and circuit-breaker state it runs with (each null
 * when not applicable).
 * @example
 * ```ts
 * SystemRealismSchema.parse({ llm_enabled: true, llm_backend: 'ollama', llm_model: 'llama3.1:8b', llm_breaker_state: 'closed' });
 * ```
 * @public
 */
export const SystemRealismSchema = z.looseObject({
  llm_enabled: z.boolean(),
  llm_backend: _nullableString,
  llm_model: _nullableString,
  llm_breaker_state: _nullableString,
});

/**
 * Payload of `system.{worker}.health` (type `health`): a worker's heartbeat,
 * every 30 seconds: its name (one of `KNOWN_WORKERS`, though the set is open)
 * and the epoch-seconds time, plus whatever the worker adds; the orchestrator
 * adds `realism`.
 * @example
 * ```ts
 * SystemWorkerHealthPayloadSchema.parse({ worker: 'mutator', ts: 1763900000.125 });
 * ```
 * @public
 */
export const SystemWorkerHealthPayloadSchema = z.looseObject({
  worker: z.string(),
  ts: z.number(),
  realism: z.optional(SystemRealismSchema),
});

/**
 * Payload of `system.{worker}.control` (type `control`): a request to a worker,
 * sent by the API (`POST /workers/{name}/stop`) on behalf of `requested_by`.
 * @remarks The API only ever sends `action: "stop"`, and listeners act on
 *   `"stop"` alone, ignoring any other action (see `CONTROL_ACTIONS`). `action`
 *   is therefore any string here, not an enum: an event with an action this
 *   library does not know is still well formed, and is for the listener to
 *   ignore.
 * @example
 * ```ts
 * SystemWorkerControlPayloadSchema.parse({ action: 'stop', requested_by: 'admin', ts: 1763900000.125 });
 * ```
 * @public
 */
export const SystemWorkerControlPayloadSchema = z.looseObject({
  action: z.string(),
  requested_by: z.string(),
  ts: z.number(),
});

/**
 * Payload of `system.webhook.subscriptions_changed` (type `changed`): empty;
 * the webhook worker reloads its subscriptions from the database.
 * @example
 * ```ts
 * SystemWebhookSubscriptionsChangedPayloadSchema.parse({});
 * ```
 * @public
 */
export const SystemWebhookSubscriptionsChangedPayloadSchema = z.looseObject({});

/**
 * A whole `system.bus.health` event (type `bus.health`).
 * @example
 * ```ts
 * SystemBusHealthEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemBusHealthEventSchema = _eventSchema(z.literal('bus.health'), SystemBusHealthPayloadSchema);
/**
 * A whole `system.{worker}.health` event (type `health`).
 * @example
 * ```ts
 * SystemWorkerHealthEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemWorkerHealthEventSchema = _eventSchema(z.literal('health'), SystemWorkerHealthPayloadSchema);
/**
 * A whole `system.{worker}.control` event (type `control`).
 * @example
 * ```ts
 * SystemWorkerControlEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemWorkerControlEventSchema = _eventSchema(z.literal('control'), SystemWorkerControlPayloadSchema);
/**
 * A whole `system.webhook.subscriptions_changed` event (type `changed`).
 * @example
 * ```ts
 * SystemWebhookSubscriptionsChangedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SystemWebhookSubscriptionsChangedEventSchema = _eventSchema(
  z.literal('changed'),
  SystemWebhookSubscriptionsChangedPayloadSchema,
);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _SYSTEM_EVENTS = {
  'system.log': SystemLogEventSchema,
  'system.bus.health': SystemBusHealthEventSchema,
  'system.{worker}.health': SystemWorkerHealthEventSchema,
  'system.{worker}.control': SystemWorkerControlEventSchema,
  'system.webhook.subscriptions_changed': SystemWebhookSubscriptionsChangedEventSchema,
} as const;
