/**
 * The candidates timed in the benchmark's own process, section by section as
 * the tables print them, and the timing of all of them together.
 */
import { parseTopic } from '../../src/catalogue';
import { safeParseEvent } from '../../src/schemas';
import { measureRounds, trial, type Trial } from '../harness';
import type { Slot } from './events';
import type { SchemasBenchResult, ValidFigures } from './result';
import { ROUNDS_OPTIONS, SAMPLING } from './settings';

/** A section of a table: one trial per figure. */
type Section<K extends PropertyKey> = { readonly [Key in K]: Trial };

/** The figures of sections of trials, in the same shape. */
type Figures<S> = { readonly [Name in keyof S]: { readonly [Key in keyof S[Name]]: number } };

/** What parse.ts passes when it checks a refused event again, so that issues can say what arrived. */
const REPORT = { reportInput: true } as const;

/** Decoded valid events; the figure of `safeParseEvent` after `compileEventSchemas()` is timed apart. */
export const validTrials = (slots: readonly Slot[]): Section<Exclude<keyof ValidFigures, 'dispatchCompiled'>> => ({
  ajv: trial((slot) => slot.validate(slot.event), slots, SAMPLING),
  direct: trial((slot) => slot.schema.safeParse(slot.event).success, slots, SAMPLING),
  // Two parts of safeParseEvent, alone: the option it passes to re-check a refused event, and the topic lookup.
  directReport: trial((slot) => slot.schema.safeParse(slot.event, REPORT).success, slots, SAMPLING),
  parseTopic: trial((slot) => parseTopic(slot.topic), slots, SAMPLING),
  safeParseEvent: trial((slot) => safeParseEvent(slot.event).success, slots, SAMPLING),
  compiled: trial((slot) => slot.compiled.safeParse(slot.event).success, slots, SAMPLING),
});

/** Valid events as JSON text, decoded by every call. */
export const textTrials = (slots: readonly Slot[]): Section<keyof SchemasBenchResult['text']> => ({
  jsonParse: trial((slot) => JSON.parse(slot.text) as unknown, slots, SAMPLING),
  ajv: trial((slot) => slot.validate(JSON.parse(slot.text)), slots, SAMPLING),
  safeParseEvent: trial((slot) => safeParseEvent(JSON.parse(slot.text)).success, slots, SAMPLING),
  compiled: trial((slot) => slot.compiled.safeParse(JSON.parse(slot.text)).success, slots, SAMPLING),
});

/** The mix, 20% invalid. */
export const mixedTrials = (slots: readonly Slot[]): Section<keyof SchemasBenchResult['mixed']> => ({
  ajv: trial((slot) => slot.validate(slot.event), slots, SAMPLING),
  direct: trial((slot) => slot.schema.safeParse(slot.event).success, slots, SAMPLING),
  safeParseEvent: trial((slot) => safeParseEvent(slot.event).success, slots, SAMPLING),
  compiled: trial((slot) => slot.compiled.safeParse(slot.event).success, slots, SAMPLING),
  textSafeParseEvent: trial((slot) => safeParseEvent(JSON.parse(slot.text)).success, slots, SAMPLING),
});

/** Invalid events alone. */
export const invalidTrials = (slots: readonly Slot[]): Section<keyof SchemasBenchResult['invalid']> => ({
  ajv: trial((slot) => slot.validate(slot.event), slots, SAMPLING),
  direct: trial((slot) => slot.schema.safeParse(slot.event).success, slots, SAMPLING),
  // Reading `.error` is what makes zod build its ZodError.
  directWithError: trial((slot) => slot.schema.safeParse(slot.event).error?.issues.length, slots, SAMPLING),
  safeParseEvent: trial((slot) => safeParseEvent(slot.event).success, slots, SAMPLING),
  compiled: trial((slot) => slot.compiled.safeParse(slot.event).success, slots, SAMPLING),
});

/** One `Error`, with and without its stack trace. */
export const errorTrials = (): Section<'newError' | 'newErrorNoStack'> => ({
  newError: trial((message) => new Error(message), ['x'], SAMPLING),
  newErrorNoStack: trial((message) => new Error(message), ['x'], { ...SAMPLING, stackTraceLimit: 0 }),
});

/** Times every trial of every section in the same interleaved rounds (see `measureRounds`). */
export function timeSections<const S extends Readonly<Record<string, Readonly<Record<string, Trial>>>>>(
  sections: S,
): Figures<S> {
  const named = Object.entries(sections).map(([name, section]) => [name, Object.entries(section)] as const);
  const figures = measureRounds(
    named.flatMap(([, trials]) => trials.map(([, each]) => each)),
    ROUNDS_OPTIONS,
  );
  let next = 0;
  const shaped = named.map(([name, trials]) => [
    name,
    Object.fromEntries(trials.map(([key]) => [key, figures[next++]])),
  ]);
  return Object.fromEntries(shaped) as Figures<S>;
}
