import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatternIndex, compilePattern, isValidPattern, isValidTopic, matches } from '../../src/index';
import { validLeaf, validSegment } from '../support/arbitraries';
import { referenceMatches } from '../support/matching-reference';

// Generators. Random strings almost never match a pattern, so most pairs are built to match: a topic
// is derived from its pattern (each `*` replaced by one non-empty token, each `>` by one to four
// tokens), then maybe nudged off it by one token. A small alphabet makes patterns and topics collide.

const noDot = (text: string): boolean => !text.includes('.');

/** Any token a pattern may hold on the bus: literals, wildcards, partial wildcards, empty, Unicode. */
const anyToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 4 },
  { arbitrary: fc.constantFrom('*', '>'), weight: 3 },
  { arbitrary: fc.constantFrom('', '**', '>>', 'a*', '>a', '*>', ' ', '\t', 'A', '\ud800'), weight: 2 },
  { arbitrary: validSegment, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }).filter(noDot), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }).filter(noDot), weight: 1 },
);

/** One non-empty topic token: what a `*` may stand for. Wildcard characters are plain text in a topic. */
const nonEmptyToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', '*', '>', ' ', 'x y'), weight: 3 },
  { arbitrary: validSegment, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter(noDot), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }).filter(noDot), weight: 1 },
);

/** One topic token, possibly empty. */
const topicToken: fc.Arbitrary<string> = fc.oneof({ arbitrary: nonEmptyToken, weight: 4 }, fc.constant(''));

const tokensToString = (tokens: readonly string[]): string => tokens.join('.');

/** Any pattern string: one to six tokens of any kind. */
const anyPattern: fc.Arbitrary<string> = fc.array(anyToken, { minLength: 1, maxLength: 6 }).map(tokensToString);

/** Any string at all, with dots, wildcard characters and Unicode in it. */
const anyString: fc.Arbitrary<string> = fc.oneof(
  anyPattern,
  fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '>', ' ', '\u00e9', '\ud800'), maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A topic that a subscription on `pattern` receives (when `>` is last), built token by token. */
const topicFor = (pattern: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      ...pattern.split('.').map((token) => {
        if (token === '*') return nonEmptyToken;
        if (token === '>') return fc.array(topicToken, { minLength: 1, maxLength: 4 }).map(tokensToString);
        return fc.constant(token);
      }),
    )
    .map(tokensToString);

/** A topic derived from `pattern`, kept or nudged: one token dropped, one added, an empty one added. */
const nearTopicFor = (pattern: string): fc.Arbitrary<string> =>
  fc
    .tuple(topicFor(pattern), fc.constantFrom('keep', 'keep', 'drop', 'append', 'append-empty', 'prepend'), topicToken)
    .map(([topic, change, token]) => {
      if (change === 'drop') return topic.split('.').slice(0, -1).join('.');
      if (change === 'append') return `${topic}.${token}`;
      if (change === 'append-empty') return `${topic}.`;
      if (change === 'prepend') return `${token}.${topic}`;
      return topic;
    });

interface Pair {
  readonly pattern: string;
  readonly topic: string;
}

/** Pairs biased towards matches, plus entirely random pairs. */
const anyPair: fc.Arbitrary<Pair> = fc.oneof(
  { arbitrary: anyPattern.chain((pattern) => nearTopicFor(pattern).map((topic) => ({ pattern, topic }))), weight: 3 },
  { arbitrary: fc.record({ pattern: anyString, topic: anyString }), weight: 1 },
);

/** A pattern token valid under the strict rules, other than `>`. */
const validPatternToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 3 },
  { arbitrary: fc.constant('*'), weight: 2 },
  { arbitrary: validSegment, weight: 1 },
);

/** A valid pattern: valid tokens and `*`, maybe ending in `>`. */
const validPattern: fc.Arbitrary<string> = fc
  .tuple(fc.array(validPatternToken, { maxLength: 5 }), fc.boolean())
  .filter(([tokens, rest]) => tokens.length > 0 || rest)
  .map(([tokens, rest]) => tokensToString(rest ? [...tokens, '>'] : tokens));

const validPair: fc.Arbitrary<Pair> = fc.oneof(
  { arbitrary: validPattern.chain((pattern) => nearTopicFor(pattern).map((topic) => ({ pattern, topic }))), weight: 3 },
  { arbitrary: fc.record({ pattern: validPattern, topic: anyString }), weight: 1 },
);

describe('the generators', () => {
  it('law: every generated valid pattern is valid', () => {
    fc.assert(
      fc.property(validPattern, (pattern) => {
        expect(isValidPattern(pattern)).toBe(true);
      }),
    );
  });

  it('should produce matching pairs often enough to test something', () => {
    const sample = fc.sample(anyPair, { numRuns: 1000, seed: 42 });
    const matching = sample.filter(({ pattern, topic }) => referenceMatches(pattern, topic)).length;
    expect(matching).toBeGreaterThan(200);
    expect(matching).toBeLessThan(900);
  });
});

