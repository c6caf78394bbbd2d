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
import { INTEL_VERDICTS, ROTATING_PROBE_TYPES } from '../enums.js';
import { _eventSchema } from '../envelope.js';
import { AttackerFingerprintedEventSchema } from './fingerprint.js';

/**
 * Payload of `attacker.observed`: the first sighting of an attacker IP by one
 * correlator process (`first_seen` is an ISO timestamp).
 * @example
 * ```ts
 * AttackerObservedPayloadSchema.parse({ attacker_ip: '203.0.113.7', decky: 'web-1', service: 'ssh', event_type: 'auth_fail', first_seen: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const AttackerObservedPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  decky: z.string(),
  service: z.string(),
  event_type: z.string(),
  first_seen: z.string(),
});

/**
 * Payload of `attacker.scored`: an attacker profile's counters. It carries no
 * `attacker_uuid`, only the IP.
 * @example
 * ```ts
 * AttackerScoredPayloadSchema.parse({ attacker_ip: '203.0.113.7', event_count: 42, service_count: 3, decky_count: 2, bounty_count: 0, credential_count: 5, is_traversal: false });
 * ```
 * @public
 */
export const AttackerScoredPayloadSchema = z.looseObject({
  attacker_ip: z.string(),
  event_count: z.int(),
  service_count: z.int(),
  decky_count: z.int(),
  bounty_count: z.int(),
  credential_count: z.int(),
  is_traversal: z.boolean(),
});

/**
 * Payload of `attacker.fingerprint_rotated`: the hash of one probe changed for
 * an attacker (`ts` is an ISO timestamp here, not epoch seconds).
 * @example
 * ```ts
 * AttackerFingerprintRotatedPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), attacker_ip: '203.0.113.7', port: 22, probe_type: 'hassh', old_hash: 'b12d', new_hash: 'ec7a', rotation_count: 2, ts: '2026-05-02T06:22:48+00:00' });
 * ```
 * @public
 */
export const AttackerFingerprintRotatedPayloadSchema = z.looseObject({
  attacker_uuid: z.string(),
  attacker_ip: z.string(),
  port: z.int(),
  probe_type: z.enum(ROTATING_PROBE_TYPES),
  old_hash: z.string(),
  new_hash: z.string(),
  rotation_count: z.int(),
  ts: z.string(),
});

/**
 * Payload of `attacker.session.started`: reserved, DECNET has no publisher for
 * it yet, so no shape is fixed and any object is accepted.
 * @example
 * ```ts
 * AttackerSessionStartedPayloadSchema.parse({ attacker_ip: '203.0.113.7' });
 * ```
 * @public
 */
export const AttackerSessionStartedPayloadSchema = z.looseObject({});

/** One shell command of a session: `id` is `"{session_id}#{index}"`, `ts` an ISO timestamp. */
const SessionCommandSchema = z.looseObject({
  id: z.string(),
  command_text: z.string(),
  ts: z.string(),
  decky: z.string(),
  service: z.string(),
  uid: z.optional(z.string()),
  user: z.optional(z.string()),
  src: z.optional(z.string()),
  pwd: z.optional(z.string()),
});

/**
 * Payload of `attacker.session.ended`: a closed session with its commands.
 * @remarks `attacker_uuid` is always null today (the collector does not read
 *   the database; consumers resolve it from `attacker_ip`); a string is accepted
 *   so that a producer that starts filling it in still validates.
 * @example
 * ```ts
 * AttackerSessionEndedPayloadSchema.parse({ session_id: 's-1', attacker_uuid: null, attacker_ip: '203.0.113.7', decky_id: 'web-1', service: 'ssh', ended_at: '2026-05-02T06:23:30+00:00', duration_s: 165.914, commands: [], shard_path: null });
 * ```
 * @public
 */
export const AttackerSessionEndedPayloadSchema = z.looseObject({
  session_id: _nullableString,
  attacker_uuid: _nullableString,
  attacker_ip: z.string(),
  decky_id: z.string(),
  service: z.string(),
  ended_at: z.string(),
  duration_s: z.number(),
  commands: _listOf(SessionCommandSchema),
  shard_path: _nullableString,
});

