/**
 * The events of the benchmark: every fixture of test/schemas/fixtures as JSON
 * text, and the three sets drawn from them (valid events; a mix with 20%
 * invalid ones; invalid events alone), in a fixed shuffled order, each slot
 * its own object decoded from its own copy of the text.
 */
import type { TopicTemplate } from '../../src/catalogue';
import { ALL_FIXTURES } from '../../test/schemas/fixtures/all';
import { freshCopy } from '../harness';
import type { Competitors } from './competitors';
import { INVALID_SLOTS, MIXED_INVALID_SLOTS, MIXED_SLOTS, VALID_SLOTS } from './settings';

/** One fixture, as it arrives on the wire. */
export interface FixtureEvent {
  readonly template: TopicTemplate;
  readonly name: string;
  readonly valid: boolean;
  /** The fixture as JSON text. */
  readonly json: string;
}

/** One input slot: its own decoded event, its own copies of the text and topic, its template's competitors. */
export interface Slot extends Competitors {
  readonly fixture: FixtureEvent;
  readonly event: unknown;
  readonly topic: string;
  readonly text: string;
}

/** The three sets of the benchmark. */
export interface EventSets<T> {
  readonly valid: readonly T[];
  readonly mixed: readonly T[];
  readonly invalid: readonly T[];
}

/** Every fixture, valid then invalid for each template, in the order of `ALL_FIXTURES`. */
export const fixtureEvents = (): FixtureEvent[] =>
  ALL_FIXTURES.flatMap(({ template, valid, invalid }) => [
    ...valid.map(({ name, event }) => ({ template, name, valid: true, json: JSON.stringify(event) })),
    ...invalid.map(({ name, event }) => ({ template, name, valid: false, json: JSON.stringify(event) })),
  ]);

/** Draws the three sets from the fixtures; the same fixtures give the same sets, slot for slot, every run. */
export function eventSets(fixtures: readonly FixtureEvent[]): EventSets<FixtureEvent> {
  const valid = fixtures.filter((fixture) => fixture.valid);
  const invalid = fixtures.filter((fixture) => !fixture.valid);
  return {
    valid: cycle(valid, VALID_SLOTS, 1),
    mixed: shuffled(
      [...cycle(valid, MIXED_SLOTS - MIXED_INVALID_SLOTS, 2), ...cycle(invalid, MIXED_INVALID_SLOTS, 3)],
      4,
    ),
    invalid: cycle(invalid, INVALID_SLOTS, 5),
  };
}

/** A slot for `fixture`, with the competitors of its template. */
export const slotOf = (fixture: FixtureEvent, competitors: Competitors): Slot => ({
  fixture,
  schema: competitors.schema,
  compiled: competitors.compiled,
  validate: competitors.validate,
  event: JSON.parse(fixture.json) as unknown,
  topic: freshCopy(String((JSON.parse(fixture.json) as { topic?: unknown }).topic)),
  text: freshCopy(fixture.json),
});

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

/** `count` items, cycling through a shuffled list, so each appears as evenly as the count allows. */
const cycle = <T>(items: readonly T[], count: number, seed: number): T[] => {
  const order = shuffled(items, seed);
  return Array.from({ length: count }, (_, i) => order[i % order.length] as T);
};
