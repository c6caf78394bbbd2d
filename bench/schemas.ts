/**
 * Event parsing: `safeParseEvent` (dispatch through the catalogue) against the
 * matching zod event schema called directly, zod's compiled schemas
 * (`compile` from zod/v4/core) and the floor, an ajv validator compiled from the
 * generated JSON Schema of the same template; `JSON.parse` alone and followed by
 * each; the refusal path; and the cost of one `Error`.
 *
 * The events are the fixtures of test/schemas/fixtures (see schemas/events.ts).
 * Run with `npm run bench`, or alone with `npx tsx bench/schemas.ts`. Every
 * candidate is warmed up first; each figure is the lower of two medians of
 * timed samples from this one run; ratios compare figures of the same run only.
 * Two parts run in child processes (see schemas/spawn.ts): the `Error` count,
 * and `safeParseEvent` after `compileEventSchemas()`.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { TopicTemplate } from '../src/catalogue';
import { errorTrials, invalidTrials, mixedTrials, textTrials, timeSections, validTrials } from './schemas/candidates';
import { timeCompiledDispatch } from './schemas/compiled-dispatch';
import { loadCompetitors, type Competitors } from './schemas/competitors';
import { countBySwappingGlobal, countErrors } from './schemas/errors';
import { eventSets, fixtureEvents, slotOf, type EventSets, type FixtureEvent, type Slot } from './schemas/events';
import { printSchemasBench } from './schemas/print';
import type { SchemasBenchResult } from './schemas/result';
import { verify } from './schemas/verify';

export { printSchemasBench };
export type { SchemasBenchResult };

/** Checks every candidate on every fixture, then times them all and counts the refusal path's `Error`s. */
export function runSchemasBench(): SchemasBenchResult {
  const { byTemplate, report } = loadCompetitors();
  const fixtures = fixtureEvents();
  const ajvAcceptsInvalid = verify(fixtures, byTemplate);
  const slots = slotSets(eventSets(fixtures), byTemplate);
  const loadBefore = loadavg()[0] ?? 0;
  const figures = timeSections({
    valid: validTrials(slots.valid),
    text: textTrials(slots.valid),
    mixed: mixedTrials(slots.mixed),
    invalid: invalidTrials(slots.invalid),
    errors: errorTrials(),
  });
  const dispatchCompiled = timeCompiledDispatch();
  const loadAfter = loadavg()[0] ?? 0;
  const invalidFixtures = fixtures.filter((fixture) => !fixture.valid).length;
  // The first slots of the invalid set hold every invalid fixture once (it cycles through one shuffled list).
  const onePass = slots.invalid.slice(0, invalidFixtures).map((slot) => slot.event);
  return {
    cpus: availableParallelism(),
    load: [loadBefore, loadAfter],
    templates: new Set(fixtures.map((fixture) => fixture.template)).size,
    validFixtures: fixtures.length - invalidFixtures,
    invalidFixtures,
    compile: report,
    ajvAcceptsInvalid,
    ...figures,
    valid: { ...figures.valid, dispatchCompiled },
    errors: { ...figures.errors, swappedGlobal: countBySwappingGlobal(onePass), counted: countErrors() },
  };
}

function slotSets(
  sets: EventSets<FixtureEvent>,
  competitors: ReadonlyMap<TopicTemplate, Competitors>,
): EventSets<Slot> {
  const slot = (fixture: FixtureEvent): Slot => {
    const each = competitors.get(fixture.template);
    if (each === undefined) throw new Error(`no competitors for ${fixture.template}`);
    return slotOf(fixture, each);
  };
  return { valid: sets.valid.map(slot), mixed: sets.mixed.map(slot), invalid: sets.invalid.map(slot) };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printSchemasBench(runSchemasBench());
