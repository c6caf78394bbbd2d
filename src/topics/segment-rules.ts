/**
 * The character rules for one topic segment, shared by the builders and the
 * predicates. They follow `_reject_tokens` in `decnet/bus/topics.py`, whose
 * whitespace test is Python's `str.isspace()`: exactly 29 code points, which
 * differ from JavaScript's `\s` (Python also refuses U+001C-U+001F and U+0085,
 * and accepts U+FEFF). An explicit table keeps the two sides identical.
 *
 * @packageDocumentation
 */
import type { SegmentRejection } from '../errors/TopicSegmentError.js';
import { _isSurrogatePairAt } from '../internal/surrogates.js';

/**
 * The 29 code points that `str.isspace()` calls whitespace (Unicode 14), in
 * ascending order. A segment holding any of them is refused.
 *
 * @example
 * ```ts
 * SEGMENT_WHITESPACE.includes(0x00a0); //=> true  (no-break space)
 * SEGMENT_WHITESPACE.includes(0xfeff); //=> false (BOM is accepted, as in Python)
 * ```
 * @public
 */
export const SEGMENT_WHITESPACE: readonly number[] = /* @__PURE__ */ Object.freeze([
  0x0009, 0x000a, 0x000b, 0x000c, 0x000d, 0x001c, 0x001d, 0x001e, 0x001f, 0x0020, 0x0085, 0x00a0, 0x1680, 0x2000,
  0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
  0x3000,
]);

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
  if (code < 0x7f) {
    return (code >= 0x09 && code <= 0x0d) || code >= 0x1c ? 'whitespace' : null;
  }
  if (code === 0x85 || code === 0xa0 || code === 0x1680 || code === 0x202f || code === 0x205f) {
    return 'whitespace';
  }
  if ((code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000) {
    return 'whitespace';
  }
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
