/**
 * `email.*` and `smtp.*`: mail received by the SMTP deckies, as the ingester
 * publishes it (CONTRACT 3.4, email / smtp). By the PII rule, no recipient
 * address and no body byte reaches `email.received`: only domains, counts and
 * hashes.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString, _strings } from '../codecs.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Payload of `email.received`: the features of one parsed email, sent only
 * when the sender resolved to an attacker.
 * @example
 * ```ts
 * declare const payload: EmailReceivedPayload;
 * payload.rcpt_domains; // string[]
 * ```
 * @category email
 * @public
 */
export interface EmailReceivedPayload {
  /** The message id, else the stored file name. */
  source_id: string | null;
  /** The attacker's UUID, resolved from `attacker_ip`. */
  attacker_uuid: string;
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The decky that received the email, by name. */
  decky_id: string;
  /** The service that received the email (`smtp`, ...). */
  service: string;
  /** The `Subject` header, or null. */
  subject: string | null;
  /** Lowercased domain only, as are the next two. */
  from_domain: string | null;
  /** The domain of the envelope sender (`MAIL FROM`), or null. */
  mail_from_domain: string | null;
  /** The domain of the `Return-Path` header, or null. */
  return_path_domain: string | null;
  /** How many recipients the email had. */
  rcpt_count: number;
  /** The recipients' domains; never their addresses. */
  rcpt_domains: string[];
  /** The `X-Mailer` header, or null. */
  x_mailer: string | null;
  /** Whether the email was DKIM-signed. */
  dkim_signed: boolean;
  /** Whether the email passed SPF. */
  spf_pass: boolean;
  /** The URLs found in the email. */
  urls: string[];
  /** The raw structured-data value, kept as it came: a numeric string (`"2"`), a number, or null. */
  attachment_count: string | number | null;
  /** The SHA-256 of each attachment's decoded content, in hex. */
  attachment_sha256s: string[];
  /** Lowercase, with the leading dot (`.docm`). */
  attachment_extensions: string[];
  /** 16 hex digits, or `""` when the body was empty. */
  body_simhash: string;
  /** How many base64-encoded bytes the body holds. */
  body_base64_bytes: number;
  /** Whether any attachment carries macros (an OOXML `vbaProject.bin`). */
  attachment_macros: boolean;
  /** Whether any attachment is an encrypted archive (ZIP, 7z, RAR, CFBF). */
  attachment_password_protected: boolean;
  /** Whether the email's HTML looks like HTML smuggling. */
  html_smuggling: boolean;
  /** The name of the `.eml` file the decky stored the email as, or null. */
  stored_as: string | null;
  /** The SHA-256 of the email's body, in hex, or null. */
  body_sha256: string | null;
  /** Present only when the email had attachment hashes. */
  mal_hash_match?: boolean | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link EmailReceivedPayload}.
 * @remarks `attachment_count` is the raw structured-data value, so a numeric
 *   string (`"2"`) or null; a number is accepted too, and kept as it came.
 *   `mal_hash_match` is present only when the email had attachment hashes.
 * @example
 * ```ts
 * EmailReceivedPayloadSchema.parse({ source_id: 'msg-1', attacker_uuid: 'a1', attacker_ip: '203.0.113.7', decky_id: 'mail-1', service: 'smtp', subject: 'Invoice', from_domain: 'evil.example', mail_from_domain: 'evil.example', return_path_domain: null, rcpt_count: 1, rcpt_domains: ['corp.example'], x_mailer: null, dkim_signed: false, spf_pass: false, urls: [], attachment_count: '0', attachment_sha256s: [], attachment_extensions: [], body_simhash: '', body_base64_bytes: 0, attachment_macros: false, attachment_password_protected: false, html_smuggling: false, stored_as: null, body_sha256: null });
 * ```
 * @category email
 * @public
 */
