import { _stringArg } from '../internal/arguments.js';
import { _segmentArg } from './segment-arguments.js';
import { _segmentFault } from './segment-rules.js';

/**
 * Tells whether a value is one valid topic segment: a non-empty string with no
 * `.`, `*`, `>` and none of the 29 whitespace code points.
 *
 * @param value - anything; non-strings are simply not segments.
 * @returns `true` when a builder would accept `value` as a segment argument.
 * @example
 * ```ts
 * isValidSegment('d-42');      //=> true
 * isValidSegment('host:name'); //=> true  (":" is allowed)
 * isValidSegment('a.b');       //=> false
 * isValidSegment('a\u00a0b');  //=> false (no-break space)
 * isValidSegment('a\ufeffb');  //=> true  (BOM is not whitespace, as in Python)
 * ```
 * @category Segments
 * @public
 */
export function isValidSegment(value: unknown): value is string {
  return typeof value === 'string' && _segmentFault(value) === null;
}

/**
 * Throws unless a value is one valid topic segment; narrows it to `string`.
 *
 * @param value - the value to check.
 * @param argument - the name to report in the error, e.g. the field the value came from.
 * @throws {@link TopicSegmentError} naming the rule broken; `TypeError` when `value` or `argument` is not a string.
 * @remarks The message quotes at most 64 characters of `value`, escaped, around the fault.
 * @example
 * ```ts
 * assertSegment(input, 'deckyId'); // throws for "a.b", "", "x*"
 * decky(input, DECKY_STATE);       // `input` is a string from here on
 * ```
 * @category Segments
 * @public
 */
export function assertSegment(value: unknown, argument = 'segment'): asserts value is string {
  _segmentArg(value, 'assertSegment', _stringArg(argument, 'assertSegment', 'argument'));
}

/**
 * Tells whether a value is a concrete, well-formed topic: one or more tokens
 * joined by `.`, every token a valid segment.
 *
 * Wildcard patterns are not topics.
 *
 * @param value - anything; non-strings are simply not topics.
 * @returns `true` when every token of `value` is a valid segment.
 * @remarks The DECNET bus itself accepts any string as a topic; this is the
 *   shape every builder of this library produces.
 * @example
 * ```ts
 * isValidTopic('attacker.session.ended'); //=> true
 * isValidTopic('attacker.>');             //=> false (a pattern)
 * isValidTopic('a..b');                   //=> false (empty token)
 * ```
 * @category Segments
 * @public
 */
export function isValidTopic(value: unknown): value is string {
  return typeof value === 'string' && _segmentFault(value, true) === null;
}

/**
 * Throws unless a value is a concrete, well-formed topic; narrows it to `string`.
 *
 * @param value - the value to check.
 * @param argument - the name to report in the error.
 * @throws {@link TopicSegmentError} naming the first bad token's rule; `TypeError` when `value` or `argument` is
 *   not a string.
 * @remarks The message quotes at most 64 characters of `value`, escaped, around the fault; the check itself is one
 *   pass over `value`.
 * @example
 * ```ts
 * assertTopic(input, 'subject'); // throws for "a..b" or "decky.*.state"
 * ```
 * @category Segments
 * @public
 */
export function assertTopic(value: unknown, argument = 'topic'): asserts value is string {
  _segmentArg(value, 'assertTopic', _stringArg(argument, 'assertTopic', 'argument'), true);
}
