/**
 * The one conformance table of the matcher: pairs of (pattern, topic) with the
 * answer the DECNET bus gives, read from conformance/matching.json (shipped in
 * the package for other implementations; its README names the sources). Every
 * implementation (the reference model, `matches`, compiled predicates,
 * `PatternIndex`) is run against it in test/match/conformance.test.ts; the
 * type-level `Matches` in test/match/pattern-types.test-d.ts, through the
 * generated literal copy in test/support/matching-literals.ts.
 *
 * Sources, as the file names them:
 * - CONTRACT 2.3: the 134 edge cases verified against the Python matcher, `#n` being row n;
 * - CONTRACT 2.2: the semantics table and its "practical consequences";
 * - CONTRACT 4.2 and 4.3: the `matches` assertions of DECNET's own bus tests;
 * - nats-server `server/sublist_test.go`, whose `matchLiteral(literal, subject)`
 *   takes the topic first and the pattern second. Where NATS refuses a subject
 *   (empty tokens, `>` not last), the expected value is what the bus does
 *   (CONTRACT 2.1-2.2), and the note says so. Where NATS and the bus answer
 *   differently, the bus wins (CONTRACT 0, decision 5) and the row says what
 *   nats-server answers.
 *
 * A (pattern, topic) pair is in the file once, with every source that states it.
 */
import { readConformance, type MatchingCase } from './conformance';

/** One row of the conformance table. */
export interface MatchCase extends MatchingCase {
  /** The rule or quirk of CONTRACT 2.2 the pair shows: its group in the file. */
  readonly quirk: string;
  /** Where the expected value comes from: the row's sources, joined. */
  readonly source: string;
}

/** A pair on which nats-server and the DECNET bus disagree; the bus is what this library follows. */
export interface NatsDivergence {
  readonly pattern: string;
  readonly topic: string;
  readonly nats: boolean;
  readonly bus: boolean;
}

/** The conformance table: every row of matching.json, group by group. */
export const MATCH_CASES: readonly MatchCase[] = readConformance('matching').groups.flatMap(({ quirk, cases }) =>
  cases.map((row) => ({ ...row, quirk, source: row.sources.join('; ') })),
);

const EDGE_CASE = /^CONTRACT 2\.3 #(\d+)$/u;

/** CONTRACT 2.3 in its order: row n is case #n, with that one source. */
export const EDGE_CASES_2_3: readonly MatchCase[] = MATCH_CASES.flatMap((row) =>
  row.sources.flatMap((source) => {
    const number = EDGE_CASE.exec(source)?.[1];
    return number === undefined ? [] : [{ row: { ...row, source }, n: Number(number) }];
  }),
)
  .sort((a, b) => a.n - b.n)
  .map(({ row }) => row);

/** The rows on which nats-server answers otherwise, with both answers. */
export const NATS_DIVERGENCES: readonly NatsDivergence[] = MATCH_CASES.flatMap(
  ({ pattern, topic, matches, natsServer }) =>
    natsServer === undefined ? [] : [{ pattern, topic, nats: natsServer, bus: matches }],
);
