/**
 * The closed value sets of the DECNET contract (CONTRACT 3.4), each as a frozen
 * tuple constant and a union type. Schemas build their enums from these, so a
 * value set is written once. Each tuple's type is spelled beside its value, as
 * `isolatedDeclarations` asks; the compiler checks that the two agree, in
 * order.
 *
 * @packageDocumentation
 */
import { WORKER_CONTROL_START, WORKER_CONTROL_STOP } from '../topics/leaves/system.js';

/**
 * Why a decky's services changed (`MutationTrigger`); only `scheduled` and
 * `operator` reach the bus today.
 * @example
 * ```ts
 * MUTATION_TRIGGERS.includes('operator'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const MUTATION_TRIGGERS: readonly [
  'creation',
  'retirement',
  'scheduled',
  'operator',
  'behavioral',
  'healer',
  'federation',
] = /* @__PURE__ */ Object.freeze([
  'creation',
  'retirement',
  'scheduled',
  'operator',
  'behavioral',
  'healer',
  'federation',
] as const);
/**
 * One of {@link MUTATION_TRIGGERS}.
 * @example
 * ```ts
 * const t: MutationTrigger = 'scheduled';
 * ```
 * @category Enums
 * @public
 */
export type MutationTrigger = (typeof MUTATION_TRIGGERS)[number];

/**
 * Topology mutation operations (`_MUTATION_OPS`).
 * @example
 * ```ts
 * TOPOLOGY_MUTATION_OPS[0]; //=> "add_lan"
 * ```
 * @category Enums
 * @public
 */
export const TOPOLOGY_MUTATION_OPS: readonly [
  'add_lan',
  'remove_lan',
  'add_decky',
  'attach_decky',
  'detach_decky',
  'remove_decky',
  'update_decky',
  'update_lan',
] = /* @__PURE__ */ Object.freeze([
  'add_lan',
  'remove_lan',
  'add_decky',
  'attach_decky',
  'detach_decky',
  'remove_decky',
  'update_decky',
  'update_lan',
] as const);
/**
 * One of {@link TOPOLOGY_MUTATION_OPS}.
 * @example
 * ```ts
 * const op: TopologyMutationOp = 'add_lan';
 * ```
 * @category Enums
 * @public
 */
export type TopologyMutationOp = (typeof TOPOLOGY_MUTATION_OPS)[number];

/**
 * Topology statuses; only `degraded` is published today.
 * @example
 * ```ts
 * TOPOLOGY_STATUSES.includes('degraded'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const TOPOLOGY_STATUSES: readonly [
  'pending',
  'deploying',
  'active',
  'degraded',
  'failed',
  'tearing_down',
  'torn_down',
] = /* @__PURE__ */ Object.freeze([
  'pending',
  'deploying',
  'active',
  'degraded',
  'failed',
  'tearing_down',
  'torn_down',
] as const);
/**
 * One of {@link TOPOLOGY_STATUSES}.
 * @example
 * ```ts
 * const s: TopologyStatus = 'degraded';
 * ```
 * @category Enums
 * @public
 */
export type TopologyStatus = (typeof TOPOLOGY_STATUSES)[number];

/**
 * Fleet decky states (`decky.*.state`).
 * @example
 * ```ts
 * FLEET_DECKY_STATES.includes('running'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const FLEET_DECKY_STATES: readonly ['running', 'degraded', 'failed', 'torn_down'] =
  /* @__PURE__ */ Object.freeze(['running', 'degraded', 'failed', 'torn_down'] as const);
/**
 * One of {@link FLEET_DECKY_STATES}.
 * @example
 * ```ts
 * const s: FleetDeckyState = 'running';
 * ```
 * @category Enums
 * @public
 */
export type FleetDeckyState = (typeof FLEET_DECKY_STATES)[number];

/**
 * Fleet state transitions; `previous_state` comes only with `state_changed`.
 * @example
 * ```ts
 * FLEET_TRANSITIONS.includes('inserted'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const FLEET_TRANSITIONS: readonly ['inserted', 'deleted', 'state_changed'] = /* @__PURE__ */ Object.freeze([
  'inserted',
  'deleted',
  'state_changed',
] as const);
/**
 * One of {@link FLEET_TRANSITIONS}.
 * @example
 * ```ts
 * const t: FleetTransition = 'deleted';
 * ```
 * @category Enums
 * @public
 */
export type FleetTransition = (typeof FLEET_TRANSITIONS)[number];

/**
 * Decky lifecycle operations.
 * @example
 * ```ts
 * LIFECYCLE_OPERATIONS; //=> ["deploy", "mutate"]
 * ```
 * @category Enums
 * @public
 */
export const LIFECYCLE_OPERATIONS: readonly ['deploy', 'mutate'] = /* @__PURE__ */ Object.freeze([
  'deploy',
  'mutate',
] as const);
/**
 * One of {@link LIFECYCLE_OPERATIONS}.
 * @example
 * ```ts
 * const o: LifecycleOperation = 'deploy';
 * ```
 * @category Enums
 * @public
 */
