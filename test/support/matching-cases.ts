/**
 * The one conformance table of the matcher: pairs of (pattern, topic) with the
 * answer the DECNET bus gives, each taken from a named source, never computed
 * from src. Every implementation (the reference model, `matches`, compiled
 * predicates, `PatternIndex`, and the type-level `Matches`) is run against it in
 * test/match/conformance.test.ts and test/match/pattern-types.test-d.ts.
 *
 * Sources:
 * - CONTRACT 2.3: the 134 edge cases verified against the Python matcher
 *   (also /work/shared/conformance/matcher-edge-cases.json, inlined here so
 *   that the repository does not depend on a file outside it);
 * - CONTRACT 2.2: the semantics table and its "practical consequences";
 * - CONTRACT 4.2 and 4.3: the `matches` assertions of DECNET's own bus tests;
 * - nats-server `server/sublist_test.go`, whose `matchLiteral(literal, subject)`
 *   takes the topic first and the pattern second. Where NATS refuses a subject
 *   (empty tokens, `>` not last), the expected value is what the bus does
 *   (CONTRACT 2.1-2.2), and the note says so. Where NATS and the bus answer
 *   differently, the bus wins (CONTRACT 0, decision 5): those pairs are listed
 *   in {@link NATS_DIVERGENCES}.
 *
 * The rows are literal types (`as const`) so that the type-level matcher can be
 * checked against them too. Identical (pattern, topic) pairs from several
 * sources are merged into one row that names them all; two sources giving
 * different answers for one pair is an error in this table, reported when the
 * module loads.
 */

/** One row of the conformance table. */
export interface MatchCase {
  readonly pattern: string;
  readonly topic: string;
  /** Whether the bus delivers `topic` to a subscription on `pattern`. */
  readonly matches: boolean;
  /** Where the expected value comes from. */
  readonly source: string;
  readonly note?: string;
}

/** A (pattern, topic, matches) triple as written in a source. */
export type MatchRow = readonly [pattern: string, topic: string, matches: boolean];

/** Rows that share a source (and a note). */
export interface MatchRowGroup {
  readonly source: string;
  readonly note?: string;
  readonly rows: readonly MatchRow[];
}

