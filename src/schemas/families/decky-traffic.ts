/**
 * The payloads of `decky.{decky_id}.traffic`: what the sniffer fingerprints
 * on a decky, one shape per sniffer event type (the envelope `type`, one of
 * `SNIFFER_TRAFFIC_TYPES`). Every value is a string, as the sniffer logs it,
 * and unknown keys are kept if they are strings too.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import type { _Expect, _Same } from '../../internal/type-checks.js';
import { _firstBadItemOnly, _recordOf } from '../bounded.js';
import { IPV6_IID_KINDS, type Ipv6IidKind, type SnifferTrafficType } from '../enums.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/** The endpoints of a sniffed flow, as the sniffer writes them: strings, ports included. @internal */
const _FLOW_ENDPOINTS = { src_ip: z.string(), src_port: z.string(), dst_ip: z.string(), dst_port: z.string() };

/**
 * A sniffer payload: the known fields, and any other key whose value is a
 * string too (the sniffer writes only strings), stopping at the first bad one.
 *
 * @internal
 */
function _snifferPayload<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return _firstBadItemOnly(z.catchall(z.object(shape), z.string()));
}

/**
 * The fields every sniffed TCP flow payload starts with: its endpoints.
 *
 * They are written as the sniffer writes them (strings, ports included); as in
 * every traffic payload, any other key the sniffer adds must be a string too.
 * @example
 * ```ts
 * declare const flow: DeckyTrafficFlow;
 * Number(flow.dst_port); // 22
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficFlow {
  /** The client's IP address (the attacker's side of the flow), as text. */
  src_ip: string;
  /** The client's TCP port, as text. */
  src_port: string;
  /** The decky's IP address, as text. */
  dst_ip: string;
  /** The decky's TCP port, as text. */
  dst_port: string;
  /** Keys the sniffer adds are kept, and must be strings too. */
  [key: string]: string;
}

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tcp_flow_timing`: the
 * timing of one TCP flow.
 *
 * Every value is a string, as the sniffer logs it.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficTcpFlowTimingPayload;
 * Number(payload.retransmits);
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficTcpFlowTimingPayload extends DeckyTrafficFlow {
  /** How many packets the flow carried, both directions. */
  packets: string;
  /** How many TCP payload bytes the flow carried, both directions. */
  bytes: string;
  /** From the flow's first packet to its last, in seconds (three decimals). */
  duration_s: string;
  /** The mean time between packets, in milliseconds (two decimals). */
  mean_iat_ms: string;
  /** The shortest time between two packets, in milliseconds (two decimals). */
  min_iat_ms: string;
  /** The longest time between two packets, in milliseconds (two decimals). */
  max_iat_ms: string;
  /** How many client data segments came again with a sequence number already seen. */
  retransmits: string;
}

/**
 * The schema of {@link DeckyTrafficTcpFlowTimingPayload}.
 * @example
 * ```ts
 * DeckyTrafficTcpFlowTimingPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', packets: '42', bytes: '6120', duration_s: '3.207', mean_iat_ms: '78.2', min_iat_ms: '0.1', max_iat_ms: '1204.5', retransmits: '0' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficTcpFlowTimingPayloadSchema: z.ZodMiniType<DeckyTrafficTcpFlowTimingPayload> =
  _exactly<DeckyTrafficTcpFlowTimingPayload>()(
    _snifferPayload({
      ..._FLOW_ENDPOINTS,
      packets: z.string(),
      bytes: z.string(),
      duration_s: z.string(),
      mean_iat_ms: z.string(),
      min_iat_ms: z.string(),
      max_iat_ms: z.string(),
      retransmits: z.string(),
    }),
  );

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tcp_syn_fingerprint`:
 * the passive OS fingerprint of a TCP SYN.
 *
 * Every value is a string.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficTcpSynFingerprintPayload;
 * payload.has_sack === 'true';
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficTcpSynFingerprintPayload extends DeckyTrafficFlow {
  /** The IP time-to-live of the client's SYN. */
  ttl: string;
  /** `ttl` rounded up to 32, 64, 128 or 255: the TTL the client likely started from. */
  initial_ttl: string;
  /** The estimated hops to the client: `initial_ttl` minus `ttl`, 0 to 64. */
  hop_distance: string;
  /** The SYN's TCP window size. */
  window: string;
  /** The SYN's TCP maximum segment size; `"0"` when the SYN has none. */
  mss: string;
  /** The window scale; `""` when the SYN has none. */
  wscale: string;
  /** The SYN's TCP options in order, as comma-separated codes (`M,N,W,N,N,T,S,E`, ...). */
  options_sig: string;
  /** `"true"` or `"false"`. */
  has_sack: string;
  /** `"true"` or `"false"`. */
  has_timestamps: string;
  /** The IP type-of-service byte, in decimal. */
  tos: string;
  /** The DSCP bits of `tos`, in decimal. */
  dscp: string;
  /** The ECN bits of `tos`, in decimal. */
  ecn: string;
  /** How the client's IP IDs run over its recent SYNs: `random`, `incremental`, `zero`, ... */
  ipid_class: string;
  /** How many of the client's SYNs `ipid_class` rests on (at most 8; `unknown` below 4). */
  ipid_samples: string;
  /** How the client's TCP initial sequence numbers run, in the classes of `ipid_class`. */
  isn_class: string;
  /** How many of the client's SYNs `isn_class` rests on (at most 8; `unknown` below 4). */
  isn_samples: string;
  /** A coarse OS guess from the SYN: `linux`, `windows`, `macos_ios`, `nmap`, ..., or `unknown`. */
  os_guess: string;
}

/**
 * The schema of {@link DeckyTrafficTcpSynFingerprintPayload}.
 * @example
 * ```ts
 * DeckyTrafficTcpSynFingerprintPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ttl: '52', initial_ttl: '64', hop_distance: '12', window: '64240', mss: '1460', wscale: '7', options_sig: 'M,S,T,N,W', has_sack: 'true', has_timestamps: 'true', tos: '0', dscp: '0', ecn: '0', ipid_class: 'random', ipid_samples: '3', isn_class: 'random', isn_samples: '3', os_guess: 'Linux 5.x' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficTcpSynFingerprintPayloadSchema: z.ZodMiniType<DeckyTrafficTcpSynFingerprintPayload> =
  _exactly<DeckyTrafficTcpSynFingerprintPayload>()(
    _snifferPayload({
      ..._FLOW_ENDPOINTS,
      ttl: z.string(),
      initial_ttl: z.string(),
      hop_distance: z.string(),
      window: z.string(),
      mss: z.string(),
      wscale: z.string(),
      options_sig: z.string(),
      has_sack: z.string(),
      has_timestamps: z.string(),
      tos: z.string(),
      dscp: z.string(),
      ecn: z.string(),
      ipid_class: z.string(),
      ipid_samples: z.string(),
      isn_class: z.string(),
      isn_samples: z.string(),
      os_guess: z.string(),
    }),
  );

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `ssh_client_banner`:
 * the banner an SSH client sent.
 *
 * Every value is a string.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficSshClientBannerPayload;
 * payload.ssh_version; // "SSH-2.0-libssh2_1.10.0", ...
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficSshClientBannerPayload extends DeckyTrafficFlow {
  /** The SSH identification string the client sent, without its line ending. */
  ssh_version: string;
}

