/**
 * `orchestrator.*`: the synthetic activity the orchestrator injects into the
 * fleet, one event per tick (CONTRACT 3.4, orchestrator). The envelope `type`
 * repeats the topic's kind: `traffic`, `file` or `email`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _anyObject, _nullableString } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

// `datetime.now(timezone.utc).isoformat()`: an offset is expected, but a naive
// ISO date-time is still a date-time, so it is accepted too.
const isoTimestamp = z.iso.datetime({ offset: true, local: true });

/**
 * Payload of `orchestrator.traffic.{decky_id}`: one decky exec'd a probe
 * against another. `payload` is the driver's result, free-form (a record of
 * unknown values, so arbitrarily deep results parse without recursion).
 * @example
 * ```ts
 * OrchestratorTrafficPayloadSchema.parse({ kind: 'traffic', protocol: 'ssh', action: 'exec:tcp_connect:22', src_decky_uuid: 'a1', dst_decky_uuid: 'b2', success: true, payload: { rc: 0 }, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @public
 */
export const OrchestratorTrafficPayloadSchema = z.looseObject({
  kind: z.literal('traffic'),
  /** `ssh` today: the only driver. */
  protocol: z.string(),
  /** `exec:` followed by the action's description (default `exec:tcp_connect:22`). */
  action: z.string().check(z.startsWith('exec:')),
  src_decky_uuid: z.string(),
  dst_decky_uuid: z.string(),
  success: z.boolean(),
  payload: _anyObject,
  /** ISO 8601 date-time, not epoch seconds. */
  ts: isoTimestamp,
});

/**
 * Payload of `orchestrator.file.{decky_id}`: a file was created or edited on
 * a decky. The keys of the traffic payload, with no source decky.
 * @example
 * ```ts
 * OrchestratorFilePayloadSchema.parse({ kind: 'file', protocol: 'ssh', action: 'file:create', src_decky_uuid: null, dst_decky_uuid: 'b2', success: true, payload: { path: '/tmp/notes.txt' }, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @public
 */
export const OrchestratorFilePayloadSchema = z.looseObject({
  kind: z.literal('file'),
  protocol: z.string(),
  action: z.enum(['file:create', 'file:edit']),
  /** Always null: a file action has no source decky. */
  src_decky_uuid: z.null(),
  dst_decky_uuid: z.string(),
  success: z.boolean(),
  payload: _anyObject,
  ts: isoTimestamp,
});

/**
 * Payload of `orchestrator.email.{decky_id}`: an email of a synthetic thread
 * was sent through a mail decky.
 * @example
 * ```ts
 * OrchestratorEmailPayloadSchema.parse({ kind: 'email', mail_decky_uuid: 'c3', thread_id: 't-1', message_id: '', in_reply_to: null, sender_email: 'ana@corp.example', recipient_email: 'bo@corp.example', subject: 'Q3', language: 'en', success: true, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @public
 */
export const OrchestratorEmailPayloadSchema = z.looseObject({
  kind: z.literal('email'),
  mail_decky_uuid: z.string(),
  thread_id: z.string(),
  /** `""` when the relay did not report one. */
  message_id: z.string(),
  in_reply_to: _nullableString,
  sender_email: z.string(),
  recipient_email: z.string(),
  subject: z.string(),
  /** `en` by default. */
  language: z.string(),
  success: z.boolean(),
  ts: isoTimestamp,
});

/**
 * A whole `orchestrator.traffic.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorTrafficEventSchema.safeParse(input);
 * ```
 * @public
 */
export const OrchestratorTrafficEventSchema = _eventSchema(z.literal('traffic'), OrchestratorTrafficPayloadSchema);
/**
 * A whole `orchestrator.file.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorFileEventSchema.safeParse(input);
 * ```
 * @public
 */
export const OrchestratorFileEventSchema = _eventSchema(z.literal('file'), OrchestratorFilePayloadSchema);
/**
 * A whole `orchestrator.email.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorEmailEventSchema.safeParse(input);
 * ```
 * @public
 */
export const OrchestratorEmailEventSchema = _eventSchema(z.literal('email'), OrchestratorEmailPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _ORCHESTRATOR_EVENTS = {
  'orchestrator.traffic.{decky_id}': OrchestratorTrafficEventSchema,
  'orchestrator.file.{decky_id}': OrchestratorFileEventSchema,
  'orchestrator.email.{decky_id}': OrchestratorEmailEventSchema,
} as const;
