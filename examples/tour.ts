/**
 * A short tour of @decnet/bus-topics: build topics, see what gets refused and
 * why, match subscriptions as the DECNET bus does, and identify topics with the
 * catalogue. Run it with `npm run example`.
 */
import {
  DECKY_STATE,
  PatternIndex,
  TopicPatternError,
  TopicSegmentError,
  compilePattern,
  decky,
  matches,
  topics,
  validatePattern,
} from '../src/index';
import { TOPIC_CATALOGUE, parseTopic } from '../src/catalogue';

const print = (label: string, value: unknown): void => {
  process.stdout.write(`${label.padEnd(44)} ${JSON.stringify(value)}\n`);
};

process.stdout.write('Building topics (the same strings as decnet/bus/topics.py)\n');
print("decky('d-42', DECKY_STATE)", decky('d-42', DECKY_STATE));
print("topics.systemHealth('mutator')", topics.systemHealth('mutator'));
print('topics.attacker(topics.ATTACKER_SESSION_ENDED)', topics.attacker(topics.ATTACKER_SESSION_ENDED));
print("topics.ttpRuleFired('T1110')", topics.ttpRuleFired('T1110'));
print("topics.attackerObservation('motor.input_modality')", topics.attackerObservation('motor.input_modality'));

process.stdout.write('\nRefusing what would make a malformed topic\n');
const untrusted: string[] = ['d 42', 'd\u00a042', 'a.b', '*', ''];
for (const deckyId of untrusted) {
  try {
    decky(deckyId, DECKY_STATE);
  } catch (error) {
    if (!(error instanceof TopicSegmentError)) throw error;
    process.stdout.write(`  [${error.reason}] ${error.message}\n`);
  }
}

process.stdout.write('\nIdentifying topics with the catalogue\n');
for (const topic of ['ttp.rule.fired.T1110', 'system.bus.health', 'decky.host:web-1.state', 'decky.d-1.bogus']) {
  print(`parseTopic('${topic}')`, parseTopic(topic));
}
process.stdout.write(`\nThe catalogue lists ${TOPIC_CATALOGUE.length} topic templates, for example:\n`);
for (const row of TOPIC_CATALOGUE.filter((entry) => entry.family === 'canary')) {
  process.stdout.write(`  ${row.template.padEnd(32)} ${row.description}\n`);
}

process.stdout.write('\nMatching subscriptions exactly as the DECNET bus delivers\n');
for (const [pattern, topic] of [
  ['topology.>', 'topology.abc.status'],
  ['topology.>', 'topology'],
  ['decky.*.state', 'decky.host:web-1.state'],
  ['decky.*.state', 'decky..state'],
  ['a.>.c', 'a.b.d'],
] as const) {
  print(`matches('${pattern}', '${topic}')`, matches(pattern, topic));
}
const verdict = validatePattern('a.>.c');
if (!verdict.ok) process.stdout.write(`  validatePattern('a.>.c'): [${verdict.reason}] ${verdict.message}\n`);
try {
  compilePattern('decky.d*.state');
} catch (error) {
  if (!(error instanceof TopicPatternError)) throw error;
  process.stdout.write(`  compilePattern('decky.d*.state'): [${error.reason}] ${error.message}\n`);
}
const isHealth = compilePattern('system.*.health');
print("compilePattern('system.*.health')('system.mutator.health')", isHealth('system.mutator.health'));

const index = new PatternIndex<string>();
index.add('attacker.>', 'siem');
index.add('decky.*.state', 'dashboard');
index.add('>', 'archive');
print("index.match('attacker.session.ended')", index.match('attacker.session.ended'));
print("index.match('decky.d-42.state')", index.match('decky.d-42.state'));