export type LifecycleOperation = (typeof LIFECYCLE_OPERATIONS)[number];

/**
 * Decky lifecycle statuses.
 * @example
 * ```ts
 * LIFECYCLE_STATUSES.includes('succeeded'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const LIFECYCLE_STATUSES: readonly ['pending', 'running', 'succeeded', 'failed'] = /* @__PURE__ */ Object.freeze(
  ['pending', 'running', 'succeeded', 'failed'] as const,
);
/**
 * One of {@link LIFECYCLE_STATUSES}.
 * @example
 * ```ts
 * const s: LifecycleStatus = 'failed';
 * ```
 * @category Enums
 * @public
 */
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/**
 * Attribution states of a primitive for an identity.
 * @example
 * ```ts
 * ATTRIBUTION_STATES.includes('multi_actor'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const ATTRIBUTION_STATES: readonly ['unknown', 'stable', 'drifting', 'conflicted', 'multi_actor'] =
  /* @__PURE__ */ Object.freeze(['unknown', 'stable', 'drifting', 'conflicted', 'multi_actor'] as const);
/**
 * One of {@link ATTRIBUTION_STATES}.
 * @example
 * ```ts
 * const s: AttributionState = 'stable';
 * ```
 * @category Enums
 * @public
 */
export type AttributionState = (typeof ATTRIBUTION_STATES)[number];

/**
 * Prober fingerprint kinds: the envelope `type` of `attacker.fingerprinted`.
 * @example
 * ```ts
 * FINGERPRINT_KINDS.includes('tls_certificate'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const FINGERPRINT_KINDS: readonly [
  'jarm',
  'hassh',
  'tcpfp',
  'tls_certificate',
  'ipv6_leak',
  'icmp_error',
  'icmp6_error',
] = /* @__PURE__ */ Object.freeze([
  'jarm',
  'hassh',
  'tcpfp',
  'tls_certificate',
  'ipv6_leak',
  'icmp_error',
  'icmp6_error',
] as const);
/**
 * One of {@link FINGERPRINT_KINDS}.
 * @example
 * ```ts
 * const k: FingerprintKind = 'jarm';
 * ```
 * @category Enums
 * @public
 */
export type FingerprintKind = (typeof FINGERPRINT_KINDS)[number];

/**
 * Fingerprint probe types whose hash can rotate (`attacker.fingerprint_rotated`).
 * @example
 * ```ts
 * ROTATING_PROBE_TYPES; //=> ["jarm", "hassh", "tcpfp"]
 * ```
 * @category Enums
 * @public
 */
export const ROTATING_PROBE_TYPES: readonly ['jarm', 'hassh', 'tcpfp'] = /* @__PURE__ */ Object.freeze([
  'jarm',
  'hassh',
  'tcpfp',
] as const);
/**
 * One of {@link ROTATING_PROBE_TYPES}.
 * @example
 * ```ts
 * const p: RotatingProbeType = 'hassh';
 * ```
 * @category Enums
 * @public
 */
export type RotatingProbeType = (typeof ROTATING_PROBE_TYPES)[number];

/**
 * Kinds of IPv6 interface identifier.
 * @example
 * ```ts
 * IPV6_IID_KINDS.includes('eui64'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const IPV6_IID_KINDS: readonly ['eui64', 'stable_privacy', 'temporary', 'unknown'] =
  /* @__PURE__ */ Object.freeze(['eui64', 'stable_privacy', 'temporary', 'unknown'] as const);
/**
 * One of {@link IPV6_IID_KINDS}.
 * @example
 * ```ts
 * const k: Ipv6IidKind = 'eui64';
 * ```
 * @category Enums
 * @public
 */
export type Ipv6IidKind = (typeof IPV6_IID_KINDS)[number];

/**
 * How an IPv6 link-local address leaked.
 * @example
 * ```ts
 * IPV6_LEAK_VECTORS.includes('active_echo'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const IPV6_LEAK_VECTORS: readonly ['passive_ndp', 'passive_mdns', 'passive_tcp', 'active_ns', 'active_echo'] =
  /* @__PURE__ */ Object.freeze(['passive_ndp', 'passive_mdns', 'passive_tcp', 'active_ns', 'active_echo'] as const);
/**
 * One of {@link IPV6_LEAK_VECTORS}.
 * @example
 * ```ts
 * const v: Ipv6LeakVector = 'active_echo';
 * ```
 * @category Enums
 * @public
 */
export type Ipv6LeakVector = (typeof IPV6_LEAK_VECTORS)[number];

/**
 * Threat-intel verdicts, strongest first.
 * @example
 * ```ts
 * INTEL_VERDICTS[0]; //=> "malicious"
 * ```
 * @category Enums
 * @public
 */
