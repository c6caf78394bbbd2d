import { describe, expect, expectTypeOf, it } from 'vitest';
import { validatePattern } from '../../src/match/pattern-rules';
import type { TemplatesFor } from '../../src/schemas/types';
import { TOPIC_CATALOGUE } from '../../src/topics/catalogue';
import type { TopicTemplate } from '../../src/topics/template-types';
import {
  SUBSCRIPTION_REPORT_LIMITS,
  checkSubscriptionPatterns,
  type SubscriptionPatternEntry,
  type SubscriptionPatternRelation,
} from '../../src/webhooks/subscription-patterns';
import { controlsIn } from '../support/arbitraries';
import { NON_STRINGS } from '../support/contract';

const ALL_TEMPLATES: readonly TopicTemplate[] = TOPIC_CATALOGUE.map((row) => row.template);
const family = (root: string): TopicTemplate[] => ALL_TEMPLATES.filter((template) => template.startsWith(`${root}.`));

/** The one entry of a report on one pattern. */
function entryOf(pattern: unknown): SubscriptionPatternEntry {
  const [entry] = checkSubscriptionPatterns([pattern]).entries;
  if (entry === undefined) throw new Error('no entry');
  return entry;
}

/**
 * A case where the run-time answer and the compiler's `TemplatesFor` agree: it fails to compile unless `templates`
 * lists exactly `TemplatesFor<Pattern>`, in any order.
 */
function agreed<const Pattern extends string, const Templates extends readonly TemplatesFor<Pattern>[]>(
  pattern: Pattern,
  templates: Templates & ([Exclude<TemplatesFor<Pattern>, Templates[number]>] extends [never] ? unknown : never),
): { readonly pattern: string; readonly templates: readonly TopicTemplate[] } {
  return { pattern, templates };
}

const AGREED = [
  agreed('decky.*.state', ['decky.{decky_id}.state']),
  agreed('system.bus.health', ['system.bus.health', 'system.{worker}.health']),
  agreed('system.*.health', ['system.bus.health', 'system.{worker}.health']),
  agreed('attacker.observation.*', ['attacker.observation.{primitive}']),
  agreed('ttp.rule.fired.>', ['ttp.rule.fired.{technique_id}']),
  agreed('*.*.state', [
    'decky.{decky_id}.state',
    'attacker.observation.{primitive}',
    'orchestrator.traffic.{decky_id}',
    'orchestrator.file.{decky_id}',
    'orchestrator.email.{decky_id}',
  ]),
  agreed('canary.*.triggered', ['canary.{token_id}.triggered']),
  agreed('topology.*.mutation.*', ['topology.{topology_id}.mutation.{state}']),
  agreed('orchestrator.*.d-1', [
    'orchestrator.traffic.{decky_id}',
    'orchestrator.file.{decky_id}',
    'orchestrator.email.{decky_id}',
  ]),
  agreed('smtp.probe.pending', ['smtp.probe.pending']),
  agreed('custom.>', []),
  agreed('decky.*state', []),
  agreed('a.>.c', []),
  agreed('ttp', []),
  agreed('attacker.', []),
];

