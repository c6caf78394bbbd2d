/**
 * Event parsing: `safeParseEvent` (dispatch through the catalogue) against the
 * matching zod event schema called directly, zod's compiled schemas
 * (`compile` from zod/v4/core) and the floor, an ajv validator compiled from the
 * generated JSON Schema of the same template; `JSON.parse` alone and followed by
 * each; the refusal path; and the cost of one `Error`.
 *
 * The events are the fixtures of test/schemas/fixtures (every valid event of
 * every family; a mix with 20% invalid events; the invalid events alone), each
 * slot its own object decoded from JSON text, in a fixed shuffled order.
 *
 * Run with `npm run bench`, or
 * alone with `npx tsx bench/schemas.ts`. Every candidate is warmed up first;
 * each figure is the lower of two medians of timed samples from this one run;
 * ratios compare figures of the same run only. The `Error` count runs in a
 * child process (see `countErrors`).
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020';
import type * as z from 'zod/mini';
import { compile, compileFn } from 'zod/v4/core';
import { TOPIC_CATALOGUE, parseTopic, type TopicTemplate } from '../src/catalogue';
import { EVENT_SCHEMAS, eventJsonSchema, safeParseEvent } from '../src/schemas/index';
import { ATTACKER_FIXTURES } from '../test/schemas/fixtures/attacker';
import { ATTRIBUTION_FIXTURES } from '../test/schemas/fixtures/attribution';
import { CAMPAIGN_FIXTURES } from '../test/schemas/fixtures/campaign';
import { CANARY_FIXTURES } from '../test/schemas/fixtures/canary';
import { CREDENTIAL_FIXTURES } from '../test/schemas/fixtures/credential';
import { DECKY_FIXTURES } from '../test/schemas/fixtures/decky';
import { IDENTITY_FIXTURES } from '../test/schemas/fixtures/identity';
import { MAIL_FIXTURES } from '../test/schemas/fixtures/mail';
import { ORCHESTRATOR_FIXTURES } from '../test/schemas/fixtures/orchestrator';
import { SYSTEM_FIXTURES } from '../test/schemas/fixtures/system';
import { TOPOLOGY_FIXTURES } from '../test/schemas/fixtures/topology';
import { TTP_FIXTURES } from '../test/schemas/fixtures/ttp';
import type { TemplateFixtures } from '../test/schemas/fixtures/types';
import { type Candidate, freshCopy, measure, table } from './harness';

const FAMILIES: readonly (readonly TemplateFixtures[])[] = [
  TOPOLOGY_FIXTURES,
  DECKY_FIXTURES,
  ATTACKER_FIXTURES,
  IDENTITY_FIXTURES,
  CAMPAIGN_FIXTURES,
  SYSTEM_FIXTURES,
  CREDENTIAL_FIXTURES,
  ATTRIBUTION_FIXTURES,
  ORCHESTRATOR_FIXTURES,
  CANARY_FIXTURES,
  MAIL_FIXTURES,
  TTP_FIXTURES,
];

/**
 * How long each candidate runs before any is timed, in milliseconds. The 50 schemas (and ajv's and zod's 50
 * generated functions) take a couple of seconds of calls in all before the optimizing compiler has them, longer
 * on a busy machine; the harness's calibration alone is far too short for that.
 */
const WARM_UP_MS = 400;
/** Timed rounds; each figure is the lowest of the rounds' medians. */
const ROUNDS = 2;
/** Duration of one timed sample (the harness's default is 60 ms; this keeps the run under a minute). */
const SAMPLE_MS = 30;

/** Slots of each input array (powers of two, as the harness requires). */
const VALID_SLOTS = 2048;
const MIXED_SLOTS = 2048;
const MIXED_INVALID_SLOTS = 410; // 20.0% of 2048
const INVALID_SLOTS = 256;

/** Set in the child process that counts `Error` constructions. */
const COUNT_ENV = 'DECNET_BENCH_COUNT_ERRORS';
const COUNT_KEY = 'decnet.bench.errorCount';

