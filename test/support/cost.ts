/**
 * Time budgets for the hostile-input tests, stated as ratios: a hostile input
 * is timed against a well-behaved input of the same size in the same test, so
 * the budget holds on any machine and under any load.
 */

/** How long a test that builds and checks megabytes may take on a loaded 2-core machine; the budget is its ratio. */
export const HEAVY_TIMEOUT_MS = 60_000;

/** The fastest of `rounds` runs of `fn`, in milliseconds. */
export function fastestMs(rounds: number, fn: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How many times longer `hostile` takes than `valid`: the fastest of several
 * interleaved rounds of each, so both see the same machine and the same JIT.
 */
export function costRatio(hostile: () => unknown, valid: () => unknown, rounds = 5): number {
  hostile();
  valid();
  let hostileMs = Infinity;
  let validMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    hostileMs = Math.min(hostileMs, fastestMs(1, hostile));
    validMs = Math.min(validMs, fastestMs(1, valid));
  }
  // A floor of 0.05 ms keeps timer resolution from turning two tiny figures into a large ratio.
  return Math.max(hostileMs, 0.05) / Math.max(validMs, 0.05);
}
