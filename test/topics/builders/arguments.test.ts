import { describe, expect, it } from 'vitest';
import { TopicSegmentError } from '../../../src/index';
import { callBuilder, expectArgumentTypeError, expectSegmentError, thrownBy } from '../../support/calls';
import { BUILDERS, NON_STRINGS, SEGMENT_BUILDERS } from '../../support/contract';

/** A valid call with `value` in place of argument `position`. */
const argsWith = (params: readonly string[], position: number, value: unknown): unknown[] =>
  params.map((_, k) => (k === position ? value : 'ok'));

// CONTRACT 0, decision 4: nothing is stringified into a topic (Python gave `system.1`, `topology.['a'].status`).
describe.each(BUILDERS)('$name', ({ name, params }) => {
  describe.each(params.map((param, position) => ({ param, position })))('argument $param', ({ param, position }) => {
    it.each(NON_STRINGS)(`should throw a TypeError naming ${name} and ${param} for $label`, ({ value }) => {
      expectArgumentTypeError(() => callBuilder(name, argsWith(params, position, value)), name, param);
    });
  });
});

const twoArgumentBuilders = SEGMENT_BUILDERS.filter((spec) => spec.params.length === 2);

describe.each(twoArgumentBuilders)('$name', ({ name, params, checkedFirst }) => {
  const checkedSecond = params.find((param) => param !== checkedFirst) ?? '';
  const withValues = (first: unknown, second: unknown): unknown[] =>
    params.map((param) => (param === checkedFirst ? first : second));

  it(`should name ${checkedFirst}, which Python checks first, for two bad segments`, () => {
    expectSegmentError(() => callBuilder(name, withValues('a b', 'c.d')), {
      builder: name,
      argument: checkedFirst,
      value: 'a b',
      reason: 'whitespace',
    });
  });

  it(`should name ${checkedFirst} for two non-strings`, () => {
    expectArgumentTypeError(() => callBuilder(name, withValues(1, 2)), name, checkedFirst);
  });

  it(`should report the bad segment ${checkedFirst} before looking at a non-string ${checkedSecond}`, () => {
    expectSegmentError(() => callBuilder(name, withValues('', 2)), { argument: checkedFirst, reason: 'empty' });
  });

  it(`should name ${checkedSecond} when only ${checkedSecond} is bad`, () => {
    expectSegmentError(() => callBuilder(name, withValues('ok', '*')), { argument: checkedSecond, reason: 'wildcard' });
    const error = thrownBy(() => callBuilder(name, withValues('ok', null)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(TopicSegmentError);
    expect((error as TypeError).message).toContain(`"${checkedSecond}"`);
  });
});
