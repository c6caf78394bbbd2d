/**
 * Many subscriptions: `PatternIndex` against qlobber and QlobberDedup on the
 * three shapes DECNET's subscribers take, at 100,000 (pattern, value) pairs,
 * over 131,072 distinct topics (high-cardinality ids, so no lookup repeats
 * often enough for a cache to be what is timed):
 *
 * - distinct: every pair its own pattern (per-decky, per-token, per-rule subscriptions);
 * - simple mode: webhook subscriptions expanded to the simple-mode presets
 *   (`attacker.>`, `decky.*.state`, `decky.*.traffic`, `system.>`), so thousands of values share each pattern;
 * - mixed: 30% of the pairs from simple mode, 70% distinct.
 *
 * Then the cost per returned value with 1,000 and 10,000 subscribers sharing
 * the presets (alone, beside 1,000 distinct patterns, and each subscriber also
 * under a second matching pattern, so every value repeats), and the heap each
 * structure retains at 100,000 and 1,000,000 pairs.
 *
 * Candidates are timed side by side in one process, in interleaved batches of
 * about 100 ms, keeping each one's best batch (noise only ever adds time). Run
 * with `npm run bench`, or alone with `node --expose-gc --import tsx bench/pattern-index.ts`
 * (`--quick` skips the 1,000,000-pair memory figures).
 */
import { Qlobber, QlobberDedup } from 'qlobber';
import { PatternIndex } from '../src/index';
import { SIMPLE_EVENTS, expandSimpleEvents, type SimpleEvent } from '../src/webhooks';
import { realisticPatterns, realisticTopics, seeded } from './cases';
import { measureRounds, table, trial } from './harness';

/** Lookups are timed over this many distinct topics (a power of two, as the harness needs). */
const TOPICS = 1 << 17;
const PAIRS = 100_000;
const MEMORY_SIZES = [100_000, 1_000_000] as const;
const SHARED_SUBSCRIBERS = [1_000, 10_000] as const;
const BATCH_MS = 100;
const ROUNDS = 7;

const GOALS = {
  distinct: { qlobber: 2.5 },
  simple: { qlobber: 2 },
  mixed: { qlobber: 1.5, dedup: 5 },
  perValueNs: 5,
} as const;

type Pair = readonly [pattern: string, value: number];

interface Workload {
  readonly name: string;
  readonly pairs: readonly Pair[];
  readonly topics: readonly string[];
}

const QLOBBER_OPTIONS = { separator: '.', wildcard_one: '*', wildcard_some: '>' } as const;

/** Subscriptions in simple mode: each picks presets as DECNET's webhook UI offers them, attacker events most often. */
function simplePairs(subscriptions: number, firstValue: number, seed: number, limit = Infinity): Pair[] {
  const random = seeded(seed);
  const events = Object.keys(SIMPLE_EVENTS) as SimpleEvent[];
  const pairs: Pair[] = [];
  for (let s = 0; s < subscriptions && pairs.length < limit; s++) {
    const chosen = events.filter((_, k) => random() < ([0.9, 0.6, 0.4][k] ?? 0));
    for (const pattern of expandSimpleEvents(chosen.length > 0 ? chosen : ['AttackerDetail'])) {
      if (pairs.length < limit) pairs.push([pattern, firstValue + s]);
    }
  }
  return pairs;
}

/** Every subscriber under every preset. */
function allPresetPairs(subscribers: number): Pair[] {
  const presets = expandSimpleEvents(Object.keys(SIMPLE_EVENTS) as SimpleEvent[]);
  return Array.from({ length: subscribers }, (_, s) => presets.map((pattern): Pair => [pattern, s])).flat();
}

const distinctPairs = (count: number, firstValue: number): Pair[] =>
  realisticPatterns(count).map((pattern, i): Pair => [pattern, firstValue + i]);

/** Topics of DECNET's shapes with fresh ids, half of them derived from the patterns so that subscriptions get hits. */
function topicsFor(pairs: readonly Pair[]): string[] {
  const patterns = [...new Set(pairs.map(([pattern]) => pattern))];
  return realisticTopics(TOPICS, patterns);
}

function workloads(pairs: number): Workload[] {
  const distinct = distinctPairs(pairs, 0);
  const simple = simplePairs(Infinity, 0, 3, pairs);
  const shared = Math.round(pairs * 0.3);
  const mixed = [...simplePairs(Infinity, 0, 5, shared), ...distinctPairs(pairs - shared, 1_000_000)];
  return [
    { name: 'distinct', pairs: distinct, topics: topicsFor(distinct) },
    { name: 'simple mode', pairs: simple, topics: topicsFor(simple) },
    { name: 'mixed', pairs: mixed, topics: topicsFor(mixed) },
  ];
}

