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
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Payload of `credential.captured`: a secret the ingester stored, as its
 * SHA-256 (hex), with where it was used.
 * @example
 * ```ts
 * declare const payload: CredentialCapturedPayload;
 * payload.secret_kind; // "plaintext", "http_bearer", ...
 * ```
 * @category credential
 * @public
 */
export interface CredentialCapturedPayload {
  /** The SHA-256 of the secret, in hex. */
  secret_sha256: string;
  /** How the secret was presented: `plaintext` by default; an open set. */
  secret_kind: string;
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The decky the secret was captured on. */
  decky: string;
  /** The service the secret was presented to. */
  service: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CredentialCapturedPayload}.
 * @example
 * ```ts
 * CredentialCapturedPayloadSchema.parse({ secret_sha256: 'ab'.repeat(32), secret_kind: 'plaintext', attacker_ip: '203.0.113.7', decky: 'web-1', service: 'ssh' });
 * ```
 * @category credential
 * @public
 */
export const CredentialCapturedPayloadSchema: z.ZodMiniType<CredentialCapturedPayload> =
  _exactly<CredentialCapturedPayload>()(
    z.looseObject({
      secret_sha256: z.string(),
      secret_kind: z.string(),
      attacker_ip: z.string(),
      decky: z.string(),
      service: z.string(),
    }),
  );

/**
 * Payload of `credential.reuse.detected`: one secret used against
 * `target_count` distinct decky and service pairs.
 * @example
 * ```ts
 * declare const payload: CredentialReuseDetectedPayload;
 * payload.deckies; // string[]
 * ```
 * @category credential
 * @public
 */
export interface CredentialReuseDetectedPayload {
  /** The reuse finding's id; a finding that grows is published again with the same id. */
  id: string;
  /** How the secret was presented: `plaintext` by default; an open set. */
  secret_kind: string;
  /** How many distinct decky and service pairs the secret was used against. */
  target_count: number;
  /** The UUIDs of the attackers that used the secret (JSON-encoded text on the wire). */
  attacker_uuids: string[];
  /** The IP addresses the secret came from (JSON-encoded text on the wire). */
  attacker_ips: string[];
  /** The deckies the secret was used against (JSON-encoded text on the wire). */
  deckies: string[];
  /** The services the secret was used against (JSON-encoded text on the wire). */
  services: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CredentialReuseDetectedPayload}.
 * @remarks In production the four list fields arrive JSON-encoded in strings
 *   (DECNET publishes the database row as-is and those columns are TEXT); real
 *   arrays are accepted too. Either way the parsed output holds `string[]`, and
 *   text that is not a JSON list of strings is refused at the field.
 * @example
 * ```ts
 * CredentialReuseDetectedPayloadSchema.parse({ id: 'r-1', secret_kind: 'plaintext', target_count: 2, attacker_uuids: '["a"]', attacker_ips: '["203.0.113.7"]', deckies: '["web-1","db-1"]', services: '["ssh"]' }).deckies; //=> ["web-1", "db-1"]
 * ```
 * @category credential
 * @public
 */
export const CredentialReuseDetectedPayloadSchema: z.ZodMiniType<CredentialReuseDetectedPayload> =
  _exactly<CredentialReuseDetectedPayload>()(
    z.looseObject({
      id: z.string(),
      secret_kind: z.string(),
      target_count: z.int(),
      attacker_uuids: _jsonEncoded(_strings),
      attacker_ips: _jsonEncoded(_strings),
      deckies: _jsonEncoded(_strings),
      services: _jsonEncoded(_strings),
    }),
  );

/**
 * The payloads of `credential.*` by template, each with the envelope `type`
 * it is published with.
 * @example
 * ```ts
 * type Captured = CredentialPayloads['credential.captured']['payload']; // CredentialCapturedPayload
 * ```
 * @category credential
 * @public
 */
export interface CredentialPayloads {
  'credential.captured': TypedPayload<'captured', CredentialCapturedPayload>;
  'credential.reuse.detected': TypedPayload<'reuse.detected', CredentialReuseDetectedPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _CREDENTIAL_PAYLOADS: PayloadTable<CredentialPayloads> = {
  'credential.captured': [{ types: ['captured'], schema: CredentialCapturedPayloadSchema }],
  'credential.reuse.detected': [{ types: ['reuse.detected'], schema: CredentialReuseDetectedPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _CREDENTIAL_EVENTS: BusEventSchemas<CredentialPayloads> = _busEventSchemas(_CREDENTIAL_PAYLOADS);

/**
 * A whole `credential.captured` event.
 * @example
 * ```ts
 * CredentialCapturedEventSchema.safeParse(input);
 * ```
 * @category credential
 * @public
 */
export const CredentialCapturedEventSchema: BusEventSchemaOf<CredentialPayloads['credential.captured']> =
  _CREDENTIAL_EVENTS['credential.captured'];

/**
 * A whole `credential.reuse.detected` event, its list fields decoded.
 * @example
 * ```ts
 * CredentialReuseDetectedEventSchema.safeParse(input);
 * ```
 * @category credential
 * @public
 */
export const CredentialReuseDetectedEventSchema: BusEventSchemaOf<CredentialPayloads['credential.reuse.detected']> =
  _CREDENTIAL_EVENTS['credential.reuse.detected'];