export const INTEL_VERDICTS: readonly ['malicious', 'suspicious', 'benign', 'unknown'] = /* @__PURE__ */ Object.freeze([
  'malicious',
  'suspicious',
  'benign',
  'unknown',
] as const);
/**
 * One of {@link INTEL_VERDICTS}.
 * @example
 * ```ts
 * const v: IntelVerdict = 'benign';
 * ```
 * @category Enums
 * @public
 */
export type IntelVerdict = (typeof INTEL_VERDICTS)[number];

/**
 * Threat-intel providers named in `attacker.intel.enriched`.
 * @example
 * ```ts
 * INTEL_PROVIDERS.includes('greynoise'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const INTEL_PROVIDERS: readonly ['greynoise', 'abuseipdb', 'feodo', 'threatfox'] = /* @__PURE__ */ Object.freeze(
  ['greynoise', 'abuseipdb', 'feodo', 'threatfox'] as const,
);
/**
 * One of {@link INTEL_PROVIDERS}.
 * @example
 * ```ts
 * const p: IntelProvider = 'feodo';
 * ```
 * @category Enums
 * @public
 */
export type IntelProvider = (typeof INTEL_PROVIDERS)[number];

/**
 * TTP rule states.
 * @example
 * ```ts
 * TTP_RULE_STATES; //=> ["enabled", "disabled", "clipped"]
 * ```
 * @category Enums
 * @public
 */
export const TTP_RULE_STATES: readonly ['enabled', 'disabled', 'clipped'] = /* @__PURE__ */ Object.freeze([
  'enabled',
  'disabled',
  'clipped',
] as const);
/**
 * One of {@link TTP_RULE_STATES}.
 * @example
 * ```ts
 * const s: TtpRuleState = 'enabled';
 * ```
 * @category Enums
 * @public
 */
export type TtpRuleState = (typeof TTP_RULE_STATES)[number];

/**
 * Worker control actions; listeners act on `stop` only.
 * @example
 * ```ts
 * CONTROL_ACTIONS; //=> ["stop", "start"]
 * ```
 * @category Enums
 * @public
 */
export const CONTROL_ACTIONS: readonly ['stop', 'start'] = /* @__PURE__ */ Object.freeze([
  WORKER_CONTROL_STOP,
  WORKER_CONTROL_START,
] as const);
/**
 * One of {@link CONTROL_ACTIONS}.
 * @example
 * ```ts
 * const a: ControlAction = 'stop';
 * ```
 * @category Enums
 * @public
 */
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/**
 * Workers known to DECNET (`KNOWN_WORKERS`): an open set, since new workers
 * appear; schemas accept any name and this list documents the known ones.
 * @example
 * ```ts
 * KNOWN_WORKERS.includes('mutator'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const KNOWN_WORKERS: readonly [
  'api',
  'collector',
  'profiler',
  'sniffer',
  'prober',
  'mutator',
  'reconciler',
  'reuse-correlator',
  'attribution',
  'enrich',
  'clusterer',
  'campaign-clusterer',
  'ttp',
  'webhook',
  'orchestrator',
  'agent',
  'forwarder',
  'updater',
  'bus',
] = /* @__PURE__ */ Object.freeze([
  'api',
  'collector',
  'profiler',
  'sniffer',
  'prober',
  'mutator',
  'reconciler',
  'reuse-correlator',
  'attribution',
  'enrich',
  'clusterer',
  'campaign-clusterer',
  'ttp',
  'webhook',
  'orchestrator',
  'agent',
  'forwarder',
  'updater',
  'bus',
] as const);
/**
 * A worker name: one of {@link KNOWN_WORKERS}, or any other string (the set is open).
 * @example
 * ```ts
 * const w: WorkerName = 'mutator';
 * ```
 * @category Enums
 * @public
 */
export type WorkerName = (typeof KNOWN_WORKERS)[number] | (string & {});

/**
 * Sniffer traffic event types published on `decky.*.traffic`.
 * @example
 * ```ts
 * SNIFFER_TRAFFIC_TYPES.includes('tls_session'); //=> true
 * ```
 * @category Enums
 * @public
 */
export const SNIFFER_TRAFFIC_TYPES: readonly [
  'tls_session',
  'tcp_flow_timing',
  'tcp_syn_fingerprint',
  'ssh_client_banner',
  'quic_client_hello',
  'http_request_fingerprint',
  'http2_settings',
  'http3_settings',
  'ipv6_link_local_leak',
] = /* @__PURE__ */ Object.freeze([
  'tls_session',
  'tcp_flow_timing',
  'tcp_syn_fingerprint',
  'ssh_client_banner',
  'quic_client_hello',
  'http_request_fingerprint',
  'http2_settings',
  'http3_settings',
  'ipv6_link_local_leak',
] as const);
/**
 * One of {@link SNIFFER_TRAFFIC_TYPES}.
 * @example
 * ```ts
 * const t: SnifferTrafficType = 'tls_session';
 * ```
 * @category Enums
 * @public
 */
export type SnifferTrafficType = (typeof SNIFFER_TRAFFIC_TYPES)[number];