type Schema = z.ZodMiniType;

/** The options parse.ts passes to every schema. */
const REPORT = { reportInput: true } as const;

/** One fixture with everything each candidate needs, resolved in advance. */
interface Fixture {
  readonly template: TopicTemplate;
  readonly name: string;
  readonly valid: boolean;
  /** The wire form: the fixture as JSON text. */
  readonly json: string;
  readonly schema: Schema;
  readonly compiled: Schema;
  readonly validate: ValidateFunction;
}

/** One input slot: its own decoded event and its own copy of the text. */
interface Slot {
  readonly fixture: Fixture;
  readonly schema: Schema;
  readonly compiled: Schema;
  readonly validate: ValidateFunction;
  readonly event: unknown;
  readonly topic: string;
  readonly text: string;
}

/** How many `Error`s a pass built, counted in a child process (see {@link countErrors}). */
export interface ErrorCount {
  /** Events in the pass. */
  readonly events: number;
  /** Constructions through `Error` or a native error constructor, including subclasses made at load time. */
  readonly constructed: number;
  /** Of those, by the name of the class constructed. */
  readonly byClass: Readonly<Record<string, number>>;
  /** `SyntaxError`s the engine built inside a throwing `JSON.parse` (not seen by the constructor count). */
  readonly jsonParseThrows: number;
  /** The `Error`s per event the pass was expected to build. */
  readonly expectedPerEvent: number;
  /** Templates whose events built another number of `Error`s than expected: template, events, errors. */
  readonly uneven: readonly (readonly [string, number, number])[];
}

interface ChildCounts {
  readonly invalid: ErrorCount;
  readonly valid: ErrorCount;
  readonly directInvalid: ErrorCount;
}

/** Everything {@link printSchemasBench} prints. Times are ns per event (medians). */
export interface SchemasBenchResult {
  /** CPUs, and the 1-minute load average before and after the timed rounds: other work inflates every figure. */
  readonly cpus: number;
  readonly load: readonly [number, number];
  readonly templates: number;
  readonly validFixtures: number;
  readonly invalidFixtures: number;
  readonly compile: {
    /** Templates `compile(schema, { strict: true })` refused, with zod's reason. */
    readonly refused: readonly string[];
    /** Templates whose compiled code hands a node to the interpreter (a "runtime island"). */
    readonly islands: readonly string[];
    /** Templates whose compiled code calls user callbacks (transforms, refinements). */
    readonly userCode: readonly string[];
  };
  /** Invalid fixtures the ajv validator accepts (JSON Schema cannot say what zod checks there). */
  readonly ajvAcceptsInvalid: readonly string[];
  readonly valid: {
    readonly ajv: number;
    readonly direct: number;
    /** The direct call with the options parse.ts passes (`{ reportInput: true }`). */
    readonly directReport: number;
    /** `parseTopic` of the event's topic, alone. */
    readonly parseTopic: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
    readonly dispatchCompiled: number;
  };
  readonly text: {
    readonly jsonParse: number;
    readonly ajv: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
  };
  readonly mixed: {
    readonly ajv: number;
    readonly direct: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
    readonly textSafeParseEvent: number;
  };
  readonly invalid: {
    readonly ajv: number;
    readonly direct: number;
    readonly directWithError: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
  };
  readonly errors: {
    readonly newError: number;
    readonly newErrorNoStack: number;
    /** What swapping `globalThis.Error` for a counting subclass during one pass counts. */
    readonly swappedGlobal: number;
    readonly counted: ChildCounts;
  };
}

// A fixed order: the same shuffle every run (mulberry32).
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `count` fixtures, cycling through a shuffled list, so each appears as evenly as the count allows. */
const cycle = <T>(items: readonly T[], count: number, seed: number): T[] => {
  const order = shuffled(items, seed);
  return Array.from({ length: count }, (_, i) => order[i % order.length] as T);
};

