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
import type { PatternRejection } from '../errors/TopicPatternError.js';
import { _describeType, _showValue } from '../internal/escape.js';
import { _deepFreeze } from '../internal/freeze.js';
import { _isSurrogatePairAt } from '../internal/surrogates.js';
import { validatePattern } from '../match/pattern-rules.js';
import { TOPIC_CATALOGUE } from '../topics/catalogue.js';
import { _charRejection } from '../topics/segment-rules.js';
import type { TopicTemplate } from '../topics/template-types.js';

/**
 * What {@link checkSubscriptionPatterns} says about one entry of the list.
 *
 * @example
 * ```ts
 * const entry: SubscriptionPatternEntry = checkSubscriptionPatterns(['decky.*.state']).entries[0]!;
 * entry.templates; //=> ["decky.{decky_id}.state"]
 * ```
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
 * small whatever the input: how many entries it checks; how many UTF-16 code
 * units of text it reads (JSON text longer than that is not parsed, and
 * entries are checked only while their total length stays within it); how
 * many overlapping pairs it lists (all are counted); and the longest pattern
 * it compares with the others for overlaps.
 *
 * @example
 * ```ts
 * SUBSCRIPTION_REPORT_LIMITS.entries; //=> 256
 * ```
 * @public
 */
export const SUBSCRIPTION_REPORT_LIMITS: {
  readonly entries: 256;
  readonly text: 4194304;
  readonly overlaps: 256;
  readonly overlapLength: 256;
} = /* @__PURE__ */ Object.freeze({ entries: 256, text: 4194304, overlaps: 256, overlapLength: 256 } as const);

/** Why one delivery per pattern matters, said once for every message that needs it. @internal */
const _PER_PATTERN = 'DECNET runs one delivery task per (subscription, pattern) pair';

/**
 * Checks the stored `topic_patterns` of a DECNET webhook subscription: each
 * entry against the strict rules of `validatePattern` and against the
 * contract's templates, and every pair of entries for overlap.
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

/** @internal The list behind the input, how it was read, and why it could not be. */
function _readList(input: unknown): {
  source: SubscriptionPatternReport['source'];
  list: readonly unknown[] | null;
  issues: string[];
} {
  let value = input;
  let source: SubscriptionPatternReport['source'] = 'list';
  if (typeof input === 'string') {
    source = 'json';
    const { text } = SUBSCRIPTION_REPORT_LIMITS;
    if (input.length > text) {
      return {
        source: 'unreadable',
        list: null,
        issues: [`${_showValue(input)}: JSON text over ${text} characters is not read`],
      };
    }
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      // The engine's message quotes the input unescaped: never pass it on.
      const issue = `${_showValue(input)} is not JSON text: DECNET stores topic_patterns as the JSON text of a list of strings`;
      return { source: 'unreadable', list: null, issues: [issue] };
    }
  }
  if (_isArray(value)) return { source, list: value, issues: [] };
  const what = source === 'json' ? 'the JSON text holds' : 'topic_patterns must be a list or its JSON text, got';
  return { source: 'unreadable', list: null, issues: [`${what} ${_describeType(value)}, not a list`] };
}

