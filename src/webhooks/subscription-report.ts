/**
 * What {@link checkSubscriptionPatterns} reports on the patterns of one stored
 * webhook subscription, as plain data, and the bounds that keep the report
 * small whatever the input.
 *
 * @packageDocumentation
 */
import type { PatternRejection } from '../errors/TopicPatternError.js';
import type { TopicTemplate } from '../topics/template-types.js';

/**
 * What {@link checkSubscriptionPatterns} says about one entry of the list.
 *
 * @example
 * ```ts
 * const entry: SubscriptionPatternEntry = checkSubscriptionPatterns(['decky.*.state']).entries[0]!;
 * entry.templates; //=> ["decky.{decky_id}.state"]
 * ```
 * @category Subscriptions
 * @public
 */
export interface SubscriptionPatternEntry {
  /** The entry's position in the list. */
  readonly index: number;
  /** The entry itself when it is a string (however long: print `shown`), else `null`. */
  readonly pattern: string | null;
  /** The entry as messages show it: quoted, escaped and cut to a bounded length; a type name for a non-string. */
  readonly shown: string;
  /** Whether the entry is a pattern that follows the strict rules of `validatePattern`. */
  readonly valid: boolean;
  /** Why not: a `validatePattern` rejection, `"not-a-string"`, or `null` when valid. */
  readonly reason: PatternRejection | 'not-a-string' | null;
  /** The contract templates some of whose topics the DECNET bus delivers to the pattern, in catalogue order. */
  readonly templates: readonly TopicTemplate[];
  /** The index of the first equal entry, when this one repeats it; else `null`. */
  readonly duplicateOf: number | null;
  /** Each problem of the entry, as a sentence that says what DECNET will do; empty when there is none. */
  readonly issues: readonly string[];
}

/**
 * How two patterns of one subscription overlap, by the topics the DECNET bus
 * delivers to each: the same topics, one's topics include all of the other's,
 * or only some topics are shared.
 *
 * @example
 * ```ts
 * const relation: SubscriptionPatternRelation = 'first-covers-second';
 * ```
 * @category Subscriptions
 * @public
 */
export type SubscriptionPatternRelation = 'equivalent' | 'first-covers-second' | 'second-covers-first' | 'intersecting';

/**
 * Two entries of one subscription that the DECNET bus both delivers some
 * topic to: each such event reaches the subscriber once per pattern.
 *
 * @example
 * ```ts
 * checkSubscriptionPatterns(['attacker.>', 'attacker.scored']).overlaps[0];
 * //=> { first: 0, second: 1, relation: "first-covers-second", message: '"attacker.>" (entry 0) covers ...' }
 * ```
 * @category Subscriptions
 * @public
 */
export interface SubscriptionPatternOverlap {
  /** The index of the earlier entry. */
  readonly first: number;
  /** The index of the later entry. */
  readonly second: number;
  /** How the two entries' topics relate. */
  readonly relation: SubscriptionPatternRelation;
  /** What the overlap costs: which events are delivered twice. */
  readonly message: string;
}

/**
 * The report of {@link checkSubscriptionPatterns}: plain frozen data, for a
 * program or a command-line tool to print.
 *
 * @example
 * ```ts
 * const report: SubscriptionPatternReport = checkSubscriptionPatterns('["attacker.>"]');
 * const lines = [...report.issues, ...report.entries.flatMap((entry) => entry.issues)];
 * const listed = report.overlaps.map((overlap) => overlap.message); // report.overlapCount counts them all
 * ```
 * @category Subscriptions
 * @public
 */
export interface SubscriptionPatternReport {
  /** How the input was read: a list, the JSON text of a list (as DECNET stores it), or neither. */
  readonly source: 'list' | 'json' | 'unreadable';
  /** How many entries the list holds (`0` when the input is not a list). */
  readonly total: number;
  /** The entries checked, from the first: at most {@link SUBSCRIPTION_REPORT_LIMITS} allow. */
  readonly entries: readonly SubscriptionPatternEntry[];
  /** How many entries after those were not checked. */
  readonly unchecked: number;
  /** The first overlapping pairs of checked entries, at most {@link SUBSCRIPTION_REPORT_LIMITS}`.overlaps`. */
  readonly overlaps: readonly SubscriptionPatternOverlap[];
  /** How many overlapping pairs were found in all, listed or not. */
  readonly overlapCount: number;
  /** Problems of the input as a whole: not a list, no pattern, entries left unchecked. */
  readonly issues: readonly string[];
  /** Every problem found: the input's issues, the entries' issues, and every overlapping pair. */
  readonly problems: number;
}

/**
 * The bounds that keep the time and the report of {@link checkSubscriptionPatterns}
 * small whatever the input.
 *
 * They are: how many entries it checks; how many UTF-16 code units of text it
 * reads (JSON text longer than that is not parsed, and entries are checked only
 * while their total length stays within it); how many overlapping pairs it
 * lists (all are counted); and the longest pattern it compares with the others
 * for overlaps.
 *
 * @example
 * ```ts
 * SUBSCRIPTION_REPORT_LIMITS.entries; //=> 256
 * ```
 * @category Subscriptions
 * @public
 */
export const SUBSCRIPTION_REPORT_LIMITS: {
  readonly entries: 256;
  readonly text: 4194304;
  readonly overlaps: 256;
  readonly overlapLength: 256;
} = /* @__PURE__ */ Object.freeze({ entries: 256, text: 4194304, overlaps: 256, overlapLength: 256 } as const);