describe('matches', () => {
  it('law (a): matches(p, t) === referenceMatches(p, t) for every pair of strings', () => {
    fc.assert(
      fc.property(anyPair, ({ pattern, topic }) => {
        expect(matches(pattern, topic)).toBe(referenceMatches(pattern, topic));
      }),
    );
  });

  it('law (a): matches agrees with the reference on valid patterns too', () => {
    fc.assert(
      fc.property(validPair, ({ pattern, topic }) => {
        expect(matches(pattern, topic)).toBe(referenceMatches(pattern, topic));
      }),
    );
  });

  it('law: a topic derived from a pattern whose `>` is last (or absent) matches it', () => {
    const pattern = anyPattern.filter((text) => !text.split('.').slice(0, -1).includes('>'));
    fc.assert(
      fc.property(
        pattern.chain((p) => topicFor(p).map((t) => ({ p, t }))),
        ({ p, t }) => {
          expect(matches(p, t)).toBe(true);
        },
      ),
    );
  });

  it('law: every string matches itself', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(matches(text, text)).toBe(true);
        expect(referenceMatches(text, text)).toBe(true);
      }),
    );
  });

  it('law (d): a valid topic matches itself, through matches and through its compiled predicate', () => {
    fc.assert(
      fc.property(validLeaf, (topic) => {
        expect(isValidTopic(topic)).toBe(true);
        expect(matches(topic, topic)).toBe(true);
        expect(compilePattern(topic)(topic)).toBe(true);
      }),
    );
  });

  it('law (e): p.> matches exactly the topics that extend p by one token or more, for a valid literal p', () => {
    const around = (p: string): fc.Arbitrary<string> =>
      fc.oneof(
        anyString.map((rest) => `${p}.${rest}`),
        fc.constant(p),
        anyString.map((rest) => `${p}${rest}`),
        fc.nat().map((cut) => p.slice(0, cut % (p.length + 1))),
        anyString,
      );
    fc.assert(
      fc.property(
        validLeaf.chain((p) => around(p).map((t) => ({ p, t }))),
        ({ p, t }) => {
          const extends_ = t.startsWith(`${p}.`);
          expect(matches(`${p}.>`, t)).toBe(extends_);
          expect(compilePattern(`${p}.>`)(t)).toBe(extends_);
        },
      ),
    );
  });

  it('law (f): `*` never matches an empty token, whatever comes before or after it', () => {
    const shape = fc.record({
      before: fc.array(validSegment, { maxLength: 3 }),
      patternAfter: fc.array(anyToken, { maxLength: 3 }),
      topicAfter: fc.array(topicToken, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(shape, ({ before, patternAfter, topicAfter }) => {
        const pattern = tokensToString([...before, '*', ...patternAfter]);
        const topic = tokensToString([...before, '', ...topicAfter]);
        expect(matches(pattern, topic)).toBe(false);
        expect(referenceMatches(pattern, topic)).toBe(false);
        if (isValidPattern(pattern)) expect(compilePattern(pattern)(topic)).toBe(false);
      }),
    );
  });

  it('law (g): a valid pattern without `>` never matches a topic with an empty token', () => {
    const withoutRest = validPattern.filter((pattern) => !pattern.endsWith('>'));
    const pairs = withoutRest.chain((pattern) =>
      fc.tuple(topicFor(pattern), fc.nat()).map(([topic, at]) => {
        const tokens = topic.split('.');
        tokens.splice(at % (tokens.length + 1), 0, '');
        return { pattern, topic: tokensToString(tokens) };
      }),
    );
    fc.assert(
      fc.property(pairs, ({ pattern, topic }) => {
        expect(matches(pattern, topic)).toBe(false);
        expect(compilePattern(pattern)(topic)).toBe(false);
      }),
    );
  });

  it('should not claim more for (g): an invalid topic can match a valid pattern (CONTRACT 2.2)', () => {
    // "A topic that is not valid never matches a valid pattern" is not a law of the bus: `>` takes
    // empty tokens, and `*` takes a token of whitespace, so it is stated above only for `>`-free
    // patterns and empty tokens.
    expect(isValidTopic('a.')).toBe(false);
    expect(matches('a.>', 'a.')).toBe(true);
    expect(isValidTopic('a. ')).toBe(false);
    expect(matches('a.*', 'a. ')).toBe(true);
  });

  it('law: a pattern with `>` before its last token matches as its tokens up to that `>` do', () => {
    const shape = fc.record({
      before: fc.array(anyToken, { maxLength: 3 }),
      after: fc.array(anyToken, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(shape, anyString, ({ before, after }, topic) => {
        const cut = before.includes('>') ? before.slice(0, before.indexOf('>') + 1) : [...before, '>'];
        const pattern = tokensToString([...before, '>', ...after]);
        expect(matches(pattern, topic)).toBe(matches(tokensToString(cut), topic));
      }),
    );
  });
});

describe('compilePattern', () => {
  it('law (b): compilePattern(p)(t) === matches(p, t) for every valid pattern p', () => {
    fc.assert(
      fc.property(validPair, ({ pattern, topic }) => {
        expect(compilePattern(pattern)(topic)).toBe(matches(pattern, topic));
      }),
    );
  });

  it('law: compilePattern(p) succeeds exactly when isValidPattern(p)', () => {
    fc.assert(
      fc.property(fc.oneof(anyPattern, validPattern, anyString), (pattern) => {
        let compiled = true;
        try {
          compilePattern(pattern);
        } catch {
          compiled = false;
        }
        expect(compiled).toBe(isValidPattern(pattern));
      }),
    );
  });
});

describe('PatternIndex', () => {
  interface Op {
    readonly kind: 'add' | 'remove';
    readonly pattern: string;
    readonly value: number;
  }
  interface Pair {
    readonly pattern: string;
    readonly value: number;
  }

  // Few patterns and values, so that adds repeat, removes hit, and patterns overlap.
  const poolToken = fc.constantFrom('a', 'b', '*');
  const poolPattern: fc.Arbitrary<string> = fc
    .tuple(fc.array(poolToken, { maxLength: 3 }), fc.boolean())
    .filter(([tokens, rest]) => tokens.length > 0 || rest)
    .map(([tokens, rest]) => tokensToString(rest ? [...tokens, '>'] : tokens));
  const op: fc.Arbitrary<Op> = fc.record({
    kind: fc.constantFrom('add', 'add', 'remove'),
    pattern: fc.oneof({ arbitrary: poolPattern, weight: 4 }, validPattern),
    value: fc.integer({ min: 0, max: 3 }),
  });
  const poolTopic: fc.Arbitrary<string> = fc.oneof(
    fc.array(fc.constantFrom('a', 'b', 'c', ''), { minLength: 1, maxLength: 4 }).map(tokensToString),
    anyString,
  );

  /** What match(topic) must return: the values of the matching pairs, oldest pair first, each value once. */
  const expectedMatch = (pairs: readonly Pair[], topic: string): number[] => [
    ...new Set(pairs.filter(({ pattern }) => matches(pattern, topic)).map(({ value }) => value)),
  ];

  it('law (c): after any adds and removes, match(t) is the added pairs filtered with matches, in order', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 40 }),
        fc.array(poolTopic, { minLength: 1, maxLength: 8 }),
        (ops, topics) => {
          const index = new PatternIndex<number>();
          let model: Pair[] = [];
          for (const { kind, pattern, value } of ops) {
            const present = model.some((pair) => pair.pattern === pattern && pair.value === value);
            if (kind === 'add') {
              expect(index.add(pattern, value)).toBe(!present);
              if (!present) model.push({ pattern, value });
            } else {
              expect(index.remove(pattern, value)).toBe(present);
              model = model.filter((pair) => !(pair.pattern === pattern && pair.value === value));
            }
            expect(index.has(pattern, value)).toBe(kind === 'add');
          }
          expect(index.size).toBe(model.length);
          for (const topic of [...topics, ...model.map(({ pattern }) => pattern)]) {
            expect(index.match(topic)).toEqual(expectedMatch(model, topic));
          }
        },
      ),
    );
  });

  /** SameValueZero, as the index compares values (a `Map` key's equality). */
  const same = (a: unknown, b: unknown): boolean => [a].includes(b);
  /** The model's answer for any values: the matching pairs' values, oldest pair first, each once as first stored. */
  const expectedValues = <T>(pairs: readonly { pattern: string; value: T }[], topic: string): T[] => {
    const values: T[] = [];
    for (const { pattern, value } of pairs) {
      if (matches(pattern, topic) && !values.some((seen) => same(seen, value))) values.push(value);
    }
    return values;
  };
  /** Every lookup of the index on a topic, which must all agree with the model. */
  const lookups = <T>(index: PatternIndex<T>, topic: string): { match: readonly T[]; visited: T[]; has: boolean } => {
    const visited: T[] = [];
    const count = index.forEachMatch(topic, (value) => visited.push(value));
    expect(count).toBe(visited.length);
    return { match: index.match(topic), visited, has: index.hasMatch(topic) };
  };
  const sameList = (actual: readonly unknown[], expected: readonly unknown[]): void => {
    expect(actual.length).toBe(expected.length);
    actual.forEach((value, i) => {
      expect(Object.is(value, expected[i])).toBe(true);
    });
  };

  const PRESETS = ['attacker.>', 'decky.*.state', 'decky.*.traffic', 'system.>'] as const;
  const OBJECT_A = { id: 'a' };
  const OBJECT_B = { id: 'b' };
  const anyValue = fc.oneof(
    fc.constantFrom<unknown>(0, -0, Number.NaN, OBJECT_A, OBJECT_B, 'x', null, undefined),
    fc.integer({ min: 1, max: 60 }),
  );
  const sharedTopic = fc.oneof(
    fc.constantFrom('attacker.session.ended', 'decky.d1.state', 'decky.d1.traffic', 'system.bus.health', 'x'),
    poolTopic,
  );

  it('law (c) for shared patterns: match, forEachMatch and hasMatch agree with the model, any values, clear included', () => {
    const sharedOp = fc.oneof(
      {
        arbitrary: fc.record({
          kind: fc.constant('add' as const),
          pattern: fc.constantFrom(...PRESETS),
          value: anyValue,
        }),
        weight: 6,
      },
      { arbitrary: fc.record({ kind: fc.constant('add' as const), pattern: poolPattern, value: anyValue }), weight: 2 },
      {
        arbitrary: fc.record({
          kind: fc.constant('remove' as const),
          pattern: fc.constantFrom(...PRESETS),
          value: anyValue,
        }),
        weight: 3,
      },
      { arbitrary: fc.constant({ kind: 'clear' as const, pattern: '', value: 0 }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(sharedOp, { maxLength: 80 }),
        fc.array(sharedTopic, { minLength: 1, maxLength: 6 }),
        (ops, topics) => {
          const index = new PatternIndex<unknown>();
          let model: { pattern: string; value: unknown }[] = [];
          for (const { kind, pattern, value } of ops) {
            if (kind === 'clear') {
              index.clear();
              model = [];
              continue;
            }
            const present = model.some((pair) => pair.pattern === pattern && same(pair.value, value));
            if (kind === 'add') {
              expect(index.add(pattern, value)).toBe(!present);
              if (!present) model.push({ pattern, value });
            } else {
              expect(index.remove(pattern, value)).toBe(present);
              model = model.filter((pair) => !(pair.pattern === pattern && same(pair.value, value)));
            }
          }
          expect(index.size).toBe(model.length);
          for (const topic of [...topics, ...PRESETS]) {
            const expected = expectedValues(model, topic);
            const { match, visited, has } = lookups(index, topic);
            sameList(match, expected);
            sameList(visited, expected);
            expect(has).toBe(expected.length > 0);
          }
        },
      ),
    );
  });

  it('law (c) inside a visit: lookups nested in forEachMatch, and adds and removes, leave every answer right', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ pattern: fc.constantFrom(...PRESETS, 'attacker.*.ended', 'decky.d1.*'), value: anyValue }),
          { maxLength: 40 },
        ),
        sharedTopic,
        sharedTopic,
        fc.constantFrom('attacker.>', 'decky.d1.*'),
        (pairs, outerTopic, innerTopic, changed) => {
          const index = new PatternIndex<unknown>();
          const model: { pattern: string; value: unknown }[] = [];
          for (const { pattern, value } of pairs) {
            if (index.add(pattern, value)) model.push({ pattern, value });
          }
          const outerExpected = expectedValues(model, outerTopic);
          const outer: unknown[] = [];
          let step = 0;
          index.forEachMatch(outerTopic, (value) => {
            outer.push(value);
            // Whatever the model holds at this step, nested lookups must agree with it.
            const nested = lookups(index, innerTopic);
            const innerExpected = expectedValues(model, innerTopic);
            sameList(nested.match, innerExpected);
            sameList(nested.visited, innerExpected);
            const token = `v${step++}`;
            index.add(changed, token);
            model.push({ pattern: changed, value: token });
            if (index.remove(changed, value)) {
              const at = model.findIndex((pair) => pair.pattern === changed && same(pair.value, value));
              model.splice(at, 1);
            }
          });
          // The visit saw the index as it was when it began.
          sameList(outer, outerExpected);
          const after = lookups(index, outerTopic);
          sameList(after.match, expectedValues(model, outerTopic));
        },
      ),
    );
  });

  it('law (c): match(t) after adding valid patterns agrees with compiled predicates of the same patterns', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validPattern, { maxLength: 10 }),
        fc.array(poolTopic, { maxLength: 5 }),
        (patterns, topics) => {
          const index = new PatternIndex<string>();
          for (const pattern of patterns) index.add(pattern, pattern);
          const compiled = patterns.map((pattern) => compilePattern(pattern));
          for (const topic of topics) {
            expect(index.match(topic)).toEqual(
              compiled.filter((predicate) => predicate(topic)).map(({ pattern }) => pattern),
            );
          }
        },
      ),
    );
  });
});
