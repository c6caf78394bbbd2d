/**
 * Timing asynchronous calls for the webhook benchmark: the harness's method
 * (calibrate a count, take the median of timed samples, keep the lowest of
 * interleaved rounds) for a call that returns a promise, awaited one at a time,
 * so that each figure is the latency of one delivery.
 */
import { median, type RoundsOptions } from '../harness';

/** A candidate bound to its input, sync or async, for {@link measureRoundsAsync}. */
export interface AsyncTrial {
  readonly warmUp: (ms: number) => Promise<void>;
  readonly measure: () => Promise<number>;
}

/** How each figure is sampled. */
export interface AsyncSampling {
  readonly samples: number;
  readonly sampleMs: number;
}

const now = (): bigint => process.hrtime.bigint();

/** Nanoseconds per call of `fn`, awaited one call after the other. */
async function timeCalls(fn: () => unknown, count: number): Promise<number> {
  const start = now();
  for (let i = 0; i < count; i++) await fn();
  return Number(now() - start) / count;
}

/** Binds an async (or sync) call to the harness's method: a count calibrated to a quarter sample, then samples. */
export const asyncTrial = (fn: () => unknown, sampling: AsyncSampling): AsyncTrial => ({
  warmUp: async (ms) => {
    const until = performance.now() + ms;
    while (performance.now() < until) await fn();
  },
  measure: async () => {
    let count = 1;
    while ((count * (await timeCalls(fn, count))) / 1e6 < sampling.sampleMs / 4 && count < 1 << 24) count *= 2;
    const timings: number[] = [];
    for (let s = 0; s < sampling.samples; s++) timings.push(await timeCalls(fn, count * 4));
    return median(timings);
  },
});

/** {@link measureRounds} for async trials: all warmed up, then timed in interleaved rounds; the lowest of each. */
export async function measureRoundsAsync(trials: readonly AsyncTrial[], options: RoundsOptions): Promise<number[]> {
  for (const each of trials) await each.warmUp(options.warmUpMs);
  const best = trials.map(() => Infinity);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, each] of trials.entries()) best[i] = Math.min(best[i] ?? Infinity, await each.measure());
  }
  return best;
}
