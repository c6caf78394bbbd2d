/**
 * The facts of CONTRACT.md sections 1.1-1.3, written out by hand from the
 * contract (never derived from src), so the tests can compare the library
 * against them.
 */
import type { SegmentRejection } from '../../src/index';

/** CONTRACT 1.1: the 13 root prefixes, in declaration order. */
export const ROOTS: Readonly<Record<string, string>> = {
  TOPOLOGY: 'topology',
  DECKY: 'decky',
  ATTACKER: 'attacker',
  IDENTITY: 'identity',
  CAMPAIGN: 'campaign',
  SYSTEM: 'system',
  CREDENTIAL: 'credential',
  ATTRIBUTION: 'attribution',
  ORCHESTRATOR: 'orchestrator',
  CANARY: 'canary',
  SMTP: 'smtp',
  EMAIL: 'email',
  TTP: 'ttp',
};

/** CONTRACT 1.2: the 54 leaf and event-type constants (one of them a full topic). */
export const LEAVES: Readonly<Record<string, string>> = {
  MUTATION_ENQUEUED: 'enqueued',
  MUTATION_APPLYING: 'applying',
  MUTATION_APPLIED: 'applied',
  MUTATION_FAILED: 'failed',
  TOPOLOGY_STATUS: 'status',
  DECKY_STATE: 'state',
  DECKY_TRAFFIC: 'traffic',
  DECKY_MUTATE_REQUEST: 'mutate_request',
  DECKY_MUTATION: 'mutation',
  DECKY_SERVICE_ADDED: 'service_added',
  DECKY_SERVICE_REMOVED: 'service_removed',
  DECKY_SERVICE_CONFIG_CHANGED: 'service_config_changed',
  DECKY_LIFECYCLE: 'lifecycle',
  ATTACKER_OBSERVED: 'observed',
  ATTACKER_SCORED: 'scored',
  ATTACKER_FINGERPRINTED: 'fingerprinted',
  ATTACKER_FINGERPRINT_ROTATED: 'fingerprint_rotated',
  ATTACKER_SESSION_STARTED: 'session.started',
  ATTACKER_SESSION_ENDED: 'session.ended',
  ATTACKER_INTEL_ENRICHED: 'intel.enriched',
  ATTACKER_OBSERVATION_PREFIX: 'observation',
  IDENTITY_FORMED: 'formed',
  IDENTITY_OBSERVATION_LINKED: 'observation.linked',
  IDENTITY_MERGED: 'merged',
  IDENTITY_UNMERGED: 'unmerged',
  IDENTITY_CAMPAIGN_ASSIGNED: 'campaign.assigned',
  CAMPAIGN_FORMED: 'formed',
  CAMPAIGN_IDENTITY_ASSIGNED: 'identity.assigned',
  CAMPAIGN_MERGED: 'merged',
  CAMPAIGN_UNMERGED: 'unmerged',
  CREDENTIAL_CAPTURED: 'captured',
  CREDENTIAL_REUSE_DETECTED: 'reuse.detected',
  ATTRIBUTION_PROFILE_PREFIX: 'profile',
  ATTRIBUTION_PROFILE_STATE_CHANGED: 'profile.state_changed',
  ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED: 'profile.multi_actor_suspected',
  CANARY_PLACED: 'placed',
  CANARY_TRIGGERED: 'triggered',
  CANARY_REVOKED: 'revoked',
  ORCHESTRATOR_TRAFFIC: 'traffic',
  ORCHESTRATOR_FILE: 'file',
  ORCHESTRATOR_EMAIL: 'email',
  SYSTEM_LOG: 'log',
  SYSTEM_BUS_HEALTH: 'bus.health',
  SYSTEM_HEALTH: 'health',
  SYSTEM_CONTROL: 'control',
  WORKER_CONTROL_STOP: 'stop',
  WORKER_CONTROL_START: 'start',
  WEBHOOK_SUBSCRIPTIONS_CHANGED: 'system.webhook.subscriptions_changed',
  EMAIL_RECEIVED: 'received',
  TTP_TAGGED: 'tagged',
  TTP_RULE_FIRED: 'rule.fired',
  TTP_RULE_SUPPRESSED: 'rule.suppressed',
  TTP_RULE_RELOADED: 'rule.reloaded',
  TTP_RULE_STATE: 'rule.state',
};

/** How a builder checks its arguments (CONTRACT 0, decision 3, and 1.3). */
export type BuilderKind = 'segment' | 'leaf';

/** One builder of CONTRACT 1.3, with its TypeScript name and argument names in checking order. */
export interface BuilderSpec {
  readonly name: string;
  readonly kind: BuilderKind;
  /** Argument names in call order. */
  readonly params: readonly string[];
  /** The argument checked first (Python's order: `orchestrator` checks `eventType` first). */
  readonly checkedFirst: string;
}

const segment = (name: string, ...params: string[]): BuilderSpec => ({
  name,
  kind: 'segment',
  params,
  checkedFirst: params[0] ?? '',
});
const leaf = (name: string, param = 'eventType'): BuilderSpec => ({
  name,
  kind: 'leaf',
  params: [param],
  checkedFirst: param,
});

