/**
 * `decky.*`: what happens to a decky: its fleet state, the traffic the sniffer
 * fingerprints on it, changes to its services, and its deploy and mutate
 * lifecycle (CONTRACT 3.4, decky). The `{decky_id}` token is a topology decky's
 * name or UUID, or `{host_uuid}:{name}` for the fleet's `state` events.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _firstBadItemOnly, _recordOf } from '../bounded.js';
import { _anyObject, _nullableString, _strings } from '../codecs.js';
import {
  FLEET_DECKY_STATES,
  FLEET_TRANSITIONS,
  IPV6_IID_KINDS,
  LIFECYCLE_OPERATIONS,
  LIFECYCLE_STATUSES,
  MUTATION_TRIGGERS,
} from '../enums.js';
import { _eventSchema } from '../envelope.js';

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
 * Payload of `decky.{host_uuid}:{name}.state` (type `state`): the fleet
 * reconciler inserted, deleted or changed the state of a decky on a host.
 * `previous_state` comes only with the `state_changed` transition.
 * @example
 * ```ts
 * DeckyStatePayloadSchema.parse({ host_uuid: '3f2a9c1e-5b7d-4e8f-a0c1-d2e3f4a5b6c7', name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet', previous_state: 'running' });
 * ```
 * @public
 */