/** CONTRACT 2.3 (= conformance/matcher-edge-cases.json), in its order: row n is case #n. */
// prettier-ignore
export const EDGE_CASE_ROWS = [
  ['a', 'a', true], // #0
  ['a', 'b', false], // #1
  ['a.b', 'a.b', true], // #2
  ['a.b', 'a.c', false], // #3
  ['a.b.c', 'a.b', false], // #4
  ['a.b', 'a.b.c', false], // #5
  ['', '', true], // #6
  ['', 'a', false], // #7
  ['a', '', false], // #8
  ['', '.', false], // #9
  ['.', '', false], // #10
  ['.', '.', true], // #11
  ['..', '..', true], // #12
  ['..', '.', false], // #13
  ['*', 'a', true], // #14
  ['*', '', false], // #15
  ['*', '.', false], // #16
  ['*', 'a.b', false], // #17
  ['*.*', 'a.b', true], // #18
  ['*.*', 'a', false], // #19
  ['*.*', 'a.', false], // #20
  ['*.*', '.a', false], // #21
  ['*.*', '.', false], // #22
  ['a.*', 'a.b', true], // #23
  ['a.*', 'a.', false], // #24
  ['a.*', 'a', false], // #25
  ['a.*', 'a.b.c', false], // #26
  ['*.b', 'a.b', true], // #27
  ['*.b', '.b', false], // #28
  ['a.*.c', 'a.b.c', true], // #29
  ['a.*.c', 'a..c', false], // #30
  ['a.*.c', 'a.b.d', false], // #31
  ['a.*.*', 'a.b.c', true], // #32
  ['a.*.*', 'a.b', false], // #33
  ['*.*.*', 'a.b.c', true], // #34
  ['*.*.*', 'a.b.c.d', false], // #35
  ['>', 'a', true], // #36
  ['>', '', true], // #37
  ['>', '.', true], // #38
  ['>', 'a.b.c', true], // #39
  ['>', '..', true], // #40
  ['a.>', 'a', false], // #41
  ['a.>', 'a.b', true], // #42
  ['a.>', 'a.b.c', true], // #43
  ['a.>', 'a.', true], // #44
  ['a.>', 'a..', true], // #45
  ['a.>', 'b.c', false], // #46
  ['a.>', 'ab.c', false], // #47
  ['a.>', 'a.b.', true], // #48
  ['a.b.>', 'a.b', false], // #49
  ['a.b.>', 'a.b.c', true], // #50
  ['a.b.>', 'a.b.c.d.e.f', true], // #51
  ['*.>', 'a', false], // #52
  ['*.>', 'a.b', true], // #53
  ['*.>', '.b', false], // #54
  ['*.>', 'a.b.c', true], // #55
  ['*.*.>', 'a.b', false], // #56
  ['*.*.>', 'a.b.c', true], // #57
  ['>.a', 'x', true], // #58
  ['>.a', 'x.a', true], // #59
  ['>.a', 'x.y.z', true], // #60
  ['a.>.c', 'a.b', true], // #61
  ['a.>.c', 'a.b.c', true], // #62
  ['a.>.c', 'a.b.d', true], // #63
  ['a.>.c', 'a', false], // #64
  ['a.>.>', 'a.b', true], // #65
  ['>.>', 'a', true], // #66
  ['a.>.*', 'a.x', true], // #67
  ['>.*', '', true], // #68
  ['a.>.c.d.e', 'a.z', true], // #69
  ['.a', '.a', true], // #70
  ['.a', 'a', false], // #71
  ['a.', 'a.', true], // #72
  ['a.', 'a', false], // #73
  ['a.', 'a.b', false], // #74
  ['.*', '.a', true], // #75
  ['.*', 'a', false], // #76
  ['*.', 'a.', true], // #77
  ['*.', 'a', false], // #78
  ['.>', '.a', true], // #79
  ['.>', 'a.b', false], // #80
  ['a..b', 'a..b', true], // #81
  ['a..b', 'a.b', false], // #82
  ['a.*.b', 'a..b', false], // #83
  ['a..>', 'a..x', true], // #84
  ['a..>', 'a.x', false], // #85
  ['foo*', 'foo', false], // #86
  ['foo*', 'foobar', false], // #87
  ['foo*', 'foo*', true], // #88
  ['*foo', 'xfoo', false], // #89
  ['*foo', '*foo', true], // #90
  ['f*o', 'foo', false], // #91
  ['a.b*', 'a.bc', false], // #92
  ['a.b*', 'a.b*', true], // #93
  ['a.>x', 'a.b', false], // #94
  ['a.>x', 'a.>x', true], // #95
  ['a.x>', 'a.x>', true], // #96
  ['a.x>', 'a.xy', false], // #97
  ['**', 'a', false], // #98
  ['**', '**', true], // #99
  ['>>', 'a', false], // #100
  ['>>', '>>', true], // #101
  ['a.**', 'a.b', false], // #102
  ['a.>>', 'a.b.c', false], // #103
  ['a.*>', 'a.b', false], // #104
  ['a.*>', 'a.*>', true], // #105
  ['a.*', 'a.*', true], // #106
  ['a.*', 'a.>', true], // #107
  ['a.>', 'a.>', true], // #108
  ['a.>', 'a.*', true], // #109
  ['a.b', 'a.*', false], // #110
  ['a.*.c', 'a.*.c', true], // #111
  ['>', '>', true], // #112
  ['*', '*', true], // #113
  ['*', '>', true], // #114
  ['A', 'a', false], // #115
  ['a', 'A', false], // #116
  ['Attacker.>', 'attacker.observed', false], // #117
  ['attacker.>', 'ATTACKER.observed', false], // #118
  ['caf\u00e9.*', 'caf\u00e9.x', true], // #119
  ['cafe\u0301.*', 'caf\u00e9.x', false], // #120
  ['\u00c9', '\u00e9', false], // #121
  ['a. b', 'a.b', false], // #122
  ['a.b ', 'a.b', false], // #123
  [' a.b', 'a.b', false], // #124
  ['a. b', 'a. b', true], // #125
  ['a.*', 'a. ', true], // #126
  ['a.*', 'a.\t', true], // #127
  ['*', ' ', true], // #128
  ['a.b', 'a.b\n', false], // #129
  ['a\tb', 'a\tb', true], // #130
  ['a.b.c.d.e.f.g.h', 'a.b.c.d.e.f.g.h', true], // #131
  ['a.*.c.*.e.*.g.>', 'a.b.c.d.e.f.g.h.i', true], // #132
  ['a.*.c.*.e.*.g.>', 'a.b.c.d.e.f.g', false], // #133
] as const;

