/**
 * Prints the event-parsing benchmark: two tables (decoded objects; JSON text),
 * the dispatch-overhead goal, zod's compiler report, and the `Error` counts.
 */
import { table } from '../harness';
import type { ErrorCount } from './errors';
import type { SchemasBenchResult } from './result';
import { INVALID_SLOTS, MIXED_INVALID_SLOTS, MIXED_SLOTS, ROUNDS, SAMPLE_MS, SAMPLES, VALID_SLOTS } from './settings';

/** The largest overhead of `safeParseEvent` over the schema called directly, on valid events, in percent. */
const DISPATCH_OVERHEAD_GOAL = 20;

const ns = (value: number): string => value.toFixed(0);
const times = (value: number): string => `${value.toFixed(2)}x`;
const percent = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
const out = (line: string): void => {
  process.stdout.write(line);
};

/** Writes everything {@link SchemasBenchResult} holds to standard output. */
export function printSchemasBench(result: SchemasBenchResult): void {
  printHeader(result);
  out(`${decodedTable(result)}\n\n`);
  out(`${textTable(result)}\n\n`);
  printGoal(result);
  printCompileReport(result);
  printErrors(result);
}

function printHeader(result: SchemasBenchResult): void {
  out(
    `\nEvent parsing, ns per event (each the lowest of ${ROUNDS} medians of ${SAMPLES} samples of ${SAMPLE_MS} ms, ` +
      `after warm-up): ${result.validFixtures} valid and ${result.invalidFixtures} invalid fixtures of ` +
      `${result.templates} templates\n`,
  );
  out(`${result.cpus} CPU(s); load average ${result.load[0].toFixed(2)} before the timed rounds, `);
  out(`${result.load[1].toFixed(2)} after\n`);
  out(`valid mix: ${VALID_SLOTS} events; mixed: ${MIXED_SLOTS} events, ${MIXED_INVALID_SLOTS} of them invalid `);
  out(`(${((100 * MIXED_INVALID_SLOTS) / MIXED_SLOTS).toFixed(1)}%); invalid: ${INVALID_SLOTS} events\n\n`);
}

function decodedTable({ valid, mixed, invalid }: SchemasBenchResult): string {
  // A row of the valid column beside its ratio to the floor, then the mixed and invalid columns.
  const row = (label: string, validNs: number, mixedNs?: number, invalidNs?: number): string[] => [
    label,
    ns(validNs),
    times(validNs / valid.ajv),
    mixedNs === undefined ? '' : ns(mixedNs),
    invalidNs === undefined ? '' : ns(invalidNs),
  ];
  return table(
    ['decoded objects, template known', 'valid', '/ ajv', 'mixed 20% invalid', 'invalid'],
    [
      row('ajv (JSON Schema), the floor', valid.ajv, mixed.ajv, invalid.ajv),
      row('EVENT_SCHEMAS[t].safeParse', valid.direct, mixed.direct, invalid.direct),
      row('  with { reportInput: true }', valid.directReport),
      ['  + read .error.issues', '', '', '', ns(invalid.directWithError)],
      row('parseTopic alone', valid.parseTopic),
      row('safeParseEvent (registry dispatch)', valid.safeParseEvent, mixed.safeParseEvent, invalid.safeParseEvent),
      row('compile(EVENT_SCHEMAS[t]).safeParse', valid.compiled, mixed.compiled, invalid.compiled),
      row('parseTopic + compiled (parse.ts path)', valid.dispatchCompiled),
    ],
  );
}

function textTable({ text, mixed }: SchemasBenchResult): string {
  return table(
    ['JSON text decoded per call', 'valid', '/ parse+ajv', 'mixed 20% invalid'],
    [
      ['JSON.parse alone', ns(text.jsonParse), times(text.jsonParse / text.ajv), ''],
      ['JSON.parse + ajv, the floor', ns(text.ajv), times(1), ''],
      [
        'JSON.parse + safeParseEvent',
        ns(text.safeParseEvent),
        times(text.safeParseEvent / text.ajv),
        ns(mixed.textSafeParseEvent),
      ],
      ['JSON.parse + compiled', ns(text.compiled), times(text.compiled / text.ajv), ''],
    ],
  );
}

function printGoal({ valid, text, mixed, invalid }: SchemasBenchResult): void {
  const overhead = (100 * (valid.safeParseEvent - valid.direct)) / valid.direct;
  const mixedOverhead = (100 * (mixed.safeParseEvent - mixed.direct)) / mixed.direct;
  out(
    `dispatch overhead of safeParseEvent over the direct schema: ${percent(overhead)} on valid events ` +
      `(target < ${DISPATCH_OVERHEAD_GOAL}%: ${overhead < DISPATCH_OVERHEAD_GOAL ? 'met' : 'MISSED'}), ` +
      `${percent(mixedOverhead)} on the mix\n`,
  );
  out(
    `  of which: parseTopic ${ns(valid.parseTopic)} ns; passing { reportInput: true } ` +
      `${ns(valid.directReport - valid.direct)} ns; the rest (envelope read, Object.assign of template and params) ` +
      `${ns(valid.safeParseEvent - valid.directReport - valid.parseTopic)} ns\n`,
  );
  out(
    `JSON.parse is ${((100 * text.jsonParse) / text.safeParseEvent).toFixed(0)}% of JSON.parse + safeParseEvent; ` +
      `compiled / direct: ${times(valid.compiled / valid.direct)} on valid events, ` +
      `${times(invalid.compiled / invalid.direct)} on invalid ones\n`,
  );
}

function printCompileReport(result: SchemasBenchResult): void {
  out('\nzod compile (zod/v4/core), per template, strict:\n');
  out(`  refused: ${list(result.compile.refused)}\n`);
  out(`  runtime islands: ${list(result.compile.islands)}\n`);
  out(`  compiled code calls user callbacks: ${list(result.compile.userCode)}\n`);
  out(`ajv accepts ${result.ajvAcceptsInvalid.length} invalid fixture(s) that zod refuses:\n`);
  for (const label of result.ajvAcceptsInvalid) out(`  ${label}\n`);
}

function printErrors({ errors, invalidFixtures }: SchemasBenchResult): void {
  out('\nErrors on the refusal path\n');
  out(
    `  new Error('x'): ${ns(errors.newError)} ns; with Error.stackTraceLimit = 0: ${ns(errors.newErrorNoStack)} ns\n`,
  );
  out(
    `  swapping globalThis.Error for a counting subclass during one pass of safeParseEvent over ` +
      `${invalidFixtures} invalid events counts ${errors.swappedGlobal}\n`,
  );
  out('  counted in a child process whose error constructors are Proxies from before any module loads:\n');
  out(describeCount('safeParseEvent, invalid events', errors.counted.invalid));
  out(describeCount('safeParseEvent, valid events', errors.counted.valid));
  out(describeCount('EVENT_SCHEMAS[t].safeParse, invalid events, .error unread', errors.counted.directInvalid));
}

function describeCount(label: string, count: ErrorCount): string {
  const classes = Object.entries(count.byClass)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const uneven = count.uneven.map(([template, events, errors]) => `${template}: ${errors} for ${events} events`);
  return (
    `    ${label}: ${count.constructed + count.jsonParseThrows} Error(s) for ${count.events} events` +
    ` (constructed ${count.constructed}${classes === '' ? '' : ` [${classes}]`},` +
    ` SyntaxErrors thrown by JSON.parse ${count.jsonParseThrows})\n` +
    (uneven.length === 0 ? '' : `      not ${count.expectedPerEvent} per event: ${uneven.join('; ')}\n`)
  );
}