export const DeckyStatePayloadSchema = z.looseObject({
  host_uuid: z.string(),
  name: z.string(),
  state: z.enum(FLEET_DECKY_STATES),
  transition: z.enum(FLEET_TRANSITIONS),
  source: z.literal('fleet'),
  previous_state: z.optional(z.string()),
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tcp_flow_timing`: the
 * timing of one TCP flow. Every value is a string, as the sniffer logs it;
 * unknown keys are kept and must be strings too.
 * @example
 * ```ts
 * DeckyTrafficTcpFlowTimingPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', packets: '42', bytes: '6120', duration_s: '3.207', mean_iat_ms: '78.2', min_iat_ms: '0.1', max_iat_ms: '1204.5', retransmits: '0' });
 * ```
 * @public
 */
export const DeckyTrafficTcpFlowTimingPayloadSchema = _snifferPayload({
  ..._FLOW_ENDPOINTS,
  packets: z.string(),
  bytes: z.string(),
  duration_s: z.string(),
  mean_iat_ms: z.string(),
  min_iat_ms: z.string(),
  max_iat_ms: z.string(),
  retransmits: z.string(),
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tcp_syn_fingerprint`:
 * the passive OS fingerprint of a TCP SYN. Every value is a string (`wscale`
 * may be `""`, `has_sack` and `has_timestamps` are `"true"`/`"false"`);
 * unknown keys are kept and must be strings too.
 * @example
 * ```ts
 * DeckyTrafficTcpSynFingerprintPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ttl: '52', initial_ttl: '64', hop_distance: '12', window: '64240', mss: '1460', wscale: '7', options_sig: 'M,S,T,N,W', has_sack: 'true', has_timestamps: 'true', tos: '0', dscp: '0', ecn: '0', ipid_class: 'random', ipid_samples: '3', isn_class: 'random', isn_samples: '3', os_guess: 'Linux 5.x' });
 * ```
 * @public
 */
export const DeckyTrafficTcpSynFingerprintPayloadSchema = _snifferPayload({
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
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `ssh_client_banner`:
 * the banner an SSH client sent. Every value is a string; unknown keys are
 * kept and must be strings too.
 * @example
 * ```ts
 * DeckyTrafficSshClientBannerPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ssh_version: 'SSH-2.0-libssh2_1.10.0' });
 * ```
 * @public
 */
export const DeckyTrafficSshClientBannerPayloadSchema = _snifferPayload({
  ..._FLOW_ENDPOINTS,
  ssh_version: z.string(),
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `quic_client_hello`:
 * the JA4 fingerprint of a QUIC Initial (there is no `src_port`; `dst_port` is
 * `"443"`). Every value is a string; unknown keys are kept and must be strings
 * too.
 * @example
 * ```ts
 * DeckyTrafficQuicClientHelloPayloadSchema.parse({ src_ip: '203.0.113.7', dst_ip: '10.0.3.21', dst_port: '443', ja4_quic: 'q13d0310h3_55b375c5d22e_cd85d2d88918', sni: 'www.example.com', alpn: 'h3', raw_ciphers: '1301,1302,1303' });
 * ```
 * @public
 */
export const DeckyTrafficQuicClientHelloPayloadSchema = _snifferPayload({
  src_ip: z.string(),
  dst_ip: z.string(),
  dst_port: z.string(),
  ja4_quic: z.string(),
  sni: z.string(),
  alpn: z.string(),
  raw_ciphers: z.string(),
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `tls_session`: the
 * server side of a TLS handshake (JA3S/JA4S), with the client side's
 * fingerprints and latency when the sniffer saw them. Every value is a string;
 * unknown keys are kept and must be strings too.
 * @example
 * ```ts
 * DeckyTrafficTlsSessionPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '443', ja3s: 'eb1d94daa7e0344597e756a1fb6e7054', ja4s: 't130200_1301_234ea6891581', tls_version: 'TLS 1.3', sni: 'www.example.com' });
 * ```
 * @public
 */
export const DeckyTrafficTlsSessionPayloadSchema = _snifferPayload({
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
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type `ipv6_link_local_leak`:
 * an attacker's link-local (`fe80::`) address seen passively on a decky's
 * interface. `iid_kind` is one of `IPV6_IID_KINDS`; `attacker_v4` is always
 * `""` today; `observed_at` is an ISO timestamp. Every value is a string; unknown keys are kept and must be
 * strings too.
 * @example
 * ```ts
 * DeckyTrafficIpv6LinkLocalLeakPayloadSchema.parse({ src_ip: 'fe80::a8bb:ccff:fedd:eeff', dst_ip: 'ff02::1', iid_kind: 'eui64', mac_oui: 'a8:bb:cc', on_iface: 'eth0', attacker_v4: '', observed_at: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const DeckyTrafficIpv6LinkLocalLeakPayloadSchema = _snifferPayload({
  src_ip: z.string(),
  dst_ip: z.string(),
  iid_kind: z.enum(IPV6_IID_KINDS),
  mac_oui: z.string(),
  on_iface: z.string(),
  attacker_v4: z.string(),
  observed_at: z.string(),
});

/**
 * Payload of a `decky.{decky_id}.traffic` event of type
 * `http_request_fingerprint`, `http2_settings` or `http3_settings`. These types
 * are allowed on the bus but the sniffer never emits them, so their fields are
 * not documented: any object whose values are all strings.
 * @example
 * ```ts
 * DeckyTrafficHttpPayloadSchema.parse({ src_ip: '203.0.113.7', dst_ip: '10.0.3.21', dst_port: '80' });
 * ```
 * @public
 */
export const DeckyTrafficHttpPayloadSchema = _recordOf(z.string());

/**
 * Payload of `decky.{decky_id}.traffic` when the sniffer event type is not known
 * (a bare payload, without its envelope): any one of the types' payloads.
 * @remarks The shapes overlap (every payload is a flat object of strings, and
 *   the `http*` payloads accept any such object), so a bare payload cannot tell
 *   its type apart: prefer {@link DeckyTrafficEventSchema}, which reads the type
 *   from the envelope `type`.
 * @example
 * ```ts
 * DeckyTrafficPayloadSchema.parse({ src_ip: '203.0.113.7', src_port: '51514', dst_ip: '10.0.3.21', dst_port: '22', ssh_version: 'SSH-2.0-Go' });
 * ```
 * @public
 */
export const DeckyTrafficPayloadSchema = z.union([
  DeckyTrafficTlsSessionPayloadSchema,
  DeckyTrafficTcpFlowTimingPayloadSchema,
  DeckyTrafficTcpSynFingerprintPayloadSchema,
  DeckyTrafficSshClientBannerPayloadSchema,
  DeckyTrafficQuicClientHelloPayloadSchema,
  DeckyTrafficIpv6LinkLocalLeakPayloadSchema,
  DeckyTrafficHttpPayloadSchema,
]);

/**
 * Payload of `decky.{decky_id}.mutate_request`. DECNET has **no publisher** for
 * this topic; the mutator only listens for it (`decky.*.mutate_request`), takes
 * the decky's name from the topic, and falls back to `payload.name`. So any
 * object is accepted, and kept as it is.
 * @example
 * ```ts
 * DeckyMutateRequestPayloadSchema.parse({ name: 'web-01' });
 * ```
 * @public
 */
export const DeckyMutateRequestPayloadSchema = z.looseObject({});

/**
 * Payload of `decky.{decky_id}.mutation` (type `mutation`): a decky's set of
 * services changed. `actor` is present only when the trigger has one (an
 * operator); only `scheduled` and `operator` triggers reach the bus today.
 * @example
 * ```ts
 * DeckyMutationPayloadSchema.parse({ decky: 'web-01', old_services: ['ssh', 'http'], new_services: ['ssh', 'smtp'], trigger: 'operator', actor: 'admin' });
 * ```
 * @public
 */
export const DeckyMutationPayloadSchema = z.looseObject({
  decky: z.string(),
  old_services: _strings,
  new_services: _strings,
  trigger: z.enum(MUTATION_TRIGGERS),
  actor: z.optional(z.string()),
});

/**
 * Payload of `decky.{decky_id}.service_added` (no type): a service was added to
 * a running decky; `services` is the decky's list after the change, and
 * `topology_id` is null for a decky outside any topology.
 * @example
 * ```ts
 * DeckyServiceAddedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'smtp', topology_id: null, services: ['ssh', 'http', 'smtp'] });
 * ```
 * @public
 */
export const DeckyServiceAddedPayloadSchema = z.looseObject({
  decky_name: z.string(),
  service_name: z.string(),
  topology_id: _nullableString,
  services: _strings,
});

/**
 * Payload of `decky.{decky_id}.service_removed` (no type): a service was removed
 * from a running decky; `services` is the decky's list after the change.
 * @example
 * ```ts
 * DeckyServiceRemovedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'smtp', topology_id: 'b7e4c2d0-1a2b-4c3d-8e9f-0a1b2c3d4e5f', services: ['ssh', 'http'] });
 * ```
 * @public
 */
export const DeckyServiceRemovedPayloadSchema = z.looseObject({
  decky_name: z.string(),
  service_name: z.string(),
  topology_id: _nullableString,
  services: _strings,
});

/**
 * Payload of `decky.{decky_id}.service_config_changed` (no type): a service's
 * configuration changed on a running decky; `recreated` tells whether its
 * container had to be recreated.
 * @example
 * ```ts
 * DeckyServiceConfigChangedPayloadSchema.parse({ decky_name: 'web-01', service_name: 'http', topology_id: null, service_config: { server_header: 'nginx/1.24.0' }, recreated: true });
 * ```
 * @public
 */
export const DeckyServiceConfigChangedPayloadSchema = z.looseObject({
  decky_name: z.string(),
  service_name: z.string(),
  topology_id: _nullableString,
  service_config: _anyObject,
  recreated: z.boolean(),
});

/**
 * Payload of `decky.{decky_id}.lifecycle` (type `lifecycle`): a deploy or mutate
 * operation on a decky changed status; `error` (at most 2,000 characters) comes
 * with failures.
 * @example
 * ```ts
 * DeckyLifecyclePayloadSchema.parse({ lifecycle_id: '9b2f0c4e-6d1a-4f3b-8c7e-5a4d3c2b1a09', operation: 'deploy', status: 'failed', error: 'docker: image not found' });
 * ```
 * @public
 */
export const DeckyLifecyclePayloadSchema = z.looseObject({
  lifecycle_id: z.string(),
  operation: z.enum(LIFECYCLE_OPERATIONS),
  status: z.enum(LIFECYCLE_STATUSES),
  error: z.optional(z.string().check(z.maxLength(2000))),
});

/**
 * A whole `decky.{decky_id}.state` event (type `state`).
 * @example
 * ```ts
 * DeckyStateEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyStateEventSchema = _eventSchema(z.literal('state'), DeckyStatePayloadSchema);

/**
 * A whole `decky.{decky_id}.traffic` event: the envelope `type` is the sniffer
 * event type (one of `SNIFFER_TRAFFIC_TYPES`) and selects the payload's shape;
 * any other `type` is refused at `type`.
 * @example
 * ```ts
 * DeckyTrafficEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyTrafficEventSchema = z.discriminatedUnion('type', [
  _eventSchema(z.literal('tls_session'), DeckyTrafficTlsSessionPayloadSchema),
  _eventSchema(z.literal('tcp_flow_timing'), DeckyTrafficTcpFlowTimingPayloadSchema),
  _eventSchema(z.literal('tcp_syn_fingerprint'), DeckyTrafficTcpSynFingerprintPayloadSchema),
  _eventSchema(z.literal('ssh_client_banner'), DeckyTrafficSshClientBannerPayloadSchema),
  _eventSchema(z.literal('quic_client_hello'), DeckyTrafficQuicClientHelloPayloadSchema),
  _eventSchema(z.enum(['http_request_fingerprint', 'http2_settings', 'http3_settings']), DeckyTrafficHttpPayloadSchema),
  _eventSchema(z.literal('ipv6_link_local_leak'), DeckyTrafficIpv6LinkLocalLeakPayloadSchema),
]);

/**
 * A whole `decky.{decky_id}.mutate_request` event. No DECNET code publishes it,
 * so nothing fixes its `type` (any string) or payload (any object).
 * @example
 * ```ts
 * DeckyMutateRequestEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyMutateRequestEventSchema = _eventSchema(z.string(), DeckyMutateRequestPayloadSchema);
/**
 * A whole `decky.{decky_id}.mutation` event (type `mutation`).
 * @example
 * ```ts
 * DeckyMutationEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyMutationEventSchema = _eventSchema(z.literal('mutation'), DeckyMutationPayloadSchema);
/**
 * A whole `decky.{decky_id}.service_added` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceAddedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyServiceAddedEventSchema = _eventSchema(z.literal(''), DeckyServiceAddedPayloadSchema);
/**
 * A whole `decky.{decky_id}.service_removed` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceRemovedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyServiceRemovedEventSchema = _eventSchema(z.literal(''), DeckyServiceRemovedPayloadSchema);
/**
 * A whole `decky.{decky_id}.service_config_changed` event (type `""`).
 * @example
 * ```ts
 * DeckyServiceConfigChangedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyServiceConfigChangedEventSchema = _eventSchema(z.literal(''), DeckyServiceConfigChangedPayloadSchema);
/**
 * A whole `decky.{decky_id}.lifecycle` event (type `lifecycle`).
 * @example
 * ```ts
 * DeckyLifecycleEventSchema.safeParse(input);
 * ```
 * @public
 */
export const DeckyLifecycleEventSchema = _eventSchema(z.literal('lifecycle'), DeckyLifecyclePayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _DECKY_EVENTS = {
  'decky.{decky_id}.state': DeckyStateEventSchema,
  'decky.{decky_id}.traffic': DeckyTrafficEventSchema,
  'decky.{decky_id}.mutate_request': DeckyMutateRequestEventSchema,
  'decky.{decky_id}.mutation': DeckyMutationEventSchema,
  'decky.{decky_id}.service_added': DeckyServiceAddedEventSchema,
  'decky.{decky_id}.service_removed': DeckyServiceRemovedEventSchema,
  'decky.{decky_id}.service_config_changed': DeckyServiceConfigChangedEventSchema,
  'decky.{decky_id}.lifecycle': DeckyLifecycleEventSchema,
} as const;
