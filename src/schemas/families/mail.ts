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
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `email.received`: the features of one parsed email, sent only
 * when the sender resolved to an attacker.
 * @remarks `attachment_count` is the raw structured-data value, so a numeric
 *   string (`"2"`) or null; a number is accepted too, and kept as it came.
 *   `mal_hash_match` is present only when the email had attachment hashes.
 * @example
 * ```ts
 * EmailReceivedPayloadSchema.parse({ source_id: 'msg-1', attacker_uuid: 'a1', attacker_ip: '203.0.113.7', decky_id: 'mail-1', service: 'smtp', subject: 'Invoice', from_domain: 'evil.example', mail_from_domain: 'evil.example', return_path_domain: null, rcpt_count: 1, rcpt_domains: ['corp.example'], x_mailer: null, dkim_signed: false, spf_pass: false, urls: [], attachment_count: '0', attachment_sha256s: [], attachment_extensions: [], body_simhash: '', body_base64_bytes: 0, attachment_macros: false, attachment_password_protected: false, html_smuggling: false, stored_as: null, body_sha256: null });
 * ```
 * @public
 */
export const EmailReceivedPayloadSchema = z.looseObject({
  /** The message id, else the stored file name. */
  source_id: _nullableString,
  attacker_uuid: z.string(),
  attacker_ip: z.string(),
  decky_id: z.string(),
  service: z.string(),
  subject: _nullableString,
  /** Lowercased domain only, as are the next two. */
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
  /** Lowercase, with the leading dot (`.docm`). */
  attachment_extensions: _strings,
  /** 16 hex digits, or `""` when the body was empty. */
  body_simhash: z.string().check(z.regex(/^(?:[0-9a-f]{16})?$/i)),
  body_base64_bytes: z.int(),
  attachment_macros: z.boolean(),
  attachment_password_protected: z.boolean(),
  html_smuggling: z.boolean(),
  stored_as: _nullableString,
  body_sha256: _nullableString,
  mal_hash_match: z.optional(z.boolean()),
});

/**
 * Payload of `smtp.probe.pending`: an SMTP probe handed to the orchestrator,
 * every field the raw string the decky logged, or null.
 * @example
 * ```ts
 * SmtpProbePendingPayloadSchema.parse({ decky: 'mail-1', attacker_ip: '203.0.113.7', stored_as: '1763900000.eml', mail_from: 'x@evil.example', rcpt_to: 'ceo@corp.example' });
 * ```
 * @public
 */
export const SmtpProbePendingPayloadSchema = z.looseObject({
  decky: _nullableString,
  attacker_ip: _nullableString,
  stored_as: _nullableString,
  mail_from: _nullableString,
  rcpt_to: _nullableString,
});

/**
 * A whole `email.received` event.
 * @example
 * ```ts
 * EmailReceivedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const EmailReceivedEventSchema = _eventSchema(z.literal('received'), EmailReceivedPayloadSchema);
/**
 * A whole `smtp.probe.pending` event.
 * @example
 * ```ts
 * SmtpProbePendingEventSchema.safeParse(input);
 * ```
 * @public
 */
export const SmtpProbePendingEventSchema = _eventSchema(z.literal('probe.pending'), SmtpProbePendingPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _MAIL_EVENTS = {
  'email.received': EmailReceivedEventSchema,
  'smtp.probe.pending': SmtpProbePendingEventSchema,
} as const;