export const EmailReceivedPayloadSchema: z.ZodMiniType<EmailReceivedPayload> = _exactly<EmailReceivedPayload>()(
  z.looseObject({
    source_id: _nullableString,
    attacker_uuid: z.string(),
    attacker_ip: z.string(),
    decky_id: z.string(),
    service: z.string(),
    subject: _nullableString,
    from_domain: _nullableString,
    mail_from_domain: _nullableString,
    return_path_domain: _nullableString,
    rcpt_count: z.int(),
    rcpt_domains: _strings,
    x_mailer: _nullableString,
    dkim_signed: z.boolean(),
    spf_pass: z.boolean(),
    urls: _strings,
    attachment_count: z.union([z.string().check(z.regex(/^[0-9]+$/)), z.int().check(z.nonnegative()), z.null()]),
    attachment_sha256s: _strings,
    attachment_extensions: _strings,
    body_simhash: z.string().check(z.regex(/^(?:[0-9a-f]{16})?$/i)),
    body_base64_bytes: z.int(),
    attachment_macros: z.boolean(),
    attachment_password_protected: z.boolean(),
    html_smuggling: z.boolean(),
    stored_as: _nullableString,
    body_sha256: _nullableString,
    mal_hash_match: z.optional(z.boolean()),
  }),
);

/**
 * Payload of `smtp.probe.pending`: an SMTP probe handed to the orchestrator,
 * every field the raw string the decky logged, or null.
 * @example
 * ```ts
 * declare const payload: SmtpProbePendingPayload;
 * payload.rcpt_to; // string | null
 * ```
 * @category smtp
 * @public
 */
export interface SmtpProbePendingPayload {
  /** The decky that received the email, as logged. */
  decky: string | null;
  /** The attacker's IP address, as logged. */
  attacker_ip: string | null;
  /** The name of the `.eml` file the decky stored the email as, as logged. */
  stored_as: string | null;
  /** The envelope sender, as logged. */
  mail_from: string | null;
  /** The envelope recipient, as logged. */
  rcpt_to: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link SmtpProbePendingPayload}.
 * @example
 * ```ts
 * SmtpProbePendingPayloadSchema.parse({ decky: 'mail-1', attacker_ip: '203.0.113.7', stored_as: '1763900000.eml', mail_from: 'x@evil.example', rcpt_to: 'ceo@corp.example' });
 * ```
 * @category smtp
 * @public
 */
export const SmtpProbePendingPayloadSchema: z.ZodMiniType<SmtpProbePendingPayload> =
  _exactly<SmtpProbePendingPayload>()(
    z.looseObject({
      decky: _nullableString,
      attacker_ip: _nullableString,
      stored_as: _nullableString,
      mail_from: _nullableString,
      rcpt_to: _nullableString,
    }),
  );

/**
 * The payloads of `email.*` and `smtp.*` by template, each with the envelope
 * `type` it is published with.
 * @example
 * ```ts
 * type Received = MailPayloads['email.received']['payload']; // EmailReceivedPayload
 * ```
 * @category smtp
 * @category email
 * @public
 */
export interface MailPayloads {
  'email.received': TypedPayload<'received', EmailReceivedPayload>;
  'smtp.probe.pending': TypedPayload<'probe.pending', SmtpProbePendingPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _MAIL_PAYLOADS: PayloadTable<MailPayloads> = {
  'email.received': [{ types: ['received'], schema: EmailReceivedPayloadSchema }],
  'smtp.probe.pending': [{ types: ['probe.pending'], schema: SmtpProbePendingPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _MAIL_EVENTS: BusEventSchemas<MailPayloads> = _busEventSchemas(_MAIL_PAYLOADS);

/**
 * A whole `email.received` event.
 * @example
 * ```ts
 * EmailReceivedEventSchema.safeParse(input);
 * ```
 * @category email
 * @public
 */
export const EmailReceivedEventSchema: BusEventSchemaOf<MailPayloads['email.received']> =
  _MAIL_EVENTS['email.received'];
/**
 * A whole `smtp.probe.pending` event.
 * @example
 * ```ts
 * SmtpProbePendingEventSchema.safeParse(input);
 * ```
 * @category smtp
 * @public
 */
export const SmtpProbePendingEventSchema: BusEventSchemaOf<MailPayloads['smtp.probe.pending']> =
  _MAIL_EVENTS['smtp.probe.pending'];
