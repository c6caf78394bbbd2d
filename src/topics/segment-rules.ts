/**
 * The character rules for one topic segment, shared by the builders and the
 * predicates. They follow `_reject_tokens` in `decnet/bus/topics.py`, whose
 * whitespace test is Python's `str.isspace()`: the 29 code points of
 * `src/internal/whitespace.ts`, which differ from JavaScript's `\s`.
 *
 * @packageDocumentation
 */
import type { SegmentRejection } from '../errors/TopicSegmentError.js';
import { _isSurrogatePairAt } from '../internal/surrogates.js';
import { _isPythonWhitespace, _PYTHON_WHITESPACE } from '../internal/whitespace.js';

/**
 * The 29 code points that `str.isspace()` calls whitespace (Unicode 14), in
 * ascending order.
 *
 * A segment holding any of them is refused.
 *
 * @example
 * ```ts
 * SEGMENT_WHITESPACE.includes(0x00a0); //=> true  (no-break space)
 * SEGMENT_WHITESPACE.includes(0xfeff); //=> false (BOM is accepted, as in Python)
 * ```
 * @category Segments
 * @public
 */
export const SEGMENT_WHITESPACE: readonly number[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Array.from(_PYTHON_WHITESPACE, (char) => char.charCodeAt(0)),
);

/**
 * Classifies one UTF-16 code unit. All 29 whitespace code points are in the
 * Basic Multilingual Plane, so code units suffice. Every surrogate code unit
 * is reported as `lone-surrogate`: the caller, which sees the next unit,
 * lets a well-formed pair through (see {@link _isSurrogatePairAt}).
 *
 * @internal
 */
export function _charRejection(code: number): SegmentRejection | null {
  // Fast path: printable ASCII other than the three special characters.
  if (code > 0x20 && code < 0x7f) {
    if (code === 0x2e) return 'separator';
    if (code === 0x2a || code === 0x3e) return 'wildcard';
    return null;
  }
  if (_isPythonWhitespace(code)) return 'whitespace';
  return code >= 0xd800 && code <= 0xdfff ? 'lone-surrogate' : null;
}

/**
 * Where a segment first breaks the rules, or `null` when it is valid.
 * `index` is the UTF-16 offset of the offending character (`-1` for empty).
 *
 * @internal
 */
export interface _SegmentFault {
  readonly reason: SegmentRejection;
  readonly index: number;
}

/**
 * Finds the first rule a segment breaks, scanning left to right. With
 * `allowDots`, the text is a dotted leaf or a whole topic instead: every
 * dot-separated token must be a valid segment, so `session.ended` passes and
 * `a..b`, `.a`, `a.*` do not. `index` points into the whole text. One function
 * for both keeps the rules in one loop and the root entry small.
 *
 * @internal
 */
export function _segmentFault(text: string, allowDots = false): _SegmentFault | null {
  if (text.length === 0) return { reason: 'empty', index: -1 };
  let tokenStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e && allowDots) {
      if (i === tokenStart) return { reason: 'empty', index: i };
      tokenStart = i + 1;
    } else {
      const reason = _charRejection(code);
      if (reason !== null) {
        if (reason !== 'lone-surrogate' || !_isSurrogatePairAt(text, i)) return { reason, index: i };
        i++; // The low half of the pair just checked.
      }
    }
  }
  // Only a dotted text can end on a dot, which leaves an empty last token.
  return tokenStart === text.length ? { reason: 'empty', index: tokenStart } : null;
}