/** The 12 builders that take single segments only (`_reject_tokens` in Python). */
export const SEGMENT_BUILDERS: readonly BuilderSpec[] = [
  segment('topologyMutation', 'topologyId', 'state'),
  segment('topologyStatus', 'topologyId'),
  segment('decky', 'deckyId', 'eventType'),
  segment('deckyMutation', 'deckyId'),
  segment('deckyLifecycle', 'deckyId'),
  segment('orchestrator', 'eventType', 'deckyId'),
  segment('canary', 'tokenId', 'eventType'),
  segment('systemHealth', 'worker'),
  segment('systemControl', 'worker'),
  segment('ttpRuleFired', 'techniqueId'),
  segment('ttpRuleReloaded', 'ruleId'),
  segment('ttpRuleState', 'ruleId'),
];

/** The 10 builders that accept a dotted leaf (CONTRACT 0, decision 3). */
export const LEAF_BUILDERS: readonly BuilderSpec[] = [
  leaf('system'),
  leaf('attacker'),
  leaf('attackerObservation', 'primitive'),
  leaf('identity'),
  leaf('campaign'),
  leaf('credential'),
  leaf('attribution'),
  leaf('smtp'),
  leaf('emailTopic'),
  leaf('ttp'),
];

/** What each leaf builder puts before the leaf. */
export const LEAF_PREFIX: Readonly<Record<string, string>> = {
  system: 'system.',
  attacker: 'attacker.',
  attackerObservation: 'attacker.observation.',
  identity: 'identity.',
  campaign: 'campaign.',
  credential: 'credential.',
  attribution: 'attribution.',
  smtp: 'smtp.',
  emailTopic: 'email.',
  ttp: 'ttp.',
};

/** All 22 builders. */
export const BUILDERS: readonly BuilderSpec[] = [...SEGMENT_BUILDERS, ...LEAF_BUILDERS];

/** CONTRACT 2.4: the 29 code points that Python's `str.isspace()` calls whitespace. */
export const WHITESPACE_CODE_POINTS: readonly number[] = [
  0x0009, 0x000a, 0x000b, 0x000c, 0x000d, 0x001c, 0x001d, 0x001e, 0x001f, 0x0020, 0x0085, 0x00a0, 0x1680, 0x2000,
  0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
  0x3000,
];

/** `U+00A0` for 0xa0: how code points are written in the contract and in error messages. */
export const codePointName = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters CONTRACT 1.3 and 2.4 list as accepted, though some look like separators or spaces. */
export const ACCEPTED_LOOKALIKES: readonly { readonly label: string; readonly char: string }[] = [
  { label: 'BOM U+FEFF', char: '\ufeff' },
  { label: 'zero-width space U+200B', char: '\u200b' },
  { label: 'Mongolian vowel separator U+180E', char: '\u180e' },
  { label: 'soft hyphen U+00AD', char: '\u00ad' },
  { label: 'NUL', char: '\u0000' },
  { label: 'DEL', char: '\u007f' },
  { label: 'colon', char: ':' },
  { label: 'hyphen', char: '-' },
  { label: 'underscore', char: '_' },
  { label: 'slash', char: '/' },
  { label: 'hash', char: '#' },
  { label: 'comma', char: ',' },
  { label: 'at sign', char: '@' },
  { label: 'plus', char: '+' },
  { label: 'dollar', char: '$' },
  { label: 'emoji', char: '\u{1F98A}' },
  { label: 'fullwidth dot U+FF0E', char: '\uff0e' },
];

/** A refused segment with the reason and index the error must report. */
export interface BadSegment {
  readonly value: string;
  readonly reason: SegmentRejection;
  readonly index: number;
}

/** CONTRACT 4.1: the six bad segments of `tests/bus/test_topics.py`. */
export const BAD_SEGMENTS_4_1: readonly BadSegment[] = [
  { value: '', reason: 'empty', index: -1 },
  { value: 'has.dot', reason: 'separator', index: 3 },
  { value: 'has*wildcard', reason: 'wildcard', index: 3 },
  { value: 'has>wild', reason: 'wildcard', index: 3 },
  { value: 'with space', reason: 'whitespace', index: 4 },
  { value: 'with\ttab', reason: 'whitespace', index: 4 },
];

/** CONTRACT 4.2: the five bad segments of `tests/bus/test_ttp_topics.py`. */
export const BAD_SEGMENTS_4_2: readonly BadSegment[] = [
  { value: '', reason: 'empty', index: -1 },
  { value: 'has.dot', reason: 'separator', index: 3 },
  { value: 'has*wild', reason: 'wildcard', index: 3 },
  { value: 'has>wild', reason: 'wildcard', index: 3 },
  { value: 'with space', reason: 'whitespace', index: 4 },
];

