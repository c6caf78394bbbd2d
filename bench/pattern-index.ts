/**
 * Many subscriptions: `PatternIndex` against a linear scan with `matches` and
 * against qlobber, at 10, 1,000 and 100,000 realistic patterns. Reports lookups
 * per second with reused topic strings and with topics decoded fresh for every
 * lookup (no cached hash), and the heap each structure retains.
 *
 * Run with `npm run bench` (which passes --expose-gc for the memory figures).
 */
import { Qlobber, QlobberDedup } from 'qlobber';
import { PatternIndex, matches } from '../src/index';
import { realisticPatterns, realisticTopics } from './cases';
import { freshCopy, measure, median, table } from './harness';

const SIZES = [10, 1_000, 100_000] as const;
const TOPIC_COUNT = 4096;

type Lookup = (topic: string) => unknown;

/** Lookups per second over `topics`, each lookup on a string never hashed before. */
function freshLookupsPerSecond(lookup: Lookup, topics: readonly string[], samples = 7): number {
  const rates: number[] = [];
  for (let s = 0; s < samples; s++) {
    const fresh = topics.map(freshCopy);
    const start = process.hrtime.bigint();
    let sink = 0;
    for (const topic of fresh) if (lookup(topic) !== undefined) sink++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (sink < 0) throw new Error('unreachable');
    rates.push(fresh.length / seconds);
  }
  return median(rates);
}

const gc = (globalThis as { gc?: () => void }).gc;

function retainedBytes(build: () => unknown): { bytes: number; keep: unknown } {
  if (gc === undefined) return { bytes: Number.NaN, keep: build() };
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const keep = build();
  gc();
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, keep };
}

interface SizeResult {
  readonly size: number;
  readonly index: { reused: number; fresh: number; bytes: number };
  readonly qlobber: { reused: number; fresh: number; bytes: number };
  readonly qlobberDedup: { reused: number; fresh: number };
  readonly linear: { reused: number };
  readonly meanHits: number;
}

function sameValues(a: Iterable<number>, b: Iterable<number>): boolean {
  const left = [...a].sort((x, y) => x - y);
  const right = [...b].sort((x, y) => x - y);
  return left.length === right.length && left.every((value, i) => value === right[i]);
}

export function runIndexBench(): SizeResult[] {
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const patterns = realisticPatterns(size);
    const topics = realisticTopics(TOPIC_COUNT, patterns);

    const built = retainedBytes(() => {
      const index = new PatternIndex<number>();
      patterns.forEach((pattern, i) => index.add(pattern, i));
      return index;
    });
    const index = built.keep as PatternIndex<number>;
    const qBuilt = retainedBytes(() => {
      const qlobber = new Qlobber<number>({ separator: '.', wildcard_one: '*', wildcard_some: '>' });
      patterns.forEach((pattern, i) => qlobber.add(pattern, i));
      return qlobber;
    });
    const qlobber = qBuilt.keep as Qlobber<number>;
    const qlobberDedup = new QlobberDedup<number>({ separator: '.', wildcard_one: '*', wildcard_some: '>' });
    patterns.forEach((pattern, i) => qlobberDedup.add(pattern, i));

    // Every structure must give the same answers on these topics before any timing. Qlobber's `>` also
    // matches zero tokens; no topic here ends where a `prefix.>` pattern's prefix does, so they agree.
    // A linear scan over 100,000 patterns is slow, so the largest size checks a sample of the topics.
    const checked = size >= 100_000 ? topics.slice(0, 512) : topics;
    let hits = 0;
    for (const topic of checked) {
      const expected = patterns.flatMap((pattern, i) => (matches(pattern, topic) ? [i] : []));
      hits += expected.length;
      const found = index.match(topic);
      if (!sameValues(found, expected)) throw new Error(`PatternIndex disagrees with matches on ${topic}`);
      if (!sameValues(qlobber.match(topic), expected)) throw new Error(`qlobber disagrees on ${topic}`);
      if (!sameValues(qlobberDedup.match(topic), expected)) throw new Error(`QlobberDedup disagrees on ${topic}`);
    }

    const perSecond = (ns: number): number => 1e9 / ns;
    const linearScan = (topic: string): number[] => {
      const found: number[] = [];
      for (let i = 0; i < patterns.length; i++) if (matches(patterns[i] as string, topic)) found.push(i);
      return found;
    };
    const sampleMs = size >= 100_000 ? 400 : 60;
    results.push({
      size,
      meanHits: hits / checked.length,
      index: {
        reused: perSecond(measure((topic) => index.match(topic), topics)),
        fresh: freshLookupsPerSecond((topic) => index.match(topic), topics),
        bytes: built.bytes,
      },
      qlobber: {
        reused: perSecond(measure((topic) => qlobber.match(topic), topics)),
        fresh: freshLookupsPerSecond((topic) => qlobber.match(topic), topics),
        bytes: qBuilt.bytes,
      },
      qlobberDedup: {
        reused: perSecond(measure((topic) => qlobberDedup.match(topic), topics)),
        fresh: freshLookupsPerSecond((topic) => qlobberDedup.match(topic), topics),
      },
      linear: { reused: perSecond(measure(linearScan, topics, { samples: 3, sampleMs })) },
    });
  }
  return results;
}

const rate = (value: number): string =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(2)} M/s`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(1)} k/s`
      : `${value.toFixed(0)}/s`;
const mb = (bytes: number): string =>
  Number.isNaN(bytes) ? 'n/a (run with --expose-gc)' : `${(bytes / 1e6).toFixed(1)} MB`;
const times = (value: number): string => `${value.toFixed(2)}x`;

export function printIndexBench(results: readonly SizeResult[]): void {
  process.stdout.write(`\nPattern index, lookups per second over ${TOPIC_COUNT} realistic topics\n\n`);
  process.stdout.write(
    `${table(
      ['patterns', 'hits/topic', 'PatternIndex', 'fresh', 'qlobber', 'fresh', 'QlobberDedup', 'fresh', 'linear scan'],
      results.map((r) => [
        r.size.toLocaleString('en'),
        r.meanHits.toFixed(2),
        rate(r.index.reused),
        rate(r.index.fresh),
        rate(r.qlobber.reused),
        rate(r.qlobber.fresh),
        rate(r.qlobberDedup.reused),
        rate(r.qlobberDedup.fresh),
        rate(r.linear.reused),
      ]),
    )}\n`,
  );
  process.stdout.write(
    '\nRatios (target: PatternIndex >= 2.5x qlobber, reused and fresh; flat in the number of patterns)\n\n',
  );
  process.stdout.write(
    `${table(
      [
        'patterns',
        'vs qlobber',
        'fresh',
        'vs QlobberDedup',
        'fresh',
        'vs linear',
        'retained',
        'qlobber retained',
        'ratio',
      ],
      results.map((r) => [
        r.size.toLocaleString('en'),
        times(r.index.reused / r.qlobber.reused),
        times(r.index.fresh / r.qlobber.fresh),
        times(r.index.reused / r.qlobberDedup.reused),
        times(r.index.fresh / r.qlobberDedup.fresh),
        times(r.index.reused / r.linear.reused),
        mb(r.index.bytes),
        mb(r.qlobber.bytes),
        Number.isNaN(r.index.bytes) ? 'n/a' : times(r.index.bytes / r.qlobber.bytes),
      ]),
    )}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printIndexBench(runIndexBench());
