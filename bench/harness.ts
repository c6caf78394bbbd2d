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
  const { samples = 9, sampleMs = 60, startCount = 1024 } = options;
  if ((inputs.length & (inputs.length - 1)) !== 0) throw new Error('inputs.length must be a power of two');
  const loop = makeLoop<I>();
  // Warm up and calibrate: grow the count until one sample takes long enough.
  let count = startCount;
  for (;;) {
    const start = process.hrtime.bigint();
    loop(fn, inputs, count);
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= sampleMs / 4 || count >= 1 << 28) break;
    count *= 2;
  }
  const timings: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    loop(fn, inputs, count * 4);
    timings.push(Number(process.hrtime.bigint() - start) / (count * 4));
  }
  return median(timings);
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
