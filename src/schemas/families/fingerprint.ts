/**
 * `attacker.fingerprinted`: what the prober learned about an attacker, one
 * payload shape per probe kind (CONTRACT 3.4, fingerprint kinds). The payload
 * has no `kind` key: the kind is the envelope `type` (the probe's
 * `probe_name`), so the event schema discriminates on `type`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _anyObject } from '../codecs.js';
import {
  type FingerprintKind,
  IPV6_IID_KINDS,
  IPV6_LEAK_VECTORS,
  type Ipv6IidKind,
  type Ipv6LeakVector,
} from '../enums.js';
import type { _Expect, _Same } from '../../internal/type-checks.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * The fields shared by the kinds probed on one of the attacker's ports
 * (`jarm`, `hassh`, `tcpfp`, `tls_certificate`).
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedPortFields;
 * payload.port; // number
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedPortFields {
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The attacker's port the probe reached. */
  port: number;
}

/**
 * The fields shared by the port-free kinds (`ipv6_leak`, `icmp_error`,
 * `icmp6_error`).
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedObservedFields;
 * payload.observed_at; // string
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedObservedFields {
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** When the probe saw it, as an ISO timestamp. */
  observed_at: string;
}

/**
 * Payload of an `attacker.fingerprinted` event of kind `jarm`: the JARM hash of
 * the attacker's TLS server on `port`.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedJarmPayload;
 * payload.jarm_hash; // string
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedJarmPayload extends AttackerFingerprintedPortFields {
  /** The JARM hash of the attacker's TLS server. */
  jarm_hash: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedJarmPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedJarmPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, jarm_hash: '2ad2ad0002ad2ad22c2ad2ad2ad2ad' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedJarmPayloadSchema: z.ZodMiniType<AttackerFingerprintedJarmPayload> =
  _exactly<AttackerFingerprintedJarmPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      port: z.int(),
      jarm_hash: z.string(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `hassh`: the HASSH of the
 * attacker's SSH server on `port`, and its banner.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedHasshPayload;
 * payload.ssh_banner; // "SSH-2.0-OpenSSH_9.6", ...
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedHasshPayload extends AttackerFingerprintedPortFields {
  /** The HASSH of the attacker's SSH server. */
  hassh_server: string;
  /** The SSH banner the server sent. */
  ssh_banner: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedHasshPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedHasshPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 22, hassh_server: 'b12d2871a1189eff20364cf5333619ee', ssh_banner: 'SSH-2.0-OpenSSH_9.6' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedHasshPayloadSchema: z.ZodMiniType<AttackerFingerprintedHasshPayload> =
  _exactly<AttackerFingerprintedHasshPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      port: z.int(),
      hassh_server: z.string(),
      ssh_banner: z.string(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `tcpfp`: the TCP stack
 * fingerprint of the attacker's host, seen on `port`.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedTcpfpPayload;
 * payload.ttl; // number
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedTcpfpPayload extends AttackerFingerprintedPortFields {
  /** The hash of the TCP stack fingerprint. */
  tcpfp_hash: string;
  /** The IP time-to-live the host answered with. */
  ttl: number;
  /** The TCP maximum segment size the host announced. */
  mss: number;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedTcpfpPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedTcpfpPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 80, tcpfp_hash: '9c1e5b7d4e8f', ttl: 64, mss: 1460 });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedTcpfpPayloadSchema: z.ZodMiniType<AttackerFingerprintedTcpfpPayload> =
  _exactly<AttackerFingerprintedTcpfpPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      port: z.int(),
      tcpfp_hash: z.string(),
      ttl: z.int(),
      mss: z.int(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `tls_certificate` (not
 * `tls_cert`, whatever DECNET's comment says): the certificate the attacker's
 * TLS server presented.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedTlsCertificatePayload;
 * payload.self_signed; // boolean
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedTlsCertificatePayload extends AttackerFingerprintedPortFields {
  /** The certificate's subject common name; `""` when the certificate has none. */
  subject_cn: string;
  /** The SHA-256 of the certificate, in hex. */
  cert_sha256: string;
  /** Whether the certificate is self-signed. */
  self_signed: boolean;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedTlsCertificatePayload}.
 * @example
 * ```ts
 * AttackerFingerprintedTlsCertificatePayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, subject_cn: '', cert_sha256: 'ab'.repeat(32), self_signed: true });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedTlsCertificatePayloadSchema: z.ZodMiniType<AttackerFingerprintedTlsCertificatePayload> =
  _exactly<AttackerFingerprintedTlsCertificatePayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      port: z.int(),
      subject_cn: z.string(),
      cert_sha256: z.string(),
      self_signed: z.boolean(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `ipv6_leak`: the
 * attacker's link-local (`fe80::`) address, solicited by the port-free active
 * probe, so there is no `port` key.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedIpv6LeakPayload;
 * payload.iid_kind; // "eui64" | "stable_privacy" | "temporary" | "unknown"
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedIpv6LeakPayload extends AttackerFingerprintedObservedFields {
  /** The attacker's link-local (`fe80::`) address. */
  addr: string;
  /** How the address's interface identifier was made. */
  iid_kind: Ipv6IidKind;
  /** The MAC vendor prefix, `"aa:bb:cc"`, or `""` when the interface identifier is not MAC-derived. */
  mac_oui: string;
  /** How the address leaked; the probe only produces `active_echo` today. */
  vector: Ipv6LeakVector;
  /** The network interface the address was seen on. */
  on_iface: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedIpv6LeakPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedIpv6LeakPayloadSchema.parse({ attacker_ip: '203.0.113.7', addr: 'fe80::a8bb:ccff:fedd:eeff', iid_kind: 'eui64', mac_oui: 'a8:bb:cc', vector: 'active_echo', on_iface: 'eth0', observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedIpv6LeakPayloadSchema: z.ZodMiniType<AttackerFingerprintedIpv6LeakPayload> =
  _exactly<AttackerFingerprintedIpv6LeakPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      addr: z.string(),
      iid_kind: z.enum(IPV6_IID_KINDS),
      mac_oui: z.string(),
      vector: z.enum(IPV6_LEAK_VECTORS),
      on_iface: z.string(),
      observed_at: z.string(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `icmp_error`: how the
 * attacker's host answers malformed ICMPv4 probes (the response matrix, its
 * hash, and the raw per-probe errors).
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedIcmpErrorPayload;
 * payload.icmp_matrix; // "U1:R,U2:N", ...
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedIcmpErrorPayload extends AttackerFingerprintedObservedFields {
  /** The response matrix: how the host answered each probe. */
  icmp_matrix: string;
  /** The hash of the response matrix. */
  icmp_fp_hash: string;
  /** The raw errors, by probe. */
  errors: Record<string, unknown>;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedIcmpErrorPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedIcmpErrorPayloadSchema.parse({ attacker_ip: '203.0.113.7', icmp_matrix: 'U1:R,U2:N', icmp_fp_hash: 'c0ffee', errors: {}, observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedIcmpErrorPayloadSchema: z.ZodMiniType<AttackerFingerprintedIcmpErrorPayload> =
  _exactly<AttackerFingerprintedIcmpErrorPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      icmp_matrix: z.string(),
      icmp_fp_hash: z.string(),
      errors: _anyObject,
      observed_at: z.string(),
    }),
  );

/**
 * Payload of an `attacker.fingerprinted` event of kind `icmp6_error`: the ICMPv6
 * counterpart of {@link AttackerFingerprintedIcmpErrorPayload}.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedIcmp6ErrorPayload;
 * payload.icmp6_matrix; // "P1:R", ...
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintedIcmp6ErrorPayload extends AttackerFingerprintedObservedFields {
  /** The response matrix: how the host answered each probe. */
  icmp6_matrix: string;
  /** The hash of the response matrix. */
  icmp6_fp_hash: string;
  /** The raw errors, by probe. */
  errors: Record<string, unknown>;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintedIcmp6ErrorPayload}.
 * @example
 * ```ts
 * AttackerFingerprintedIcmp6ErrorPayloadSchema.parse({ attacker_ip: '203.0.113.7', icmp6_matrix: 'P1:R', icmp6_fp_hash: 'c0ffee', errors: {}, observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedIcmp6ErrorPayloadSchema: z.ZodMiniType<AttackerFingerprintedIcmp6ErrorPayload> =
  _exactly<AttackerFingerprintedIcmp6ErrorPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      icmp6_matrix: z.string(),
      icmp6_fp_hash: z.string(),
      errors: _anyObject,
      observed_at: z.string(),
    }),
  );

/**
 * Payload of `attacker.fingerprinted` when the kind is not known (a bare
 * payload, without its envelope): any one of the kinds' payloads.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintedPayload;
 * payload.attacker_ip; // string
 * ```
 * @category attacker
 * @public
 */
export type AttackerFingerprintedPayload =
  | AttackerFingerprintedJarmPayload
  | AttackerFingerprintedHasshPayload
  | AttackerFingerprintedTcpfpPayload
  | AttackerFingerprintedTlsCertificatePayload
  | AttackerFingerprintedIpv6LeakPayload
  | AttackerFingerprintedIcmpErrorPayload
  | AttackerFingerprintedIcmp6ErrorPayload;

/**
 * The schema of {@link AttackerFingerprintedPayload}.
 * @remarks Payloads keep unknown keys, so a bare payload cannot tell its kind
 *   apart: prefer {@link AttackerFingerprintedEventSchema}, which reads the kind
 *   from the envelope `type`.
 * @example
 * ```ts
 * AttackerFingerprintedPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, jarm_hash: '2ad2ad0002ad2ad22c2ad2ad2ad2ad' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedPayloadSchema: z.ZodMiniType<AttackerFingerprintedPayload> =
  _exactly<AttackerFingerprintedPayload>()(
    z.union([
      AttackerFingerprintedJarmPayloadSchema,
      AttackerFingerprintedHasshPayloadSchema,
      AttackerFingerprintedTcpfpPayloadSchema,
      AttackerFingerprintedTlsCertificatePayloadSchema,
      AttackerFingerprintedIpv6LeakPayloadSchema,
      AttackerFingerprintedIcmpErrorPayloadSchema,
      AttackerFingerprintedIcmp6ErrorPayloadSchema,
    ]),
  );

/**
 * The payloads of `attacker.fingerprinted`, each with the envelope `type` it
 * is published with: the probe kind, which selects the payload's shape.
 * @example
 * ```ts
 * type Leak = Extract<AttackerFingerprintedTypedPayload, { type: 'ipv6_leak' }>['payload']; // AttackerFingerprintedIpv6LeakPayload
 * ```
 * @category attacker
 * @public
 */
export type AttackerFingerprintedTypedPayload =
  | TypedPayload<'jarm', AttackerFingerprintedJarmPayload>
  | TypedPayload<'hassh', AttackerFingerprintedHasshPayload>
  | TypedPayload<'tcpfp', AttackerFingerprintedTcpfpPayload>
  | TypedPayload<'tls_certificate', AttackerFingerprintedTlsCertificatePayload>
  | TypedPayload<'ipv6_leak', AttackerFingerprintedIpv6LeakPayload>
  | TypedPayload<'icmp_error', AttackerFingerprintedIcmpErrorPayload>
  | TypedPayload<'icmp6_error', AttackerFingerprintedIcmp6ErrorPayload>;

/** The kinds above are exactly `FINGERPRINT_KINDS`: a kind added to one only fails to compile. @internal */
export type _FingerprintKindsAgree = _Expect<_Same<AttackerFingerprintedTypedPayload['type'], FingerprintKind>>;

/** The payload rows of `attacker.fingerprinted`, one per probe kind. @internal */
export const _FINGERPRINT_ROWS: PayloadTable<{ fingerprinted: AttackerFingerprintedTypedPayload }>['fingerprinted'] = [
  { types: ['jarm'], schema: AttackerFingerprintedJarmPayloadSchema },
  { types: ['hassh'], schema: AttackerFingerprintedHasshPayloadSchema },
  { types: ['tcpfp'], schema: AttackerFingerprintedTcpfpPayloadSchema },
  { types: ['tls_certificate'], schema: AttackerFingerprintedTlsCertificatePayloadSchema },
  { types: ['ipv6_leak'], schema: AttackerFingerprintedIpv6LeakPayloadSchema },
  { types: ['icmp_error'], schema: AttackerFingerprintedIcmpErrorPayloadSchema },
  { types: ['icmp6_error'], schema: AttackerFingerprintedIcmp6ErrorPayloadSchema },
];
