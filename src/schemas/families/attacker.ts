/**
 * `attacker.*`: attackers first seen, scored, fingerprinted, their sessions,
 * threat intel and behavioural observations (CONTRACT 3.4, attacker). The
 * `attacker.fingerprinted` kinds live in `fingerprint.ts`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _listOf } from '../bounded.js';
import { _nullableString, _strings } from '../codecs.js';
import { INTEL_VERDICTS, type IntelVerdict, ROTATING_PROBE_TYPES, type RotatingProbeType } from '../enums.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _rowsByType } from '../rows-by-type.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';
import { _FINGERPRINT_ROWS, type AttackerFingerprintedTypedPayload } from './fingerprint.js';

/**
 * Payload of `attacker.observed`: the first sighting of an attacker IP by one
 * correlator process.
 * @example
 * ```ts
 * declare const payload: AttackerObservedPayload;
 * payload.first_seen; // "2026-05-02T06:22:48+00:00"
 * ```
 * @category attacker
 * @public
 */
export interface AttackerObservedPayload {
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The decky the attacker was first seen on. */
  decky: string;
  /** The service the attacker was first seen on. */
  service: string;
  /** The kind of the event that first showed the attacker (`auth_fail`, ...). */
  event_type: string;
  /** When the attacker was first seen, as an ISO timestamp. */
  first_seen: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerObservedPayload}.
 * @example
 * ```ts
 * AttackerObservedPayloadSchema.parse({ attacker_ip: '203.0.113.7', decky: 'web-1', service: 'ssh', event_type: 'auth_fail', first_seen: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerObservedPayloadSchema: z.ZodMiniType<AttackerObservedPayload> =
  _exactly<AttackerObservedPayload>()(
    z.looseObject({
      attacker_ip: z.string(),
      decky: z.string(),
      service: z.string(),
      event_type: z.string(),
      first_seen: z.string(),
    }),
  );

/**
 * Payload of `attacker.scored`: an attacker profile's counters.
 *
 * It carries no `attacker_uuid`, only the IP.
 * @example
 * ```ts
 * declare const payload: AttackerScoredPayload;
 * payload.event_count; // number
 * ```
 * @category attacker
 * @public
 */
export interface AttackerScoredPayload {
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** How many log events from the IP the profiler has seen. */
  event_count: number;
  /** How many distinct services those events hit. */
  service_count: number;
  /** How many distinct deckies those events hit. */
  decky_count: number;
  /** How many bounties (captured credentials, fingerprints, ...) are stored for the IP. */
  bounty_count: number;
  /** How many of those bounties are credentials. */
  credential_count: number;
  /** Whether the IP touched at least two distinct deckies (DECNET's own workers not counted). */
  is_traversal: boolean;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerScoredPayload}.
 * @example
 * ```ts
 * AttackerScoredPayloadSchema.parse({ attacker_ip: '203.0.113.7', event_count: 42, service_count: 3, decky_count: 2, bounty_count: 0, credential_count: 5, is_traversal: false });
 * ```
 * @category attacker
 * @public
 */
export const AttackerScoredPayloadSchema: z.ZodMiniType<AttackerScoredPayload> = _exactly<AttackerScoredPayload>()(
  z.looseObject({
    attacker_ip: z.string(),
    event_count: z.int(),
    service_count: z.int(),
    decky_count: z.int(),
    bounty_count: z.int(),
    credential_count: z.int(),
    is_traversal: z.boolean(),
  }),
);

/**
 * Payload of `attacker.fingerprint_rotated`: the hash of one probe changed for
 * an attacker.
 * @example
 * ```ts
 * declare const payload: AttackerFingerprintRotatedPayload;
 * payload.probe_type; // "jarm" | "hassh" | "tcpfp"
 * ```
 * @category attacker
 * @public
 */
export interface AttackerFingerprintRotatedPayload {
  /** The attacker's UUID. */
  attacker_uuid: string;
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The attacker's port the probe reached. */
  port: number;
  /** The probe whose hash changed. */
  probe_type: RotatingProbeType;
  /** The probe's hash before the change. */
  old_hash: string;
  /** The probe's hash after the change. */
  new_hash: string;
  /** How many times this probe's hash has changed for the attacker. */
  rotation_count: number;
  /** When the hash changed, as an ISO timestamp (not epoch seconds). */
  ts: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerFingerprintRotatedPayload}.
 * @example
 * ```ts
 * AttackerFingerprintRotatedPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), attacker_ip: '203.0.113.7', port: 22, probe_type: 'hassh', old_hash: 'b12d', new_hash: 'ec7a', rotation_count: 2, ts: '2026-05-02T06:22:48+00:00' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintRotatedPayloadSchema: z.ZodMiniType<AttackerFingerprintRotatedPayload> =
  _exactly<AttackerFingerprintRotatedPayload>()(
    z.looseObject({
      attacker_uuid: z.string(),
      attacker_ip: z.string(),
      port: z.int(),
      probe_type: z.enum(ROTATING_PROBE_TYPES),
      old_hash: z.string(),
      new_hash: z.string(),
      rotation_count: z.int(),
      ts: z.string(),
    }),
  );

