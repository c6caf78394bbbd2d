/**
 * What DECNET calls whitespace: Python's `str.isspace()`, exactly 29 code
 * points (Unicode 14). They differ from JavaScript's `\s`: Python also counts
 * U+001C-U+001F and U+0085, and not U+FEFF. Written here once: the public
 * table and the type-level twin derive from the list, and the test every
 * other use goes through is checked against it.
 *
 * @packageDocumentation
 */

/**
 * The 29 whitespace characters, in ascending order, as one string (the
 * smallest form in a bundle). `SegmentWhitespace` (the type) is checked
 * against it at compile time, character by character.
 *
 * @internal
 */
export const _PYTHON_WHITESPACE =
  '\u0009\u000a\u000b\u000c\u000d\u001c\u001d\u001e\u001f\u0020\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/**
 * The characters of a string type, as a union (`'ab'` gives `'a' | 'b'`).
 *
 * @internal
 */
export type _CharsOf<Text extends string> = Text extends `${infer First}${infer Rest}` ? First | _CharsOf<Rest> : never;

/**
 * Whether a UTF-16 code unit is one of the 29 whitespace code points. Written
 * as ranges over {@link _PYTHON_WHITESPACE}, not as a lookup in it: a segment
 * check then ships without the list (about 85 bytes smaller gzipped) and
 * costs a few comparisons. `test/internal/whitespace.test.ts` checks the two
 * agree on all 65,536 code units.
 *
 * @internal
 */
export function _isPythonWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x1c;
  if (code < 0x85) return false;
  if (code <= 0xa0) return code === 0x85 || code === 0xa0;
  if (code >= 0x2000 && code <= 0x200a) return true;
  return code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}
