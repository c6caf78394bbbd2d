import { describe, expectTypeOf, it } from 'vitest';
import type {
  DECKY_STATE,
  JoinTokens,
  _MatchTokens,
  Matches,
  PatternTokensArg,
  _SplitTokens,
  _TokenMatches,
  InvalidSegment,
} from '../../src/index';
import type { MATCHING_ROWS } from '../support/matching-literals';

describe('_SplitTokens', () => {
  it('should split on every dot', () => {
    expectTypeOf<_SplitTokens<'decky.*.state'>>().toEqualTypeOf<['decky', '*', 'state']>();
    expectTypeOf<_SplitTokens<'a'>>().toEqualTypeOf<['a']>();
  });

  it('should keep empty tokens, as Python str.split does', () => {
    expectTypeOf<_SplitTokens<''>>().toEqualTypeOf<['']>();
    expectTypeOf<_SplitTokens<'.'>>().toEqualTypeOf<['', '']>();
    expectTypeOf<_SplitTokens<'a.'>>().toEqualTypeOf<['a', '']>();
    expectTypeOf<_SplitTokens<'a..b'>>().toEqualTypeOf<['a', '', 'b']>();
  });

  it('should keep a token typed string as one token', () => {
    expectTypeOf<_SplitTokens<`decky.${string}.state`>>().toEqualTypeOf<['decky', string, 'state']>();
  });
});

describe('_TokenMatches', () => {
  it('should follow the examples of its documentation', () => {
    expectTypeOf<_TokenMatches<'*', 'd-42'>>().toEqualTypeOf<true>();
    expectTypeOf<_TokenMatches<'state', string>>().toEqualTypeOf<boolean>();
  });

  it('should refuse an empty topic token for `*`', () => {
    expectTypeOf<_TokenMatches<'*', ''>>().toEqualTypeOf<false>();
  });

  it('should compare literal tokens exactly, the empty token included', () => {
    expectTypeOf<_TokenMatches<'state', 'state'>>().toEqualTypeOf<true>();
    expectTypeOf<_TokenMatches<'state', 'status'>>().toEqualTypeOf<false>();
    expectTypeOf<_TokenMatches<'state', 'State'>>().toEqualTypeOf<false>();
    expectTypeOf<_TokenMatches<'', ''>>().toEqualTypeOf<true>();
    expectTypeOf<_TokenMatches<'foo*', 'foo'>>().toEqualTypeOf<false>();
  });
});