/**
 * Payload of `attacker.session.started`: reserved, DECNET has no publisher for
 * it yet, so no shape is fixed and any object is accepted.
 * @example
 * ```ts
 * declare const payload: AttackerSessionStartedPayload;
 * payload['attacker_ip']; // unknown
 * ```
 * @category attacker
 * @public
 */
export interface AttackerSessionStartedPayload {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerSessionStartedPayload}.
 * @example
 * ```ts
 * AttackerSessionStartedPayloadSchema.parse({ attacker_ip: '203.0.113.7' });
 * ```
 * @category attacker
 * @public
 */
export const AttackerSessionStartedPayloadSchema: z.ZodMiniType<AttackerSessionStartedPayload> =
  _exactly<AttackerSessionStartedPayload>()(z.looseObject({}));

/**
 * One shell command of an `attacker.session.ended` session.
 * @example
 * ```ts
 * declare const command: AttackerSessionCommand;
 * command.command_text; // "uname -a"
 * ```
 * @category attacker
 * @public
 */
export interface AttackerSessionCommand {
  /** `"{session_id}#{index}"`. */
  id: string;
  /** The command line, as the shell logged it. */
  command_text: string;
  /** When the command ran, as an ISO timestamp. */
  ts: string;
  /** The decky the command ran on. */
  decky: string;
  /** The service the command came through (`ssh`, ...). */
  service: string;
  /** The numeric user id the command ran as, as text. */
  uid?: string | undefined;
  /** The user name the command ran as. */
  user?: string | undefined;
  /** The source IP address the shell logged for the command. */
  src?: string | undefined;
  /** The working directory. */
  pwd?: string | undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/** The schema of {@link AttackerSessionCommand}. @internal */
const SessionCommandSchema: z.ZodMiniType<AttackerSessionCommand> = _exactly<AttackerSessionCommand>()(
  z.looseObject({
    id: z.string(),
    command_text: z.string(),
    ts: z.string(),
    decky: z.string(),
    service: z.string(),
    uid: z.optional(z.string()),
    user: z.optional(z.string()),
    src: z.optional(z.string()),
    pwd: z.optional(z.string()),
  }),
);

/**
 * Payload of `attacker.session.ended`: a closed session with its commands.
 * @example
 * ```ts
 * declare const payload: AttackerSessionEndedPayload;
 * payload.commands; // AttackerSessionCommand[]
 * ```
 * @category attacker
 * @public
 */
export interface AttackerSessionEndedPayload {
  /** The session's id (the session recorder's `sid`), or null. */
  session_id: string | null;
  /**
   * Always null today (the collector does not read the database; consumers
   * resolve it from `attacker_ip`); a string is accepted so that a producer
   * that starts filling it in still validates.
   */
  attacker_uuid: string | null;
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The decky the session was on, by name. */
  decky_id: string;
  /** The service the session was on (`ssh`, `telnet`, ...). */
  service: string;
  /** When the session ended, as an ISO timestamp. */
  ended_at: string;
  /** How long the session lasted, in seconds. */
  duration_s: number;
  /** The shell commands of the session, in order. */
  commands: AttackerSessionCommand[];
  /** The path of the transcript shard file that holds the session; null when none was found. */
  shard_path: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerSessionEndedPayload}.
 * @example
 * ```ts
 * AttackerSessionEndedPayloadSchema.parse({ session_id: 's-1', attacker_uuid: null, attacker_ip: '203.0.113.7', decky_id: 'web-1', service: 'ssh', ended_at: '2026-05-02T06:23:30+00:00', duration_s: 165.914, commands: [], shard_path: null });
 * ```
 * @category attacker
 * @public
 */
export const AttackerSessionEndedPayloadSchema: z.ZodMiniType<AttackerSessionEndedPayload> =
  _exactly<AttackerSessionEndedPayload>()(
    z.looseObject({
      session_id: _nullableString,
      attacker_uuid: _nullableString,
      attacker_ip: z.string(),
      decky_id: z.string(),
      service: z.string(),
      ended_at: z.string(),
      duration_s: z.number(),
      commands: _listOf(SessionCommandSchema),
      shard_path: _nullableString,
    }),
  );

/**
 * Payload of `attacker.intel.enriched`: the threat-intel verdicts on an
 * attacker IP.
 * @example
 * ```ts
 * declare const payload: AttackerIntelEnrichedPayload;
 * payload.aggregate_verdict; // "malicious" | "suspicious" | "benign" | "unknown" | null
 * ```
 * @category attacker
 * @public
 */
export interface AttackerIntelEnrichedPayload {
  /** The attacker's UUID. */
  attacker_uuid: string;
  /** The attacker's IP address, as text. */
  attacker_ip: string;
  /** The strongest provider verdict; null when no provider had an opinion. */
  aggregate_verdict: IntelVerdict | null;
  /** The providers consulted: an open set of names (the known ones are `INTEL_PROVIDERS`). */
  providers: string[];
  /** AbuseIPDB's abuse confidence score, 0 to 100; null without an AbuseIPDB answer. */
  abuseipdb_score: number | null;
  /** The AbuseIPDB category codes of the IP's recent reports, sorted. */
  abuseipdb_categories: number[];
  /** GreyNoise's classification (`benign`, `malicious`, `unknown`, ...); null without a GreyNoise answer. */
  greynoise_classification: string | null;
  /** The actor or tool GreyNoise names for the IP (`Censys`, `Tor`, ...), or null. */
  greynoise_name: string | null;
  /** GreyNoise's tags for the IP (none from the Community API). */
  greynoise_tags: string[];
  /** Whether the IP is on abuse.ch Feodo Tracker's botnet C2 list; null without a Feodo answer. */
  feodo_listed: boolean | null;
  /** The malware family Feodo Tracker lists for the IP, or null. */
  feodo_malware_family: string | null;
  /** Whether ThreatFox has IOCs matching the IP; null without a ThreatFox answer. */
  threatfox_listed: boolean | null;
  /** The threat types of the ThreatFox matches (`botnet_cc`, `payload_delivery`, ...), sorted. */
  threatfox_threat_types: string[];
  /** The IOC types of the ThreatFox matches, sorted. */
  threatfox_ioc_types: string[];
  /** The malware families of the ThreatFox matches, sorted. */
  threatfox_malware_families: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerIntelEnrichedPayload}.
 * @example
 * ```ts
 * AttackerIntelEnrichedPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), attacker_ip: '203.0.113.7', aggregate_verdict: null, providers: [], abuseipdb_score: null, abuseipdb_categories: [], greynoise_classification: null, greynoise_name: null, greynoise_tags: [], feodo_listed: null, feodo_malware_family: null, threatfox_listed: null, threatfox_threat_types: [], threatfox_ioc_types: [], threatfox_malware_families: [] });
 * ```
 * @category attacker
 * @public
 */
export const AttackerIntelEnrichedPayloadSchema: z.ZodMiniType<AttackerIntelEnrichedPayload> =
  _exactly<AttackerIntelEnrichedPayload>()(
    z.looseObject({
      attacker_uuid: z.string(),
      attacker_ip: z.string(),
      aggregate_verdict: z.nullable(z.enum(INTEL_VERDICTS)),
      providers: _strings,
      abuseipdb_score: z.nullable(z.int()),
      abuseipdb_categories: _listOf(z.int()),
      greynoise_classification: _nullableString,
      greynoise_name: _nullableString,
      greynoise_tags: _strings,
      feodo_listed: z.nullable(z.boolean()),
      feodo_malware_family: _nullableString,
      threatfox_listed: z.nullable(z.boolean()),
      threatfox_threat_types: _strings,
      threatfox_ioc_types: _strings,
      threatfox_malware_families: _strings,
    }),
  );

/**
 * Payload of `attacker.observation.{primitive}`: a BEHAVE observation, plus
 * DECNET's `attacker_uuid`.
 *
 * Only `attacker_uuid` and `primitive` are required, since the attribution
 * worker needs them; the rest of the shape belongs to the out-of-tree
 * `behave-shell` package (`window`, `source`, `evidence_ref`, `identity_ref`,
 * ...) and is kept as it comes.
 * @example
 * ```ts
 * declare const payload: AttackerObservationPayload;
 * payload.primitive; // "motor.input_modality", ...
 * ```
 * @category attacker
 * @public
 */
export interface AttackerObservationPayload {
  /** The attacker's UUID, added by DECNET (the BEHAVE observation has none). */
  attacker_uuid: string;
  /** The BEHAVE primitive observed, as in the topic (`motor.input_modality`, ...). */
  primitive: string;
  /** The observation's own id (a hex UUID), not the bus event's. */
  id?: string | undefined;
  /** Epoch seconds. */
  ts?: number | undefined;
  /** The version of the BEHAVE observation envelope (`1` today). */
  v?: number | undefined;
  /** The observed value, of any kind. */
  value?: unknown;
  /** How confident BEHAVE is in the observation, as a number. */
  confidence?: number | undefined;
  /** The BEHAVE keys (`window`, `source`, `evidence_ref`, ...) and any others are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link AttackerObservationPayload}.
 * @example
 * ```ts
 * AttackerObservationPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), primitive: 'motor.input_modality', value: 'paste', confidence: 0.8 });
 * ```
 * @category attacker
 * @public
 */
export const AttackerObservationPayloadSchema: z.ZodMiniType<AttackerObservationPayload> =
  _exactly<AttackerObservationPayload>()(
    z.looseObject({
      attacker_uuid: z.string(),
      primitive: z.string(),
      id: z.optional(z.string()),
      ts: z.optional(z.number()),
      v: z.optional(z.int()),
      value: z.optional(z.unknown()),
      confidence: z.optional(z.number()),
    }),
  );

/**
 * The payloads of `attacker.*` by template, each with the envelope `type` it
 * is published with.
 *
 * Any string is allowed as the `type` of `attacker.session.started` and
 * `attacker.observation.{primitive}`; `attacker.fingerprinted` maps to
 * {@link AttackerFingerprintedTypedPayload}, one payload per probe kind.
 * @example
 * ```ts
 * type Scored = AttackerPayloads['attacker.scored']['payload']; // AttackerScoredPayload
 * ```
 * @category attacker
 * @public
 */
export interface AttackerPayloads {
  'attacker.observed': TypedPayload<'observed', AttackerObservedPayload>;
  'attacker.scored': TypedPayload<'scored', AttackerScoredPayload>;
  /** The envelope `type` is the probe kind, which selects the payload's shape. */
  'attacker.fingerprinted': AttackerFingerprintedTypedPayload;
  /** Its `type` is the full topic string, not a short discriminator. */
  'attacker.fingerprint_rotated': TypedPayload<'attacker.fingerprint_rotated', AttackerFingerprintRotatedPayload>;
  /** Reserved (no publisher), so any `type`. */
  'attacker.session.started': TypedPayload<string, AttackerSessionStartedPayload>;
  'attacker.session.ended': TypedPayload<'session.ended', AttackerSessionEndedPayload>;
  'attacker.intel.enriched': TypedPayload<'intel.enriched', AttackerIntelEnrichedPayload>;
  /** Its `type` is the primitive, so any string. */
  'attacker.observation.{primitive}': TypedPayload<string, AttackerObservationPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _ATTACKER_PAYLOADS: PayloadTable<AttackerPayloads> = {
  'attacker.observed': [{ types: ['observed'], schema: AttackerObservedPayloadSchema }],
  'attacker.scored': [{ types: ['scored'], schema: AttackerScoredPayloadSchema }],
  'attacker.fingerprinted': _FINGERPRINT_ROWS,
  'attacker.fingerprint_rotated': [
    { types: ['attacker.fingerprint_rotated'], schema: AttackerFingerprintRotatedPayloadSchema },
  ],
  'attacker.session.started': [{ schema: AttackerSessionStartedPayloadSchema }],
  'attacker.session.ended': [{ types: ['session.ended'], schema: AttackerSessionEndedPayloadSchema }],
  'attacker.intel.enriched': [{ types: ['intel.enriched'], schema: AttackerIntelEnrichedPayloadSchema }],
  'attacker.observation.{primitive}': [{ schema: AttackerObservationPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _ATTACKER_EVENTS: BusEventSchemas<AttackerPayloads> = _busEventSchemas(_ATTACKER_PAYLOADS, _rowsByType);

/**
 * A whole `attacker.observed` event.
 * @example
 * ```ts
 * AttackerObservedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerObservedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.observed']> =
  _ATTACKER_EVENTS['attacker.observed'];
/**
 * A whole `attacker.scored` event.
 * @example
 * ```ts
 * AttackerScoredEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerScoredEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.scored']> =
  _ATTACKER_EVENTS['attacker.scored'];
/**
 * A whole `attacker.fingerprinted` event: the envelope `type` is the probe kind
 * (one of `FINGERPRINT_KINDS`) and selects the payload's shape; an unknown kind
 * is refused at `type`.
 * @example
 * ```ts
 * AttackerFingerprintedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.fingerprinted']> =
  _ATTACKER_EVENTS['attacker.fingerprinted'];
/**
 * A whole `attacker.fingerprint_rotated` event: its `type` is the full topic
 * string, not a short discriminator.
 * @example
 * ```ts
 * AttackerFingerprintRotatedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerFingerprintRotatedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.fingerprint_rotated']> =
  _ATTACKER_EVENTS['attacker.fingerprint_rotated'];
/**
 * A whole `attacker.session.started` event: reserved (no publisher), so any
 * `type` and any payload object are accepted.
 * @example
 * ```ts
 * AttackerSessionStartedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerSessionStartedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.session.started']> =
  _ATTACKER_EVENTS['attacker.session.started'];
/**
 * A whole `attacker.session.ended` event.
 * @example
 * ```ts
 * AttackerSessionEndedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerSessionEndedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.session.ended']> =
  _ATTACKER_EVENTS['attacker.session.ended'];
/**
 * A whole `attacker.intel.enriched` event.
 * @example
 * ```ts
 * AttackerIntelEnrichedEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerIntelEnrichedEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.intel.enriched']> =
  _ATTACKER_EVENTS['attacker.intel.enriched'];
/**
 * A whole `attacker.observation.{primitive}` event: its `type` is the
 * primitive (e.g. `motor.input_modality`), so any string.
 * @example
 * ```ts
 * AttackerObservationEventSchema.safeParse(input);
 * ```
 * @category attacker
 * @public
 */
export const AttackerObservationEventSchema: BusEventSchemaOf<AttackerPayloads['attacker.observation.{primitive}']> =
  _ATTACKER_EVENTS['attacker.observation.{primitive}'];
