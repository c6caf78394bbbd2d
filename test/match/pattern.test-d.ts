import { describe, expectTypeOf, it } from 'vitest';
import {
  ATTACKER,
  DECKY,
  DECKY_STATE,
  DECKY_TRAFFIC,
  SYSTEM,
  SYSTEM_HEALTH,
  TTP,
  TTP_RULE_FIRED,
  pattern,
  type Matches,
} from '../../src/index';
import { widen } from '../support/calls';

describe('pattern', () => {
  it('should type a pattern built from the constants as its literal', () => {
    expectTypeOf(pattern(DECKY, '*', DECKY_STATE)).toEqualTypeOf<'decky.*.state'>();
    expectTypeOf(pattern(DECKY, '*', DECKY_TRAFFIC)).toEqualTypeOf<'decky.*.traffic'>();
    expectTypeOf(pattern(ATTACKER, '>')).toEqualTypeOf<'attacker.>'>();
    expectTypeOf(pattern(SYSTEM, '*', SYSTEM_HEALTH)).toEqualTypeOf<'system.*.health'>();
  });

  it('should type wildcards alone and literal tokens', () => {
    expectTypeOf(pattern('>')).toEqualTypeOf<'>'>();
    expectTypeOf(pattern('*')).toEqualTypeOf<'*'>();
    expectTypeOf(pattern('*', '*', '>')).toEqualTypeOf<'*.*.>'>();
    expectTypeOf(pattern('host:web-1', 'state')).toEqualTypeOf<'host:web-1.state'>();
  });

  it('should type tokens typed string as string parts', () => {
    const id = widen('d-42');
    expectTypeOf(pattern(DECKY, id, '*')).toEqualTypeOf<`decky.${string}.*`>();
  });

  it('should give a pattern that Matches can reason about', () => {
    const deckyState = pattern(DECKY, '*', DECKY_STATE);
    expectTypeOf(deckyState).toEqualTypeOf<'decky.*.state'>();
    expectTypeOf<Matches<typeof deckyState, 'decky.d-42.state'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<typeof deckyState, 'decky.d-42.traffic'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<typeof deckyState, `decky.${string}.state`>>().toEqualTypeOf<true>();
  });

  it('should refuse a dotted leaf constant such as TTP_RULE_FIRED as one token', () => {
    // @ts-expect-error: "rule.fired" holds a dot, so it is not one token
    pattern(TTP, TTP_RULE_FIRED, '>');
  });

  it('should refuse invalid literal tokens at compile time', () => {
    // @ts-expect-error: an empty token would make an empty-token pattern
    pattern('decky', '', 'state');
    // @ts-expect-error: "." inside a token would split it in two
    pattern('decky.d-1', 'state');
    // @ts-expect-error: ">" must be the last token
    pattern('a', '>', 'c');
    // @ts-expect-error: ">" must be the last token, even when followed by "*"
    pattern('>', '*');
    // @ts-expect-error: "*" inside a longer token is a partial wildcard
    pattern('decky', 'd*', 'state');
    // @ts-expect-error: ">" inside a longer token is a partial wildcard
    pattern('decky', '>x');
    // @ts-expect-error: a space is whitespace
    pattern('decky', 'd 1', 'state');
    // @ts-expect-error: a no-break space is one of the 29 whitespace code points
    pattern('decky', 'd\u00a01');
    // @ts-expect-error: U+3000 is one of the 29 whitespace code points
    pattern('decky\u3000', '*');
  });

  it('should refuse tokens that are not strings at compile time', () => {
    // @ts-expect-error: a number is not a token
    pattern('decky', 42);
    // @ts-expect-error: null is not a token
    pattern(null, '*');
    // @ts-expect-error: undefined is not a token
    pattern('decky', undefined);
  });
});
