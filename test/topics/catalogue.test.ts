import { describe, expect, it } from 'vitest';
import { topics } from '../../src/index';
import { TOPIC_CATALOGUE, formatTopic, parseTopic } from '../../src/catalogue';
import { buildRow, callLoosely } from '../support/calls';
import { BUILDERS, LEAVES, ROOTS } from '../support/contract';

const members: Readonly<Record<string, unknown>> = topics;
const leaf = (name: string): string => LEAVES[name] ?? `<no ${name}>`;
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
const sampleValues = (params: readonly string[]): Record<string, string> =>
  Object.fromEntries(params.map((param) => [param, `${param}-1`]));

/** CONTRACT 1.2, "used as": the template each leaf constant appears in (3 constants are not used by a builder). */
const USED_AS: readonly (readonly [string, string])[] = [
  ...['MUTATION_ENQUEUED', 'MUTATION_APPLYING', 'MUTATION_APPLIED', 'MUTATION_FAILED'].map(
    (name) => [name, 'topology.{topology_id}.mutation.{state}'] as const,
  ),
  ['TOPOLOGY_STATUS', `topology.{topology_id}.${leaf('TOPOLOGY_STATUS')}`],
  ...[
    'DECKY_STATE',
    'DECKY_TRAFFIC',
    'DECKY_MUTATE_REQUEST',
    'DECKY_MUTATION',
    'DECKY_SERVICE_ADDED',
    'DECKY_SERVICE_REMOVED',
    'DECKY_SERVICE_CONFIG_CHANGED',
    'DECKY_LIFECYCLE',
  ].map((name) => [name, `decky.{decky_id}.${leaf(name)}`] as const),
  ...[
    'ATTACKER_OBSERVED',
    'ATTACKER_SCORED',
    'ATTACKER_FINGERPRINTED',
    'ATTACKER_FINGERPRINT_ROTATED',
    'ATTACKER_SESSION_STARTED',
    'ATTACKER_SESSION_ENDED',
    'ATTACKER_INTEL_ENRICHED',
  ].map((name) => [name, `attacker.${leaf(name)}`] as const),
  ['ATTACKER_OBSERVATION_PREFIX', `attacker.${leaf('ATTACKER_OBSERVATION_PREFIX')}.{primitive}`],
  ...[
    'IDENTITY_FORMED',
    'IDENTITY_OBSERVATION_LINKED',
    'IDENTITY_MERGED',
    'IDENTITY_UNMERGED',
    'IDENTITY_CAMPAIGN_ASSIGNED',
  ].map((name) => [name, `identity.${leaf(name)}`] as const),
  ...['CAMPAIGN_FORMED', 'CAMPAIGN_IDENTITY_ASSIGNED', 'CAMPAIGN_MERGED', 'CAMPAIGN_UNMERGED'].map(
    (name) => [name, `campaign.${leaf(name)}`] as const,
  ),
  ...['CREDENTIAL_CAPTURED', 'CREDENTIAL_REUSE_DETECTED'].map((name) => [name, `credential.${leaf(name)}`] as const),
  ...['ATTRIBUTION_PROFILE_STATE_CHANGED', 'ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED'].map(
    (name) => [name, `attribution.${leaf(name)}`] as const,
  ),
  ...['CANARY_PLACED', 'CANARY_TRIGGERED', 'CANARY_REVOKED'].map(
    (name) => [name, `canary.{token_id}.${leaf(name)}`] as const,
  ),
  ...['ORCHESTRATOR_TRAFFIC', 'ORCHESTRATOR_FILE', 'ORCHESTRATOR_EMAIL'].map(
    (name) => [name, `orchestrator.${leaf(name)}.{decky_id}`] as const,
  ),
  ...['SYSTEM_LOG', 'SYSTEM_BUS_HEALTH'].map((name) => [name, `system.${leaf(name)}`] as const),
  ...['SYSTEM_HEALTH', 'SYSTEM_CONTROL'].map((name) => [name, `system.{worker}.${leaf(name)}`] as const),
  ['WEBHOOK_SUBSCRIPTIONS_CHANGED', leaf('WEBHOOK_SUBSCRIPTIONS_CHANGED')],
  ['EMAIL_RECEIVED', `email.${leaf('EMAIL_RECEIVED')}`],
  ...['TTP_TAGGED', 'TTP_RULE_FIRED', 'TTP_RULE_SUPPRESSED'].map((name) => [name, `ttp.${leaf(name)}`] as const),
  ['TTP_RULE_FIRED', `ttp.${leaf('TTP_RULE_FIRED')}.{technique_id}`],
  ['TTP_RULE_RELOADED', `ttp.${leaf('TTP_RULE_RELOADED')}.{rule_id}`],
  ['TTP_RULE_STATE', `ttp.${leaf('TTP_RULE_STATE')}.{rule_id}`],
];

/** CONTRACT 1.2: `smtp.probe.pending` has no constant; DECNET passes the literal to `smtp()`. */
const LITERAL_ONLY = ['smtp.probe.pending'];

const templates = TOPIC_CATALOGUE.map((row) => row.template);

describe('TOPIC_CATALOGUE', () => {
  it('should hold 50 rows with 50 different templates', () => {
    expect(TOPIC_CATALOGUE).toHaveLength(50);
    expect(new Set(templates).size).toBe(50);
  });

  it.each(USED_AS)('should have a template for the leaf %s, used as %s', (_name, template) => {
    expect(templates).toContain(template);
  });

  it('should hold exactly the templates of CONTRACT 1.2 and smtp.probe.pending, no more', () => {
    const expected = new Set([...USED_AS.map(([, template]) => template), ...LITERAL_ONLY]);
    expect([...templates].sort()).toEqual([...expected].sort());
  });

  it('should name every builder of the contract at least once, and nothing else', () => {
    expect([...new Set(TOPIC_CATALOGUE.map((row) => row.builder))].sort()).toEqual(
      BUILDERS.map(({ name }) => name).sort(),
    );
  });

  it('should mark only attacker.observation.{primitive} as having a dotted tail', () => {
    expect(TOPIC_CATALOGUE.filter((row) => row.dottedTail).map((row) => row.template)).toEqual([
      'attacker.observation.{primitive}',
    ]);
  });
});

describe.each(TOPIC_CATALOGUE)('the catalogue row $template', (row) => {
  it('should list the placeholders of its template as its params, in order', () => {
    expect(row.params).toEqual(placeholders(row.template));
  });

  it('should have the first token of its template, a contract root, as its family', () => {
    expect(row.family).toBe(row.template.split('.')[0]);
    expect(Object.values(ROOTS)).toContain(row.family);
  });

  it('should name a builder of topics and pass each param to it once, in order', () => {
    expect(typeof members[row.builder]).toBe('function');
    expect(row.args.filter((arg) => arg.startsWith('{')).map((arg) => arg.slice(1, -1))).toEqual([...row.params]);
  });

  it('should give a topic that parseTopic maps back to this row and formatTopic rebuilds', () => {
    const params = sampleValues(row.params);
    const topic = buildRow(row, params);
    expect(parseTopic(String(topic))).toStrictEqual({ template: row.template, family: row.family, params });
    // A row's params are only known at run time here; the typed calls are in parse.test-d.ts.
    expect(callLoosely(formatTopic, [row.template, params])).toBe(topic);
  });
});
