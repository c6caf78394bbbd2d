/**
 * How many `Error`s the refusal path builds. Counted in a child process whose
 * error constructors are replaced before any module loads. Swapping
 * `globalThis.Error` in the running process, the first idea, is printed beside
 * it: it cannot see classes that extended `Error` before the swap, nor the
 * `SyntaxError`s the engine builds inside `JSON.parse`.
 */
import type { TopicTemplate } from '../../src/catalogue';
import { EVENT_SCHEMAS, safeParseEvent } from '../../src/schemas';
import type { Schema } from './competitors';
import { fixtureEvents, type FixtureEvent } from './events';
import { runInChild } from './spawn';

/** How many `Error`s a pass built. */
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

/** The passes counted in the child. */
export interface ErrorCounts {
  readonly invalid: ErrorCount;
  readonly valid: ErrorCount;
  readonly directInvalid: ErrorCount;
}

/** Swaps `globalThis.Error` for a counting subclass during one pass of `safeParseEvent`, then restores it. */
export function countBySwappingGlobal(events: readonly unknown[]): number {
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
    for (const event of events) safeParseEvent(event);
  } finally {
    globalThis.Error = Original;
  }
  return count;
}

/** Where the preload leaves its counters. */
const COUNT_KEY = 'decnet.bench.errorCount';

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

/** The preload's counters. */
interface CountState {
  on: boolean;
  constructed: number;
  byClass: Record<string, number>;
  jsonParseThrows: number;
}

/** Counts the `Error`s of `safeParseEvent` and of the schemas called directly, in a child process. */
export const countErrors = (): ErrorCounts => runInChild<ErrorCounts>('count-errors', PRELOAD);

/** In the child: one pass of each kind over the fixtures, counting. */
export function countErrorsHere(): ErrorCounts {
  const state = (globalThis as Record<symbol, unknown>)[Symbol.for(COUNT_KEY)] as CountState | undefined;
  if (state === undefined) throw new Error('the counting preload did not run');
  const fixtures = fixtureEvents();
  const valid = fixtures.filter((fixture) => fixture.valid);
  const invalid = fixtures.filter((fixture) => !fixture.valid);
  const direct = (template: TopicTemplate, event: unknown): boolean => {
    const schema: Schema = EVENT_SCHEMAS[template];
    return schema.safeParse(event).success;
  };
  return {
    invalid: countPass(state, invalid, (_template, event) => safeParseEvent(event), 1),
    valid: countPass(state, valid, (_template, event) => safeParseEvent(event), 0),
    directInvalid: countPass(state, invalid, direct, 0),
  };
}

/** One pass of `run` over the fixtures, each decoded beforehand so that only `run` is counted. */
function countPass(
  state: CountState,
  fixtures: readonly FixtureEvent[],
  run: (template: TopicTemplate, event: unknown) => unknown,
  expectedPerEvent: number,
): ErrorCount {
  const perTemplate = new Map<string, [events: number, errors: number]>();
  const events = fixtures.map((fixture) => JSON.parse(fixture.json) as unknown);
  Object.assign(state, { constructed: 0, byClass: {}, jsonParseThrows: 0 });
  fixtures.forEach((fixture, i) => {
    const before = state.constructed + state.jsonParseThrows;
    state.on = true;
    run(fixture.template, events[i]);
    state.on = false;
    const row = perTemplate.get(fixture.template) ?? [0, 0];
    perTemplate.set(fixture.template, [row[0] + 1, row[1] + state.constructed + state.jsonParseThrows - before]);
  });
  const uneven = [...perTemplate]
    .filter(([, [count, errors]]) => errors !== count * expectedPerEvent)
    .map(([template, [count, errors]]) => [template, count, errors] as const);
  const { constructed, byClass, jsonParseThrows } = state;
  return { events: fixtures.length, constructed, byClass: { ...byClass }, jsonParseThrows, expectedPerEvent, uneven };
}