const slotOf = (fixture: Fixture): Slot => ({
  fixture,
  schema: fixture.schema,
  compiled: fixture.compiled,
  validate: fixture.validate,
  event: JSON.parse(fixture.json) as unknown,
  topic: freshCopy(String((JSON.parse(fixture.json) as { topic?: unknown }).topic)),
  text: freshCopy(fixture.json),
});

function loadValidators(): Map<string, ValidateFunction> {
  // The same documents the build writes to json-schema/, generated here so the benchmark needs no build.
  // Formats are annotations in draft 2020-12; the generated documents use none ajv knows.
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const { template } of TOPIC_CATALOGUE) validators.set(template, ajv.compile(eventJsonSchema(template)));
  return validators;
}

interface CompileReport {
  readonly compiled: Map<TopicTemplate, Schema>;
  readonly refused: string[];
  readonly islands: string[];
  readonly userCode: string[];
}

function compileAll(): CompileReport {
  const compiled = new Map<TopicTemplate, Schema>();
  const refused: string[] = [];
  const islands: string[] = [];
  const userCode: string[] = [];
  for (const [template, schema] of Object.entries(EVENT_SCHEMAS) as [TopicTemplate, Schema][]) {
    try {
      compiled.set(template, compile(schema, { strict: true }));
    } catch (error) {
      refused.push(`${template}: ${error instanceof Error ? error.message : String(error)}`);
      compiled.set(template, schema); // measured on the runtime parser, as compile() without strict would
      continue;
    }
    // The generated source (compileFn is zod's internal codegen entry, with debug output).
    const generated = compileFn(schema, { debug: true }) as { code?: string; definite?: boolean };
    // An island is emitted as `const vN = runtimeRun(schema, value)`: a call whose first argument is a constant.
    if (/= c\d+\(c\d+, /.test(generated.code ?? '')) islands.push(template);
    if (generated.definite === false) userCode.push(template);
  }
  return { compiled, refused, islands, userCode };
}

function buildFixtures(validators: Map<string, ValidateFunction>, compiled: Map<TopicTemplate, Schema>): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const family of FAMILIES) {
    for (const { template, valid, invalid } of family) {
      const validate = validators.get(template);
      if (validate === undefined) throw new Error(`no JSON Schema validator for ${template}`);
      const schema: Schema = EVENT_SCHEMAS[template];
      const common = { template, schema, compiled: compiled.get(template) ?? schema, validate };
      for (const { name, event } of valid) fixtures.push({ ...common, name, valid: true, json: JSON.stringify(event) });
      for (const { name, event } of invalid)
        fixtures.push({ ...common, name, valid: false, json: JSON.stringify(event) });
    }
  }
  return fixtures;
}

/** Checks every candidate's answer before timing it; returns the invalid fixtures ajv accepts. */
function verify(fixtures: readonly Fixture[]): string[] {
  const ajvAcceptsInvalid: string[] = [];
  for (const fixture of fixtures) {
    const label = `${fixture.template}: ${fixture.name}`;
    const event = (): unknown => JSON.parse(fixture.json);
    const viaRegistry = safeParseEvent(event());
    const direct = fixture.schema.safeParse(event());
    const compiled = fixture.compiled.safeParse(event());
    if (
      viaRegistry.success !== fixture.valid ||
      direct.success !== fixture.valid ||
      compiled.success !== fixture.valid
    ) {
      throw new Error(
        `${label}: expected ${fixture.valid ? 'valid' : 'invalid'}; safeParseEvent ${String(viaRegistry.success)}, ` +
          `direct ${String(direct.success)}, compiled ${String(compiled.success)}`,
      );
    }
    if (direct.success && !isDeepStrictEqual(compiled.data, direct.data)) {
      throw new Error(`${label}: the compiled schema's output differs from the runtime's`);
    }
    if (viaRegistry.success && viaRegistry.data.template !== fixture.template) {
      throw new Error(`${label}: dispatched to ${String(viaRegistry.data.template)}`);
    }
    const ajv = fixture.validate(event());
    if (fixture.valid && !ajv) throw new Error(`${label}: ajv refuses a valid event`);
    if (!fixture.valid && ajv) ajvAcceptsInvalid.push(label);
  }
  return ajvAcceptsInvalid;
}

