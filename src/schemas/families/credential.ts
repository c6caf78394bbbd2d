/**
 * `credential.*`: captured secrets and their reuse across targets (CONTRACT
 * 3.4, credential.*). `secret_kind` is an open set (`plaintext` by default;
 * `http_bearer`, `ntlmssp_v2`, `mysql_native_password`, ... seen), so any
 * string is accepted.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _jsonEncoded, _strings } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `credential.captured`: a secret the ingester stored, as its
 * SHA-256 (hex), with where it was used.
 * @example
 * ```ts
 * CredentialCapturedPayloadSchema.parse({ secret_sha256: 'ab'.repeat(32), secret_kind: 'plaintext', attacker_ip: '203.0.113.7', decky: 'web-1', service: 'ssh' });
 * ```
 * @public
 */
export const CredentialCapturedPayloadSchema = z.looseObject({
  secret_sha256: z.string(),
  secret_kind: z.string(),
  attacker_ip: z.string(),
  decky: z.string(),
  service: z.string(),
});

/**
 * Payload of `credential.reuse.detected`: one secret used against
 * `target_count` distinct decky and service pairs.
 * @remarks In production the four list fields arrive JSON-encoded in strings
 *   (DECNET publishes the database row as-is and those columns are TEXT); real
 *   arrays are accepted too. Either way the parsed output holds `string[]`, and
 *   text that is not a JSON list of strings is refused at the field.
 * @example
 * ```ts
 * CredentialReuseDetectedPayloadSchema.parse({ id: 'r-1', secret_kind: 'plaintext', target_count: 2, attacker_uuids: '["a"]', attacker_ips: '["203.0.113.7"]', deckies: '["web-1","db-1"]', services: '["ssh"]' }).deckies; //=> ["web-1", "db-1"]
 * ```
 * @public
 */
export const CredentialReuseDetectedPayloadSchema = z.looseObject({
  id: z.string(),
  secret_kind: z.string(),
  target_count: z.int(),
  attacker_uuids: _jsonEncoded(_strings),
  attacker_ips: _jsonEncoded(_strings),
  deckies: _jsonEncoded(_strings),
  services: _jsonEncoded(_strings),
});

/**
 * A whole `credential.captured` event.
 * @example
 * ```ts
 * CredentialCapturedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CredentialCapturedEventSchema = _eventSchema(z.literal('captured'), CredentialCapturedPayloadSchema);
/**
 * A whole `credential.reuse.detected` event, its list fields decoded.
 * @example
 * ```ts
 * CredentialReuseDetectedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CredentialReuseDetectedEventSchema = _eventSchema(
  z.literal('reuse.detected'),
  CredentialReuseDetectedPayloadSchema,
);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _CREDENTIAL_EVENTS = {
  'credential.captured': CredentialCapturedEventSchema,
  'credential.reuse.detected': CredentialReuseDetectedEventSchema,
} as const;