describe('checkSubscriptionPatterns: the templates a pattern can receive', () => {
  it.each(AGREED)('should list $templates for $pattern, as TemplatesFor does', ({ pattern, templates }) => {
    expect([...entryOf(pattern).templates].sort()).toEqual([...templates].sort());
  });

  it('should list whole families for a `>` after the root, as TemplatesFor does', () => {
    for (const root of ['attacker', 'system', 'ttp', 'decky'] as const) {
      expect(entryOf(`${root}.>`).templates).toEqual(family(root));
    }
    expectTypeOf<TemplatesFor<'attacker.>'>>().toEqualTypeOf<Extract<TopicTemplate, `attacker.${string}`>>();
    expectTypeOf<TemplatesFor<'ttp.>'>>().toEqualTypeOf<Extract<TopicTemplate, `ttp.${string}`>>();
  });

  it('should list every template for ">" and "*.>", and follow the bus past a `>` that is not last', () => {
    expect(entryOf('>').templates).toEqual(ALL_TEMPLATES);
    expect(entryOf('*.>').templates).toEqual(ALL_TEMPLATES);
    expect(entryOf('attacker.>.x').templates).toEqual(family('attacker'));
    expectTypeOf<TemplatesFor<'>'>>().toEqualTypeOf<TopicTemplate>();
    expectTypeOf<TemplatesFor<'attacker.>.x'>>().toEqualTypeOf<Extract<TopicTemplate, `attacker.${string}`>>();
  });

  it('should list templates in catalogue order, frozen', () => {
    const { templates } = entryOf('system.*.health');
    expect(templates).toEqual(['system.bus.health', 'system.{worker}.health']);
    expect(Object.isFrozen(templates)).toBe(true);
  });

  // A dotted tail is one or more tokens, at run time and in TemplatesFor alike.
  it('should reach a dotted tail with several tokens, as TemplatesFor does', () => {
    for (const pattern of [
      'attacker.observation.motor.input_modality',
      'attacker.observation.*.>',
      'attacker.observation.a.*.b',
    ]) {
      expect(entryOf(pattern).templates).toEqual(['attacker.observation.{primitive}']);
    }
    expectTypeOf<
      TemplatesFor<'attacker.observation.motor.input_modality'>
    >().toEqualTypeOf<'attacker.observation.{primitive}'>();
    expectTypeOf<TemplatesFor<'attacker.observation.*.>'>>().toEqualTypeOf<'attacker.observation.{primitive}'>();
    expectTypeOf<TemplatesFor<'attacker.observation'>>().toEqualTypeOf<never>();
  });

  // Where the compiler cannot follow: a placeholder's type is any string.
  it('should not fill a placeholder with what no valid segment holds, which TemplatesFor allows', () => {
    for (const pattern of ['decky.d 1.state', 'decky.d*.state', 'decky.\ud800.state', 'decky..state']) {
      expect(entryOf(pattern).templates).toEqual([]);
    }
    expect(entryOf('decky.\u{1F98A}.state').templates).toEqual(['decky.{decky_id}.state']);
    expectTypeOf<TemplatesFor<'decky.d 1.state'>>().toEqualTypeOf<'decky.{decky_id}.state'>();
  });
});

describe('checkSubscriptionPatterns: invalid patterns', () => {
  const INVALID = [
    { pattern: '', reason: 'empty' },
    { pattern: 'a..b', reason: 'empty-token' },
    { pattern: 'decky.*state', reason: 'partial-wildcard' },
    { pattern: 'a.>.c', reason: 'full-wildcard-not-last' },
    { pattern: 'attacker. scored', reason: 'whitespace' },
    { pattern: 'attacker.\udc00', reason: 'lone-surrogate' },
  ] as const;

  it.each(INVALID)('should report $pattern as $reason, with the message of validatePattern', ({ pattern, reason }) => {
    const entry = entryOf(pattern);
    const validation = validatePattern(pattern);
    expect(entry).toMatchObject({ pattern, valid: false, reason });
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(entry.issues[0]).toBe(validation.message);
  });

  it('should say what the bus does with a `>` that is not last', () => {
    expect(entryOf('attacker.>.x').issues).toEqual([
      '"attacker.>.x": ">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like "attacker.>"',
    ]);
  });

  it('should also say when a pattern reaches no template, and count both problems', () => {
    const report = checkSubscriptionPatterns(['decky.*state']);
    expect(report.entries[0]?.issues).toHaveLength(2);
    expect(report.entries[0]?.issues[1]).toBe(
      '"decky.*state" matches no topic of the contract: the subscription receives nothing through it',
    );
    expect(report.problems).toBe(2);
  });

  it('should report a valid pattern that reaches no template as valid, with one issue', () => {
    expect(entryOf('custom.>')).toMatchObject({ valid: true, reason: null, templates: [] });
    expect(entryOf('custom.>').issues).toHaveLength(1);
  });

  it('should report nothing for a valid pattern that reaches the contract', () => {
    expect(entryOf('attacker.scored')).toEqual({
      index: 0,
      pattern: 'attacker.scored',
      shown: '"attacker.scored"',
      valid: true,
      reason: null,
      templates: ['attacker.scored'],
      duplicateOf: null,
      issues: [],
    });
  });

  it.each(NON_STRINGS.filter(({ value }) => typeof value !== 'string'))(
    'should report $label as not-a-string',
    ({ value }) => {
      const entry = entryOf(value);
      expect(entry).toMatchObject({
        pattern: null,
        valid: false,
        reason: 'not-a-string',
        templates: [],
        duplicateOf: null,
      });
      expect(entry.issues).toHaveLength(1);
      expect(entry.issues[0]).toContain('not a pattern');
    },
  );
});