/** One candidate on its inputs: warmed up once, then timed in every round; keeps its lowest median. */
interface Timer {
  warm(ms: number): void;
  time(): void;
  readonly best: number;
}

/**
 * A {@link Timer} for `fn` over `inputs`, run under `Error.stackTraceLimit = stackTraceLimit` where given.
 * Contention only ever adds time, so the lowest of the rounds' medians is the figure least disturbed by it.
 */
function timer<I>(fn: Candidate<I>, inputs: readonly I[], stackTraceLimit?: number): Timer {
  const within = (run: () => void): void => {
    const saved = Error.stackTraceLimit;
    if (stackTraceLimit !== undefined) Error.stackTraceLimit = stackTraceLimit;
    try {
      run();
    } finally {
      Error.stackTraceLimit = saved;
    }
  };
  let best = Infinity;
  return {
    warm(ms) {
      within(() => {
        const until = performance.now() + ms;
        while (performance.now() < until) for (const input of inputs) fn(input);
      });
    },
    time() {
      within(() => {
        best = Math.min(best, measure(fn, inputs, { sampleMs: SAMPLE_MS }));
      });
    },
    get best() {
      return best;
    },
  };
}

/** Warms every timer up, then times them all, round after round, in the same order. */
function runTimers(sections: readonly Readonly<Record<string, Timer>>[]): void {
  const timers = sections.flatMap((section) => Object.values(section));
  for (const each of timers) each.warm(WARM_UP_MS);
  for (let round = 0; round < ROUNDS; round++) for (const each of timers) each.time();
}

/** The figures of a section of timers. */
const bestOf = <K extends string>(section: Readonly<Record<K, Timer>>): Record<K, number> =>
  Object.fromEntries(Object.entries<Timer>(section).map(([key, each]) => [key, each.best])) as Record<K, number>;

// The library's valid path (parse.ts) with the compiled schemas: what dispatch into them would cost.
function dispatchCompiled(compiled: Map<TopicTemplate, Schema>): (event: unknown) => boolean {
  return (event) => {
    const topic = (event as { topic?: unknown }).topic;
    const parsed = typeof topic === 'string' ? parseTopic(topic) : null;
    if (parsed === null) return false;
    const result = (compiled.get(parsed.template) as Schema).safeParse(event, REPORT);
    if (!result.success) return false;
    Object.assign(result.data as object, { template: parsed.template, params: parsed.params });
    return true;
  };
}

/** The brief's first idea: swap `globalThis.Error` for a counting subclass during one pass, then restore it. */
function countBySwappingGlobal(slots: readonly Slot[]): number {
  const Original = globalThis.Error;
  let count = 0;
  class CountingError extends Original {
    constructor(...args: ConstructorParameters<ErrorConstructor>) {
      super(...args);
      count++;
    }
  }
  globalThis.Error = CountingError as ErrorConstructor;
  try {
    for (const slot of slots) safeParseEvent(slot.event);
  } finally {
    globalThis.Error = Original;
  }
  return count;
}

// Preloaded (--import) into the child before any module: every error constructor becomes a counting Proxy, so
// classes that extend Error at load time (zod's ZodError, EventValidationError) are counted too, and JSON.parse
// counts its throws (the engine builds those SyntaxErrors without calling any constructor).
const PRELOAD = `
const state = { on: false, constructed: 0, byClass: {}, jsonParseThrows: 0 };
globalThis[Symbol.for(${JSON.stringify(COUNT_KEY)})] = state;
for (const name of ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']) {
  const target = globalThis[name];
  globalThis[name] = new Proxy(target, {
    construct(t, args, newTarget) {
      if (state.on) {
        state.constructed++;
        const cls = (newTarget && newTarget.name) || name;
        state.byClass[cls] = (state.byClass[cls] || 0) + 1;
      }
      return Reflect.construct(t, args, newTarget);
    },
  });
}
const parse = JSON.parse;
JSON.parse = function (text, reviver) {
  try { return parse(text, reviver); } catch (error) { if (state.on) state.jsonParseThrows++; throw error; }
};
`;

