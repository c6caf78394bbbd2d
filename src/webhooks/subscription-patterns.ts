/**
 * A report on the patterns of one stored webhook subscription. DECNET keeps a
 * subscription's `topic_patterns` as JSON text and never validates them
 * (CONTRACT 5.1), and its worker runs one delivery task per (subscription,
 * pattern) pair (CONTRACT 5.3): the report says which patterns break the strict
 * rules, which can receive nothing of the contract, and which overlap, so that
 * an event is delivered more than once.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { _deepFreeze } from '../internal/freeze.js';
import { validatePattern } from '../match/pattern-rules.js';
import { _lengthOf, _readList } from './pattern-list.js';
import { _mayMatchTemplates, _relation, _shapeOf, type _PatternShape } from './pattern-shapes.js';
import {
  SUBSCRIPTION_REPORT_LIMITS,
  type SubscriptionPatternEntry,
  type SubscriptionPatternOverlap,
  type SubscriptionPatternRelation,
  type SubscriptionPatternReport,
} from './subscription-report.js';

// The report's types and bounds live beside it; `src/webhooks.ts` exports them from here.
export { SUBSCRIPTION_REPORT_LIMITS } from './subscription-report.js';
export type {
  SubscriptionPatternEntry,
  SubscriptionPatternOverlap,
  SubscriptionPatternRelation,
  SubscriptionPatternReport,
} from './subscription-report.js';

/** Why one delivery per pattern matters, said once for every message that needs it. @internal */
const _PER_PATTERN = 'DECNET runs one delivery task per (subscription, pattern) pair';

/**
 * Checks the stored `topic_patterns` of a DECNET webhook subscription.
 *
 * It checks each entry against the strict rules of `validatePattern` and
 * against the contract's templates, and every pair of entries for overlap.
 *
 * @param patterns - a list of patterns, or the JSON text of one (the `topic_patterns` column); anything else is
 *   reported as unreadable.
 * @returns a frozen {@link SubscriptionPatternReport}; `problems` is `0` when every entry is a distinct valid
 *   pattern that can receive some contract topic, no two entries overlap, and every entry was checked.
 * @remarks Never throws; a throwing getter or `Proxy` trap of the caller's propagates unchanged. Bounded by
 *   {@link SUBSCRIPTION_REPORT_LIMITS}: at most 256 entries and 4 Mi code units of text are checked, the rest
 *   counted (an issue says so); at most 256 overlapping pairs are listed, all counted; a pattern longer than 256
 *   code units is checked but not compared with the others (an issue says so). So time is linear in at most
 *   4 Mi code units, plus one comparison of at most 256 code units per pair of distinct entries.
 *
 *   A template is reachable when the bus matcher (`matches`, quirks included) delivers to the pattern some topic
 *   of it, each placeholder filled with one valid segment (a dotted tail with one or more). Overlaps are decided
 *   exactly, over every string a topic may be.
 * @example
 * ```ts
 * const report = checkSubscriptionPatterns('["attacker.>", "attacker.scored", "decky.*state"]');
 * report.entries[2]?.reason; //=> "partial-wildcard"
 * report.overlaps[0]?.relation; //=> "first-covers-second"
 * report.problems; //=> 3 (the invalid pattern, which also reaches no template, and the overlap)
 * ```
 * @category Subscriptions
 * @public
 */
export function checkSubscriptionPatterns(patterns: unknown): SubscriptionPatternReport {
  const { source, list, issues } = _readList(patterns);
  const total = list === null ? 0 : _lengthOf(list);
  if (list !== null && total === 0) issues.push(`no patterns: ${_PER_PATTERN}, so this subscription receives nothing`);
  const entries: SubscriptionPatternEntry[] = [];
  const firstIndex = new Map<string, number>();
  const shapes: (_PatternShape | null)[] = [];
  const limit = Math.min(total, SUBSCRIPTION_REPORT_LIMITS.entries);
  let text = 0;
  for (let index = 0; index < limit; index++) {
    const value = list?.[index];
    if (typeof value === 'string') {
      text += value.length;
      if (text > SUBSCRIPTION_REPORT_LIMITS.text) break;
    }
    const entry = _checkEntry(value, index, firstIndex, entries);
    entries.push(entry);
    const { pattern, duplicateOf } = entry;
    const compared =
      pattern !== null && duplicateOf === null && pattern.length <= SUBSCRIPTION_REPORT_LIMITS.overlapLength;
    shapes.push(compared ? _shapeOf(pattern) : null);
  }
  const unchecked = total - entries.length;
  if (unchecked > 0) {
    issues.push(
      `${unchecked} entries from entry ${entries.length} on were not checked: a report reads at most ${SUBSCRIPTION_REPORT_LIMITS.entries} entries and ${SUBSCRIPTION_REPORT_LIMITS.text} characters`,
    );
  }
  const { overlaps, overlapCount } = _overlaps(entries, shapes);
  const problems = entries.reduce((sum, entry) => sum + entry.issues.length, issues.length + overlapCount);
  return _deepFreeze({ source, total, entries, unchecked, overlaps, overlapCount, issues, problems });
}