describe('checkSubscriptionPatterns: overlaps and repeats', () => {
  const OVERLAPS: readonly {
    readonly pair: readonly [string, string];
    readonly relation: SubscriptionPatternRelation | null;
  }[] = [
    { pair: ['attacker.>', 'attacker.scored'], relation: 'first-covers-second' },
    { pair: ['attacker.scored', 'attacker.>'], relation: 'second-covers-first' },
    { pair: ['attacker.>', 'attacker.observation.*'], relation: 'first-covers-second' },
    { pair: ['a.>.c', 'a.>'], relation: 'equivalent' },
    { pair: ['>', '>.x'], relation: 'equivalent' },
    { pair: ['decky.*.state', 'decky.d-1.*'], relation: 'intersecting' },
    { pair: ['a.>', '*.b.>'], relation: 'intersecting' },
    { pair: ['a.*', 'a.>'], relation: 'second-covers-first' },
    { pair: ['*.>', 'a.*.c'], relation: 'first-covers-second' },
    { pair: ['>', ''], relation: 'first-covers-second' },
    { pair: ['a.>', 'a.'], relation: 'first-covers-second' },
    { pair: ['system.*.health', 'system.bus.health'], relation: 'first-covers-second' },
    { pair: ['decky.*.state', 'decky.*.traffic'], relation: null },
    { pair: ['a.b', 'a.b.c'], relation: null },
    { pair: ['*', ''], relation: null },
    { pair: ['a.*', 'a.'], relation: null },
    { pair: ['a.>', 'a'], relation: null },
    { pair: ['ttp.>', 'ttp'], relation: null },
  ];

  it.each(OVERLAPS)('should relate $pair as $relation', ({ pair, relation }) => {
    const report = checkSubscriptionPatterns(pair);
    expect(report.overlapCount).toBe(relation === null ? 0 : 1);
    expect(report.overlaps[0]?.relation ?? null).toBe(relation);
  });

  it('should say that an overlapping event is delivered twice, and why', () => {
    const [overlap] = checkSubscriptionPatterns(['attacker.>', 'attacker.scored']).overlaps;
    expect(overlap).toEqual({
      first: 0,
      second: 1,
      relation: 'first-covers-second',
      message:
        '"attacker.>" (entry 0) covers "attacker.scored" (entry 1): DECNET runs one delivery task per (subscription, pattern) pair, so every event "attacker.scored" matches is delivered twice',
    });
  });

  it('should report a repeat once, pointing at the first occurrence, and not as an overlap', () => {
    const report = checkSubscriptionPatterns(['system.>', 'attacker.>', 'system.>', 'system.>']);
    expect(report.entries.map((entry) => entry.duplicateOf)).toEqual([null, null, 0, 0]);
    expect(report.entries[2]?.templates).toEqual(family('system'));
    expect(report.entries[2]?.issues).toEqual([
      '"system.>" repeats entry 0: DECNET runs one delivery task per (subscription, pattern) pair, so each event it matches is delivered once more',
    ]);
    expect(report.overlapCount).toBe(0);
    expect(report.problems).toBe(2);
  });

  it('should count every overlapping pair and list the first 256', () => {
    // Each of ">", "*.>", "*.*.>", ... covers every later one; all are valid and reach a dotted tail.
    const patterns = Array.from({ length: 100 }, (_, i) => `${'*.'.repeat(i)}>`);
    const report = checkSubscriptionPatterns(patterns);
    expect(report.overlapCount).toBe((100 * 99) / 2);
    expect(report.overlaps).toHaveLength(SUBSCRIPTION_REPORT_LIMITS.overlaps);
    expect(report.overlaps.every(({ relation }) => relation === 'first-covers-second')).toBe(true);
    expect(report.problems).toBe(report.overlapCount);
  });

  it('should leave a long pattern out of the overlap comparisons, and say so', () => {
    const long = `attacker.${'x'.repeat(SUBSCRIPTION_REPORT_LIMITS.overlapLength)}`;
    const report = checkSubscriptionPatterns(['attacker.>', long]);
    expect(report.overlapCount).toBe(0);
    expect(report.entries[1]?.templates).toEqual([]);
    expect(report.entries[1]?.issues.at(-1)).toContain(
      `longer than ${SUBSCRIPTION_REPORT_LIMITS.overlapLength} characters`,
    );
  });
});

