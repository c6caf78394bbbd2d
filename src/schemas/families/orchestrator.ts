/**
 * `orchestrator.*`: the synthetic activity the orchestrator injects into the
 * fleet, one event per tick (CONTRACT 3.4, orchestrator). The envelope `type`
 * repeats the topic's kind: `traffic`, `file` or `email`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _anyObject, _nullableString } from '../codecs.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

// `datetime.now(timezone.utc).isoformat()`: an offset is expected, but a naive
// ISO date-time is still a date-time, so it is accepted too.
const isoTimestamp = z.iso.datetime({ offset: true, local: true });

/**
 * What every orchestrator payload carries: whether the injected activity
 * succeeded, and when.
 * @example
 * ```ts
 * declare const payload: OrchestratorOutcome;
 * payload.ts; // string
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorOutcome {
  /** Whether the activity succeeded, as the driver reported it. */
  success: boolean;
  /** ISO 8601 date-time, not epoch seconds; an offset is expected, a naive date-time is accepted. */
  ts: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * What the traffic and file payloads share: an action the orchestrator ran on
 * a decky through a driver, with the driver's result.
 * @example
 * ```ts
 * declare const payload: OrchestratorDeckyAction;
 * payload.dst_decky_uuid; // string
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorDeckyAction extends OrchestratorOutcome {
  /** `ssh` today: the only driver. */
  protocol: string;
  /** The decky the action is aimed at. */
  dst_decky_uuid: string;
  /** The driver's result, free-form: a record of unknown values, so arbitrarily deep results parse without recursion. */
  payload: Record<string, unknown>;
}

/**
 * Payload of `orchestrator.traffic.{decky_id}`: one decky exec'd a probe
 * against another.
 *
 * `payload` is the driver's result, free-form (a record of unknown values, so
 * arbitrarily deep results parse without recursion).
 * @example
 * ```ts
 * declare const payload: OrchestratorTrafficPayload;
 * payload.action; // "exec:tcp_connect:22", ...
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorTrafficPayload extends OrchestratorDeckyAction {
  /** Always `traffic`. */
  kind: 'traffic';
  /** `exec:` followed by the action's description (default `exec:tcp_connect:22`). */
  action: string;
  /** The decky the probe came from. */
  src_decky_uuid: string;
}

/**
 * The schema of {@link OrchestratorTrafficPayload}.
 * @example
 * ```ts
 * OrchestratorTrafficPayloadSchema.parse({ kind: 'traffic', protocol: 'ssh', action: 'exec:tcp_connect:22', src_decky_uuid: 'a1', dst_decky_uuid: 'b2', success: true, payload: { rc: 0 }, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorTrafficPayloadSchema: z.ZodMiniType<OrchestratorTrafficPayload> =
  _exactly<OrchestratorTrafficPayload>()(
    z.looseObject({
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
    }),
  );

/**
 * Payload of `orchestrator.file.{decky_id}`: a file was created or edited on a
 * decky.
 *
 * The keys of the traffic payload, with no source decky.
 * @example
 * ```ts
 * declare const payload: OrchestratorFilePayload;
 * payload.action; // "file:create" | "file:edit"
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorFilePayload extends OrchestratorDeckyAction {
  /** Always `file`. */
  kind: 'file';
  /** What was done to the file: `file:create` or `file:edit`. */
  action: 'file:create' | 'file:edit';
  /** Always null: a file action has no source decky. */
  src_decky_uuid: null;
}

/**
 * The schema of {@link OrchestratorFilePayload}.
 * @example
 * ```ts
 * OrchestratorFilePayloadSchema.parse({ kind: 'file', protocol: 'ssh', action: 'file:create', src_decky_uuid: null, dst_decky_uuid: 'b2', success: true, payload: { path: '/tmp/notes.txt' }, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorFilePayloadSchema: z.ZodMiniType<OrchestratorFilePayload> =
  _exactly<OrchestratorFilePayload>()(
    z.looseObject({
      kind: z.literal('file'),
      protocol: z.string(),
      action: z.enum(['file:create', 'file:edit']),
      /** Always null: a file action has no source decky. */
      src_decky_uuid: z.null(),
      dst_decky_uuid: z.string(),
      success: z.boolean(),
      payload: _anyObject,
      ts: isoTimestamp,
    }),
  );