/** CONTRACT 2.3 as table rows, with their case numbers as sources. */
export const EDGE_CASES_2_3: readonly MatchCase[] = EDGE_CASE_ROWS.map(([pattern, topic, matches], n) => ({
  pattern,
  topic,
  matches,
  source: `CONTRACT 2.3 #${n}`,
}));

/**
 * nats-server's `>` never matches a subject with an empty token
 * (TestSublistMatchWithEmptyTokens); the bus's `>` alone matches every topic,
 * `""` and `"."` included (CONTRACT 2.2). These rows say what the bus does.
 */
export const DIVERGENT_GROUP = {
  source: 'CONTRACT 2.2 (`>` alone matches every topic)',
  note: 'nats-server answers false (nats-server server/sublist_test.go TestSublistMatchWithEmptyTokens)',
  rows: [
    ['>', '.foo', true],
    ['>', '..foo', true],
    ['>', 'foo..', true],
    ['>', 'foo.', true],
    ['>', 'foo..bar', true],
    ['>', 'foo...bar', true],
  ],
} as const;

/** Every source but CONTRACT 2.3 and {@link DIVERGENT_GROUP}, grouped by source. */
export const SOURCE_GROUPS = [
  {
    source: 'CONTRACT 2.2',
    note: '`*` matches the bus heartbeat topic',
    rows: [['system.*.health', 'system.bus.health', true]],
  },
  {
    source: 'CONTRACT 2.2 (`a.>` vs `a` false: the bare root is excluded)',
    rows: [['foo.>', 'foo', false]],
  },
  {
    source: 'CONTRACT 2.2',
    note: 'no Unicode normalisation: NFC is not NFD',
    rows: [['caf\u00e9', 'cafe\u0301', false]],
  },
  {
    source: 'CONTRACT 4.2 tests/bus/test_ttp_topics.py',
    rows: [
      ['ttp.>', 'ttp.tagged', true],
      ['ttp.>', 'ttp.rule.fired', true],
      ['ttp.>', 'ttp.rule.fired.T1110', true],
      ['ttp.>', 'ttp.rule.suppressed', true],
      ['ttp.>', 'ttp.rule.reloaded.R0001', true],
      ['ttp.>', 'ttp.rule.state.R0001', true],
      ['ttp.rule.reloaded.>', 'ttp.rule.reloaded.R0001', true],
      ['ttp.rule.reloaded.>', 'ttp.rule.reloaded', false],
      ['ttp.rule.state.>', 'ttp.rule.state.R0001', true],
      ['ttp.rule.state.>', 'ttp.rule.state', false],
      ['ttp.rule.fired.>', 'ttp.rule.fired.T1110', true],
      ['ttp.rule.fired.>', 'ttp.rule.fired', false],
      ['ttp.>', 'ttp', false],
    ],
  },
  {
    source: 'CONTRACT 4.3 tests/bus/test_base.py',
    rows: [
      ['topology.abc.mutation.applied', 'topology.abc.mutation.applied', true],
      ['topology.*.mutation.applied', 'topology.abc.mutation.applied', true],
      ['topology.*.mutation.*', 'topology.abc.mutation.applied', true],
      ['topology.>', 'topology.abc.mutation.applied', true],
      ['topology.>', 'topology.abc.status', true],
      ['decky.*.state', 'decky.xyz.state', true],
      ['system.bus.health', 'system.bus.health', true],
      ['topology.abc.mutation.applied', 'topology.abc.mutation.failed', false],
      ['topology.*', 'topology.abc.mutation.applied', false],
      ['topology.>', 'topology', false],
      ['decky.*.state', 'decky.state', false],
      ['decky.*.state', 'decky.xyz.status', false],
      ['a.b.c', 'a.b', false],
      ['a.b', 'a.b.c', false],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go TestSublistMatchLiterals',
    rows: [
      ['foo', 'foo', true],
      ['bar', 'foo', false],
      ['*', 'foo', true],
      ['>', 'foo', true],
      ['>', 'foo.bar', true],
      ['foo.>', 'foo.bar', true],
      ['bar.>', 'foo.bar', false],
      ['stats.>', 'stats.test.22', true],
      ['stats.*.*', 'stats.test.22', true],
      ['foo', 'foo.bar', false],
      ['stats.test.foos', 'stats.test.foos', true],
      ['stats.test.foo', 'stats.test.foos', false],
      ['stats.test.*', 'stats.test', false],
      ['stats.*', 'stats.test.foos', false],
      ['stats.*.*.foos', 'stats.test.foos', false],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go TestSublistMatchLiterals',
    note: 'wildcard characters inside a longer token are literal',
    rows: [
      ['*bar', '*bar', true],
      ['foo*', 'foo*', true],
      ['foo*bar', 'foo*bar', true],
      ['foo.***.bar', 'foo.***.bar', true],
      ['>bar', '>bar', true],
      ['foo>', 'foo>', true],
      ['foo>bar', 'foo>bar', true],
      ['foo.>>>.bar', 'foo.>>>.bar', true],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistInsertWithWildcardsAsLiterals',
    note: 'wildcard characters inside a longer token are literal',
    rows: [
      ['foo.*-', 'foo.bar', false],
      ['foo.*-', 'foo.*-', true],
      ['foo.>-', 'foo.bar', false],
      ['foo.>-', 'foo.>-', true],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistSimpleMultiTokens',
    rows: [['foo.bar.baz', 'foo.bar.baz', true]],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistPartialWildcard',
    rows: [
      ['a.b.c', 'a.b.c', true],
      ['a.*.c', 'a.b.c', true],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistPartialWildcardAtEnd',
    rows: [['a.b.*', 'a.b.c', true]],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistFullWildcard',
    rows: [['a.>', 'a.b.c', true]],
  },
  {
    source: 'nats-server server/sublist_test.go testSublistRemoveWildcard',
    rows: [
      ['a.b.c.d', 'a.b.c.d', true],
      ['a.b.*.d', 'a.b.c.d', true],
      ['a.b.>', 'a.b.c.d', true],
    ],
  },
  {
    source: 'nats-server server/sublist_test.go TestSublistCache',
    rows: [
      ['foo.*', 'foo.baz', true],
      ['foo.bar', 'foo.baz', false],
      ['foo.*', 'foo.bar', true],
      ['foo.>', 'foo.bar', true],
    ],
  },
  {
    // NATS only checks that these patterns match themselves; that they match nothing else is CONTRACT 2.2.
    source: 'CONTRACT 2.2 (partial-token wildcards are literal characters)',
    note: 'pattern from nats-server TestSublistMatchLiterals',
    rows: [
      ['*bar', 'xbar', false],
      ['*bar', 'bar', false],
      ['*bar', 'x.bar', false],
      ['foo*', 'foox', false],
      ['foo*', 'foo.x', false],
      ['foo*bar', 'fooxbar', false],
      ['foo*bar', 'foo.bar', false],
      ['foo.***.bar', 'foo.x.bar', false],
      ['foo.***.bar', 'foo.x.y.bar', false],
      ['>bar', 'xbar', false],
      ['>bar', 'x.bar', false],
      ['foo>', 'foox', false],
      ['foo>', 'foo.x', false],
      ['foo>bar', 'fooxbar', false],
      ['foo>bar', 'foo.x.bar', false],
      ['foo.>>>.bar', 'foo.x.bar', false],
      ['foo.>>>.bar', 'foo.x', false],
    ],
  },
  {
    // Subjects nats-server refuses (TestSublistInvalidSubjectsInsert, TestSublistValidlSubjects,
    // testSublistBadSubjectOnRemove), used as patterns: the bus accepts them.
    source: 'CONTRACT 2.2 (empty tokens in a pattern are literal)',
    note: 'nats-server refuses this subject',
    rows: [
      ['.foo', '.foo', true],
      ['.foo', 'foo', false],
      ['.foo', 'x.foo', false],
      ['foo.', 'foo.', true],
      ['foo.', 'foo', false],
      ['foo.', 'foo.x', false],
      ['foo..bar', 'foo..bar', true],
      ['foo..bar', 'foo.bar', false],
      ['foo..bar', 'foo.x.bar', false],
      ['foo.bar..baz', 'foo.bar..baz', true],
      ['a.b..d', 'a.b..d', true],
      ['a.b..d', 'a.b.c.d', false],
    ],
  },
  {
    source: 'CONTRACT 2.2 (matching stops at the first `>`)',
    note: 'nats-server refuses this subject: ">" must be the last token',
    rows: [
      ['>.bar', 'x', true],
      ['>.bar', 'x.bar', true],
      ['>.bar', 'x.y', true],
      ['>.bar', '', true],
      ['foo.>.bar', 'foo.x', true],
      ['foo.>.bar', 'foo.x.bar', true],
      ['foo.>.bar', 'foo.x.baz', true],
      ['foo.>.bar', 'foo', false],
      ['foo.>.bar', 'bar.x.bar', false],
      ['a.>.b', 'a.x', true],
    ],
  },
] as const;

/** A pair on which nats-server and the DECNET bus disagree; the bus is what this library follows. */
export interface NatsDivergence {
  readonly pattern: string;
  readonly topic: string;
  readonly nats: boolean;
  readonly bus: boolean;
}

/** The pairs of {@link DIVERGENT_GROUP}, with both answers. */
export const NATS_DIVERGENCES: readonly NatsDivergence[] = DIVERGENT_GROUP.rows.map(([pattern, topic, bus]) => ({
  pattern,
  topic,
  nats: !bus,
  bus,
}));

const casesOf = ({ source, note, rows }: MatchRowGroup): MatchCase[] =>
  rows.map(([pattern, topic, matches]) =>
    note === undefined ? { pattern, topic, matches, source } : { pattern, topic, matches, source, note },
  );

/** Merges rows naming the same (pattern, topic) pair; throws when their sources disagree. */
function mergeDuplicates(rows: readonly MatchCase[]): MatchCase[] {
  const byPair = new Map<string, MatchCase>();
  for (const row of rows) {
    const key = JSON.stringify([row.pattern, row.topic]);
    const seen = byPair.get(key);
    if (seen === undefined) {
      byPair.set(key, row);
      continue;
    }
    if (seen.matches !== row.matches) {
      throw new Error(`sources disagree on ${key}: ${seen.source} says ${seen.matches}, ${row.source} ${row.matches}`);
    }
    const notes = [seen.note, row.note].filter((note): note is string => note !== undefined);
    const merged = { ...seen, source: `${seen.source}; ${row.source}` };
    byPair.set(key, notes.length === 0 ? merged : { ...merged, note: [...new Set(notes)].join('; ') });
  }
  return [...byPair.values()];
}

/** The conformance table: every source above, each (pattern, topic) pair once. */
export const MATCH_CASES: readonly MatchCase[] = mergeDuplicates([
  ...EDGE_CASES_2_3,
  ...SOURCE_GROUPS.flatMap((group) => casesOf(group)),
  ...casesOf(DIVERGENT_GROUP),
]);