describe('checkSubscriptionPatterns: its input', () => {
  it('should read the JSON text DECNET stores', () => {
    const report = checkSubscriptionPatterns('["attacker.>", "decky.*.state"]');
    expect(report).toMatchObject({ source: 'json', total: 2, unchecked: 0, problems: 0, issues: [] });
    expect(report.entries.map((entry) => entry.pattern)).toEqual(['attacker.>', 'decky.*.state']);
  });

  it('should read a list as such', () => {
    expect(checkSubscriptionPatterns(['attacker.>'])).toMatchObject({ source: 'list', total: 1, problems: 0 });
  });

  it('should report the default "[]" and an empty list as receiving nothing', () => {
    for (const input of ['[]', []]) {
      const report = checkSubscriptionPatterns(input);
      expect(report).toMatchObject({ total: 0, entries: [], problems: 1 });
      expect(report.issues[0]).toContain('receives nothing');
    }
  });

  it('should report text that is not JSON, escaped and without quoting the engine', () => {
    const report = checkSubscriptionPatterns('attacker.>\n');
    expect(report).toMatchObject({ source: 'unreadable', total: 0, entries: [], problems: 1 });
    expect(report.issues).toEqual([
      '"attacker.><U+000A>" is not JSON text: DECNET stores topic_patterns as the JSON text of a list of strings',
    ]);
  });

  it.each([
    { input: '{"__proto__": ["attacker.>"]}', says: 'the JSON text holds object, not a list' },
    { input: '"attacker.>"', says: 'the JSON text holds string, not a list' },
    { input: 'null', says: 'the JSON text holds null, not a list' },
  ])('should report the JSON text $input as unreadable', ({ input, says }) => {
    expect(checkSubscriptionPatterns(input)).toMatchObject({ source: 'unreadable', issues: [says], problems: 1 });
  });

  it.each(NON_STRINGS.filter(({ value }) => !Array.isArray(value)))(
    'should report $label as unreadable',
    ({ value }) => {
      const report = checkSubscriptionPatterns(value);
      expect(report).toMatchObject({ source: 'unreadable', total: 0, entries: [], problems: 1 });
      expect(report.issues[0]).toMatch(/^topic_patterns must be a list or its JSON text, got .*, not a list$/u);
    },
  );

  it('should treat "__proto__" and nested JSON as entries like any other', () => {
    const report = checkSubscriptionPatterns('["__proto__", {"__proto__": 1}, ["a"], "constructor"]');
    expect(report.entries.map((entry) => entry.reason)).toEqual([null, 'not-a-string', 'not-a-string', null]);
    expect(report.entries[0]?.templates).toEqual([]);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });

  it('should report a revoked proxy as unreadable', () => {
    const { proxy, revoke } = Proxy.revocable<string[]>([], {});
    revoke();
    expect(checkSubscriptionPatterns(proxy)).toMatchObject({
      source: 'unreadable',
      issues: [expect.stringContaining('a revoked proxy')],
    });
  });

  it('should read holes of a sparse list as undefined entries', () => {
    const list: string[] = [];
    list[2] = 'attacker.>';
    const report = checkSubscriptionPatterns(list);
    expect(report.entries.map((entry) => entry.shown)).toEqual(['undefined', 'undefined', '"attacker.>"']);
  });

  it('should return frozen data, deeply', () => {
    const report = checkSubscriptionPatterns(['attacker.>', 'attacker.scored', 3]);
    expect(Object.isFrozen(report)).toBe(true);
    for (const part of [report.entries, report.overlaps, report.issues, ...report.entries, ...report.overlaps]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    for (const entry of report.entries) expect(Object.isFrozen(entry.issues)).toBe(true);
  });

  it('should keep its limits in a frozen table', () => {
    expect(SUBSCRIPTION_REPORT_LIMITS).toEqual({ entries: 256, text: 4194304, overlaps: 256, overlapLength: 256 });
    expect(Object.isFrozen(SUBSCRIPTION_REPORT_LIMITS)).toBe(true);
  });
});

describe('checkSubscriptionPatterns: hostile input', () => {
  it('should check the first 256 entries of a long list and count the rest', () => {
    const patterns = Array.from({ length: 100_000 }, (_, i) => `custom.${i}`);
    const report = checkSubscriptionPatterns(patterns);
    expect(report).toMatchObject({ total: 100_000, unchecked: 100_000 - 256, overlapCount: 0 });
    expect(report.entries).toHaveLength(256);
    expect(report.issues).toEqual([
      '99744 entries from entry 256 on were not checked: a report reads at most 256 entries and 4194304 characters',
    ]);
  });

  it('should stay fast and small for 100,000 entries of one 1 MB pattern', () => {
    const huge = `attacker.observation.${'a.'.repeat(500_000)}b`;
    const started = performance.now();
    const report = checkSubscriptionPatterns(new Array<string>(100_000).fill(huge));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(report.entries.length).toBeLessThanOrEqual(SUBSCRIPTION_REPORT_LIMITS.text / huge.length);
    expect(report.entries[0]?.templates).toEqual(['attacker.observation.{primitive}']);
    expect(report.entries.slice(1).every((entry) => entry.duplicateOf === 0)).toBe(true);
    // `pattern` is the input itself, shared; everything the report adds to print is short.
    expect(report.entries[0]?.pattern).toBe(huge);
    const printed = [...report.issues, ...report.entries.flatMap((entry) => [entry.shown, ...entry.issues])];
    expect(printed.join('\n').length).toBeLessThan(10_000);
  });

  it('should stop before reading more than its text budget of distinct patterns', () => {
    const patterns = Array.from({ length: 20 }, (_, i) => `attacker.observation.${'x.'.repeat(500_000)}${i}`);
    const started = performance.now();
    const report = checkSubscriptionPatterns(patterns);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(report.entries).toHaveLength(4);
    expect(report.unchecked).toBe(16);
  });

  it('should not parse JSON text over the budget', () => {
    const text = JSON.stringify(['x'.repeat(SUBSCRIPTION_REPORT_LIMITS.text)]);
    const report = checkSubscriptionPatterns(text);
    expect(report).toMatchObject({ source: 'unreadable', problems: 1 });
    expect(report.issues[0]).toContain(`JSON text over ${SUBSCRIPTION_REPORT_LIMITS.text} characters is not read`);
    expect(report.issues[0]?.length).toBeLessThan(200);
  });

  it('should show patterns bounded and escaped in every message', () => {
    const forged = `attacker.\u001b[31m\n${'x'.repeat(10_000)}\u2028`;
    const report = checkSubscriptionPatterns([forged, forged]);
    const texts = [...report.entries.flatMap((entry) => [entry.shown, ...entry.issues]), ...report.issues];
    for (const text of texts) {
      expect(text.length).toBeLessThan(1000);
      expect(controlsIn(text)).toEqual([]);
    }
  });

  it('should survive a proxy that lies about its length', () => {
    const liar = new Proxy(['attacker.>'], {
      get: (target, key): unknown => (key === 'length' ? -5 : Reflect.get(target, key)),
    });
    expect(checkSubscriptionPatterns(liar)).toMatchObject({ total: 0, entries: [] });
    const huge = new Proxy(['attacker.>'], {
      get: (target, key): unknown => (key === 'length' ? 2 ** 32 - 1 : Reflect.get(target, key)),
    });
    const report = checkSubscriptionPatterns(huge);
    expect(report).toMatchObject({ total: 2 ** 32 - 1, unchecked: 2 ** 32 - 1 - 256 });
  });
});
