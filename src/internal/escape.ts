/**
 * Renders a value for an error message so that a person can see every
 * character: invisible, whitespace and control code points appear as `<U+00A0>`.
 * A message that printed a no-break space as-is would look like it had no fault.
 *
 * @internal
 */
export function _showValue(value: string): string {
  let shown = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    shown += _isVisible(code) ? char : `<${_codePointLabel(code)}>`;
  }
  return `"${shown}"`;
}

/**
 * Names a code point the way Unicode charts do: `U+00A0`, `U+1F600`.
 *
 * @internal
 */
export function _codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** @internal Printable code points that a terminal shows as themselves. */
function _isVisible(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return true;
  if (code <= 0xa0) return false;
  // Separators, zero-width and bidi-control characters, and the BOM look like nothing.
  if (code === 0x00ad || code === 0x1680 || code === 0x180e) return false;
  if (code >= 0x2000 && code <= 0x200f) return false;
  if (code >= 0x2028 && code <= 0x202f) return false;
  if (code >= 0x205f && code <= 0x206f) return false;
  // A lone surrogate (from slicing a string mid-pair) would print as a replacement glyph.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0x3000 && code !== 0xfeff;
}

/**
 * Names the run-time type of a value for a `TypeError` message.
 *
 * @internal
 */
export function _describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
