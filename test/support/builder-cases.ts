/**
 * The builder cases of conformance/builders.json, written the short way: the
 * cases of CONTRACT 1.3, 4.1, 4.2 and 4.4 by hand, and the rules every builder
 * follows (whitespace, accepted characters, dotted leaves, argument types) as
 * products over the builders of test/support/contract.ts. Never derived from
 * src. scripts/build-conformance.mjs expands them into the explicit vectors of
 * builders.json, which the builder tests run; `--check` keeps the two equal.
 */
import {
  ACCEPTED_LOOKALIKES,
  BAD_SEGMENTS_4_1,
  BAD_SEGMENTS_4_2,
  BUILDERS,
  LEAF_BUILDERS,
  LEAF_PREFIX,
  SEGMENT_BUILDERS,
  WHITESPACE_CODE_POINTS,
  codePointName,
  type BadSegment,
} from './contract';
import type { BuilderGroup, BuilderVector } from './conformance';
import { notAString, refused, slots, topic } from './builder-specs';

/** CONTRACT 1.3 and 4.x: the topics the builder tests check, leaf constants written as their values. */
const CONTRACT_TOPICS: readonly BuilderVector[] = [
  ...['applied', 'enqueued', 'applying'].map((state) =>
    topic('topologyMutation', ['abc123', state], `topology.abc123.mutation.${state}`),
  ),
  topic('topologyMutation', ['t-1', 'failed'], 'topology.t-1.mutation.failed'),
  { ...topic('topologyMutation', ['t', 'bogus'], 'topology.t.mutation.bogus'), note: 'not a constant: accepted' },
  topic('topologyStatus', ['t-1'], 'topology.t-1.status'),
  ...['state', 'traffic', 'mutate_request', 'mutation', 'service_added', 'service_removed']
    .concat(['service_config_changed', 'lifecycle'])
    .map((leaf) => topic('decky', ['d-42', leaf], `decky.d-42.${leaf}`)),
  topic('decky', ['host-uuid:web-1', 'state'], 'decky.host-uuid:web-1.state'),
  topic('deckyMutation', ['d-42'], 'decky.d-42.mutation'),
  topic('deckyLifecycle', ['d-42'], 'decky.d-42.lifecycle'),
  ...['traffic', 'file', 'email'].map((kind) => topic('orchestrator', [kind, 'd-7'], `orchestrator.${kind}.d-7`)),
  topic('canary', ['abc-123', 'triggered'], 'canary.abc-123.triggered'),
  topic('canary', ['xyz', 'placed'], 'canary.xyz.placed'),
  topic('canary', ['xyz', 'revoked'], 'canary.xyz.revoked'),
  ...['sniffer', 'mutator', 'bus'].map((worker) => topic('systemHealth', [worker], `system.${worker}.health`)),
  ...['mutator', 'collector'].map((worker) => topic('systemControl', [worker], `system.${worker}.control`)),
  ...[
    ['T1110', 'T1059'].map((id) => topic('ttpRuleFired', [id], `ttp.rule.fired.${id}`)),
    ['R0001', 'R9999'].map((id) => topic('ttpRuleReloaded', [id], `ttp.rule.reloaded.${id}`)),
    ['R0001', 'R0042'].map((id) => topic('ttpRuleState', [id], `ttp.rule.state.${id}`)),
  ].flat(),
  ...Object.entries({
    system: ['bus.health', 'log', 'webhook.subscriptions_changed'],
    attacker: ['observed', 'scored', 'fingerprinted', 'session.started', 'session.ended'].concat([
      'fingerprint_rotated',
      'intel.enriched',
    ]),
    attackerObservation: ['motor', 'motor.input_modality'],
    identity: ['formed', 'observation.linked', 'merged', 'unmerged', 'campaign.assigned'],
    campaign: ['formed', 'identity.assigned', 'merged', 'unmerged'],
    credential: ['captured', 'reuse.detected'],
    attribution: ['profile.state_changed', 'profile.multi_actor_suspected'],
    smtp: ['probe.pending'],
    emailTopic: ['received'],
    ttp: ['tagged', 'rule.fired', 'rule.suppressed'],
  }).flatMap(([name, leaves]) => leaves.map((leaf) => topic(name, [leaf], `${LEAF_PREFIX[name] ?? '?'}${leaf}`))),
];