interface CountState {
  on: boolean;
  constructed: number;
  byClass: Record<string, number>;
  jsonParseThrows: number;
}

/** In the child: one pass of `run` over the fixtures, counting. */
function countPass(
  state: CountState,
  fixtures: readonly Fixture[],
  run: (fixture: Fixture, event: unknown) => unknown,
  expectedPerEvent: number,
): ErrorCount {
  const perTemplate = new Map<string, [number, number]>();
  const events = fixtures.map((fixture) => JSON.parse(fixture.json) as unknown);
  state.constructed = 0;
  state.byClass = {};
  state.jsonParseThrows = 0;
  fixtures.forEach((fixture, i) => {
    const before = state.constructed + state.jsonParseThrows;
    state.on = true;
    run(fixture, events[i]);
    state.on = false;
    const row = perTemplate.get(fixture.template) ?? [0, 0];
    row[0] += 1;
    row[1] += state.constructed + state.jsonParseThrows - before;
    perTemplate.set(fixture.template, row);
  });
  const uneven = [...perTemplate]
    .filter(([, [count, errors]]) => errors !== count * expectedPerEvent)
    .map(([template, [count, errors]]) => [template, count, errors] as const);
  return {
    events: fixtures.length,
    constructed: state.constructed,
    byClass: { ...state.byClass },
    jsonParseThrows: state.jsonParseThrows,
    expectedPerEvent,
    uneven,
  };
}

function childMain(): void {
  const state = (globalThis as Record<symbol, unknown>)[Symbol.for(COUNT_KEY)] as CountState | undefined;
  if (state === undefined) throw new Error('the counting preload did not run');
  const fixtures = buildFixtures(loadValidators(), compileAll().compiled);
  const valid = fixtures.filter((fixture) => fixture.valid);
  const invalid = fixtures.filter((fixture) => !fixture.valid);
  const counts: ChildCounts = {
    invalid: countPass(state, invalid, (_fixture, event) => safeParseEvent(event), 1),
    valid: countPass(state, valid, (_fixture, event) => safeParseEvent(event), 0),
    directInvalid: countPass(state, invalid, (fixture, event) => fixture.schema.safeParse(event).success, 0),
  };
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}

/** Runs the counting passes in a child process, whose error constructors are replaced before anything loads. */
function countErrors(): ChildCounts {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--import',
      `data:text/javascript,${encodeURIComponent(PRELOAD)}`,
      fileURLToPath(import.meta.url),
    ],
    { env: { ...process.env, [COUNT_ENV]: '1' }, encoding: 'utf8' },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`the error-counting child failed (status ${String(child.status)}):\n${child.stderr}`);
  }
  return JSON.parse(line) as ChildCounts;
}

