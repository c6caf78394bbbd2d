import { _isSurrogatePairAt } from './surrogates.js';
import { _isPythonWhitespace } from './whitespace.js';

/**
 * How many UTF-16 code units of an input any message quotes at most. Inputs
 * come from networks and can be megabytes long; a message that quoted them
 * whole would cost time and memory in proportion, and flood a log.
 *
 * @internal
 */
export const _SHOWN_LIMIT = 64;

/**
 * Renders a value for an error message so that a person can see every
 * character: invisible, whitespace and control code points and lone
 * surrogates appear as `<U+00A0>`, so no input can forge a log line or hide
 * a fault. A value longer than {@link _SHOWN_LIMIT} code units is cut to a
 * window around `focus` (the offset of the fault), with `…` where text was
 * left out and its full length said after it. The result is at most about
 * 700 characters, whatever the input.
 *
 * @param value - the text to show.
 * @param focus - the UTF-16 offset the reader needs to see; the window keeps it in view.
 * @internal
 */
export function _showValue(value: string, focus = 0): string {
  if (value.length <= _SHOWN_LIMIT) return `"${_escaped(value)}"`;
  // A quarter of the window before the fault, the rest after: enough to place it.
  let start = Math.max(0, Math.min(focus - (_SHOWN_LIMIT >> 2), value.length - _SHOWN_LIMIT));
  let end = start + _SHOWN_LIMIT;
  // Never cut a surrogate pair in two: it would show as two escaped halves.
  if (start > 0 && _isSurrogatePairAt(value, start - 1)) start--;
  if (end < value.length && _isSurrogatePairAt(value, end - 1)) end++;
  const head = start > 0 ? '…' : '';
  const tail = end < value.length ? '…' : '';
  return `"${head}${_escaped(value.slice(start, end))}${tail}" (${value.length} characters)`;
}

/**
 * Shows a name from the input (a topic, a key) as itself when it is short and
 * every character shows as itself, otherwise as {@link _showValue} does.
 *
 * @internal
 */
export function _showName(value: string): string {
  const shown = _showValue(value);
  return value.length > 0 && shown.length === value.length + 2 ? value : shown;
}

/** @internal Every character of a short text, invisible ones as `<U+XXXX>`. */
function _escaped(text: string): string {
  let shown = '';
  // `for...of` walks code points: a pair is one character, a lone surrogate one code unit.
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    shown += _isVisible(code) ? char : `<${_codePointLabel(code)}>`;
  }
  return shown;
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
  if (code <= 0xa0 || _isPythonWhitespace(code)) return false;
  // Besides whitespace, zero-width, bidi-control and invisible format characters, and the BOM, look like nothing.
  if (code === 0x00ad || code === 0x180e) return false;
  if (code >= 0x200b && code <= 0x200f) return false;
  if (code >= 0x202a && code <= 0x202e) return false;
  if (code >= 0x2060 && code <= 0x206f) return false;
  // A lone surrogate (from slicing a string mid-pair) would print as a replacement glyph.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  // Private-use and unassigned specials (U+FFF9-U+FFFF, interlinear annotations) render as nothing or a box.
  if (code >= 0xfff9 && code <= 0xffff) return false;
  return code !== 0xfeff;
}

/**
 * Names the run-time type of a value for a `TypeError` message. Never reads
 * the value itself, so a Proxy, a revoked Proxy or an object with throwing
 * accessors cannot make the message throw.
 *
 * @internal
 */
export function _describeType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  try {
    return Array.isArray(value) ? 'an array' : 'object';
  } catch {
    // `Array.isArray` throws only for a revoked Proxy.
    return 'a revoked proxy';
  }
}