/** CONTRACT 4.4 (`tests/canary/test_topics.py`): the bad token ids and event types. */
const CANARY_BAD: Readonly<Record<string, readonly BadSegment[]>> = {
  tokenId: [
    { value: '', reason: 'empty', index: -1 },
    { value: 'with.dot', reason: 'separator', index: 4 },
    { value: 'with*wildcard', reason: 'wildcard', index: 4 },
    { value: 'with>chevron', reason: 'wildcard', index: 4 },
    { value: 'with space', reason: 'whitespace', index: 4 },
  ],
  eventType: [
    { value: '', reason: 'empty', index: -1 },
    { value: 'x.y', reason: 'separator', index: 1 },
    { value: '*', reason: 'wildcard', index: 0 },
    { value: '>', reason: 'wildcard', index: 0 },
  ],
};

/** CONTRACT 4.1, 4.2, 4.4: bad segments in every argument of the segment builders; the empty leaf. */
const CONTRACT_REFUSALS: readonly BuilderVector[] = [
  ...slots(SEGMENT_BUILDERS).flatMap(({ name, param, args }) => {
    const bad = name === 'canary' ? CANARY_BAD[param] : name.startsWith('ttpRule') ? BAD_SEGMENTS_4_2 : undefined;
    return (bad ?? BAD_SEGMENTS_4_1).map((fault) => refused(name, args(fault.value), param, fault));
  }),
  { ...refused('decky', ['x', 'a.b'], 'eventType', { reason: 'separator', index: 1 }) },
  {
    ...refused('decky', ['x', 'service.added'], 'eventType', { reason: 'separator', index: 7 }),
    note: 'why DECNET renamed service.added to service_added',
  },
  refused('ttpRuleFired', ['T1110.001'], 'techniqueId', { reason: 'separator', index: 5 }),
  ...LEAF_BUILDERS.map(({ name, checkedFirst }) => refused(name, [''], checkedFirst, { reason: 'empty', index: -1 })),
];

/** CONTRACT 0, decision 3: leaves Python would have appended verbatim; every token must be a valid segment here. */
const BAD_LEAVES: readonly BadSegment[] = [
  { value: '*', reason: 'wildcard', index: 0 },
  { value: '>', reason: 'wildcard', index: 0 },
  { value: 'a..b', reason: 'empty', index: 2 },
  { value: ' x', reason: 'whitespace', index: 0 },
  { value: '.a', reason: 'empty', index: 0 },
  { value: 'a.', reason: 'empty', index: 2 },
  { value: '.', reason: 'empty', index: 0 },
  { value: 'a.*', reason: 'wildcard', index: 2 },
  { value: 'a.b\u00a0c', reason: 'whitespace', index: 3 },
];

const STRICTER_THAN_PYTHON: readonly BuilderVector[] = [
  ...LEAF_BUILDERS.flatMap(({ name, checkedFirst }) =>
    BAD_LEAVES.map((fault) => ({
      ...refused(name, [fault.value], checkedFirst, fault),
      note: `Python builds ${JSON.stringify(`${LEAF_PREFIX[name] ?? '?'}${fault.value}`)}`,
    })),
  ),
  {
    ...refused('system', ['a b'], 'eventType', { reason: 'whitespace', index: 1 }),
    note: 'Python builds "system.a b"',
  },
  {
    ...refused('attackerObservation', ['motor.'], 'primitive', { reason: 'empty', index: 6 }),
    note: 'Python builds "attacker.observation.motor."',
  },
  {
    ...refused('attackerObservation', ['motor.*'], 'primitive', { reason: 'wildcard', index: 6 }),
    note: 'Python builds "attacker.observation.motor.*"',
  },
];

