/**
 * Single-pair matching: `matches` (no compile step, no cache) and compiled
 * predicates against the `===` floor, a naive split-and-compare, `mqtt-match`
 * and qlobber's single test, on the six cases of bench/cases.ts.
 *
 * Run with `npm run bench`. Every figure is a median of timed samples from this
 * one run; ratios compare figures of the same run only.
 */
import mqttMatch from 'mqtt-match';
import { Qlobber } from 'qlobber';
import { compilePattern, matches } from '../src/index';
import { PAIR_CASES, naiveMatches } from './cases';
import { freshCopy, measure, table } from './harness';

interface Row {
  readonly name: string;
  readonly floor: number;
  readonly matches: number;
  readonly compiled: number;
  readonly naive: number;
  readonly mqtt: number;
  readonly qlobber: number;
}

const toMqtt = (text: string): string =>
  text
    .split('.')
    .map((token) => (token === '*' ? '+' : token === '>' ? '#' : token))
    .join('/');

function check(label: string, answer: boolean, expected: boolean): void {
  if (answer !== expected) throw new Error(`${label} answered ${String(answer)}, expected ${String(expected)}`);
}

export function runMatchingBench(): Row[] {
  const rows: Row[] = [];
  for (const testCase of PAIR_CASES) {
    const { pattern, topics, expected } = testCase;
    const compiled = compilePattern(pattern);
    const mqttPattern = toMqtt(pattern);
    const mqttTopics = topics.map(toMqtt);
    // Qlobber's `>` (wildcard_some) means zero or more tokens; none of these cases
    // depends on the difference, which the check below confirms.
    const qlobber = new Qlobber({ separator: '.', wildcard_one: '*', wildcard_some: '>' });
    qlobber.add(pattern, true);
    // The floor: `===` between equal strings of the same length that are distinct objects.
    const equalPairs = topics.map((topic) => [topic, freshCopy(topic)] as const);

    for (const [i, topic] of topics.entries()) {
      check(`matches ${pattern} ${topic}`, matches(pattern, topic), expected);
      check(`compiled ${pattern} ${topic}`, compiled(topic), expected);
      check(`naive ${pattern} ${topic}`, naiveMatches(pattern, topic), expected);
      check(`mqtt-match ${pattern} ${topic}`, mqttMatch(mqttPattern, mqttTopics[i] ?? ''), expected);
      check(`qlobber ${pattern} ${topic}`, qlobber.test(topic, true), expected);
    }

    rows.push({
      name: testCase.name,
      floor: measure(([a, b]) => a === b, equalPairs),
      matches: measure((topic) => matches(pattern, topic), topics),
      compiled: measure(compiled, topics),
      naive: measure((topic) => naiveMatches(pattern, topic), topics),
      mqtt: measure((topic) => mqttMatch(mqttPattern, topic), mqttTopics),
      qlobber: measure((topic) => qlobber.test(topic, true), topics),
    });
  }
  return rows;
}

const ns = (value: number): string => value.toFixed(1);
const times = (value: number): string => `${value.toFixed(1)}x`;

export function printMatchingBench(rows: readonly Row[]): void {
  process.stdout.write('\nSingle pair, ns per call (median of 9 samples)\n\n');
  process.stdout.write(
    `${table(
      ['case', '===', 'matches', 'compiled', 'naive split', 'mqtt-match', 'qlobber.test'],
      rows.map((row) => [
        row.name,
        ns(row.floor),
        ns(row.matches),
        ns(row.compiled),
        ns(row.naive),
        ns(row.mqtt),
        ns(row.qlobber),
      ]),
    )}\n`,
  );
  process.stdout.write('\nRatios (targets: matches >= 5x faster than naive on every case, >= 10x on the median;\n');
  process.stdout.write('compiled <= 2x the floor on literals, <= 4x on prefix.>, <= 8x with *)\n\n');
  const speedups = rows.map((row) => row.naive / row.matches);
  process.stdout.write(
    `${table(
      ['case', 'naive / matches', 'compiled / ===', 'naive / ===', 'mqtt / ===', 'qlobber / ==='],
      rows.map((row, i) => [
        row.name,
        times(speedups[i] ?? 0),
        times(row.compiled / row.floor),
        times(row.naive / row.floor),
        times(row.mqtt / row.floor),
        times(row.qlobber / row.floor),
      ]),
    )}\n`,
  );
  const sorted = [...speedups].sort((a, b) => a - b);
  const median = ((sorted[2] ?? 0) + (sorted[3] ?? 0)) / 2;
  process.stdout.write(
    `\nmatches vs naive: min ${times(sorted[0] ?? 0)}, median ${times(median)}, max ${times(sorted.at(-1) ?? 0)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printMatchingBench(runMatchingBench());
