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
import { IPV6_IID_KINDS, IPV6_LEAK_VECTORS } from '../enums.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of an `attacker.fingerprinted` event of kind `jarm`: the JARM hash of
 * the attacker's TLS server on `port`.
 * @example
 * ```ts
 * AttackerFingerprintedJarmPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, jarm_hash: '2ad2ad0002ad2ad22c2ad2ad2ad2ad' });
 * ```
 * @public
 */
export const AttackerFingerprintedJarmPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  port: z.int(),
  jarm_hash: z.string(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `hassh`: the HASSH of the
 * attacker's SSH server on `port`, and its banner.
 * @example
 * ```ts
 * AttackerFingerprintedHasshPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 22, hassh_server: 'b12d2871a1189eff20364cf5333619ee', ssh_banner: 'SSH-2.0-OpenSSH_9.6' });
 * ```
 * @public
 */
export const AttackerFingerprintedHasshPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  port: z.int(),
  hassh_server: z.string(),
  ssh_banner: z.string(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `tcpfp`: the TCP stack
 * fingerprint of the attacker's host, seen on `port`.
 * @example
 * ```ts
 * AttackerFingerprintedTcpfpPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 80, tcpfp_hash: '9c1e5b7d4e8f', ttl: 64, mss: 1460 });
 * ```
 * @public
 */
export const AttackerFingerprintedTcpfpPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  port: z.int(),
  tcpfp_hash: z.string(),
  ttl: z.int(),
  mss: z.int(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `tls_certificate` (not
 * `tls_cert`, whatever DECNET's comment says): the certificate the attacker's
 * TLS server presented. `subject_cn` is `""` when the certificate has none.
 * @example
 * ```ts
 * AttackerFingerprintedTlsCertificatePayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, subject_cn: '', cert_sha256: 'ab'.repeat(32), self_signed: true });
 * ```
 * @public
 */
export const AttackerFingerprintedTlsCertificatePayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  port: z.int(),
  subject_cn: z.string(),
  cert_sha256: z.string(),
  self_signed: z.boolean(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `ipv6_leak`: the
 * attacker's link-local (`fe80::`) address, solicited by the port-free active
 * probe, so there is no `port` key. `mac_oui` is `"aa:bb:cc"`, or `""` when the
 * interface identifier is not MAC-derived; the probe only produces the
 * `active_echo` vector today.
 * @example
 * ```ts
 * AttackerFingerprintedIpv6LeakPayloadSchema.parse({ attacker_ip: '203.0.113.7', addr: 'fe80::a8bb:ccff:fedd:eeff', iid_kind: 'eui64', mac_oui: 'a8:bb:cc', vector: 'active_echo', on_iface: 'eth0', observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const AttackerFingerprintedIpv6LeakPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  addr: z.string(),
  iid_kind: z.enum(IPV6_IID_KINDS),
  mac_oui: z.string(),
  vector: z.enum(IPV6_LEAK_VECTORS),
  on_iface: z.string(),
  observed_at: z.string(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `icmp_error`: how the
 * attacker's host answers malformed ICMPv4 probes (the response matrix, its
 * hash, and the raw per-probe errors).
 * @example
 * ```ts
 * AttackerFingerprintedIcmpErrorPayloadSchema.parse({ attacker_ip: '203.0.113.7', icmp_matrix: 'U1:R,U2:N', icmp_fp_hash: 'c0ffee', errors: {}, observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const AttackerFingerprintedIcmpErrorPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  icmp_matrix: z.string(),
  icmp_fp_hash: z.string(),
  errors: _anyObject,
  observed_at: z.string(),
});

/**
 * Payload of an `attacker.fingerprinted` event of kind `icmp6_error`: the ICMPv6
 * counterpart of {@link AttackerFingerprintedIcmpErrorPayloadSchema}.
 * @example
 * ```ts
 * AttackerFingerprintedIcmp6ErrorPayloadSchema.parse({ attacker_ip: '203.0.113.7', icmp6_matrix: 'P1:R', icmp6_fp_hash: 'c0ffee', errors: {}, observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const AttackerFingerprintedIcmp6ErrorPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  icmp6_matrix: z.string(),
  icmp6_fp_hash: z.string(),
  errors: _anyObject,
  observed_at: z.string(),
});

/**
 * Payload of `attacker.fingerprinted` when the kind is not known (a bare
 * payload, without its envelope): any one of the kinds' payloads.
 * @remarks Payloads keep unknown keys, so a bare payload cannot tell its kind
 *   apart: prefer {@link AttackerFingerprintedEventSchema}, which reads the kind
 *   from the envelope `type`.
 * @example
 * ```ts
 * AttackerFingerprintedPayloadSchema.parse({ attacker_ip: '203.0.113.7', port: 443, jarm_hash: '2ad2ad0002ad2ad22c2ad2ad2ad2ad' });
 * ```
 * @public
 */
export const AttackerFingerprintedPayloadSchema = z.union([
  AttackerFingerprintedJarmPayloadSchema,
  AttackerFingerprintedHasshPayloadSchema,
  AttackerFingerprintedTcpfpPayloadSchema,
  AttackerFingerprintedTlsCertificatePayloadSchema,
  AttackerFingerprintedIpv6LeakPayloadSchema,
  AttackerFingerprintedIcmpErrorPayloadSchema,
  AttackerFingerprintedIcmp6ErrorPayloadSchema,
]);

/**
 * A whole `attacker.fingerprinted` event: the envelope `type` is the probe kind
 * (one of `FINGERPRINT_KINDS`) and selects the payload's shape; an unknown kind
 * is refused at `type`.
 * @example
 * ```ts
 * AttackerFingerprintedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerFingerprintedEventSchema = z.discriminatedUnion('type', [
  _eventSchema(z.literal('jarm'), AttackerFingerprintedJarmPayloadSchema),
  _eventSchema(z.literal('hassh'), AttackerFingerprintedHasshPayloadSchema),
  _eventSchema(z.literal('tcpfp'), AttackerFingerprintedTcpfpPayloadSchema),
  _eventSchema(z.literal('tls_certificate'), AttackerFingerprintedTlsCertificatePayloadSchema),
  _eventSchema(z.literal('ipv6_leak'), AttackerFingerprintedIpv6LeakPayloadSchema),
  _eventSchema(z.literal('icmp_error'), AttackerFingerprintedIcmpErrorPayloadSchema),
  _eventSchema(z.literal('icmp6_error'), AttackerFingerprintedIcmp6ErrorPayloadSchema),
]);
