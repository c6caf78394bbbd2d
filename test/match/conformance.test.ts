import { describe, expect, it } from 'vitest';
import { PatternIndex, TopicPatternError, compilePattern, isValidPattern, matches } from '../../src/index';
import { EDGE_CASES_2_3, MATCH_CASES, NATS_DIVERGENCES } from '../support/matching-cases';
import { referenceMatches } from '../support/matching-reference';

// One table, every implementation (STYLE: "a case may be skipped only with a written reason").
// Compiled predicates and the index validate patterns strictly (CONTRACT 0, decision 6), so rows
// whose pattern breaks the NATS rules cannot run through them; those rows are counted and each
// one checks instead that the pattern is refused.
const VALID = MATCH_CASES.filter((row) => isValidPattern(row.pattern));
const INVALID = MATCH_CASES.filter((row) => !isValidPattern(row.pattern));
const SKIP_REASON = 'invalid pattern: compiled predicates validate strictly';
const INDEX_SKIP_REASON = 'invalid pattern: the index validates strictly';

const ROW_TITLE = '$pattern vs $topic should be $matches ($source)';

describe('the conformance table', () => {
  it('should hold all 134 edge cases of CONTRACT 2.3, #0 to #133, each once', () => {
    expect(EDGE_CASES_2_3.map(({ source }) => source)).toEqual(
      Array.from({ length: 134 }, (_, n) => `CONTRACT 2.3 #${n}`),
    );
  });

  it('should hold each (pattern, topic) pair once', () => {
    const pairs = new Set(MATCH_CASES.map(({ pattern, topic }) => JSON.stringify([pattern, topic])));
    expect(pairs.size).toBe(MATCH_CASES.length);
  });

  it('should have rows with a valid pattern and rows without, and count them', () => {
    expect(VALID.length + INVALID.length).toBe(MATCH_CASES.length);
    expect(VALID.length).toBeGreaterThan(100);
    expect(INVALID.length).toBeGreaterThan(50);
  });

  it('should have matching and non-matching rows for both kinds of pattern', () => {
    for (const rows of [VALID, INVALID]) {
      expect(rows.some((row) => row.matches)).toBe(true);
      expect(rows.some((row) => !row.matches)).toBe(true);
    }
  });
});

describe('referenceMatches (the reference model of CONTRACT 2.1)', () => {
  it.each(MATCH_CASES)(ROW_TITLE, ({ pattern, topic, matches: expected }) => {
    expect(referenceMatches(pattern, topic)).toBe(expected);
  });
});

describe('matches', () => {
  it.each(MATCH_CASES)(ROW_TITLE, ({ pattern, topic, matches: expected }) => {
    expect(matches(pattern, topic)).toBe(expected);
  });
});

describe(`compilePattern on the ${VALID.length} rows with a valid pattern`, () => {
  it.each(VALID)(ROW_TITLE, ({ pattern, topic, matches: expected }) => {
    expect(compilePattern(pattern)(topic)).toBe(expected);
  });
});

describe(`compilePattern: ${INVALID.length} rows skipped (${SKIP_REASON})`, () => {
  it.each(INVALID)('should refuse $pattern with a TopicPatternError instead', ({ pattern }) => {
    expect(() => compilePattern(pattern)).toThrow(TopicPatternError);
  });
});

describe(`PatternIndex on the ${VALID.length} rows with a valid pattern`, () => {
  // One index holding every valid pattern of the table, each under itself as value, in table order.
  const patterns = [...new Set(VALID.map((row) => row.pattern))];
  const index = new PatternIndex<string>();
  for (const pattern of patterns) index.add(pattern, pattern);

  it('should hold each distinct valid pattern of the table once', () => {
    expect(index.size).toBe(patterns.length);
  });

  it.each(VALID)(
    'one index of all patterns: $pattern vs $topic should be $matches ($source)',
    ({ pattern, topic, matches: expected }) => {
      expect(index.match(topic).includes(pattern)).toBe(expected);
    },
  );

  it.each(VALID)(
    'one index of all patterns: match($topic) should be every pattern the reference accepts, in insertion order',
    ({ topic }) => {
      expect(index.match(topic)).toEqual(patterns.filter((pattern) => referenceMatches(pattern, topic)));
    },
  );

  it.each(VALID)(
    'one index of all patterns: forEachMatch($topic) and hasMatch($topic) should agree with match',
    ({ topic }) => {
      const visited: string[] = [];
      index.forEachMatch(topic, (value) => visited.push(value));
      const expected = patterns.filter((pattern) => referenceMatches(pattern, topic));
      expect(visited).toEqual(expected);
      expect(index.hasMatch(topic)).toBe(expected.length > 0);
    },
  );

  it.each(VALID)(
    'an index of one pattern: $pattern vs $topic should be $matches ($source), through every lookup',
    ({ pattern, topic, matches: expected }) => {
      const single = new PatternIndex<number>();
      single.add(pattern, 1);
      expect(single.match(topic)).toEqual(expected ? [1] : []);
      expect(single.hasMatch(topic)).toBe(expected);
      expect(single.forEachMatch(topic, () => undefined)).toBe(expected ? 1 : 0);
    },
  );

  it.each(VALID)(
    'one value under every pattern: match($topic) should hold it once exactly when some pattern matches',
    ({ topic }) => {
      const shared = new PatternIndex<string>();
      for (const pattern of patterns) shared.add(pattern, 'subscriber');
      const any = patterns.some((pattern) => referenceMatches(pattern, topic));
      expect(shared.match(topic)).toEqual(any ? ['subscriber'] : []);
      expect(shared.forEachMatch(topic, () => undefined)).toBe(any ? 1 : 0);
    },
  );
});

describe(`PatternIndex: ${INVALID.length} rows skipped (${INDEX_SKIP_REASON})`, () => {
  it.each(INVALID)('should refuse to add $pattern with a TopicPatternError instead', ({ pattern }) => {
    const index = new PatternIndex<number>();
    expect(() => index.add(pattern, 1)).toThrow(TopicPatternError);
    expect(index.size).toBe(0);
  });
});

describe('where nats-server and the DECNET bus disagree', () => {
  it.each(NATS_DIVERGENCES)(
    'matches($pattern, $topic) should follow the bus ($bus), not nats-server ($nats)',
    ({ pattern, topic, bus }) => {
      expect(matches(pattern, topic)).toBe(bus);
      expect(referenceMatches(pattern, topic)).toBe(bus);
      expect(compilePattern(pattern)(topic)).toBe(bus);
    },
  );
});
