/**
 * How the event-parsing benchmark runs: the sizes of its event sets and the
 * length of its warm-up and timed rounds. The printed header states the rounds,
 * samples and set sizes, so that figures from runs with other settings are not
 * taken for comparable ones.
 */
import type { MeasureOptions, RoundsOptions } from '../harness';

/**
 * How long each candidate runs before any is timed, in milliseconds. The 50 schemas (and ajv's and zod's 50
 * generated functions) take a couple of seconds of calls in all before the optimizing compiler has them, longer
 * on a busy machine.
 */
export const WARM_UP_MS = 400;
/**
 * The warm-up of `safeParseEvent` after `compileEventSchemas()`, alone in its child process: as much as zod's
 * generated code gets in the parent, where four candidates call the compiled schemas. With only
 * {@link WARM_UP_MS} the child's figure ranged from 1x to 10x its settled value from run to run.
 */
export const COMPILED_DISPATCH_WARM_UP_MS = 5 * WARM_UP_MS;
/** Timed rounds; each figure is the lowest of the rounds' medians. */
export const ROUNDS = 2;
/** Duration of one timed sample (the harness's default is 60 ms; this keeps the run under a minute). */
export const SAMPLE_MS = 30;
/** Timed samples per figure (the harness's default); the median is kept. */
export const SAMPLES = 9;

/** Slots of each event set (powers of two, as the harness requires). */
export const VALID_SLOTS = 2048;
export const MIXED_SLOTS = 2048;
/** 20.0% of {@link MIXED_SLOTS}. */
export const MIXED_INVALID_SLOTS = 410;
export const INVALID_SLOTS = 256;

/** The options of every timed figure. */
export const SAMPLING: MeasureOptions = { samples: SAMPLES, sampleMs: SAMPLE_MS };
/** Warm-up and rounds, for every candidate alike. */
export const ROUNDS_OPTIONS: RoundsOptions = { rounds: ROUNDS, warmUpMs: WARM_UP_MS };