interface Built {
  readonly index: PatternIndex<number>;
  readonly qlobber: Qlobber<number>;
  readonly dedup: QlobberDedup<number>;
}

function build(pairs: readonly Pair[]): Built {
  const index = new PatternIndex<number>();
  const qlobber = new Qlobber<number>(QLOBBER_OPTIONS);
  const dedup = new QlobberDedup<number>(QLOBBER_OPTIONS);
  for (const [pattern, value] of pairs) {
    index.add(pattern, value);
    qlobber.add(pattern, value);
    dedup.add(pattern, value);
  }
  return { index, qlobber, dedup };
}

/**
 * The one visitor every `forEachMatch` of this benchmark is given, as a fan-out
 * loop has one: collecting while the answers are checked, counting while timed.
 */
let collecting: number[] | undefined;
let visitedCount = 0;
const visitValue = (value: number): void => {
  if (collecting === undefined) visitedCount++;
  else collecting.push(value);
};

/** Every structure must give the same values on a sample of the topics before anything is timed. */
function checkAgreement(name: string, built: Built, topics: readonly string[]): number {
  const sorted = (values: Iterable<number>): string => JSON.stringify([...new Set(values)].sort((a, b) => a - b));
  let returned = 0;
  const step = Math.max(1, Math.floor(topics.length / 4096));
  for (let i = 0; i < topics.length; i += step) {
    const topic = topics[i] as string;
    const found = built.index.match(topic);
    returned += found.length;
    const visited: number[] = [];
    collecting = visited;
    built.index.forEachMatch(topic, visitValue);
    collecting = undefined;
    if (JSON.stringify(visited) !== JSON.stringify(found))
      throw new Error(`${name}: forEachMatch disagrees on ${topic}`);
    if (new Set(found).size !== found.length) throw new Error(`${name}: a value twice on ${topic}`);
    if (sorted(found) !== sorted(built.qlobber.match(topic))) throw new Error(`${name}: qlobber disagrees on ${topic}`);
    if (sorted(found) !== sorted(built.dedup.match(topic)))
      throw new Error(`${name}: QlobberDedup disagrees on ${topic}`);
  }
  return returned / Math.ceil(topics.length / step);
}

interface Timing {
  readonly match: number;
  readonly forEach: number;
  readonly qlobber: number;
  readonly dedup: number;
  readonly valuesPerLookup: number;
}