const DOTTED_LEAVES: readonly BuilderVector[] = LEAF_BUILDERS.flatMap(({ name }) =>
  ['session.started', 'a.b.c', 'x', 'host:web-1.\u{1F98A}'].map((leaf) =>
    topic(name, [leaf], `${LEAF_PREFIX[name] ?? '?'}${leaf}`),
  ),
);

/** The first fault of a value decides the reason and the index. */
const FIRST_FAULT: readonly BadSegment[] = [
  { value: '', reason: 'empty', index: -1 },
  { value: '.', reason: 'separator', index: 0 },
  { value: 'a.b', reason: 'separator', index: 1 },
  { value: '*', reason: 'wildcard', index: 0 },
  { value: '>', reason: 'wildcard', index: 0 },
  { value: 'a>', reason: 'wildcard', index: 1 },
  { value: 'a b.c*', reason: 'whitespace', index: 1 },
  { value: '*.', reason: 'wildcard', index: 0 },
  { value: '\u{1F98A}.', reason: 'separator', index: 2 },
  { value: 'session.ended', reason: 'separator', index: 7 },
];

const SEGMENT_RULES: readonly BuilderVector[] = [
  ...slots(SEGMENT_BUILDERS, 'ok').flatMap(({ name, param, args }) =>
    FIRST_FAULT.map((fault) => refused(name, args(fault.value), param, fault)),
  ),
  ...SEGMENT_BUILDERS.map(({ name, params, checkedFirst }) =>
    refused(
      name,
      params.map(() => 'a.b'),
      checkedFirst,
      { reason: 'separator', index: 1 },
    ),
  ),
];

const WHITESPACE: readonly BuilderVector[] = WHITESPACE_CODE_POINTS.flatMap((code) => {
  const char = String.fromCharCode(code);
  return [
    ...slots(SEGMENT_BUILDERS, 'ok').map(({ name, param, args }) =>
      refused(name, args(`a${char}b`), param, { reason: 'whitespace', index: 1 }),
    ),
    ...LEAF_BUILDERS.map(({ name, checkedFirst }) =>
      refused(name, [`ok.a${char}b`], checkedFirst, { reason: 'whitespace', index: 4 }),
    ),
  ];
});

const ACCEPTED_CHARACTERS: readonly BuilderVector[] = ACCEPTED_LOOKALIKES.flatMap(({ label, char }) =>
  [
    topic('decky', [`a${char}b`, 'state'], `decky.a${char}b.state`),
    topic('decky', [char, char], `decky.${char}.${char}`),
    topic('system', [`x.a${char}b`], `system.x.a${char}b`),
  ].map((vector) => ({ ...vector, note: label })),
);

const LONE_SURROGATES: readonly BuilderVector[] = [
  refused('decky', ['a\ud800b', 'state'], 'deckyId', { reason: 'lone-surrogate', index: 1 }),
  refused('decky', ['d-42', '\udc00'], 'eventType', { reason: 'lone-surrogate', index: 0 }),
  refused('system', ['x.\ud800'], 'eventType', { reason: 'lone-surrogate', index: 2 }),
  refused('attacker', ['\ud83e'], 'eventType', { reason: 'lone-surrogate', index: 0 }),
  refused('ttpRuleFired', ['\udd8a\ud83e'], 'techniqueId', { reason: 'lone-surrogate', index: 0 }),
];