/**
 * The schema of {@link DeckyTrafficSshClientBannerPayload}.
 * @example
 * ```ts
 * DeckyTrafficSshClientBannerPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ssh_version: 'SSH-2.0-libssh2_1.10.0' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficSshClientBannerPayloadSchema: z.ZodMiniType<DeckyTrafficSshClientBannerPayload> =
  _exactly<DeckyTrafficSshClientBannerPayload>()(_snifferPayload({ ..._FLOW_ENDPOINTS, ssh_version: z.string() }));

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `quic_client_hello`:
 * the JA4 fingerprint of a QUIC Initial.
 *
 * Every value is a string.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficQuicClientHelloPayload;
 * payload.ja4_quic; // "q13d0310h3_55b375c5d22e_cd85d2d88918", ...
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficQuicClientHelloPayload {
  /** There is no `src_port`. */
  src_ip: string;
  /** The decky's IP address, as text. */
  dst_ip: string;
  /** `"443"`. */
  dst_port: string;
  /** The JA4 fingerprint of the ClientHello in the QUIC Initial (`q` prefix). */
  ja4_quic: string;
  /** The server name the client asked for (SNI); `""` when none. */
  sni: string;
  /** The ALPN protocols the client offered, comma-separated. */
  alpn: string;
  /** The client's cipher suites, as decimal numbers joined by `-`. */
  raw_ciphers: string;
  /** Keys the sniffer adds are kept, and must be strings too. */
  [key: string]: string;
}

