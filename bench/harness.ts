/**
 * A small benchmark harness. Each candidate gets its own generated loop, so
 * every call site stays monomorphic and one candidate's shape never slows
 * another; results are medians of several timed samples, in nanoseconds.
 */

/** A function under test, called with one input per iteration. */
export type Candidate<I> = (input: I) => unknown;

/** Settings for one measurement. */
export interface MeasureOptions {
  /** Timed samples; the median is reported. */
  readonly samples?: number;
  /** Target duration of one sample, in milliseconds. */
  readonly sampleMs?: number;
  /** Calls in the first calibration round; 1 for calls that take milliseconds each. */
  readonly startCount?: number;
  /**
   * Milliseconds of untimed calls before calibrating (see {@link warmUp}); 0 by default, as calibration warms
   * small candidates enough.
   */
  readonly warmUpMs?: number;
  /** `Error.stackTraceLimit` while the candidate runs, restored after: to time an `Error` without its stack. */
  readonly stackTraceLimit?: number;
}

type Loop<I> = (fn: Candidate<I>, inputs: readonly I[], count: number) => number;

// A fresh Function per candidate gives each loop its own type feedback.
const makeLoop = <I>(): Loop<I> =>
  new Function(
    'fn',
    'inputs',
    'count',
    'let sink = 0; const mask = inputs.length - 1;\n' +
      'for (let i = 0; i < count; i++) { if (fn(inputs[i & mask])) sink++; }\n' +
      'return sink;',
  ) as Loop<I>;

/** The median of a list of numbers. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Measures nanoseconds per call of `fn` over `inputs` (whose length must be a power of two).
 */
export function measure<I>(fn: Candidate<I>, inputs: readonly I[], options: MeasureOptions = {}): number {
  const { samples = 9, sampleMs = 60, startCount = 1024, warmUpMs = 0 } = options;
  if ((inputs.length & (inputs.length - 1)) !== 0) throw new Error('inputs.length must be a power of two');
  if (warmUpMs > 0) warmUp(fn, inputs, warmUpMs, options);
  return withStackTraceLimit(options.stackTraceLimit, () => {
    const loop = makeLoop<I>();
    const count = calibrate(loop, fn, inputs, startCount, sampleMs);
    const timings: number[] = [];
    for (let s = 0; s < samples; s++) {
      const start = process.hrtime.bigint();
      loop(fn, inputs, count * 4);
      timings.push(Number(process.hrtime.bigint() - start) / (count * 4));
    }
    return median(timings);
  });
}

// Warms the loop up too: grows the count until one run takes a quarter of a sample.
function calibrate<I>(loop: Loop<I>, fn: Candidate<I>, inputs: readonly I[], count: number, sampleMs: number): number {
  for (;;) {
    const start = process.hrtime.bigint();
    loop(fn, inputs, count);
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= sampleMs / 4 || count >= 1 << 28) return count;
    count *= 2;
  }
}

/**
 * Calls `fn` over `inputs` for `ms` milliseconds, untimed. Candidates that go through many functions (50 zod
 * schemas and their generated code) take seconds of calls before the optimizing compiler has them all; the
 * calibration of {@link measure} is far too short for that.
 */
export function warmUp<I>(fn: Candidate<I>, inputs: readonly I[], ms: number, options: MeasureOptions = {}): void {
  withStackTraceLimit(options.stackTraceLimit, () => {
    const until = performance.now() + ms;
    // One plain loop shared by every candidate, not a generated one: nothing is inlined into it, so each
    // candidate and its callees are optimized on their own, as the timed loop will call them.
    while (performance.now() < until) for (const input of inputs) fn(input);
  });
}

function withStackTraceLimit<T>(limit: number | undefined, run: () => T): T {
  const saved = Error.stackTraceLimit;
  if (limit !== undefined) Error.stackTraceLimit = limit;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = saved;
  }
}

/** A candidate bound to its inputs and options, for {@link measureRounds}. */
export interface Trial {
  /** Runs the candidate untimed for `ms` milliseconds. */
  readonly warmUp: (ms: number) => void;
  /** Times the candidate: {@link measure}'s figure. */
  readonly measure: () => number;
}

/** Binds `fn` to its inputs and options (see {@link measure}). */
export const trial = <I>(fn: Candidate<I>, inputs: readonly I[], options: MeasureOptions = {}): Trial => ({
  warmUp: (ms) => {
    warmUp(fn, inputs, ms, options);
  },
  measure: () => measure(fn, inputs, options),
});

/** How {@link measureRounds} runs its trials. */
export interface RoundsOptions {
  /** Timed rounds; each trial keeps the lowest of its rounds' figures. */
  readonly rounds: number;
  /** Milliseconds each trial runs, untimed, before any is timed. */
  readonly warmUpMs: number;
}

/**
 * Times trials in interleaved rounds: every one warmed up before any is timed (candidates that share code
 * change each other's compiled state while they warm up), then each timed once per round, in the same order.
 * Contention only ever adds time, so the lowest of a trial's figures is the one least disturbed by it.
 *
 * @returns one figure per trial, in the order given.
 */
export function measureRounds(trials: readonly Trial[], options: RoundsOptions): number[] {
  for (const each of trials) each.warmUp(options.warmUpMs);
  const best = trials.map(() => Infinity);
  for (let round = 0; round < options.rounds; round++) {
    trials.forEach((each, i) => {
      best[i] = Math.min(best[i] ?? Infinity, each.measure());
    });
  }
  return best;
}

/** Copies a string into a new, flat string object, as decoding a message would. */
export const freshCopy = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** Formats a table of rows for the terminal. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
