import { describe, expect, it } from 'vitest';
import { TopicPatternError, matches } from '../../src/index';
import { callLoosely, expectArgumentTypeError } from '../support/calls';
import { NON_STRINGS } from '../support/contract';
import { referenceMatches } from '../support/matching-reference';

// Strings that break naive implementations: empty tokens, lone dots, wildcard characters in every
// position, lone surrogates (from slicing a pair), a surrogate pair, whitespace and NUL.
// prettier-ignore
const AWKWARD_STRINGS: readonly string[] = [
  '', '.', '..', '...', '*', '>', '**', '>>', '*>', '>*', '.*', '*.', '.>', '>.', '*.*', '>.>', 'a.>.>', 'a..>',
  '\ud800', '\udc00', 'a.\ud800', '\ud800.>', '\u{1F98A}', '*.\u{1F98A}', ' ', '\t.\n', '\u0000', 'a\u0000.b',
  'a', 'a.b', 'a.*', 'a.>', 'a.', '.a',
];

describe('matches', () => {
  describe('should follow the examples of its documentation', () => {
    it.each([
      ['topology.>', 'topology.abc.status', true],
      ['topology.>', 'topology', false],
      ['system.*.health', 'system.bus.health', true],
      ['a.>.c', 'a.b.d', true],
    ] as const)('for %j vs %j', (pattern, topic, expected) => {
      expect(matches(pattern, topic)).toBe(expected);
    });
  });

  describe('should never throw on strings', () => {
    it('for every pair of awkward strings, and answer as the reference does', () => {
      for (const pattern of AWKWARD_STRINGS) {
        for (const topic of AWKWARD_STRINGS) {
          expect(matches(pattern, topic), JSON.stringify([pattern, topic])).toBe(referenceMatches(pattern, topic));
        }
      }
    });

    it('for a very long topic and pattern', () => {
      const topic = Array.from({ length: 10_000 }, (_, i) => `t${i}`).join('.');
      expect(matches(topic, topic)).toBe(true);
      expect(matches(topic.replace(/t\d+/g, '*'), topic)).toBe(true);
      expect(matches('t0.>', topic)).toBe(true);
      expect(matches(`${topic}.x`, topic)).toBe(false);
    });
  });

  describe('should treat `*` as one non-empty token', () => {
    it.each([
      ['*', '\u{1F98A}', true],
      ['*', '\ud800', true],
      ['*', '\u0000', true],
      ['*', '\u200b', true],
      ['a.*.c', 'a.\u{1F98A}.c', true],
      ['a.*.c', 'a..c', false],
      ['*', '', false],
    ] as const)('for %j vs %j', (pattern, topic, expected) => {
      expect(matches(pattern, topic)).toBe(expected);
    });
  });

  describe('should compare code units exactly', () => {
    it.each([
      ['\ud83e\udd8a', '\u{1F98A}', true],
      ['\ud83e', '\u{1F98A}', false],
      ['a\ufeff', 'a', false],
      ['a', 'a\u200b', false],
      ['\uff0e', '.', false],
    ] as const)('for %j vs %j', (pattern, topic, expected) => {
      expect(matches(pattern, topic)).toBe(expected);
    });
  });

  describe('should answer for invalid patterns as the bus does, without validating them', () => {
    it.each(['', 'a..b', 'foo*', 'a.>.c', 'a b'])('for %j', (pattern) => {
      expect(() => matches(pattern, 'a.b')).not.toThrow();
      expect(matches(pattern, pattern)).toBe(true);
    });

    it('should not throw a TopicPatternError for a pattern that compilePattern refuses', () => {
      expect(() => matches('a.>.c', 'a.b')).not.toThrow(TopicPatternError);
    });
  });

  describe('should throw a TypeError naming matches() and the argument', () => {
    it.each(NON_STRINGS)('for $label as the pattern', ({ value }) => {
      expectArgumentTypeError(() => callLoosely(matches, [value, 'a.b']), 'matches', 'pattern');
    });

    it.each(NON_STRINGS)('for $label as the topic', ({ value }) => {
      expectArgumentTypeError(() => callLoosely(matches, ['a.*', value]), 'matches', 'topic');
    });

    it('for a missing topic', () => {
      expectArgumentTypeError(() => callLoosely(matches, ['a.*']), 'matches', 'topic');
    });

    it('for a String object, without unwrapping it', () => {
      expectArgumentTypeError(() => callLoosely(matches, [Object('a'), 'a']), 'matches', 'pattern');
    });

    it('should name the pattern first when both are not strings', () => {
      expectArgumentTypeError(() => callLoosely(matches, [null, undefined]), 'matches', 'pattern');
    });

    it('should say what it got', () => {
      expect(() => callLoosely(matches, [null, 'a'])).toThrow(/got null/);
      expect(() => callLoosely(matches, ['a', 42])).toThrow(/got number/);
      expect(() => callLoosely(matches, ['a', ['a']])).toThrow(/got an array/);
    });
  });
});
