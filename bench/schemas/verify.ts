/**
 * Checks every candidate's answer on every fixture before anything is timed:
 * a fast wrong answer is no figure.
 */
import { isDeepStrictEqual } from 'node:util';
import type { TopicTemplate } from '../../src/catalogue';
import { safeParseEvent } from '../../src/schemas';
import type { Competitors } from './competitors';
import type { FixtureEvent } from './events';

/**
 * Throws where a candidate disagrees with the fixture (or the compiled schema with the runtime one).
 *
 * @returns the invalid fixtures ajv accepts: JSON Schema cannot say what zod checks there.
 */
export function verify(
  fixtures: readonly FixtureEvent[],
  competitors: ReadonlyMap<TopicTemplate, Competitors>,
): string[] {
  const ajvAcceptsInvalid: string[] = [];
  for (const fixture of fixtures) {
    const label = `${fixture.template}: ${fixture.name}`;
    const each = competitors.get(fixture.template);
    if (each === undefined) throw new Error(`${label}: no competitors for the template`);
    verifyZod(fixture, each, label);
    const ajv = each.validate(JSON.parse(fixture.json));
    if (fixture.valid && !ajv) throw new Error(`${label}: ajv refuses a valid event`);
    if (!fixture.valid && ajv) ajvAcceptsInvalid.push(label);
  }
  return ajvAcceptsInvalid;
}

// Each candidate gets its own decoded copy, so none sees what another added to or changed in its input.
function verifyZod(fixture: FixtureEvent, { schema, compiled }: Competitors, label: string): void {
  const event = (): unknown => JSON.parse(fixture.json);
  const viaRegistry = safeParseEvent(event());
  const direct = schema.safeParse(event());
  const viaCompiled = compiled.safeParse(event());
  if ([viaRegistry, direct, viaCompiled].some((result) => result.success !== fixture.valid)) {
    throw new Error(
      `${label}: expected ${fixture.valid ? 'valid' : 'invalid'}; safeParseEvent ${String(viaRegistry.success)}, ` +
        `direct ${String(direct.success)}, compiled ${String(viaCompiled.success)}`,
    );
  }
  if (direct.success && !isDeepStrictEqual(viaCompiled.data, direct.data)) {
    throw new Error(`${label}: the compiled schema's output differs from the runtime's`);
  }
  if (viaRegistry.success && viaRegistry.data.template !== fixture.template) {
    throw new Error(`${label}: dispatched to ${String(viaRegistry.data.template)}`);
  }
}
