/**
 * Type-level versions of the segment rules, so that a literal argument that the
 * builders would refuse at run time is already a compile error. Arguments typed
 * `string` are let through here and checked at run time.
 *
 * @packageDocumentation
 */
import type { _Expect, _Same } from '../internal/type-checks.js';
import type { _CharsOf, _PYTHON_WHITESPACE } from '../internal/whitespace.js';

/**
 * The 29 whitespace characters refused in a segment, as a string-literal union
 * (spelled out for readers; the compiler checks it against the run-time list).
 *
 * @example
 * ```ts
 * const nbsp: SegmentWhitespace = '\u00a0';
 * ```
 * @category Segments
 * @public
 */
export type SegmentWhitespace =
  | '\u0009'
  | '\u000a'
  | '\u000b'
  | '\u000c'
  | '\u000d'
  | '\u001c'
  | '\u001d'
  | '\u001e'
  | '\u001f'
  | '\u0020'
  | '\u0085'
  | '\u00a0'
  | '\u1680'
  | '\u2000'
  | '\u2001'
  | '\u2002'
  | '\u2003'
  | '\u2004'
  | '\u2005'
  | '\u2006'
  | '\u2007'
  | '\u2008'
  | '\u2009'
  | '\u200a'
  | '\u2028'
  | '\u2029'
  | '\u202f'
  | '\u205f'
  | '\u3000';

/** The union above and the run-time list agree, character for character. @internal */
export type _SegmentWhitespaceAgrees = _Expect<_Same<SegmentWhitespace, _CharsOf<typeof _PYTHON_WHITESPACE>>>;

/**
 * The type an invalid literal argument is asked to be instead; it reads as an
 * explanation in the compiler's "not assignable" message.
 *
 * @example
 * ```ts
 * type Why = InvalidSegment<'must not contain "."'>;
 * ```
 * @category Segments
 * @public
 */
export interface InvalidSegment<Why extends string> {
  /** Why the argument was refused; only the compiler's message shows it, no value ever has it. */
  readonly 'invalid topic segment': Why;
}

/**
 * `S` itself when it is a valid single segment (or a non-literal `string`),
 * otherwise an {@link InvalidSegment} explaining why.
 *
 * @example
 * ```ts
 * type Ok = SegmentArg<'d-42'>; //=> "d-42"
 * type No = SegmentArg<'a.b'>;  //=> InvalidSegment<'must not contain "."'>
 * ```
 * @category Segments
 * @public
 */
export type SegmentArg<S extends string> = string extends S
  ? S
  : S extends ''
    ? InvalidSegment<'must not be empty'>
    : S extends `${string}.${string}`
      ? InvalidSegment<'must not contain "."'>
      : S extends `${string}${'*' | '>'}${string}`
        ? InvalidSegment<'must not contain the wildcards "*" or ">"'>
        : S extends `${string}${SegmentWhitespace}${string}`
          ? InvalidSegment<'must not contain whitespace'>
          : S;

/**
 * `S` itself when every dot-separated token of it is a valid segment (or it is
 * a non-literal `string`), otherwise an {@link InvalidSegment} explaining why.
 *
 * @example
 * ```ts
 * type Ok = LeafArg<'session.ended'>; //=> "session.ended"
 * type No = LeafArg<'a..b'>;          //=> InvalidSegment<'must not have empty tokens'>
 * ```
 * @category Segments
 * @public
 */
export type LeafArg<S extends string> = string extends S
  ? S
  : S extends ''
    ? InvalidSegment<'must not be empty'>
    : S extends `.${string}` | `${string}.` | `${string}..${string}`
      ? InvalidSegment<'must not have empty tokens'>
      : S extends `${string}${'*' | '>'}${string}`
        ? InvalidSegment<'must not contain the wildcards "*" or ">"'>
        : S extends `${string}${SegmentWhitespace}${string}`
          ? InvalidSegment<'must not contain whitespace'>
          : S;
