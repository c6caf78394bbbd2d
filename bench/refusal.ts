/**
 * The cost of refusing a hostile event against accepting a valid event of the
 * same JSON size, at 1 KB, 64 KB and 1 MB (the stated budget: a refusal costs at
 * most 8x a valid parse of the same size). Shapes, as a hostile sender would
 * send them:
 *
 * - `{}` commands: `attacker.session.ended` whose `commands` are empty objects,
 *   the densest list of bad items (3 bytes each);
 * - last command bad: every command valid but the last, so the whole list is
 *   checked before the refusal (and once more to report it);
 * - wrong-typed ints: `attacker.intel.enriched` whose `abuseipdb_categories`
 *   are strings;
 * - http2_settings: `decky.*.traffic` whose values are numbers, not strings.
 *
 * Run with `npm run bench`, or alone with `npx tsx bench/refusal.ts`.
 */
import { safeParseEvent } from '../src/schemas';
import { INTEL, SESSION_ENDED } from '../test/schemas/fixtures/attacker';
import { wireEvent } from '../test/schemas/fixtures/types';
import { measure, table } from './harness';

/** The stated budget: a refusal costs at most this many times a valid parse of the same size. */
export const REFUSAL_COST_GOAL = 8;

const SIZES = [1_024, 65_536, 1_048_576] as const;

/** One shape at one size: a hostile event and a valid one of (about) the same JSON length. */
interface Pair {
  readonly hostile: unknown;
  readonly valid: unknown;
}

const [COMMAND] = SESSION_ENDED.commands;
const session = (commands: readonly unknown[]): unknown =>
  wireEvent('attacker.session.ended', 'session.ended', { ...SESSION_ENDED, commands });
const intel = (categories: readonly unknown[]): unknown =>
  wireEvent('attacker.intel.enriched', 'intel.enriched', { ...INTEL, abuseipdb_categories: categories });
const traffic = (values: readonly unknown[]): unknown =>
  wireEvent('decky.d-1.traffic', 'http2_settings', Object.fromEntries(values.map((value, i) => [`k${i}`, value])));
/** As many copies of `item` as make `bytes` of JSON, each costing `overhead` bytes more (a comma, a key). */
const copies = (item: unknown, bytes: number, overhead = 1): unknown[] =>
  Array.from({ length: Math.max(1, Math.round(bytes / (JSON.stringify(item).length + overhead))) }, () => item);
/** The bytes of a `"k12345":` key. */
const KEY = 9;

const SHAPES: Readonly<Record<string, (bytes: number) => Pair>> = {
  '{} commands': (bytes) => ({ hostile: session(copies({}, bytes)), valid: session(copies(COMMAND, bytes)) }),
  'last command bad': (bytes) => {
    const commands = copies(COMMAND, bytes);
    return { hostile: session([...commands.slice(1), {}]), valid: session(commands) };
  },
  'wrong-typed ints': (bytes) => ({ hostile: intel(copies('x', bytes)), valid: intel(copies(18, bytes)) }),
  http2_settings: (bytes) => ({
    hostile: traffic(copies(65_536, bytes, KEY + 2)),
    valid: traffic(copies('65536', bytes, KEY)),
  }),
};

/** One row of results. */
export interface RefusalResult {
  readonly shape: string;
  readonly bytes: number;
  readonly validNs: number;
  readonly refusalNs: number;
}

const parseOf = (event: unknown) => (): boolean => safeParseEvent(event).success;

export function runRefusalBench(): RefusalResult[] {
  const results: RefusalResult[] = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    for (const bytes of SIZES) {
      const { hostile, valid } = make(bytes);
      if (safeParseEvent(hostile).success || !safeParseEvent(valid).success) {
        throw new Error(`${shape} at ${bytes} bytes: the hostile event must be refused and the valid one accepted`);
      }
      const options = { samples: 7, sampleMs: 80, startCount: 1 };
      // Interleaved, and the lower of two rounds each, so both see the same JIT state and machine load.
      const rounds = [0, 1].map(() => [measure(parseOf(valid), [0], options), measure(parseOf(hostile), [0], options)]);
      const validNs = Math.min(...rounds.map(([ns]) => ns ?? Infinity));
      const refusalNs = Math.min(...rounds.map(([, ns]) => ns ?? Infinity));
      results.push({ shape, bytes: JSON.stringify(hostile).length, validNs, refusalNs });
    }
  }
  return results;
}

const micros = (ns: number): string => `${(ns / 1e3).toFixed(1)} µs`;

export function printRefusalBench(results: readonly RefusalResult[]): void {
  process.stdout.write(
    `\nRefusal cost, hostile event vs a valid event of the same size (goal: <= ${REFUSAL_COST_GOAL}x)\n\n`,
  );
  process.stdout.write(
    `${table(
      ['shape', 'bytes', 'valid', 'refusal', 'ratio', 'goal'],
      results.map((r) => {
        const ratio = r.refusalNs / r.validNs;
        return [
          r.shape,
          r.bytes.toLocaleString('en'),
          micros(r.validNs),
          micros(r.refusalNs),
          `${ratio.toFixed(2)}x`,
          ratio <= REFUSAL_COST_GOAL ? 'met' : 'MISSED',
        ];
      }),
    )}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printRefusalBench(runRefusalBench());