/**
 * Payload of `orchestrator.email.{decky_id}`: an email of a synthetic thread
 * was sent through a mail decky.
 * @example
 * ```ts
 * declare const payload: OrchestratorEmailPayload;
 * payload.in_reply_to; // string | null
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorEmailPayload extends OrchestratorOutcome {
  /** Always `email`. */
  kind: 'email';
  /** The mail decky the email went through. */
  mail_decky_uuid: string;
  /** The synthetic thread the email belongs to. */
  thread_id: string;
  /** `""` when the relay did not report one. */
  message_id: string;
  /** The `message_id` of the email this one answers; null when it answers none. */
  in_reply_to: string | null;
  /** The sending persona's email address. */
  sender_email: string;
  /** The receiving persona's email address. */
  recipient_email: string;
  /** The email's subject; `""` when the driver reported none. */
  subject: string;
  /** `en` by default. */
  language: string;
}

/**
 * The schema of {@link OrchestratorEmailPayload}.
 * @example
 * ```ts
 * OrchestratorEmailPayloadSchema.parse({ kind: 'email', mail_decky_uuid: 'c3', thread_id: 't-1', message_id: '', in_reply_to: null, sender_email: 'ana@corp.example', recipient_email: 'bo@corp.example', subject: 'Q3', language: 'en', success: true, ts: '2025-11-23T12:00:00+00:00' });
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorEmailPayloadSchema: z.ZodMiniType<OrchestratorEmailPayload> =
  _exactly<OrchestratorEmailPayload>()(
    z.looseObject({
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
    }),
  );

/**
 * The payloads of `orchestrator.*` by template, each with the envelope `type`
 * it is published with.
 * @example
 * ```ts
 * type Email = OrchestratorPayloads['orchestrator.email.{decky_id}']['payload']; // OrchestratorEmailPayload
 * ```
 * @category orchestrator
 * @public
 */
export interface OrchestratorPayloads {
  'orchestrator.traffic.{decky_id}': TypedPayload<'traffic', OrchestratorTrafficPayload>;
  'orchestrator.file.{decky_id}': TypedPayload<'file', OrchestratorFilePayload>;
  'orchestrator.email.{decky_id}': TypedPayload<'email', OrchestratorEmailPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _ORCHESTRATOR_PAYLOADS: PayloadTable<OrchestratorPayloads> = {
  'orchestrator.traffic.{decky_id}': [{ types: ['traffic'], schema: OrchestratorTrafficPayloadSchema }],
  'orchestrator.file.{decky_id}': [{ types: ['file'], schema: OrchestratorFilePayloadSchema }],
  'orchestrator.email.{decky_id}': [{ types: ['email'], schema: OrchestratorEmailPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _ORCHESTRATOR_EVENTS: BusEventSchemas<OrchestratorPayloads> = _busEventSchemas(_ORCHESTRATOR_PAYLOADS);

/**
 * A whole `orchestrator.traffic.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorTrafficEventSchema.safeParse(input);
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorTrafficEventSchema: BusEventSchemaOf<OrchestratorPayloads['orchestrator.traffic.{decky_id}']> =
  _ORCHESTRATOR_EVENTS['orchestrator.traffic.{decky_id}'];
/**
 * A whole `orchestrator.file.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorFileEventSchema.safeParse(input);
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorFileEventSchema: BusEventSchemaOf<OrchestratorPayloads['orchestrator.file.{decky_id}']> =
  _ORCHESTRATOR_EVENTS['orchestrator.file.{decky_id}'];
/**
 * A whole `orchestrator.email.{decky_id}` event.
 * @example
 * ```ts
 * OrchestratorEmailEventSchema.safeParse(input);
 * ```
 * @category orchestrator
 * @public
 */
export const OrchestratorEmailEventSchema: BusEventSchemaOf<OrchestratorPayloads['orchestrator.email.{decky_id}']> =
  _ORCHESTRATOR_EVENTS['orchestrator.email.{decky_id}'];