export function runSchemasBench(): SchemasBenchResult {
  const validators = loadValidators();
  const { compiled, refused, islands, userCode } = compileAll();
  const fixtures = buildFixtures(validators, compiled);
  const ajvAcceptsInvalid = verify(fixtures);
  const validFixtures = fixtures.filter((fixture) => fixture.valid);
  const invalidFixtures = fixtures.filter((fixture) => !fixture.valid);

  const validSlots = cycle(validFixtures, VALID_SLOTS, 1).map(slotOf);
  const mixedSlots = shuffled(
    [...cycle(validFixtures, MIXED_SLOTS - MIXED_INVALID_SLOTS, 2), ...cycle(invalidFixtures, MIXED_INVALID_SLOTS, 3)],
    4,
  ).map(slotOf);
  const invalidSlots = cycle(invalidFixtures, INVALID_SLOTS, 5).map(slotOf);
  const dispatch = dispatchCompiled(compiled);

  const valid = {
    ajv: timer((slot) => slot.validate(slot.event), validSlots),
    direct: timer((slot) => slot.schema.safeParse(slot.event).success, validSlots),
    // Two parts of the dispatch, alone: the options parse.ts passes, and the topic lookup.
    directReport: timer((slot) => slot.schema.safeParse(slot.event, REPORT).success, validSlots),
    parseTopic: timer((slot) => parseTopic(slot.topic), validSlots),
    safeParseEvent: timer((slot) => safeParseEvent(slot.event).success, validSlots),
    compiled: timer((slot) => slot.compiled.safeParse(slot.event).success, validSlots),
    dispatchCompiled: timer((slot) => dispatch(slot.event), validSlots),
  };
  const text = {
    jsonParse: timer((slot) => JSON.parse(slot.text) as unknown, validSlots),
    ajv: timer((slot) => slot.validate(JSON.parse(slot.text)), validSlots),
    safeParseEvent: timer((slot) => safeParseEvent(JSON.parse(slot.text)).success, validSlots),
    compiled: timer((slot) => slot.compiled.safeParse(JSON.parse(slot.text)).success, validSlots),
  };
  const mixed = {
    ajv: timer((slot) => slot.validate(slot.event), mixedSlots),
    direct: timer((slot) => slot.schema.safeParse(slot.event).success, mixedSlots),
    safeParseEvent: timer((slot) => safeParseEvent(slot.event).success, mixedSlots),
    compiled: timer((slot) => slot.compiled.safeParse(slot.event).success, mixedSlots),
    textSafeParseEvent: timer((slot) => safeParseEvent(JSON.parse(slot.text)).success, mixedSlots),
  };
  const invalid = {
    ajv: timer((slot) => slot.validate(slot.event), invalidSlots),
    direct: timer((slot) => slot.schema.safeParse(slot.event).success, invalidSlots),
    directWithError: timer((slot) => slot.schema.safeParse(slot.event).error?.issues.length, invalidSlots),
    safeParseEvent: timer((slot) => safeParseEvent(slot.event).success, invalidSlots),
    compiled: timer((slot) => slot.compiled.safeParse(slot.event).success, invalidSlots),
  };
  const errors = {
    newError: timer((message) => new Error(message), ['x']),
    newErrorNoStack: timer((message) => new Error(message), ['x'], 0),
  };
  const loadBefore = loadavg()[0] ?? 0;
  runTimers([valid, text, mixed, invalid, errors]);
  const load = [loadBefore, loadavg()[0] ?? 0] as const;

  return {
    cpus: availableParallelism(),
    load,
    templates: new Set(fixtures.map((fixture) => fixture.template)).size,
    validFixtures: validFixtures.length,
    invalidFixtures: invalidFixtures.length,
    compile: { refused, islands, userCode },
    ajvAcceptsInvalid,
    valid: bestOf(valid),
    text: bestOf(text),
    mixed: bestOf(mixed),
    invalid: bestOf(invalid),
    errors: {
      ...bestOf(errors),
      swappedGlobal: countBySwappingGlobal(invalidSlots.slice(0, invalidFixtures.length)),
      counted: countErrors(),
    },
  };
}

const ns = (value: number): string => value.toFixed(0);
const times = (value: number): string => `${value.toFixed(2)}x`;
const percent = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

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