/** @internal Checks one entry; a repeat takes its first occurrence's findings and says it repeats. */
function _checkEntry(
  value: unknown,
  index: number,
  firstIndex: Map<string, number>,
  earlier: readonly SubscriptionPatternEntry[],
): SubscriptionPatternEntry {
  if (typeof value !== 'string') {
    const shown = _describeType(value);
    const issue = `${shown}: not a pattern; DECNET's API stores only strings, and its bus matcher fails on anything else`;
    return {
      index,
      pattern: null,
      shown,
      valid: false,
      reason: 'not-a-string',
      templates: [],
      duplicateOf: null,
      issues: [issue],
    };
  }
  const shown = _showValue(value);
  const first = firstIndex.get(value);
  if (first !== undefined) {
    const { valid, reason, templates } = earlier[first] as SubscriptionPatternEntry;
    const issue = `${shown} repeats entry ${first}: ${_PER_PATTERN}, so each event it matches is delivered once more`;
    return { index, pattern: value, shown, valid, reason, templates, duplicateOf: first, issues: [issue] };
  }
  firstIndex.set(value, index);
  const validation = validatePattern(value);
  const issues = validation.ok ? [] : [validation.message];
  const templates = _mayMatchTemplates(_shapeOf(value));
  if (templates.length === 0)
    issues.push(`${shown} matches no topic of the contract: the subscription receives nothing through it`);
  if (value.length > SUBSCRIPTION_REPORT_LIMITS.overlapLength) {
    issues.push(
      `${shown} is longer than ${SUBSCRIPTION_REPORT_LIMITS.overlapLength} characters: not compared with the other entries for overlaps`,
    );
  }
  const reason = validation.ok ? null : validation.reason;
  return { index, pattern: value, shown, valid: validation.ok, reason, templates, duplicateOf: null, issues };
}

/** @internal Every overlapping pair of compared entries: the first few listed, all counted. */
function _overlaps(
  entries: readonly SubscriptionPatternEntry[],
  shapes: readonly (_PatternShape | null)[],
): { overlaps: SubscriptionPatternOverlap[]; overlapCount: number } {
  const overlaps: SubscriptionPatternOverlap[] = [];
  let overlapCount = 0;
  for (let first = 0; first < shapes.length; first++) {
    const a = shapes[first];
    if (a === null || a === undefined) continue;
    for (let second = first + 1; second < shapes.length; second++) {
      const b = shapes[second];
      if (b === null || b === undefined) continue;
      const relation = _relation(a, b);
      if (relation === null) continue;
      overlapCount++;
      if (overlaps.length < SUBSCRIPTION_REPORT_LIMITS.overlaps) {
        const message = _overlapMessage(
          entries[first] as SubscriptionPatternEntry,
          entries[second] as SubscriptionPatternEntry,
          relation,
        );
        overlaps.push({ first, second, relation, message });
      }
    }
  }
  return { overlaps, overlapCount };
}

/** @internal What an overlap costs the subscriber. */
function _overlapMessage(
  a: SubscriptionPatternEntry,
  b: SubscriptionPatternEntry,
  relation: SubscriptionPatternRelation,
): string {
  const first = `${a.shown} (entry ${a.index})`;
  const second = `${b.shown} (entry ${b.index})`;
  const twice = `${_PER_PATTERN}, so`;
  switch (relation) {
    case 'equivalent':
      return `${first} and ${second} match the same topics: ${twice} every event they match is delivered twice`;
    case 'first-covers-second':
      return `${first} covers ${second}: ${twice} every event ${b.shown} matches is delivered twice`;
    case 'second-covers-first':
      return `${second} covers ${first}: ${twice} every event ${a.shown} matches is delivered twice`;
    case 'intersecting':
      return `${first} and ${second} both match some topics: ${twice} events on those are delivered twice`;
  }
}