/**
 * The schema of {@link DeckyTrafficQuicClientHelloPayload}.
 * @example
 * ```ts
 * DeckyTrafficQuicClientHelloPayloadSchema.parse({ src_ip: '203.0.113.7', dst_ip: '10.0.3.21', dst_port: '443', ja4_quic: 'q13d0310h3_55b375c5d22e_cd85d2d88918', sni: 'www.example.com', alpn: 'h3', raw_ciphers: '1301,1302,1303' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficQuicClientHelloPayloadSchema: z.ZodMiniType<DeckyTrafficQuicClientHelloPayload> =
  _exactly<DeckyTrafficQuicClientHelloPayload>()(
    _snifferPayload({
      src_ip: z.string(),
      dst_ip: z.string(),
      dst_port: z.string(),
      ja4_quic: z.string(),
      sni: z.string(),
      alpn: z.string(),
      raw_ciphers: z.string(),
    }),
  );

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tls_session`: the
 * server side of a TLS handshake (JA3S/JA4S).
 *
 * It comes with the client side's fingerprints and latency when the sniffer
 * saw them.
 *
 * Every value is a string.
 * @remarks A type and not an interface: an interface cannot have both optional
 *   fields (`string | undefined`, as zod types them) and the `string` index
 *   signature of {@link DeckyTrafficFlow}.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficTlsSessionPayload;
 * payload.ja3; // string | undefined
 * ```
 * @category decky
 * @public
 */
export type DeckyTrafficTlsSessionPayload = DeckyTrafficFlow & {
  /** The JA3S hash (MD5, hex) of the server's ServerHello. */
  ja3s: string;
  /** The JA4S fingerprint of the server's ServerHello. */
  ja4s: string;
  /** The ServerHello's version field, as text: `TLS 1.2`, ..., or `0x` and four hex digits when unknown. */
  tls_version: string;
  /** The JA3 hash (MD5, hex) of the client's ClientHello. */
  ja3?: string | undefined;
  /** The JA4 fingerprint of the client's ClientHello. */
  ja4?: string | undefined;
  /** The server name the client asked for (SNI); `""` when none. */
  sni?: string | undefined;
  /** The ALPN protocols the client offered, comma-separated. */
  alpn?: string | undefined;
  /** The client's cipher suites, as decimal numbers joined by `-`. */
  raw_ciphers?: string | undefined;
  /** The client's extension types, as decimal numbers joined by `-`. */
  raw_extensions?: string | undefined;
  /** The resumption mechanisms the client tried, comma-separated (`session_ticket`, `psk`, ...). */
  resumption?: string | undefined;
  /** The time from the client's SYN to the server's SYN-ACK, in milliseconds (JA4L). */
  ja4l_rtt_ms?: string | undefined;
  /** The IP time-to-live of the client's SYN (JA4L). */
  ja4l_client_ttl?: string | undefined;
};

