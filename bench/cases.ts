/**
 * Realistic DECNET subscription patterns and topics for the benchmarks, and the
 * naive split-and-compare matcher that the library is measured against.
 */
import { freshCopy } from './harness';

/** The DECNET bus matcher written the obvious way: split both strings, walk the tokens. */
export function naiveMatches(pattern: string, topic: string): boolean {
  const patternTokens = pattern.split('.');
  const topicTokens = topic.split('.');
  for (let i = 0; i < patternTokens.length; i++) {
    const token = patternTokens[i];
    if (token === '>') return i < topicTokens.length;
    if (i >= topicTokens.length) return false;
    if (token === '*') {
      if (topicTokens[i] === '') return false;
    } else if (token !== topicTokens[i]) {
      return false;
    }
  }
  return patternTokens.length === topicTokens.length;
}

/** One single-pair case: a pattern and topics that all give the same answer. */
export interface PairCase {
  readonly name: string;
  readonly pattern: string;
  /** 64 topics (a power of two for the harness), distinct string objects. */
  readonly topics: readonly string[];
  readonly expected: boolean;
}

const ids = Array.from(
  { length: 64 },
  (_, i) => `3f2a${(0x1000 + i * 37).toString(16)}:web-${String(i).padStart(2, '0')}`,
);

/** The six cases of the issue, on DECNET's own topic shapes. */
export const PAIR_CASES: readonly PairCase[] = [
  {
    name: 'literal, equal',
    pattern: 'attacker.session.ended',
    topics: ids.map(() => freshCopy('attacker.session.ended')),
    expected: true,
  },
  {
    name: 'literal, miss at first token',
    pattern: 'canary.tok-7.triggered',
    topics: ids.map((id) => freshCopy(`decky.${id}.state`)),
    expected: false,
  },
  {
    name: '`*` in the middle',
    pattern: 'decky.*.state',
    topics: ids.map((id) => freshCopy(`decky.${id}.state`)),
    expected: true,
  },
  {
    name: '`prefix.>`',
    pattern: 'attacker.>',
    topics: ids.map((id) => freshCopy(`attacker.observation.motor.${id}`)),
    expected: true,
  },
  {
    name: 'long, 8 tokens',
    pattern: 'attacker.observation.*.input_modality.*.timing.window.>',
    topics: ids.map((id) => freshCopy(`attacker.observation.${id}.input_modality.keystroke.timing.window.p95`)),
    expected: true,
  },
  {
    name: 'miss at last token',
    pattern: 'decky.*.state',
    topics: ids.map((id) => freshCopy(`decky.${id}.traffic`)),
    expected: false,
  },
];

const ROOT_SHAPES: readonly ((id: string, n: number) => string)[] = [
  (id) => `decky.${id}.state`,
  (id) => `decky.${id}.traffic`,
  (id) => `decky.${id}.lifecycle`,
  (id) => `decky.${id}.service_added`,
  (id) => `canary.${id}.triggered`,
  (id) => `canary.${id}.placed`,
  (id) => `topology.${id}.mutation.applied`,
  (id) => `topology.${id}.status`,
  (id) => `orchestrator.traffic.${id}`,
  (id) => `system.${id}.health`,
  (id) => `system.${id}.control`,
  (_, n) => `ttp.rule.fired.T${1000 + (n % 600)}`,
  (_, n) => `ttp.rule.state.rule-${n}`,
  (_, n) => `attacker.observation.motor.feature_${n % 97}`,
];

const FIXED_TOPICS = [
  'attacker.session.ended',
  'attacker.fingerprinted',
  'attacker.scored',
  'identity.formed',
  'campaign.merged',
  'credential.reuse.detected',
  'system.log',
  'system.bus.health',
  'attribution.profile.state_changed',
  'email.received',
  'smtp.probe.pending',
];

/** A deterministic pseudo-random generator (mulberry32), so every run sees the same inputs. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct subscription patterns as a webhook fan-out holds them: most
 * are per-decky or per-rule literals and `*` patterns, a few are `prefix.>`.
 */
export function realisticPatterns(count: number, seed = 7): string[] {
  const random = seeded(seed);
  const patterns = new Set<string>();
  const base = ['attacker.>', 'decky.*.state', 'system.*.health', 'ttp.rule.fired.*', 'canary.*.triggered', '>'];
  for (const pattern of base) if (patterns.size < count) patterns.add(pattern);
  let n = 0;
  while (patterns.size < count) {
    n++;
    const id = `d${(random() * 1e9).toString(36).slice(0, 6)}-${n}`;
    const shape = ROOT_SHAPES[Math.floor(random() * ROOT_SHAPES.length)] ?? ROOT_SHAPES[0];
    const topic = shape === undefined ? `decky.${id}.state` : shape(id, n);
    const tokens = topic.split('.');
    const roll = random();
    if (roll < 0.6) {
      patterns.add(topic); // an exact subscription
    } else if (roll < 0.85) {
      tokens[1] = '*'; // every decky / token / worker
      patterns.add(tokens.join('.'));
      tokens[1] = id;
      tokens[tokens.length - 1] = '*';
      patterns.add(tokens.join('.'));
    } else {
      patterns.add(`${tokens.slice(0, 2).join('.')}.>`);
    }
  }
  return [...patterns].slice(0, count);
}

/**
 * `count` topics as the bus publishes them: many hit a subscribed decky or
 * rule, the rest are fleet noise.
 */
export function realisticTopics(count: number, patterns: readonly string[], seed = 11): string[] {
  const random = seeded(seed);
  const topics: string[] = [];
  for (let n = 0; topics.length < count; n++) {
    const roll = random();
    if (roll < 0.5) {
      // Derive a topic from a pattern so that subscriptions do get hits.
      const pattern = patterns[Math.floor(random() * patterns.length)] ?? 'decky.d.state';
      topics.push(
        pattern
          .split('.')
          .map((token) => (token === '*' ? `x${n}` : token === '>' ? `tail.${n}` : token))
          .join('.'),
      );
    } else if (roll < 0.6) {
      topics.push(FIXED_TOPICS[n % FIXED_TOPICS.length] ?? 'system.log');
    } else {
      const shape = ROOT_SHAPES[n % ROOT_SHAPES.length];
      topics.push(shape === undefined ? 'system.log' : shape(`n${n}`, n));
    }
  }
  return topics;
}
