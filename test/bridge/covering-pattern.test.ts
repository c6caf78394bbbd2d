/**
 * The one bus subscription of a bridge with several patterns: which pattern it is, and the laws that make it
 * safe (it receives everything the patterns select; the filter gives back exactly that).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _coveringPattern, _covers, _selected } from '../../src/bridge/covering-pattern';
import { matches } from '../../src/match/matches';

/** Strict patterns over a small alphabet, so that they overlap often: literals and `*`, maybe `>` last. */
const strictPattern: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', '*'), { minLength: 0, maxLength: 4 }), fc.boolean())
  .filter(([tokens, full]) => tokens.length > 0 || full)
  .map(([tokens, full]) => [...tokens, ...(full ? ['>'] : [])].join('.'));

/** Topics the bus carries, empty tokens and wildcard characters included (they are plain text in a topic). */
const topic: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('a', 'b', 'c', '', '*', '>'), { minLength: 1, maxLength: 6 })
  .map((tokens) => tokens.join('.'));

describe('_coveringPattern', () => {
  it.each([
    [['attacker.>'], 'attacker.>', null],
    [['attacker.>', 'attacker.>'], 'attacker.>', null],
    [['attacker.scored', 'attacker.>', 'attacker.session.*'], 'attacker.>', null],
    [['decky.*.state', 'decky.a.state'], 'decky.*.state', null],
    [['attacker.scored', 'attacker.observed'], 'attacker.>', ['attacker.scored', 'attacker.observed']],
    [['attacker.>', 'decky.*.state'], '>', ['attacker.>', 'decky.*.state']],
    [['a.b.c', 'a.b.d.e'], 'a.b.>', ['a.b.c', 'a.b.d.e']],
    [['a.b', 'a.b.c'], 'a.>', ['a.b', 'a.b.c']],
    [['a', 'b'], '>', ['a', 'b']],
    [['a.*.c', 'a.*.d'], 'a.>', ['a.*.c', 'a.*.d']],
  ] as const)('should subscribe to %j as %s, filtered by %j', (patterns, pattern, filter) => {
    expect(_coveringPattern(patterns)).toEqual({ pattern, filter });
  });

  it('should receive every topic a pattern selects, and select exactly those (law)', () => {
    fc.assert(
      fc.property(fc.array(strictPattern, { minLength: 1, maxLength: 4 }), topic, (patterns, t) => {
        const covering = _coveringPattern(patterns);
        const wanted = patterns.some((p) => matches(p, t));
        if (wanted) expect(matches(covering.pattern, t)).toBe(true);
        expect(matches(covering.pattern, t) && _selected(covering, t)).toBe(wanted);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('_covers', () => {
  it.each([
    ['>', 'a', true],
    ['a.>', 'a.*.>', true],
    ['a.*', 'a.b', true],
    ['a.*', 'a.>', false],
    ['a.b', 'a.*', false],
    ['a.>', 'a', false],
    ['*.*', 'a.b.c', false],
  ] as const)('should say whether %s covers %s: %s', (outer, inner, expected) => {
    expect(_covers(outer, inner)).toBe(expected);
  });

  it('should hold only when every topic of the inner pattern matches the outer one (law)', () => {
    fc.assert(
      fc.property(strictPattern, strictPattern, topic, (outer, inner, t) => {
        if (_covers(outer, inner) && matches(inner, t)) expect(matches(outer, t)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