describe('Matches', () => {
  it('should be true for a pattern that matches a literal topic', () => {
    expectTypeOf<Matches<'decky.*.state', 'decky.d-1.state'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'attacker.>', 'attacker.session.ended'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'system.*.health', 'system.bus.health'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<`decky.*.${typeof DECKY_STATE}`, 'decky.d-1.state'>>().toEqualTypeOf<true>();
  });

  it('should be false for a pattern that does not', () => {
    expectTypeOf<Matches<'decky.*.state', 'decky.state'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'decky.*.state', 'decky.d-1.traffic'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'decky.*.state', 'decky.d-1.state.x'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'decky.*.state', 'decky..state'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'a.b', 'a.B'>>().toEqualTypeOf<false>();
  });

  it('should make `>` need one token or more', () => {
    expectTypeOf<Matches<'topology.>', 'topology'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'ttp.rule.fired.>', 'ttp.rule.fired'>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'topology.>', 'topology.abc'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'topology.>', 'topology.abc.mutation.applied'>>().toEqualTypeOf<true>();
  });

  it('should follow the bus quirks on literal types', () => {
    expectTypeOf<Matches<'>', ''>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'a.>', 'a.'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'a.>.c', 'a.b.d'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'>.a', 'x'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'a..b', 'a..b'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'', ''>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'*', ''>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'foo*', 'foo*'>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'foo*', 'foobar'>>().toEqualTypeOf<false>();
  });

  it('should be boolean when a literal token of the pattern meets a token typed string', () => {
    expectTypeOf<Matches<'decky.d-1.state', `decky.${string}.state`>>().toEqualTypeOf<boolean>();
    expectTypeOf<Matches<'a.b', `a.${string}`>>().toEqualTypeOf<boolean>();
    expectTypeOf<Matches<'a.b.>', `a.${string}.c`>>().toEqualTypeOf<boolean>();
  });

  it('should stay false when a literal token rules the topic out, whatever the string tokens hold', () => {
    expectTypeOf<Matches<'decky.d-1.state', `decky.${string}.traffic`>>().toEqualTypeOf<false>();
    expectTypeOf<Matches<'system.>', `decky.${string}`>>().toEqualTypeOf<false>();
  });

  it('should be true for wildcards over tokens typed string, as documented', () => {
    // A token typed string stands for one builder segment, which is never empty and holds no dot.
    expectTypeOf<Matches<'decky.*.state', `decky.${string}.state`>>().toEqualTypeOf<true>();
    expectTypeOf<Matches<'attacker.>', `attacker.${string}`>>().toEqualTypeOf<true>();
  });

  it('should be boolean, not false, for a topic typed string, which may be any topic', () => {
    // The TSDoc promises `boolean` "when it depends on a part of the topic that is only known to be a
    // string". `matches('a.b', 'a.b')` is true and `matches('a.b', 'x')` false, so false is wrong here.
    expectTypeOf<Matches<'a.b', string>>().toEqualTypeOf<boolean>();
    expectTypeOf<Matches<'a.*', string>>().toEqualTypeOf<boolean>();
    expectTypeOf<Matches<'a', string>>().toEqualTypeOf<boolean>();
    expectTypeOf<Matches<'>', string>>().toEqualTypeOf<true>();
  });

  it('should agree with every row of the conformance table', () => {
    // conformance/matching.json, as literal types (generated; test/conformance checks it is current).
    type Row = (typeof MATCHING_ROWS)[number];
    // The rows on which Matches gives another answer than the table; there must be none.
    type Disagreeing<R> = R extends readonly [infer P extends string, infer T extends string, infer M extends boolean]
      ? [Matches<P, T>] extends [M]
        ? never
        : R
      : never;
    expectTypeOf<Disagreeing<Row>>().toBeNever();
  });
});

describe('_MatchTokens', () => {
  it('should follow the example of its documentation', () => {
    expectTypeOf<_MatchTokens<['a', '>'], ['a', 'b', 'c']>>().toEqualTypeOf<true>();
  });

  it('should need equal lengths when there is no `>`', () => {
    expectTypeOf<_MatchTokens<['a', '*'], ['a', 'b']>>().toEqualTypeOf<true>();
    expectTypeOf<_MatchTokens<['a', '*'], ['a']>>().toEqualTypeOf<false>();
    expectTypeOf<_MatchTokens<['a'], ['a', 'b']>>().toEqualTypeOf<false>();
    expectTypeOf<_MatchTokens<[], []>>().toEqualTypeOf<true>();
  });
});

describe('JoinTokens', () => {
  it('should join with dots', () => {
    expectTypeOf<JoinTokens<['decky', '*', 'state']>>().toEqualTypeOf<'decky.*.state'>();
    expectTypeOf<JoinTokens<['>']>>().toEqualTypeOf<'>'>();
    expectTypeOf<JoinTokens<[]>>().toEqualTypeOf<''>();
    expectTypeOf<JoinTokens<[string, '*']>>().toEqualTypeOf<`${string}.*`>();
  });
});

describe('PatternTokensArg', () => {
  it('should be the tokens themselves when they are valid', () => {
    expectTypeOf<PatternTokensArg<['decky', '*', 'state']>>().toEqualTypeOf<['decky', '*', 'state']>();
    expectTypeOf<PatternTokensArg<['attacker', '>']>>().toEqualTypeOf<['attacker', '>']>();
    expectTypeOf<PatternTokensArg<['*']>>().toEqualTypeOf<['*']>();
    expectTypeOf<PatternTokensArg<[string, '*']>>().toEqualTypeOf<[string, '*']>();
  });

  it('should explain an invalid token in its place', () => {
    expectTypeOf<PatternTokensArg<['a', '>', 'c']>>().toEqualTypeOf<
      ['a', InvalidSegment<'must not contain the wildcards "*" or ">"'>, 'c']
    >();
    expectTypeOf<PatternTokensArg<['a.b', '*']>>().toEqualTypeOf<[InvalidSegment<'must not contain "."'>, '*']>();
    expectTypeOf<PatternTokensArg<['a', '']>>().toEqualTypeOf<['a', InvalidSegment<'must not be empty'>]>();
  });
});