/** @internal `Array.isArray`, false for a revoked `Proxy` (on which it throws). */
function _isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** @internal An array's length as a count, whatever a `Proxy` answers. */
function _lengthOf(list: readonly unknown[]): number {
  const length: unknown = list.length;
  return typeof length === 'number' && Number.isSafeInteger(length) && length > 0 ? length : 0;
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

// What the bus delivers to a pattern, as data: its tokens up to the first whole `>` token (each `*`, any one
// non-empty token, or a literal that only itself equals, the empty token included), and whether that `>` ends it
// (`open`: one or more further tokens of any kind). Everything below walks tokens by offset, never splitting.

/** @internal A pattern as the bus reads it (CONTRACT 2.1): `count` tokens from the start, then `>` when `open`. */
interface _PatternShape {
  readonly text: string;
  readonly count: number;
  readonly open: boolean;
}

/** @internal Where the token starting at `start` ends: at the next dot or the end of the text. */
function _tokenEnd(text: string, start: number): number {
  const dot = text.indexOf('.', start);
  return dot === -1 ? text.length : dot;
}

/** @internal Whether `text[start, end)` is the token `*`. */
const _isStar = (text: string, start: number, end: number): boolean =>
  end - start === 1 && text.charCodeAt(start) === 0x2a;

/** @internal The shape of a pattern: one pass, no allocation per token. */
function _shapeOf(text: string): _PatternShape {
  for (let count = 0, start = 0; ; count++) {
    const end = _tokenEnd(text, start);
    if (end - start === 1 && text.charCodeAt(start) === 0x3e) return { text, count, open: true };
    if (end === text.length) return { text, count: count + 1, open: false };
    start = end + 1;
  }
}

/** @internal Whether two tokens are the same text. */
function _sameToken(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** @internal Whether every topic `b` receives has a token count that `a` receives too. */
function _countsCover(a: _PatternShape, b: _PatternShape): boolean {
  if (!a.open) return !b.open && a.count === b.count;
  return b.open ? a.count <= b.count : b.count > a.count;
}

/** @internal Whether some token count is received by both. */
function _countsMeet(a: _PatternShape, b: _PatternShape): boolean {
  if (a.open && b.open) return true;
  if (a.open) return b.count > a.count;
  return b.open ? a.count > b.count : a.count === b.count;
}

/**
 * How the topics the bus delivers to `a` and to `b` relate, exactly, over every string a topic may be; `null`
 * when no topic reaches both. Token by token over the shorter prefix, since every token set is non-empty.
 *
 * @internal
 */
function _relation(a: _PatternShape, b: _PatternShape): SubscriptionPatternRelation | null {
  let aCoversB = _countsCover(a, b);
  let bCoversA = _countsCover(b, a);
  let meet = _countsMeet(a, b);
  const shared = Math.min(a.count, b.count);
  for (let i = 0, aStart = 0, bStart = 0; i < shared && meet; i++) {
    const aEnd = _tokenEnd(a.text, aStart);
    const bEnd = _tokenEnd(b.text, bStart);
    const aStar = _isStar(a.text, aStart, aEnd);
    const bStar = _isStar(b.text, bStart, bEnd);
    if (aStar !== bStar) {
      // `*` holds every non-empty token; a literal holds one, which `*` holds unless it is empty.
      const literalFits = aStar ? bEnd > bStart : aEnd > aStart;
      meet = literalFits;
      aCoversB &&= aStar && literalFits;
      bCoversA &&= bStar && literalFits;
    } else if (!aStar && !_sameToken(a.text, aStart, aEnd, b.text, bStart, bEnd)) {
      meet = false;
    }
    aStart = aEnd + 1;
    bStart = bEnd + 1;
  }
  if (!meet) return null;
  if (aCoversB) return bCoversA ? 'equivalent' : 'first-covers-second';
  return bCoversA ? 'second-covers-first' : 'intersecting';
}

/** @internal A catalogue template as tokens: a literal, or `null` for a placeholder; a dotted tail is the last. */
interface _Template {
  readonly template: TopicTemplate;
  readonly tokens: readonly (string | null)[];
  readonly dottedTail: boolean;
}

/** The catalogue as tokens, built on first use so that importing costs nothing. @internal */
let _templates: readonly _Template[] | undefined;

/** @internal Whether `text[start, end)` is a valid segment: what a placeholder stands for. */
function _isSegment(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  for (let i = start; i < end; i++) {
    const rejection = _charRejection(text.charCodeAt(i));
    if (rejection === null) continue;
    if (rejection !== 'lone-surrogate' || !_isSurrogatePairAt(text, i)) return false;
    i++; // The low half of the pair just checked.
  }
  return true;
}

/** @internal Whether the bus delivers to `shape` some topic of `template`, its placeholders filled with valid segments. */
function _mayMatch(shape: _PatternShape, { tokens, dottedTail }: _Template): boolean {
  const length = tokens.length;
  if (shape.open ? !dottedTail && length <= shape.count : dottedTail ? shape.count < length : shape.count !== length) {
    return false;
  }
  const { text } = shape;
  for (let i = 0, start = 0; i < shape.count; i++) {
    const end = _tokenEnd(text, start);
    // Past the template's last token only a dotted tail continues, with placeholder tokens.
    const literal = i < length ? tokens[i] : null;
    if (!_isStar(text, start, end)) {
      const fits =
        literal === null || literal === undefined
          ? _isSegment(text, start, end)
          : _sameToken(text, start, end, literal, 0, literal.length);
      if (!fits) return false;
    }
    start = end + 1;
  }
  return true;
}

/** @internal The templates of the catalogue some of whose topics the bus delivers to `shape`, frozen. */
function _mayMatchTemplates(shape: _PatternShape): readonly TopicTemplate[] {
  _templates ??= TOPIC_CATALOGUE.map(({ template, dottedTail }) => ({
    template,
    tokens: template.split('.').map((token) => (token.startsWith('{') ? null : token)),
    dottedTail,
  }));
  return Object.freeze(_templates.filter((row) => _mayMatch(shape, row)).map((row) => row.template));
}