/**
 * The schema of {@link DeckyTrafficTlsSessionPayload}.
 * @example
 * ```ts
 * DeckyTrafficTlsSessionPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '443', ja3s: 'eb1d94daa7e0344597e756a1fb6e7054', ja4s: 't130200_1301_234ea6891581', tls_version: 'TLS 1.3', sni: 'www.example.com' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficTlsSessionPayloadSchema: z.ZodMiniType<DeckyTrafficTlsSessionPayload> =
  _exactly<DeckyTrafficTlsSessionPayload>()(
    _snifferPayload({
      ..._FLOW_ENDPOINTS,
      ja3s: z.string(),
      ja4s: z.string(),
      tls_version: z.string(),
      ja3: z.optional(z.string()),
      ja4: z.optional(z.string()),
      sni: z.optional(z.string()),
      alpn: z.optional(z.string()),
      raw_ciphers: z.optional(z.string()),
      raw_extensions: z.optional(z.string()),
      resumption: z.optional(z.string()),
      ja4l_rtt_ms: z.optional(z.string()),
      ja4l_client_ttl: z.optional(z.string()),
    }),
  );

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `ipv6_link_local_leak`:
 * an attacker's link-local (`fe80::`) address seen passively on a decky's
 * interface.
 *
 * Every value is a string.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficIpv6LinkLocalLeakPayload;
 * payload.iid_kind; // "eui64" | "stable_privacy" | "temporary" | "unknown"
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficIpv6LinkLocalLeakPayload {
  /** The attacker's link-local (`fe80::`) address. */
  src_ip: string;
  /** The decky's address the packet was sent to. */
  dst_ip: string;
  /** How the address's interface identifier was made. */
  iid_kind: Ipv6IidKind;
  /** The MAC vendor prefix, `"aa:bb:cc"`, or `""` when the interface identifier is not MAC-derived. */
  mac_oui: string;
  /** The network interface the address was seen on. */
  on_iface: string;
  /** Always `""` today. */
  attacker_v4: string;
  /** An ISO 8601 timestamp. */
  observed_at: string;
  /** Keys the sniffer adds are kept, and must be strings too. */
  [key: string]: string;
}

/**
 * The schema of {@link DeckyTrafficIpv6LinkLocalLeakPayload}.
 * @example
 * ```ts
 * DeckyTrafficIpv6LinkLocalLeakPayloadSchema.parse({ src_ip: 'fe80::a8bb:ccff:fedd:eeff', dst_ip: 'ff02::1', iid_kind: 'eui64', mac_oui: 'a8:bb:cc', on_iface: 'eth0', attacker_v4: '', observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficIpv6LinkLocalLeakPayloadSchema: z.ZodMiniType<DeckyTrafficIpv6LinkLocalLeakPayload> =
  _exactly<DeckyTrafficIpv6LinkLocalLeakPayload>()(
    _snifferPayload({
      src_ip: z.string(),
      dst_ip: z.string(),
      iid_kind: z.enum(IPV6_IID_KINDS),
      mac_oui: z.string(),
      on_iface: z.string(),
      attacker_v4: z.string(),
      observed_at: z.string(),
    }),
  );

/**
 * Payload of a `decky.{decky_id}.traffic` event of type
 * `http_request_fingerprint`, `http2_settings` or `http3_settings`.
 *
 * These types are allowed on the bus but the sniffer never emits them, so their
 * fields are not documented: any object whose values are all strings.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficHttpPayload;
 * payload['dst_port']; // string | undefined
 * ```
 * @category decky
 * @public
 */
export interface DeckyTrafficHttpPayload {
  /** Every value is a string. */
  [key: string]: string;
}

/**
 * The schema of {@link DeckyTrafficHttpPayload}.
 * @example
 * ```ts
 * DeckyTrafficHttpPayloadSchema.parse({ src_ip: '203.0.113.7', dst_ip: '10.0.3.21', dst_port: '80' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficHttpPayloadSchema: z.ZodMiniType<DeckyTrafficHttpPayload> =
  _exactly<DeckyTrafficHttpPayload>()(_recordOf(z.string()));

/**
 * Payload of `decky.{decky_id}.traffic`, whatever its type: any one of the
 * traffic payloads.
 * @example
 * ```ts
 * declare const payload: DeckyTrafficPayload;
 * payload['src_ip']; // string | undefined
 * ```
 * @category decky
 * @public
 */
