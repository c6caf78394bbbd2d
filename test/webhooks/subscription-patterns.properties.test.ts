/**
 * Laws of the subscription-pattern report, stated with the bus matcher `matches` as the judge: the templates it
 * lists for a pattern are exactly those with a topic the bus delivers to it, and the overlaps it reports between
 * two patterns are exactly how their sets of delivered topics relate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matches } from '../../src/match/matches';
import { isValidTopic } from '../../src/topics/validate';
import { TOPIC_CATALOGUE } from '../../src/topics/catalogue';
import type { TopicTemplateEntry } from '../../src/topics/template-types';
import { checkSubscriptionPatterns, type SubscriptionPatternRelation } from '../../src/webhooks/subscription-patterns';
import { rowCall, validSegment, type RowCall } from '../support/arbitraries';

const templatesOf = (pattern: string): readonly string[] =>
  checkSubscriptionPatterns([pattern]).entries[0]?.templates ?? [];

/** A catalogue row's topic, its placeholders filled in as `rowCall` generated them. */
const topicOf = ({ row, params }: RowCall): string =>
  row.template
    .split('.')
    .map((token) => (token.startsWith('{') ? (params[token.slice(1, -1)] ?? '') : token))
    .join('.');

/** A contract topic and its template. */
const contractTopic: fc.Arbitrary<{ readonly template: TopicTemplateEntry['template']; readonly topic: string }> =
  rowCall.map((call) => ({ template: call.row.template, topic: topicOf(call) }));

/** Any token a stored pattern may hold: catalogue tokens, wildcards, broken wildcards, empty, whitespace, junk. */
const CATALOGUE_TOKENS = [...new Set(TOPIC_CATALOGUE.flatMap((row) => row.template.split('.')))].filter(
  (t) => !t.startsWith('{'),
);
const anyToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...CATALOGUE_TOKENS), weight: 4 },
  { arbitrary: fc.constantFrom('*', '>'), weight: 3 },
  { arbitrary: fc.constantFrom('', '**', 'a*', '>x', ' ', 'd 1', '\ud800', 'x'), weight: 1 },
  { arbitrary: validSegment, weight: 1 },
);

/** A pattern derived from a contract topic: some tokens made `*` or replaced, maybe cut short with `>`. */
const derivedPattern: fc.Arbitrary<string> = fc
  .tuple(contractTopic, fc.array(fc.nat(9), { maxLength: 12 }), fc.array(anyToken, { maxLength: 12 }), fc.nat(12))
  .map(([{ topic }, edits, replacements, cut]) => {
    const tokens = topic.split('.');
    edits.forEach((edit, k) => {
      const at = k % tokens.length;
      if (edit < 4) tokens[at] = '*';
      else if (edit === 4) tokens[at] = replacements[k] ?? 'x';
    });
    return cut < tokens.length ? [...tokens.slice(0, cut), '>'].join('.') : tokens.join('.');
  });

const anyPattern: fc.Arbitrary<string> = fc.oneof(
  derivedPattern,
  fc.array(anyToken, { minLength: 1, maxLength: 6 }).map((tokens) => tokens.join('.')),
);

describe('the generators', () => {
  it('should produce patterns that reach templates, and patterns that reach none, often enough', () => {
    const sample = fc.sample(anyPattern, { numRuns: 1000, seed: 7 });
    const reaching = sample.filter((pattern) => templatesOf(pattern).length > 0).length;
    expect(reaching).toBeGreaterThan(300);
    expect(reaching).toBeLessThan(900);
  });

  it('should produce every relation between two patterns', () => {
    const pairs = fc.sample(fc.tuple(anyPattern, anyPattern), { numRuns: 2000, seed: 7 });
    const seen = new Set(pairs.map(([first, second]) => relationOf(first, second)));
    expect([...seen].sort()).toEqual(
      [null, 'equivalent', 'first-covers-second', 'intersecting', 'second-covers-first'].sort(),
    );
  });
});

describe('the templates a pattern can receive', () => {
  it('law: a pattern reported as unable to match any template matches no topic built from any template', () => {
    fc.assert(
      fc.property(anyPattern, fc.array(contractTopic, { minLength: 1, maxLength: 20 }), (pattern, topics) => {
        fc.pre(templatesOf(pattern).length === 0);
        for (const { topic } of topics) expect(matches(pattern, topic)).toBe(false);
      }),
    );
  });

  it('law: whenever the bus delivers a topic of a template to a pattern, the report lists that template', () => {
    fc.assert(
      fc.property(anyPattern, contractTopic, (pattern, { template, topic }) => {
        if (matches(pattern, topic)) expect(templatesOf(pattern)).toContain(template);
      }),
    );
  });

  it('law: a pattern derived from a contract topic lists its template, whose topic it matches', () => {
    fc.assert(
      fc.property(
        contractTopic,
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.nat(8),
        ({ template, topic }, stars, cut) => {
          const tokens = topic.split('.').map((token, k) => (stars[k] === true ? '*' : token));
          const pattern = cut < tokens.length ? [...tokens.slice(0, cut), '>'].join('.') : tokens.join('.');
          expect(matches(pattern, topic)).toBe(true);
          expect(templatesOf(pattern)).toContain(template);
        },
      ),
    );
  });

  it('law: every template listed has a topic that the pattern matches (built from the pattern itself)', () => {
    fc.assert(
      fc.property(anyPattern, (pattern) => {
        for (const template of templatesOf(pattern)) {
          const witness = witnessFor(pattern, template);
          // Literal tokens of the template are kept as they are, so a valid topic is one of the template's.
          expect(isValidTopic(witness)).toBe(true);
          expect(matches(pattern, witness)).toBe(true);
        }
      }),
    );
  });
});

