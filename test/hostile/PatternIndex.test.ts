import { describe, expect, it } from 'vitest';
import { PatternIndex, matches } from '../../src/index';

/** `count` tokens, each made by `token(i)`, joined with dots. */
function tokens(count: number, token: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => token(i)).join('.');
}

/**
 * Patterns of `depth` tokens: a wildcard chain, a literal chain and a `>` one
 * token short of it. The literal chains start with their depth, so those of
 * two depths are not prefixes of each other.
 */
function deepPatterns(depth: number): { wild: string; literal: string; rest: string } {
  const literalToken = (i: number): string => (i === 0 ? `root-${depth}` : `t${i}`);
  return {
    wild: `attacker.observation.${tokens(depth - 2, () => '*')}`,
    literal: tokens(depth, literalToken),
    rest: `${tokens(depth - 1, literalToken)}.>`,
  };
}

/** The fastest of a few runs, in milliseconds, so one slow run (a GC pause) does not count. */
function fastestRun(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5; attempt++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('PatternIndex with patterns of thousands of tokens', () => {
  const index = new PatternIndex<string>();
  index.add('attacker.>', 'shallow');
  for (const depth of [3_000, 20_000]) {
    const { wild, literal, rest } = deepPatterns(depth);
    index.add(wild, `wild-${depth}`);
    index.add(literal, `literal-${depth}`);
    index.add(rest, `rest-${depth}`);
  }

  it.each([3_000, 20_000])('should match topics of %i tokens against patterns just as long', (depth) => {
    const observed = `attacker.observation.${tokens(depth - 2, (i) => `x${i}`)}`;
    expect(index.match(observed)).toEqual(['shallow', `wild-${depth}`]);
    expect(index.match(`${observed}.extra`)).toEqual(['shallow']);
    expect(index.match(`decky.${observed.slice('attacker.'.length)}`)).toEqual([]);

    const { literal } = deepPatterns(depth);
    expect(index.match(literal)).toEqual([`literal-${depth}`, `rest-${depth}`]);
    expect(index.match(`${literal.slice(0, literal.lastIndexOf('.'))}.other`)).toEqual([`rest-${depth}`]);
    expect(index.match(literal.replace('t1.', 'u1.'))).toEqual([]);
  });

  it.each([3_000, 20_000])('should add, find, match and remove patterns of %i tokens', (depth) => {
    const own = new PatternIndex<number>();
    const { wild, literal, rest } = deepPatterns(depth);
    expect(own.add(wild, 1)).toBe(true);
    expect(own.add(literal, 2)).toBe(true);
    expect(own.add(literal, 2)).toBe(false);
    expect(own.has(wild, 1)).toBe(true);
    expect(own.has(rest, 2)).toBe(false);
    expect(own.match(literal)).toEqual([2]);
    expect(own.remove(literal, 2)).toBe(true);
    expect(own.remove(literal, 2)).toBe(false);
    expect(own.has(literal, 2)).toBe(false);
    expect(own.match(literal)).toEqual([]);
    expect(own.remove(wild, 1)).toBe(true);
    expect(own.size).toBe(0);
    expect(own.match(`attacker.observation.${tokens(depth - 2, () => 'x')}`)).toEqual([]);
  });

  it('should match a 100,000-token pattern within a small factor of matching that one pair alone', () => {
    const depth = 100_000;
    const { wild, literal, rest } = deepPatterns(depth);
    const own = new PatternIndex<string>();
    own.add(wild, 'wild');
    own.add(literal, 'literal');
    own.add(rest, 'rest');
    const topic = `attacker.observation.${tokens(depth - 2, (i) => `x${i}`)}`;
    expect(own.match(topic)).toEqual(['wild']);
    expect(own.match(literal)).toEqual(['literal', 'rest']);
    // A walk that revisits tokens, or a stack that grows with depth, would show up here as a ratio in the hundreds.
    const ratio = fastestRun(() => own.match(topic)) / fastestRun(() => matches(wild, topic));
    expect(ratio).toBeLessThan(25);
    expect(own.remove(literal, 'literal')).toBe(true);
    expect(own.match(literal)).toEqual(['rest']);
  });
});

describe('PatternIndex returning -0 as it was stored', () => {
  const isNegativeZero = (value: unknown): boolean => Object.is(value, -0);

  it('should return -0 from a bucket that holds several values', () => {
    const index = new PatternIndex<number>();
    index.add('a', -0);
    index.add('a', 1);
    expect(index.add('a', 0)).toBe(false);
    expect(index.match('a').map(isNegativeZero)).toEqual([true, false]);
  });

  it('should return -0 from a bucket left with one value after a removal', () => {
    const index = new PatternIndex<number>();
    index.add('a', -0);
    index.add('a', 1);
    expect(index.remove('a', 1)).toBe(true);
    expect(index.match('a').map(isNegativeZero)).toEqual([true]);
  });

  it('should return -0 when the values of several matched buckets are merged', () => {
    const index = new PatternIndex<number>();
    index.add('a.*', -0);
    index.add('a.*', 1);
    index.add('a.b', 2);
    expect(index.match('a.b').map(isNegativeZero)).toEqual([true, false, false]);

    // More than a handful of matched values take another way through the merge.
    const many = new PatternIndex<number>();
    const topic = tokens(20, () => 'a');
    many.add(topic, -0);
    many.add(topic, 1);
    for (let i = 1; i < 20; i++) many.add(`${tokens(i, () => 'a')}.>`, 1 + i);
    expect(many.match(topic).map(isNegativeZero)).toEqual([true, ...Array<boolean>(20).fill(false)]);
  });

  it('should still take -0 and +0 as one value, whichever was stored first', () => {
    const index = new PatternIndex<number>();
    index.add('a.*', 0);
    index.add('a.*', 1);
    index.add('a.b', -0);
    index.add('a.b', 2);
    expect(index.has('a.*', -0)).toBe(true);
    expect(index.match('a.b').map(isNegativeZero)).toEqual([false, false, false]);
    expect(index.remove('a.*', -0)).toBe(true);
    expect(index.match('a.b').map(isNegativeZero)).toEqual([false, true, false]);
  });
});