/** Two bad arguments: the one checked first is reported (`orchestrator` checks `eventType` first, as Python). */
const CHECK_ORDER: readonly BuilderVector[] = SEGMENT_BUILDERS.filter(({ params }) => params.length === 2).flatMap(
  ({ name, params, checkedFirst }) => {
    const second = params.find((param) => param !== checkedFirst) ?? '?';
    const call = (first: unknown, other: unknown): unknown[] =>
      params.map((param) => (param === checkedFirst ? first : other));
    return [
      refused(name, call('a b', 'c.d'), checkedFirst, { reason: 'whitespace', index: 1 }),
      refused(name, call('', 2), checkedFirst, { reason: 'empty', index: -1 }),
      refused(name, call('ok', '*'), second, { reason: 'wildcard', index: 0 }),
      refused(name, call('with.dot', '*'), checkedFirst, { reason: 'separator', index: 4 }),
      notAString(name, call(1, 2), checkedFirst),
    ];
  },
);

/** CONTRACT 0, decision 4 (and 2.5): what JSON can carry of the non-strings a dynamic caller might pass. */
const NON_STRINGS: readonly unknown[] = [42, 0, null, true, false, ['a'], [], { a: 1 }];

const NOT_A_STRING: readonly BuilderVector[] = slots(BUILDERS, 'ok').flatMap(({ name, param, args }) =>
  NON_STRINGS.map((value) => notAString(name, args(value), param)),
);

/** What each group shows; repeated in conformance/README.md. */
const GROUP_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'contract-topics': 'the exact topic for the arguments of the contract and its tests',
  'contract-refusals': 'the bad segments of the contract tests, in every argument of the segment builders',
  'dotted-leaves': 'leaf builders append a dotted leaf verbatim, one token per dot',
  'stricter-than-python': 'a leaf whose tokens are not all valid segments is refused (Python appends it)',
  'segment-rules': 'the first fault of a segment decides the reason and the index',
  whitespace: `each of the ${WHITESPACE_CODE_POINTS.length} code points Python calls whitespace (${codePointName(WHITESPACE_CODE_POINTS[0] ?? 0)} to ${codePointName(WHITESPACE_CODE_POINTS.at(-1) ?? 0)}), in every argument`,
  'accepted-characters': 'characters that look like separators or spaces but are accepted',
  'check-order': 'with two bad arguments, the one checked first is reported',
  'lone-surrogate': 'half a surrogate pair, which no UTF-8 encoder can send, is refused',
  'not-a-string': 'an argument that is not a string is refused, never stringified',
};

/** The groups of builders.json, in file order; a (builder, args) pair appears once, in its first group. */
export const BUILDER_GROUPS: readonly BuilderGroup[] = [
  { name: 'contract-topics', source: 'CONTRACT 1.2, 1.3, 4.1, 4.2, 4.4', vectors: CONTRACT_TOPICS },
  { name: 'contract-refusals', source: 'CONTRACT 1.3, 4.1, 4.2, 4.4', vectors: CONTRACT_REFUSALS },
  { name: 'dotted-leaves', source: 'CONTRACT 0 decision 3, 1.3', vectors: DOTTED_LEAVES },
  { name: 'stricter-than-python', source: 'CONTRACT 0 decision 3', vectors: STRICTER_THAN_PYTHON },
  { name: 'segment-rules', source: 'CONTRACT 0 decision 2, 1.3', vectors: SEGMENT_RULES },
  { name: 'whitespace', source: 'CONTRACT 2.4', vectors: WHITESPACE },
  { name: 'accepted-characters', source: 'CONTRACT 1.3, 2.4', vectors: ACCEPTED_CHARACTERS },
  { name: 'check-order', source: 'CONTRACT 1.3, 7', vectors: CHECK_ORDER },
  {
    name: 'lone-surrogate',
    source: 'CONTRACT 0 decision 2 (UTF-8 cannot carry half a pair)',
    vectors: LONE_SURROGATES,
  },
  { name: 'not-a-string', source: 'CONTRACT 0 decision 4, 2.5', vectors: NOT_A_STRING },
].map((group) => ({ ...group, description: GROUP_DESCRIPTIONS[group.name] ?? '' }));
