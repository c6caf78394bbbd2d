import { describe, it } from 'vitest';
import { describeBuilderVectors } from '../../support/builder-vectors';
import { callBuilder, expectArgumentTypeError } from '../../support/calls';
import { BUILDERS, NON_STRINGS } from '../../support/contract';

/** A valid call with `value` in place of argument `position`. */
const argsWith = (params: readonly string[], position: number, value: unknown): unknown[] =>
  params.map((_, k) => (k === position ? value : 'ok'));

// CONTRACT 0, decision 4: nothing is stringified into a topic (Python gave `system.1`, `topology.['a'].status`).
// The non-strings JSON can carry (numbers, null, booleans, arrays, objects), in every argument, and the argument
// reported when two are bad, are vectors of conformance/builders.json.
describeBuilderVectors(['not-a-string', 'check-order']);

// What JSON cannot carry stays here.
const JS_ONLY = NON_STRINGS.filter(
  ({ value }) =>
    value === undefined || typeof value === 'symbol' || typeof value === 'bigint' || value instanceof String,
);

describe.each(BUILDERS)('$name', ({ name, params }) => {
  describe.each(params.map((param, position) => ({ param, position })))('argument $param', ({ param, position }) => {
    it.each(JS_ONLY)(`should throw a TypeError naming ${name} and ${param} for $label`, ({ value }) => {
      expectArgumentTypeError(() => callBuilder(name, argsWith(params, position, value)), name, param);
    });
  });
});
