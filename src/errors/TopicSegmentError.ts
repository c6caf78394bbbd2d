import { _codePointLabel, _showValue } from '../internal/escape.js';

/**
 * Why a segment was refused.
 *
 * - `empty`: the segment (or a token of a dotted leaf) is the empty string;
 * - `separator`: it contains `.`, which would split it into several tokens;
 * - `wildcard`: it contains `*` or `>`, which subscribers read as wildcards;
 * - `whitespace`: it contains one of the 29 whitespace code points;
 * - `lone-surrogate`: it contains half of a UTF-16 surrogate pair. Python's
 *   `str` can hold one, but no UTF-8 encoder can send it: a `TextEncoder`
 *   turns it into U+FFFD, so `"\uD800"`, `"\uDBFF"` and `"\uFFFD"` would
 *   all become the same bytes on the wire.
 *
 * @example
 * ```ts
 * const reason: SegmentRejection = 'wildcard';
 * ```
 * @category Segments
 * @public
 */
export type SegmentRejection = 'empty' | 'separator' | 'wildcard' | 'whitespace' | 'lone-surrogate';

/**
 * What a {@link TopicSegmentError} records about the refused argument.
 *
 * @example
 * ```ts
 * const details: TopicSegmentErrorDetails = {
 *   builder: 'decky', argument: 'deckyId', value: 'a.b', reason: 'separator', index: 1,
 * };
 * ```
 * @category Errors
 * @public
 */
export interface TopicSegmentErrorDetails {
  /** The function that refused the value, e.g. `decky` or `assertTopic`. */
  readonly builder: string;
  /** The parameter that held the value, e.g. `deckyId`. */
  readonly argument: string;
  /** The whole value that was refused (the message quotes at most 64 characters of it). */
  readonly value: string;
  /** Which rule the value broke. */
  readonly reason: SegmentRejection;
  /** UTF-16 offset of the offending character in `value`, or of the empty token; `-1` when `value` is empty. */
  readonly index: number;
}

const REASON_TEXT: Readonly<Record<SegmentRejection, string>> = {
  empty: 'must not be empty',
  separator: 'must not contain the token separator "."',
  wildcard: 'must not contain the wildcard characters "*" or ">"',
  whitespace: 'must not contain whitespace',
  'lone-surrogate': 'must not contain a lone surrogate',
};

/**
 * Thrown when a builder or an assertion is given a value that would not make
 * one well-formed topic segment (or, for dotted leaves, well-formed tokens).
 *
 * @remarks
 * The message names the function, the argument and the rule, and shows the
 * value with invisible characters escaped (`<U+00A0>`), so a no-break space
 * pasted from a web page is visible in the log. Branch on {@link TopicSegmentError.reason}
 * rather than on the message.
 *
 * @example
 * ```ts
 * const deckyId: string = 'd\u00a042'; // a no-break space, pasted from a web page
 * try {
 *   decky(deckyId, DECKY_STATE);
 * } catch (error) {
 *   if (error instanceof TopicSegmentError) error.reason; //=> "whitespace"
 *   // error.message:
 *   // decky(): argument "deckyId" must not contain whitespace, but "d<U+00A0>42" has U+00A0 at index 1
 * }
 * ```
 * @category Errors
 * @public
 */
export class TopicSegmentError extends Error implements TopicSegmentErrorDetails {
  /** Always `"TopicSegmentError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'TopicSegmentError' = 'TopicSegmentError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** {@inheritDoc TopicSegmentErrorDetails.builder} */
  declare readonly builder: string;
  /** {@inheritDoc TopicSegmentErrorDetails.argument} */
  declare readonly argument: string;
  /** {@inheritDoc TopicSegmentErrorDetails.value} */
  declare readonly value: string;
  /** {@inheritDoc TopicSegmentErrorDetails.reason} */
  declare readonly reason: SegmentRejection;
  /** {@inheritDoc TopicSegmentErrorDetails.index} */
  declare readonly index: number;

  /**
   * @param details - what was refused and why; the message is derived from it.
   */
  constructor(details: TopicSegmentErrorDetails) {
    super(_segmentMessage(details));
    this.builder = details.builder;
    this.argument = details.argument;
    this.value = details.value;
    this.reason = details.reason;
    this.index = details.index;
  }
}

/** @internal */
function _segmentMessage({ builder, argument, value, reason, index }: TopicSegmentErrorDetails): string {
  const subject = `${builder}(): argument ${_showValue(argument)}`;
  if (value.length === 0) return `${subject} must not be empty, but it is ""`;
  const shown = _showValue(value, index);
  if (reason === 'empty')
    return `${subject} must not have empty tokens, but ${shown} has an empty token at index ${index}`;
  const code = value.charCodeAt(index);
  // Separators and wildcards are printable ASCII; everything else is named by its code point.
  const char =
    reason === 'separator' || reason === 'wildcard' ? `"${String.fromCharCode(code)}"` : _codePointLabel(code);
  return `${subject} ${REASON_TEXT[reason]}, but ${shown} has ${char} at index ${index}`;
}
