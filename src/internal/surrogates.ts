/**
 * UTF-16 surrogates. A JavaScript string (like a Python `str`) can hold half of
 * a surrogate pair on its own, but no UTF-8 encoder can send one: a
 * `TextEncoder` replaces it with U+FFFD, Python's `encode` raises. A topic
 * holding one would reach the wire as some other topic.
 *
 * @packageDocumentation
 */

/**
 * Whether `text[index]` starts a well-formed surrogate pair: a high surrogate
 * followed by a low one, which together are one astral code point (an emoji).
 *
 * @internal
 */
export function _isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The UTF-16 offset of the first lone surrogate in a text, or `-1` when every
 * surrogate is part of a pair.
 *
 * @internal
 */
export function _loneSurrogateIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (!_isSurrogatePairAt(text, i)) return i;
    i++; // The low half of the pair just checked.
  }
  return -1;
}
