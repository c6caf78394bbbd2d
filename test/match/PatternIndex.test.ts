import { describe, expect, it } from 'vitest';
import { PatternIndex, TopicPatternError } from '../../src/index';
import { callLoosely, expectArgumentTypeError } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

const HOSTILE_TOKENS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
];

const INVALID_PATTERNS: readonly string[] = ['', 'a..b', '.a', 'a.', 'foo*', 'a.>x', 'a.>.c', '>.a', 'a b'];

describe('PatternIndex', () => {
  it('should follow the example of its documentation', () => {
    const index = new PatternIndex<string>();
    index.add('attacker.>', 'siem');
    index.add('decky.*.state', 'ui');
    expect(index.match('attacker.session.ended')).toEqual(['siem']);
    expect(index.match('decky.d-42.state')).toEqual(['ui']);
    expect(index.match('system.log')).toEqual([]);
  });

  it('should start empty', () => {
    const index = new PatternIndex<string>();
    expect(index.size).toBe(0);
    expect(index.match('a')).toEqual([]);
    expect(index.match('')).toEqual([]);
  });

  describe('add', () => {
    it('should return true for a new pair and false when the pair is already there', () => {
      const index = new PatternIndex<string>();
      expect(index.add('system.*.health', 'ops')).toBe(true);
      expect(index.add('system.*.health', 'ops')).toBe(false);
      expect(index.size).toBe(1);
      expect(index.match('system.sniffer.health')).toEqual(['ops']);
    });

    it('should store the same pattern with two values as two pairs', () => {
      const index = new PatternIndex<string>();
      expect(index.add('a.*', 'x')).toBe(true);
      expect(index.add('a.*', 'y')).toBe(true);
      expect(index.size).toBe(2);
      expect(index.match('a.b')).toEqual(['x', 'y']);
    });

    it('should return a value held under several matching patterns once', () => {
      const index = new PatternIndex<string>();
      index.add('a.b', 'v');
      index.add('a.*', 'v');
      index.add('a.>', 'v');
      index.add('>', 'v');
      index.add('*.b', 'v');
      expect(index.size).toBe(5);
      expect(index.match('a.b')).toEqual(['v']);
    });

    it.each(INVALID_PATTERNS)('should refuse %j with a TopicPatternError and add nothing', (pattern) => {
      const index = new PatternIndex<number>();
      expect(() => index.add(pattern, 1)).toThrow(TopicPatternError);
      expect(index.size).toBe(0);
      expect(index.match(pattern)).toEqual([]);
    });

    it('should carry the reason and index of the refusal', () => {
      const index = new PatternIndex<number>();
      expect(() => index.add('a.>.c', 1)).toThrow(
        expect.objectContaining({
          name: 'TopicPatternError',
          pattern: 'a.>.c',
          reason: 'full-wildcard-not-last',
          index: 2,
        }),
      );
    });
  });

  describe('match', () => {
    it('should return values in the order their pairs were first added', () => {
      const index = new PatternIndex<number>();
      index.add('a.>', 1);
      index.add('*.b', 2);
      index.add('a.b', 3);
      index.add('>', 4);
      index.add('a.*', 5);
      expect(index.match('a.b')).toEqual([1, 2, 3, 4, 5]);

      const reversed = new PatternIndex<number>();
      reversed.add('a.*', 5);
      reversed.add('>', 4);
      reversed.add('a.b', 3);
      reversed.add('*.b', 2);
      reversed.add('a.>', 1);
      expect(reversed.match('a.b')).toEqual([5, 4, 3, 2, 1]);
    });

    it('should place a value held under several patterns where its first matching pair was added', () => {
      const index = new PatternIndex<string>();
      index.add('a.b', 'x');
      index.add('a.*', 'y');
      index.add('a.>', 'x');
      expect(index.match('a.b')).toEqual(['x', 'y']);
      // Only matching pairs count: for a.c the first pair of x that matches comes after y's.
      expect(index.match('a.c')).toEqual(['y', 'x']);
    });

    it('should keep the place of a pair that is added again while present', () => {
      const index = new PatternIndex<number>();
      index.add('a.*', 1);
      index.add('a.b', 2);
      index.add('a.*', 1);
      expect(index.match('a.b')).toEqual([1, 2]);
    });

    it('should put a pair that was removed and added again last, since it is a new pair', () => {
      const index = new PatternIndex<number>();
      index.add('a.*', 1);
      index.add('a.b', 2);
      index.remove('a.*', 1);
      index.add('a.*', 1);
      expect(index.match('a.b')).toEqual([2, 1]);
    });

    it('should follow the bus on empty tokens and `>`', () => {
      const index = new PatternIndex<string>();
      index.add('>', 'all');
      index.add('a.>', 'a-rest');
      index.add('*', 'one');
      index.add('a.*', 'a-one');
      expect(index.match('')).toEqual(['all']);
      expect(index.match('.')).toEqual(['all']);
      expect(index.match('a.')).toEqual(['all', 'a-rest']);
      expect(index.match('a..')).toEqual(['all', 'a-rest']);
      expect(index.match('a')).toEqual(['all', 'one']);
      expect(index.match('a.b')).toEqual(['all', 'a-rest', 'a-one']);
      expect(index.match('.a')).toEqual(['all']);
    });

    it('should find one pattern among a thousand siblings', () => {
      const index = new PatternIndex<number>();
      for (let i = 0; i < 1000; i++) index.add(`decky.d-${i}.state`, i);
      index.add('decky.*.state', -1);
      expect(index.size).toBe(1001);
      expect(index.match('decky.d-500.state')).toEqual([500, -1]);
      expect(index.match('decky.d-1000.state')).toEqual([-1]);
      expect(index.match('decky.d-500.traffic')).toEqual([]);
    });

    it.each(NON_STRINGS)('should throw a TypeError naming PatternIndex.match() and "topic" for $label', ({ value }) => {
      const index = new PatternIndex<number>();
      index.add('>', 1);
      expectArgumentTypeError(() => callLoosely(index.match.bind(index), [value]), 'PatternIndex.match', 'topic');
    });
  });

  describe('match on a shared pattern', () => {
    it("should return the pattern's own frozen list when one pattern matches, the same until it changes", () => {
      const index = new PatternIndex<number>();
      for (let id = 0; id < 1000; id++) index.add('attacker.>', id);
      const first = index.match('attacker.session.ended');
      expect(first).toHaveLength(1000);
      expect(Object.isFrozen(first)).toBe(true);
      expect(() => (first as number[]).push(1)).toThrow(TypeError);
      expect(index.match('attacker.scored')).toBe(first);
      index.remove('attacker.>', 0);
      const second = index.match('attacker.scored');
      expect(second).not.toBe(first);
      expect(first).toHaveLength(1000); // what a caller holds never changes under it
      expect(second).toEqual(Array.from({ length: 999 }, (_, k) => k + 1));
    });

    it('should merge a shared pattern with others in the order the pairs were added, each value once', () => {
      const index = new PatternIndex<string>();
      index.add('attacker.>', 'a');
      index.add('attacker.session.*', 'b');
      index.add('attacker.>', 'c');
      index.add('attacker.session.ended', 'a'); // a second pattern for "a": still returned once, first
      index.add('attacker.session.*', 'd');
      index.add('>', 'e');
      expect(index.match('attacker.session.ended')).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(index.match('attacker.scored')).toEqual(['a', 'c', 'e']);
    });

    it('should keep each value once when every pattern holds it (simple mode: one subscription, several presets)', () => {
      const index = new PatternIndex<number>();
      for (let id = 0; id < 300; id++) {
        for (const pattern of ['attacker.>', 'attacker.session.*', '>', 'attacker.session.ended'])
          index.add(pattern, id);
      }
      const values = index.match('attacker.session.ended');
      expect(values).toEqual(Array.from({ length: 300 }, (_, k) => k));
    });
  });

  describe('forEachMatch', () => {
    it('should visit what match returns, in the same order, and return the count', () => {
      const index = new PatternIndex<string>();
      index.add('attacker.>', 'siem');
      index.add('attacker.*.ended', 'ui');
      index.add('>', 'audit');
      const visited: string[] = [];
      expect(index.forEachMatch('attacker.session.ended', (value) => visited.push(value))).toBe(3);
      expect(visited).toEqual(index.match('attacker.session.ended'));
      expect(index.forEachMatch('nothing', () => undefined)).toBe(1);
    });

    it('should let an exception from the visit through, and go on working after it', () => {
      const index = new PatternIndex<number>();
      index.add('a.>', 1);
      index.add('a.*', 2);
      expect(() =>
        index.forEachMatch('a.b', () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      const visited: number[] = [];
      index.forEachMatch('a.b', (value) => visited.push(value));
      expect(visited).toEqual([1, 2]);
      expect(index.match('a.b')).toEqual([1, 2]);
    });

    it.each(NON_STRINGS)(
      'should throw a TypeError naming PatternIndex.forEachMatch() and "topic" for $label',
      ({ value }) => {
        const index = new PatternIndex<number>();
        expectArgumentTypeError(
          () => callLoosely(index.forEachMatch.bind(index), [value, () => undefined]),
          'PatternIndex.forEachMatch',
          'topic',
        );
      },
    );

    it.each([undefined, null, 'fn', 1, {}])('should throw a TypeError naming "visit" for %j', (visit) => {
      const index = new PatternIndex<number>();
      expectArgumentTypeError(
        () => callLoosely(index.forEachMatch.bind(index), ['a', visit]),
        'PatternIndex.forEachMatch',
        'visit',
      );
    });
  });

  describe('hasMatch', () => {
    it('should tell whether match would return anything', () => {
      const index = new PatternIndex<string>();
      expect(index.hasMatch('a')).toBe(false);
      index.add('decky.*.state', 'ui');
      expect(index.hasMatch('decky.d-1.state')).toBe(true);
      expect(index.hasMatch('decky.d-1.traffic')).toBe(false);
      expect(index.hasMatch('decky..state')).toBe(false);
      index.remove('decky.*.state', 'ui');
      expect(index.hasMatch('decky.d-1.state')).toBe(false);
    });

    it.each(NON_STRINGS)(
      'should throw a TypeError naming PatternIndex.hasMatch() and "topic" for $label',
      ({ value }) => {
        const index = new PatternIndex<number>();
        expectArgumentTypeError(
          () => callLoosely(index.hasMatch.bind(index), [value]),
          'PatternIndex.hasMatch',
          'topic',
        );
      },
    );
  });

  describe('remove', () => {
    it('should return true for a present pair and false afterwards', () => {
      const index = new PatternIndex<string>();
      index.add('system.*.health', 'ops');
      expect(index.remove('system.*.health', 'ops')).toBe(true);
      expect(index.remove('system.*.health', 'ops')).toBe(false);
      expect(index.size).toBe(0);
      expect(index.match('system.bus.health')).toEqual([]);
    });

    it('should return false and change nothing for an absent pair', () => {
      const index = new PatternIndex<string>();
      index.add('a.*', 'x');
      index.add('a.>', 'y');
      expect(index.remove('a.*', 'y')).toBe(false);
      expect(index.remove('a.b', 'x')).toBe(false);
      expect(index.remove('a.b.>', 'y')).toBe(false);
      expect(index.remove('*', 'x')).toBe(false);
      expect(index.remove('>', 'x')).toBe(false);
      expect(index.remove('zzz', 'x')).toBe(false);
      expect(index.size).toBe(2);
      expect(index.match('a.b')).toEqual(['x', 'y']);
    });

    it('should remove only the pair named, keeping the same value under another pattern', () => {
      const index = new PatternIndex<string>();
      index.add('a.*', 'v');
      index.add('a.b', 'v');
      index.add('a.b', 'w');
      expect(index.remove('a.b', 'v')).toBe(true);
      expect(index.size).toBe(2);
      expect(index.match('a.b')).toEqual(['v', 'w']);
      expect(index.match('a.c')).toEqual(['v']);
      expect(index.has('a.*', 'v')).toBe(true);
      expect(index.has('a.b', 'v')).toBe(false);
    });

    it('should leave the index usable after removing every pair', () => {
      const index = new PatternIndex<number>();
      const patterns = ['a', 'a.b', 'a.b.c', 'a.*', 'a.>', '*', '>', '*.b.>', 'x.y.z'];
      patterns.forEach((pattern, i) => index.add(pattern, i));
      patterns.forEach((pattern, i) => {
        expect(index.remove(pattern, i)).toBe(true);
      });
      expect(index.size).toBe(0);
      for (const topic of ['a', 'a.b', 'a.b.c', 'x.y.z', '']) expect(index.match(topic)).toEqual([]);
      index.add('a.b', 7);
      expect(index.match('a.b')).toEqual([7]);
    });

    it.each(INVALID_PATTERNS)('should refuse %j with a TopicPatternError', (pattern) => {
      const index = new PatternIndex<number>();
      expect(() => index.remove(pattern, 1)).toThrow(TopicPatternError);
    });
  });

  describe('has', () => {
    it('should be true for a pair that was added and not removed since', () => {
      const index = new PatternIndex<string>();
      expect(index.has('attacker.>', 'siem')).toBe(false);
      index.add('attacker.>', 'siem');
      expect(index.has('attacker.>', 'siem')).toBe(true);
      expect(index.has('attacker.>', 'ui')).toBe(false);
      expect(index.has('attacker.*', 'siem')).toBe(false);
      expect(index.has('attacker', 'siem')).toBe(false);
      expect(index.has('>', 'siem')).toBe(false);
      index.remove('attacker.>', 'siem');
      expect(index.has('attacker.>', 'siem')).toBe(false);
    });

    it('should not confuse a pattern with a topic it matches', () => {
      const index = new PatternIndex<number>();
      index.add('a.*', 1);
      expect(index.has('a.b', 1)).toBe(false);
    });

    it.each(INVALID_PATTERNS)('should refuse %j with a TopicPatternError', (pattern) => {
      const index = new PatternIndex<number>();
      expect(() => index.has(pattern, 1)).toThrow(TopicPatternError);
    });
  });

  describe('clear', () => {
    it('should remove every pair and leave the index usable', () => {
      const index = new PatternIndex<number>();
      index.add('a.>', 1);
      index.add('a.b', 2);
      index.add('*', 3);
      index.clear();
      expect(index.size).toBe(0);
      expect(index.match('a.b')).toEqual([]);
      expect(index.has('a.>', 1)).toBe(false);
      expect(index.add('a.>', 1)).toBe(true);
      expect(index.match('a.b')).toEqual([1]);
    });
  });

  describe('size', () => {
    it('should count pairs, not patterns or values', () => {
      const index = new PatternIndex<string>();
      index.add('a', 'x');
      index.add('a', 'y');
      index.add('b', 'x');
      index.add('b', 'x');
      expect(index.size).toBe(3);
      index.remove('a', 'x');
      expect(index.size).toBe(2);
      index.remove('a', 'x');
      expect(index.size).toBe(2);
    });
  });

  describe('values, compared like Map keys', () => {
    it('should keep two distinct objects that look alike as two values, and return the very objects', () => {
      const index = new PatternIndex<{ id: string }>();
      const first = { id: 'sub' };
      const second = { id: 'sub' };
      expect(index.add('a.*', first)).toBe(true);
      expect(index.add('a.*', second)).toBe(true);
      expect(index.add('a.*', first)).toBe(false);
      const found = index.match('a.b');
      expect(found).toHaveLength(2);
      expect(found[0]).toBe(first);
      expect(found[1]).toBe(second);
      expect(index.has('a.*', { id: 'sub' })).toBe(false);
    });

    it('should hold undefined as a value', () => {
      const index = new PatternIndex<string | undefined | null>();
      expect(index.add('a', undefined)).toBe(true);
      expect(index.add('a', undefined)).toBe(false);
      expect(index.has('a', undefined)).toBe(true);
      expect(index.has('a', null)).toBe(false);
      expect(index.match('a')).toEqual([undefined]);
      expect(index.add('a', null)).toBe(true);
      expect(index.match('a')).toEqual([undefined, null]);
      expect(index.remove('a', undefined)).toBe(true);
      expect(index.match('a')).toEqual([null]);
    });

    it('should take NaN as equal to itself', () => {
      const index = new PatternIndex<number>();
      expect(index.add('a', Number.NaN)).toBe(true);
      expect(index.add('a', Number.NaN)).toBe(false);
      expect(index.has('a', Number.NaN)).toBe(true);
      expect(index.match('a')).toEqual([Number.NaN]);
      // With a second value the bucket becomes a Map: NaN must still be found.
      expect(index.add('a', 1)).toBe(true);
      expect(index.add('a', Number.NaN)).toBe(false);
      expect(index.has('a', Number.NaN)).toBe(true);
      expect(index.remove('a', Number.NaN)).toBe(true);
      expect(index.match('a')).toEqual([1]);
    });

    it('should take 0 and -0 as the same value', () => {
      const index = new PatternIndex<number>();
      index.add('a', 0);
      expect(index.add('a', -0)).toBe(false);
      expect(index.has('a', -0)).toBe(true);
      expect(index.remove('a', -0)).toBe(true);
      expect(index.size).toBe(0);
    });

    it('should return the same value once across patterns, however it is compared', () => {
      const index = new PatternIndex<number>();
      index.add('a.*', Number.NaN);
      index.add('a.b', Number.NaN);
      index.add('>', 0);
      index.add('*.b', -0);
      expect(index.match('a.b')).toEqual([Number.NaN, 0]);
    });

    it('should hold functions, symbols and arrays', () => {
      const handler = (): number => 1;
      const tag = Symbol('tag');
      const list = ['x'];
      const index = new PatternIndex<unknown>();
      index.add('a.>', handler);
      index.add('a.>', tag);
      index.add('a.>', list);
      const found = index.match('a.b');
      expect(found).toHaveLength(3);
      expect(found[0]).toBe(handler);
      expect(found[1]).toBe(tag);
      expect(found[2]).toBe(list);
    });
  });

  describe('hostile tokens', () => {
    it.each(HOSTILE_TOKENS)('should treat %j as an ordinary token', (token) => {
      const index = new PatternIndex<string>();
      expect(index.match(token)).toEqual([]);
      expect(index.match(`a.${token}.b`)).toEqual([]);
      expect(index.has(token, 'x')).toBe(false);
      expect(index.remove(token, 'x')).toBe(false);

      index.add(token, 'alone');
      index.add(`a.${token}.b`, 'inside');
      index.add(`${token}.>`, 'prefix');
      expect(index.match(token)).toEqual(['alone']);
      expect(index.match(`a.${token}.b`)).toEqual(['inside']);
      expect(index.match(`${token}.x`)).toEqual(['prefix']);
      expect(index.match('a.b.b')).toEqual([]);
      expect(index.has(token, 'alone')).toBe(true);
      expect(index.remove(`a.${token}.b`, 'inside')).toBe(true);
      expect(index.match(`a.${token}.b`)).toEqual([]);
    });

    it('should keep them apart among many siblings', () => {
      const index = new PatternIndex<string>();
      for (const token of HOSTILE_TOKENS) index.add(`root.${token}`, token);
      index.add('root.plain', 'plain');
      for (const token of HOSTILE_TOKENS) expect(index.match(`root.${token}`)).toEqual([token]);
      expect(index.match('root.plain')).toEqual(['plain']);
      expect(index.match('root.other')).toEqual([]);
      expect(index.size).toBe(HOSTILE_TOKENS.length + 1);
    });

    it('should not touch Object.prototype', () => {
      const index = new PatternIndex<string>();
      index.add('__proto__.polluted', 'x');
      index.add('constructor.prototype.polluted', 'y');
      index.match('__proto__.polluted');
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  describe.each(['add', 'remove', 'has'] as const)('%s', (method) => {
    it.each(NON_STRINGS)(
      `should throw a TypeError naming PatternIndex.${method}() and "pattern" for $label`,
      ({ value }) => {
        const index = new PatternIndex<number>();
        expectArgumentTypeError(
          () => callLoosely(index[method].bind(index), [value, 1]),
          `PatternIndex.${method}`,
          'pattern',
        );
      },
    );
  });
});