/** Non-strings a JavaScript caller might pass (CONTRACT 0, decision 4; 2.5). */
export const NON_STRINGS: readonly { readonly label: string; readonly value: unknown }[] = [
  { label: 'a number', value: 42 },
  { label: 'zero', value: 0 },
  { label: 'null', value: null },
  { label: 'undefined', value: undefined },
  { label: 'true', value: true },
  { label: 'false', value: false },
  { label: 'an array', value: ['a'] },
  { label: 'an empty array', value: [] },
  { label: 'an object', value: { a: 1 } },
  { label: 'a String object', value: Object('x') },
  { label: 'a symbol', value: Symbol('s') },
  { label: 'a bigint', value: 1n },
];

/** The value of a leaf constant of CONTRACT 1.2. */
const value = (name: string): string => LEAVES[name] ?? `<no ${name}>`;

/** CONTRACT 1.2, "used as": the template each leaf constant appears in (3 constants are not used by a builder). */
export const USED_AS: readonly (readonly [string, string])[] = [
  ...['MUTATION_ENQUEUED', 'MUTATION_APPLYING', 'MUTATION_APPLIED', 'MUTATION_FAILED'].map(
    (name) => [name, 'topology.{topology_id}.mutation.{state}'] as const,
  ),
  ['TOPOLOGY_STATUS', `topology.{topology_id}.${value('TOPOLOGY_STATUS')}`],
  ...[
    'DECKY_STATE',
    'DECKY_TRAFFIC',
    'DECKY_MUTATE_REQUEST',
    'DECKY_MUTATION',
    'DECKY_SERVICE_ADDED',
    'DECKY_SERVICE_REMOVED',
    'DECKY_SERVICE_CONFIG_CHANGED',
    'DECKY_LIFECYCLE',
  ].map((name) => [name, `decky.{decky_id}.${value(name)}`] as const),
  ...[
    'ATTACKER_OBSERVED',
    'ATTACKER_SCORED',
    'ATTACKER_FINGERPRINTED',
    'ATTACKER_FINGERPRINT_ROTATED',
    'ATTACKER_SESSION_STARTED',
    'ATTACKER_SESSION_ENDED',
    'ATTACKER_INTEL_ENRICHED',
  ].map((name) => [name, `attacker.${value(name)}`] as const),
  ['ATTACKER_OBSERVATION_PREFIX', `attacker.${value('ATTACKER_OBSERVATION_PREFIX')}.{primitive}`],
  ...[
    'IDENTITY_FORMED',
    'IDENTITY_OBSERVATION_LINKED',
    'IDENTITY_MERGED',
    'IDENTITY_UNMERGED',
    'IDENTITY_CAMPAIGN_ASSIGNED',
  ].map((name) => [name, `identity.${value(name)}`] as const),
  ...['CAMPAIGN_FORMED', 'CAMPAIGN_IDENTITY_ASSIGNED', 'CAMPAIGN_MERGED', 'CAMPAIGN_UNMERGED'].map(
    (name) => [name, `campaign.${value(name)}`] as const,
  ),
  ...['CREDENTIAL_CAPTURED', 'CREDENTIAL_REUSE_DETECTED'].map((name) => [name, `credential.${value(name)}`] as const),
  ...['ATTRIBUTION_PROFILE_STATE_CHANGED', 'ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED'].map(
    (name) => [name, `attribution.${value(name)}`] as const,
  ),
  ...['CANARY_PLACED', 'CANARY_TRIGGERED', 'CANARY_REVOKED'].map(
    (name) => [name, `canary.{token_id}.${value(name)}`] as const,
  ),
  ...['ORCHESTRATOR_TRAFFIC', 'ORCHESTRATOR_FILE', 'ORCHESTRATOR_EMAIL'].map(
    (name) => [name, `orchestrator.${value(name)}.{decky_id}`] as const,
  ),
  ...['SYSTEM_LOG', 'SYSTEM_BUS_HEALTH'].map((name) => [name, `system.${value(name)}`] as const),
  ...['SYSTEM_HEALTH', 'SYSTEM_CONTROL'].map((name) => [name, `system.{worker}.${value(name)}`] as const),
  ['WEBHOOK_SUBSCRIPTIONS_CHANGED', value('WEBHOOK_SUBSCRIPTIONS_CHANGED')],
  ['EMAIL_RECEIVED', `email.${value('EMAIL_RECEIVED')}`],
  ...['TTP_TAGGED', 'TTP_RULE_FIRED', 'TTP_RULE_SUPPRESSED'].map((name) => [name, `ttp.${value(name)}`] as const),
  ['TTP_RULE_FIRED', `ttp.${value('TTP_RULE_FIRED')}.{technique_id}`],
  ['TTP_RULE_RELOADED', `ttp.${value('TTP_RULE_RELOADED')}.{rule_id}`],
  ['TTP_RULE_STATE', `ttp.${value('TTP_RULE_STATE')}.{rule_id}`],
];

/** CONTRACT 1.2: `smtp.probe.pending` has no constant; DECNET passes the literal to `smtp()`. */
export const LITERAL_ONLY = ['smtp.probe.pending'];