export function printSchemasBench(result: SchemasBenchResult): void {
  const { valid, text, mixed, invalid, errors } = result;
  const out = (line: string): boolean => process.stdout.write(line);
  out(
    `\nEvent parsing, ns per event (each the lowest of ${ROUNDS} medians of 9 samples of ${SAMPLE_MS} ms, after warm-up): ` +
      `${result.validFixtures} valid and ${result.invalidFixtures} invalid fixtures of ${result.templates} templates\n`,
  );
  out(`${result.cpus} CPU(s); load average ${result.load[0].toFixed(2)} before the timed rounds, `);
  out(`${result.load[1].toFixed(2)} after\n`);
  out(`valid mix: ${VALID_SLOTS} events; mixed: ${MIXED_SLOTS} events, ${MIXED_INVALID_SLOTS} of them invalid `);
  out(`(${((100 * MIXED_INVALID_SLOTS) / MIXED_SLOTS).toFixed(1)}%); invalid: ${INVALID_SLOTS} events\n\n`);

  const overhead = (100 * (valid.safeParseEvent - valid.direct)) / valid.direct;
  const mixedOverhead = (100 * (mixed.safeParseEvent - mixed.direct)) / mixed.direct;
  out(
    `${table(
      ['decoded objects, template known', 'valid', '/ ajv', 'mixed 20% invalid', 'invalid'],
      [
        ['ajv (JSON Schema), the floor', ns(valid.ajv), times(1), ns(mixed.ajv), ns(invalid.ajv)],
        [
          'EVENT_SCHEMAS[t].safeParse',
          ns(valid.direct),
          times(valid.direct / valid.ajv),
          ns(mixed.direct),
          ns(invalid.direct),
        ],
        ['  with { reportInput: true }', ns(valid.directReport), times(valid.directReport / valid.ajv), '', ''],
        ['  + read .error.issues', '', '', '', ns(invalid.directWithError)],
        ['parseTopic alone', ns(valid.parseTopic), times(valid.parseTopic / valid.ajv), '', ''],
        [
          'safeParseEvent (registry dispatch)',
          ns(valid.safeParseEvent),
          times(valid.safeParseEvent / valid.ajv),
          ns(mixed.safeParseEvent),
          ns(invalid.safeParseEvent),
        ],
        [
          'compile(EVENT_SCHEMAS[t]).safeParse',
          ns(valid.compiled),
          times(valid.compiled / valid.ajv),
          ns(mixed.compiled),
          ns(invalid.compiled),
        ],
        [
          'parseTopic + compiled (parse.ts path)',
          ns(valid.dispatchCompiled),
          times(valid.dispatchCompiled / valid.ajv),
          '',
          '',
        ],
      ],
    )}\n\n`,
  );
  out(
    `${table(
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
    )}\n\n`,
  );
  out(
    `dispatch overhead of safeParseEvent over the direct schema: ${percent(overhead)} on valid events ` +
      `(target < 20%: ${overhead < 20 ? 'met' : 'MISSED'}), ${percent(mixedOverhead)} on the mix\n`,
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

  out('\nzod compile (zod/v4/core), per template, strict:\n');
  out(`  refused: ${list(result.compile.refused)}\n`);
  out(`  runtime islands: ${list(result.compile.islands)}\n`);
  out(`  compiled code calls user callbacks: ${list(result.compile.userCode)}\n`);
  out(`ajv accepts ${result.ajvAcceptsInvalid.length} invalid fixture(s) that zod refuses:\n`);
  for (const label of result.ajvAcceptsInvalid) out(`  ${label}\n`);

  out('\nErrors on the refusal path\n');
  out(
    `  new Error('x'): ${ns(errors.newError)} ns; with Error.stackTraceLimit = 0: ${ns(errors.newErrorNoStack)} ns\n`,
  );
  out(
    `  swapping globalThis.Error for a counting subclass during one pass of safeParseEvent over ` +
      `${result.invalidFixtures} invalid events counts ${errors.swappedGlobal}\n`,
  );
  out('  counted in a child process whose error constructors are Proxies from before any module loads:\n');
  out(describeCount('safeParseEvent, invalid events', errors.counted.invalid));
  out(describeCount('safeParseEvent, valid events', errors.counted.valid));
  out(describeCount('EVENT_SCHEMAS[t].safeParse, invalid events, .error unread', errors.counted.directInvalid));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  if (process.env[COUNT_ENV] === '1') childMain();
  else printSchemasBench(runSchemasBench());
}
