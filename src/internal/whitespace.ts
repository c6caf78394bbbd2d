/**
 * What DECNET calls whitespace: Python's `str.isspace()`, exactly 29 code
 * points (Unicode 14). They differ from JavaScript's `\s`: Python also counts
 * U+001C-U+001F and U+0085, and not U+FEFF. Written here once; the segment
 * rules, their public table, their type-level twin and the escaping of
 * messages all derive from it.
 *
 * @packageDocumentation
 */

/**
 * The 29 whitespace characters, in ascending order. `SegmentWhitespace` (the
 * type) is checked against this list at compile time.
 *
 * @internal
 */
export const _PYTHON_WHITESPACE = [
  '\u0009',
  '\u000a',
  '\u000b',
  '\u000c',
  '\u000d',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u001f',
  '\u0020',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
] as const;

/** The code units of {@link _PYTHON_WHITESPACE}: all are in the Basic Multilingual Plane, one unit each. @internal */
const _WHITESPACE_CODES: ReadonlySet<number> = /* @__PURE__ */ new Set(
  _PYTHON_WHITESPACE.map((char) => char.charCodeAt(0)),
);

/**
 * Whether a UTF-16 code unit is one of the 29 whitespace code points.
 *
 * @internal
 */
export function _isPythonWhitespace(code: number): boolean {
  return _WHITESPACE_CODES.has(code);
}
