/**
 * How the webhook benchmark runs and what it aims for: the sampling of every
 * figure, and the goals printed beside them.
 */
import type { RoundsOptions } from '../harness';
import { REFUSAL_COST_GOAL } from '../refusal';
import type { AsyncSampling } from './timing';

/** The stated budget: a delivery verified and parsed in at most this many times the floor. */
export const WEBHOOK_FLOOR_GOAL = 2;
/**
 * Refusing what anyone can send (a bad signature) costs at most accepting the same delivery: forging one buys a
 * sender nothing. A signed event that breaks the contract has the budget of bench/refusal.ts.
 */
export const REFUSAL_GOALS: Readonly<Record<string, number>> = {
  'bad-signature': 1,
  'invalid-event': REFUSAL_COST_GOAL,
};

/** Samples per figure (the median is kept) and the length of each, in milliseconds. */
export const SAMPLING: AsyncSampling = { samples: 9, sampleMs: 40 };
/** Warm-up of every candidate before any is timed, and timed rounds (the lowest figure is kept). */
export const ROUNDS: RoundsOptions = { rounds: 3, warmUpMs: 300 };