export type DeckyTrafficPayload =
  | DeckyTrafficTlsSessionPayload
  | DeckyTrafficTcpFlowTimingPayload
  | DeckyTrafficTcpSynFingerprintPayload
  | DeckyTrafficSshClientBannerPayload
  | DeckyTrafficQuicClientHelloPayload
  | DeckyTrafficIpv6LinkLocalLeakPayload
  | DeckyTrafficHttpPayload;

/**
 * The schema of {@link DeckyTrafficPayload}, for a bare payload whose sniffer
 * event type is not known (without its envelope).
 * @remarks The shapes overlap (every payload is a flat object of strings, and
 *   the `http*` payloads accept any such object), so a bare payload cannot tell
 *   its type apart: prefer {@link DeckyTrafficEventSchema}, which reads the type
 *   from the envelope `type`.
 * @example
 * ```ts
 * DeckyTrafficPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ssh_version: 'SSH-2.0-Go' });
 * ```
 * @category decky
 * @public
 */
export const DeckyTrafficPayloadSchema: z.ZodMiniType<DeckyTrafficPayload> = _exactly<DeckyTrafficPayload>()(
  z.union([
    DeckyTrafficTlsSessionPayloadSchema,
    DeckyTrafficTcpFlowTimingPayloadSchema,
    DeckyTrafficTcpSynFingerprintPayloadSchema,
    DeckyTrafficSshClientBannerPayloadSchema,
    DeckyTrafficQuicClientHelloPayloadSchema,
    DeckyTrafficIpv6LinkLocalLeakPayloadSchema,
    DeckyTrafficHttpPayloadSchema,
  ]),
);

/**
 * The payloads of `decky.{decky_id}.traffic`, each with the sniffer event type
 * (the envelope `type`) it comes with.
 * @example
 * ```ts
 * type Leak = Extract<DeckyTrafficTypedPayload, { type: 'ipv6_link_local_leak' }>['payload']; // DeckyTrafficIpv6LinkLocalLeakPayload
 * ```
 * @category decky
 * @public
 */
export type DeckyTrafficTypedPayload =
  | TypedPayload<'tls_session', DeckyTrafficTlsSessionPayload>
  | TypedPayload<'tcp_flow_timing', DeckyTrafficTcpFlowTimingPayload>
  | TypedPayload<'tcp_syn_fingerprint', DeckyTrafficTcpSynFingerprintPayload>
  | TypedPayload<'ssh_client_banner', DeckyTrafficSshClientBannerPayload>
  | TypedPayload<'quic_client_hello', DeckyTrafficQuicClientHelloPayload>
  | TypedPayload<'http_request_fingerprint' | 'http2_settings' | 'http3_settings', DeckyTrafficHttpPayload>
  | TypedPayload<'ipv6_link_local_leak', DeckyTrafficIpv6LinkLocalLeakPayload>;

/** The traffic types above are exactly `SNIFFER_TRAFFIC_TYPES`: a type added to one only fails to compile. @internal */
export type _TrafficTypesAgree = _Expect<_Same<DeckyTrafficTypedPayload['type'], SnifferTrafficType>>;

/** The traffic payload rows, in the order the sniffer's types are tried. @internal */
export const _TRAFFIC_ROWS: PayloadTable<{ traffic: DeckyTrafficTypedPayload }>['traffic'] = [
  { types: ['tls_session'], schema: DeckyTrafficTlsSessionPayloadSchema },
  { types: ['tcp_flow_timing'], schema: DeckyTrafficTcpFlowTimingPayloadSchema },
  { types: ['tcp_syn_fingerprint'], schema: DeckyTrafficTcpSynFingerprintPayloadSchema },
  { types: ['ssh_client_banner'], schema: DeckyTrafficSshClientBannerPayloadSchema },
  { types: ['quic_client_hello'], schema: DeckyTrafficQuicClientHelloPayloadSchema },
  { types: ['http_request_fingerprint', 'http2_settings', 'http3_settings'], schema: DeckyTrafficHttpPayloadSchema },
  { types: ['ipv6_link_local_leak'], schema: DeckyTrafficIpv6LinkLocalLeakPayloadSchema },
];
