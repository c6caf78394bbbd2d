/**
 * `safeParseEvent` after `compileEventSchemas()`: the library's own dispatch
 * into zod's compiled schemas. Timed in a child process, because compiling
 * installs the compiled schemas for the rest of the process, while the parent
 * times `safeParseEvent` on the regular parser (as do the benchmarks run after
 * this one).
 */
import { compileEventSchemas, safeParseEvent } from '../../src/schemas';
import { measureRounds, trial } from '../harness';
import { eventSets, fixtureEvents } from './events';
import { COMPILED_DISPATCH_WARM_UP_MS, ROUNDS, SAMPLING } from './settings';
import { runInChild } from './spawn';

/** The figure, ns per valid event, from a child process. */
export const timeCompiledDispatch = (): number => runInChild<{ ns: number }>('compiled-dispatch').ns;

/** In the child: compiles, then times `safeParseEvent` on the valid set. */
export function timeCompiledDispatchHere(): { ns: number } {
  // A template the compiler refuses keeps the regular parser, as it would in a server.
  compileEventSchemas();
  const events = eventSets(fixtureEvents()).valid.map((fixture) => JSON.parse(fixture.json) as unknown);
  if (!events.every((event) => safeParseEvent(event).success)) {
    throw new Error('safeParseEvent refuses a valid event after compileEventSchemas()');
  }
  const timed = trial((event) => safeParseEvent(event).success, events, SAMPLING);
  const [ns = NaN] = measureRounds([timed], { rounds: ROUNDS, warmUpMs: COMPILED_DISPATCH_WARM_UP_MS });
  return { ns };
}