/**
 * A topic of `template` that `pattern` matches, assuming one exists: each template token kept when literal, else
 * the pattern's token there when it is a literal, else `x`; a dotted tail takes the pattern's remaining tokens.
 */
function witnessFor(pattern: string, template: string): string {
  const all = pattern.split('.');
  const open = all.indexOf('>');
  const prefix = open === -1 ? all : all.slice(0, open);
  const row = TOPIC_CATALOGUE.find((entry) => entry.template === template);
  const tokens = template.split('.');
  const length =
    row?.dottedTail === true ? Math.max(tokens.length, prefix.length + (open === -1 ? 0 : 1)) : tokens.length;
  return Array.from({ length }, (_, i) => {
    const own = tokens[Math.min(i, tokens.length - 1)] ?? 'x';
    if (!own.startsWith('{') && i < tokens.length) return own;
    const mine = prefix[i];
    return mine === undefined || mine === '*' ? 'x' : mine;
  }).join('.');
}

// Overlaps, judged exhaustively: over a small alphabet, every topic of up to four tokens is tried. Any token a
// pattern does not name behaves like `c`, and patterns of up to three tokens decide nothing past four, so this
// finite check is exact.
const SMALL_TOKENS = ['a', 'b', '', 'a*', '*', '>'];
const TOPIC_TOKENS = ['a', 'b', '', 'a*', 'c'];
const smallPattern = fc.array(fc.constantFrom(...SMALL_TOKENS), { minLength: 1, maxLength: 3 }).map((t) => t.join('.'));

const SMALL_TOPICS: readonly string[] = (() => {
  const topics: string[] = [];
  let level: string[][] = [[]];
  for (let length = 1; length <= 4; length++) {
    level = level.flatMap((tokens) => TOPIC_TOKENS.map((token) => [...tokens, token]));
    topics.push(...level.map((tokens) => tokens.join('.')));
  }
  return topics;
})();

function bruteRelation(first: string, second: string): SubscriptionPatternRelation | null {
  let both = false;
  let onlyFirst = false;
  let onlySecond = false;
  for (const topic of SMALL_TOPICS) {
    const a = matches(first, topic);
    const b = matches(second, topic);
    both ||= a && b;
    onlyFirst ||= a && !b;
    onlySecond ||= b && !a;
  }
  if (!both) return null;
  if (!onlyFirst && !onlySecond) return 'equivalent';
  if (!onlySecond) return 'first-covers-second';
  return onlyFirst ? 'intersecting' : 'second-covers-first';
}

const relationOf = (first: string, second: string): SubscriptionPatternRelation | null =>
  checkSubscriptionPatterns([first, second]).overlaps[0]?.relation ?? null;

describe('overlaps', () => {
  it('law: the reported relation of two patterns is how the sets of topics the bus delivers to them relate', () => {
    fc.assert(
      fc.property(smallPattern, smallPattern, (first, second) => {
        fc.pre(first !== second);
        expect(relationOf(first, second)).toBe(bruteRelation(first, second));
      }),
      { numRuns: 1000 },
    );
  });

  it('law: if a pattern is reported to cover another, every topic the second matches, the first matches too', () => {
    fc.assert(
      fc.property(anyPattern, anyPattern, fc.array(contractTopic, { maxLength: 10 }), (first, second, topics) => {
        fc.pre(first !== second);
        const relation = relationOf(first, second);
        const [wide, narrow] = relation === 'second-covers-first' ? [second, first] : [first, second];
        fc.pre(relation === 'first-covers-second' || relation === 'second-covers-first' || relation === 'equivalent');
        for (const topic of [
          ...topics.map((t) => t.topic),
          narrow,
          narrow.replaceAll('*', 'x').replaceAll('>', 'y.z'),
        ]) {
          if (matches(narrow, topic)) expect(matches(wide, topic)).toBe(true);
        }
      }),
    );
  });

  it('law: patterns reported as not overlapping share no topic', () => {
    fc.assert(
      fc.property(anyPattern, anyPattern, fc.array(contractTopic, { maxLength: 10 }), (first, second, topics) => {
        fc.pre(relationOf(first, second) === null && first !== second);
        for (const { topic } of topics) expect(matches(first, topic) && matches(second, topic)).toBe(false);
      }),
    );
  });
});