/** Nanoseconds per lookup of each candidate, best batch of each. */
function time(name: string, built: Built, topics: readonly string[]): Timing {
  const valuesPerLookup = checkAgreement(name, built, topics);
  const options = { samples: 1, sampleMs: BATCH_MS, startCount: 16 };
  const [match, forEach, qlobber, dedup] = measureRounds(
    [
      trial((topic: string) => built.index.match(topic), topics, options),
      trial((topic: string) => built.index.forEachMatch(topic, visitValue), topics, options),
      trial((topic: string) => built.qlobber.match(topic), topics, options),
      trial((topic: string) => built.dedup.match(topic), topics, options),
    ],
    { rounds: ROUNDS, warmUpMs: 200 },
  );
  if (visitedCount < 0) throw new Error('unreachable');
  return {
    match: match ?? NaN,
    forEach: forEach ?? NaN,
    qlobber: qlobber ?? NaN,
    dedup: dedup ?? NaN,
    valuesPerLookup,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Bytes of heap a structure retains: the heap after building it, less the heap before, both after full collections. */
function retained(build: () => unknown): number {
  if (gc === undefined) return Number.NaN;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Read after the measure, so that the structure is alive until then.
  if (kept === undefined) throw new Error('unreachable');
  return after - before;
}

export interface IndexBenchResult {
  readonly workloads: readonly (Timing & { readonly name: string; readonly pairs: number })[];
  readonly shared: readonly (Timing & { readonly name: string; readonly subscribers: number })[];
  readonly memory: readonly {
    readonly name: string;
    readonly pairs: number;
    readonly index: number;
    readonly qlobber: number;
    readonly dedup: number;
  }[];
}

export function runIndexBench(options: { quick?: boolean } = {}): IndexBenchResult {
  const timed = workloads(PAIRS).map((workload) => ({
    name: workload.name,
    pairs: workload.pairs.length,
    ...time(workload.name, build(workload.pairs), workload.topics),
  }));

  const shared = SHARED_SUBSCRIBERS.flatMap((subscribers) => {
    const presets = allPresetPairs(subscribers);
    const distinct = distinctPairs(1_000, 1_000_000);
    const overlap = [...presets, ...Array.from({ length: subscribers }, (_, s): Pair => ['attacker.session.*', s])];
    // Topics the presets receive, with fresh ids.
    const topics = topicsFor([...presets, ...distinct]);
    return [
      { name: 'presets alone', pairs: presets },
      { name: 'presets + 1,000 distinct', pairs: [...presets, ...distinct] },
      { name: 'presets + a second pattern each', pairs: overlap },
    ].map(({ name, pairs }) => ({ name, subscribers, ...time(name, build(pairs), topics) }));
  });

  const memory = (options.quick === true ? MEMORY_SIZES.slice(0, 1) : MEMORY_SIZES).flatMap((size) =>
    workloads(size).map(({ name, pairs }) => {
      const index = retained(() => {
        const built = new PatternIndex<number>();
        for (const [pattern, value] of pairs) built.add(pattern, value);
        return built;
      });
      const qlobber = retained(() => {
        const built = new Qlobber<number>(QLOBBER_OPTIONS);
        for (const [pattern, value] of pairs) built.add(pattern, value);
        return built;
      });
      const dedup = retained(() => {
        const built = new QlobberDedup<number>(QLOBBER_OPTIONS);
        for (const [pattern, value] of pairs) built.add(pattern, value);
        return built;
      });
      return { name, pairs: pairs.length, index, qlobber, dedup };
    }),
  );
  return { workloads: timed, shared, memory };
}

const ns = (value: number): string =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(2)} ms`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(2)} µs`
      : `${value.toFixed(0)} ns`;
const times = (value: number): string => `${value.toFixed(2)}x`;
const mb = (bytes: number): string =>
  Number.isNaN(bytes) ? 'n/a (needs --expose-gc)' : `${(bytes / 1e6).toFixed(1)} MB`;
const verdict = (figure: number, goal: number, atLeast: boolean): string =>
  `${atLeast ? '>=' : '<='} ${goal}${atLeast ? 'x' : ' ns'}: ${(atLeast ? figure >= goal : figure <= goal) ? 'met' : 'MISSED'}`;

export function printIndexBench(result: IndexBenchResult): void {
  const out = (text: string): void => {
    process.stdout.write(`${text}\n`);
  };
  out(
    `\nPattern index: ${PAIRS.toLocaleString('en')} pairs, ${TOPICS.toLocaleString('en')} distinct topics, time per lookup (best of ${ROUNDS} batches of ${BATCH_MS} ms)\n`,
  );
  out(
    table(
      [
        'workload',
        'values/lookup',
        'match',
        'forEachMatch',
        'qlobber',
        'QlobberDedup',
        'qlobber ÷ match',
        'goal',
        'QlobberDedup ÷ match',
        'goal',
      ],
      result.workloads.map((r) => {
        const goal = r.name === 'distinct' ? GOALS.distinct : r.name === 'simple mode' ? GOALS.simple : GOALS.mixed;
        const vsQ = r.qlobber / r.match;
        const vsD = r.dedup / r.match;
        return [
          r.name,
          r.valuesPerLookup.toFixed(1),
          ns(r.match),
          ns(r.forEach),
          ns(r.qlobber),
          ns(r.dedup),
          times(vsQ),
          verdict(vsQ, goal.qlobber, true),
          times(vsD),
          'dedup' in goal ? verdict(vsD, goal.dedup, true) : '-',
        ];
      }),
    ),
  );
  out(
    `\nSubscribers sharing the simple-mode presets: time per lookup, and per returned value (lookup ÷ values; goal <= ${GOALS.perValueNs} ns)\n`,
  );
  out(
    table(
      [
        'subscribers',
        'index',
        'values/lookup',
        'match',
        'per value',
        'goal',
        'forEachMatch',
        'per value',
        'goal',
        'qlobber',
        'QlobberDedup',
      ],
      result.shared.map((r) => {
        const perMatch = r.match / Math.max(r.valuesPerLookup, 1e-9);
        const perVisit = r.forEach / Math.max(r.valuesPerLookup, 1e-9);
        return [
          r.subscribers.toLocaleString('en'),
          r.name,
          r.valuesPerLookup.toFixed(0),
          ns(r.match),
          `${perMatch.toFixed(2)} ns`,
          verdict(perMatch, GOALS.perValueNs, false),
          ns(r.forEach),
          `${perVisit.toFixed(2)} ns`,
          verdict(perVisit, GOALS.perValueNs, false),
          ns(r.qlobber),
          ns(r.dedup),
        ];
      }),
    ),
  );
  out('\nHeap retained by the index (after full collections)\n');
  out(
    table(
      ['pairs', 'workload', 'PatternIndex', 'qlobber', 'QlobberDedup', 'PatternIndex ÷ qlobber'],
      result.memory.map((r) => [
        r.pairs.toLocaleString('en'),
        r.name,
        mb(r.index),
        mb(r.qlobber),
        mb(r.dedup),
        Number.isNaN(r.index) ? 'n/a' : times(r.index / r.qlobber),
      ]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  printIndexBench(runIndexBench({ quick: process.argv.includes('--quick') }));
}