/**
 * Payload of `attacker.intel.enriched`: the threat-intel verdicts on an attacker
 * IP. `aggregate_verdict` is the strongest provider verdict, null when no
 * provider had an opinion.
 * @remarks `providers` is an open set of names (the known ones are
 *   `INTEL_PROVIDERS`), so any string is accepted.
 * @example
 * ```ts
 * AttackerIntelEnrichedPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), attacker_ip: '203.0.113.7', aggregate_verdict: null, providers: [], abuseipdb_score: null, abuseipdb_categories: [], greynoise_classification: null, greynoise_name: null, greynoise_tags: [], feodo_listed: null, feodo_malware_family: null, threatfox_listed: null, threatfox_threat_types: [], threatfox_ioc_types: [], threatfox_malware_families: [] });
 * ```
 * @public
 */
export const AttackerIntelEnrichedPayloadSchema = z.looseObject({
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
});

/**
 * Payload of `attacker.observation.{primitive}`: a BEHAVE observation, plus
 * DECNET's `attacker_uuid`. Only `attacker_uuid` and `primitive` are required,
 * since the attribution worker needs them; the rest of the shape belongs to
 * the out-of-tree `behave-shell` package (`window`, `source`, `evidence_ref`,
 * `identity_ref`, ...) and is kept as it comes.
 * @example
 * ```ts
 * AttackerObservationPayloadSchema.parse({ attacker_uuid: 'a'.repeat(32), primitive: 'motor.input_modality', value: 'paste', confidence: 0.8 });
 * ```
 * @public
 */
export const AttackerObservationPayloadSchema = z.looseObject({
  attacker_uuid: z.string(),
  primitive: z.string(),
  id: z.optional(z.string()),
  ts: z.optional(z.number()),
  v: z.optional(z.int()),
  value: z.optional(z.unknown()),
  confidence: z.optional(z.number()),
});

/**
 * A whole `attacker.observed` event.
 * @example
 * ```ts
 * AttackerObservedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerObservedEventSchema = _eventSchema(z.literal('observed'), AttackerObservedPayloadSchema);
/**
 * A whole `attacker.scored` event.
 * @example
 * ```ts
 * AttackerScoredEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerScoredEventSchema = _eventSchema(z.literal('scored'), AttackerScoredPayloadSchema);
/**
 * A whole `attacker.fingerprint_rotated` event: its `type` is the full topic
 * string, not a short discriminator.
 * @example
 * ```ts
 * AttackerFingerprintRotatedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerFingerprintRotatedEventSchema = _eventSchema(
  z.literal('attacker.fingerprint_rotated'),
  AttackerFingerprintRotatedPayloadSchema,
);
/**
 * A whole `attacker.session.started` event: reserved (no publisher), so any
 * `type` and any payload object are accepted.
 * @example
 * ```ts
 * AttackerSessionStartedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerSessionStartedEventSchema = _eventSchema(z.string(), AttackerSessionStartedPayloadSchema);
/**
 * A whole `attacker.session.ended` event.
 * @example
 * ```ts
 * AttackerSessionEndedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerSessionEndedEventSchema = _eventSchema(
  z.literal('session.ended'),
  AttackerSessionEndedPayloadSchema,
);
/**
 * A whole `attacker.intel.enriched` event.
 * @example
 * ```ts
 * AttackerIntelEnrichedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerIntelEnrichedEventSchema = _eventSchema(
  z.literal('intel.enriched'),
  AttackerIntelEnrichedPayloadSchema,
);
/**
 * A whole `attacker.observation.{primitive}` event: its `type` is the
 * primitive (e.g. `motor.input_modality`), so any string.
 * @example
 * ```ts
 * AttackerObservationEventSchema.safeParse(input);
 * ```
 * @public
 */
export const AttackerObservationEventSchema = _eventSchema(z.string(), AttackerObservationPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _ATTACKER_EVENTS = {
  'attacker.observed': AttackerObservedEventSchema,
  'attacker.scored': AttackerScoredEventSchema,
  'attacker.fingerprinted': AttackerFingerprintedEventSchema,
  'attacker.fingerprint_rotated': AttackerFingerprintRotatedEventSchema,
  'attacker.session.started': AttackerSessionStartedEventSchema,
  'attacker.session.ended': AttackerSessionEndedEventSchema,
  'attacker.intel.enriched': AttackerIntelEnrichedEventSchema,
  'attacker.observation.{primitive}': AttackerObservationEventSchema,
} as const;
