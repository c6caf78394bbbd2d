/**
 * What the DECNET bus delivers to a pattern, as data: its tokens up to the first
 * whole `>` token (each `*`, any one non-empty token, or a literal that only
 * itself equals, the empty token included), and whether that `>` ends it
 * (`open`: one or more further tokens of any kind). From the shape: which
 * contract templates a pattern can receive, and how the topics of two patterns
 * relate. Everything here walks tokens by offset, never splitting.
 *
 * @packageDocumentation
 */
import { _isSurrogatePairAt } from '../internal/surrogates.js';
import { TOPIC_CATALOGUE } from '../topics/catalogue.js';
import { _charRejection } from '../topics/segment-rules.js';
import type { TopicTemplate } from '../topics/template-types.js';
import type { SubscriptionPatternRelation } from './subscription-report.js';

/** @internal A pattern as the bus reads it (CONTRACT 2.1): `count` tokens from the start, then `>` when `open`. */
export interface _PatternShape {
  readonly text: string;
  readonly count: number;
  readonly open: boolean;
}

/** @internal Where the token starting at `start` ends: at the next dot or the end of the text. */
function _tokenEnd(text: string, start: number): number {
  const dot = text.indexOf('.', start);
  return dot === -1 ? text.length : dot;
}

/** @internal Whether `text[start, end)` is the token `*`. */
const _isStar = (text: string, start: number, end: number): boolean =>
  end - start === 1 && text.charCodeAt(start) === 0x2a;

/** @internal The shape of a pattern: one pass, no allocation per token. */
export function _shapeOf(text: string): _PatternShape {
  for (let count = 0, start = 0; ; count++) {
    const end = _tokenEnd(text, start);
    if (end - start === 1 && text.charCodeAt(start) === 0x3e) return { text, count, open: true };
    if (end === text.length) return { text, count: count + 1, open: false };
    start = end + 1;
  }
}

/** @internal Whether two tokens are the same text. */
function _sameToken(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** @internal Whether every topic `b` receives has a token count that `a` receives too. */
function _countsCover(a: _PatternShape, b: _PatternShape): boolean {
  if (!a.open) return !b.open && a.count === b.count;
  return b.open ? a.count <= b.count : b.count > a.count;
}

/** @internal Whether some token count is received by both. */
function _countsMeet(a: _PatternShape, b: _PatternShape): boolean {
  if (a.open && b.open) return true;
  if (a.open) return b.count > a.count;
  return b.open ? a.count > b.count : a.count === b.count;
}

/**
 * How the topics the bus delivers to `a` and to `b` relate, exactly, over every string a topic may be; `null`
 * when no topic reaches both. Token by token over the shorter prefix, since every token set is non-empty.
 *
 * @internal
 */
export function _relation(a: _PatternShape, b: _PatternShape): SubscriptionPatternRelation | null {
  let aCoversB = _countsCover(a, b);
  let bCoversA = _countsCover(b, a);
  let meet = _countsMeet(a, b);
  const shared = Math.min(a.count, b.count);
  for (let i = 0, aStart = 0, bStart = 0; i < shared && meet; i++) {
    const aEnd = _tokenEnd(a.text, aStart);
    const bEnd = _tokenEnd(b.text, bStart);
    const aStar = _isStar(a.text, aStart, aEnd);
    const bStar = _isStar(b.text, bStart, bEnd);
    if (aStar !== bStar) {
      // `*` holds every non-empty token; a literal holds one, which `*` holds unless it is empty.
      const literalFits = aStar ? bEnd > bStart : aEnd > aStart;
      meet = literalFits;
      aCoversB &&= aStar && literalFits;
      bCoversA &&= bStar && literalFits;
    } else if (!aStar && !_sameToken(a.text, aStart, aEnd, b.text, bStart, bEnd)) {
      meet = false;
    }
    aStart = aEnd + 1;
    bStart = bEnd + 1;
  }
  if (!meet) return null;
  if (aCoversB) return bCoversA ? 'equivalent' : 'first-covers-second';
  return bCoversA ? 'second-covers-first' : 'intersecting';
}

/** @internal A catalogue template as tokens: a literal, or `null` for a placeholder; a dotted tail is the last. */
interface _Template {
  readonly template: TopicTemplate;
  readonly tokens: readonly (string | null)[];
  readonly dottedTail: boolean;
}

/** The catalogue as tokens, built on first use so that importing costs nothing. @internal */
let _templates: readonly _Template[] | undefined;

/** @internal Whether `text[start, end)` is a valid segment: what a placeholder stands for. */
function _isSegment(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  for (let i = start; i < end; i++) {
    const rejection = _charRejection(text.charCodeAt(i));
    if (rejection === null) continue;
    if (rejection !== 'lone-surrogate' || !_isSurrogatePairAt(text, i)) return false;
    i++; // The low half of the pair just checked.
  }
  return true;
}

/** @internal Whether the bus delivers to `shape` some topic of `template`, its placeholders filled with valid segments. */
function _mayMatch(shape: _PatternShape, { tokens, dottedTail }: _Template): boolean {
  const length = tokens.length;
  if (shape.open ? !dottedTail && length <= shape.count : dottedTail ? shape.count < length : shape.count !== length) {
    return false;
  }
  const { text } = shape;
  for (let i = 0, start = 0; i < shape.count; i++) {
    const end = _tokenEnd(text, start);
    // Past the template's last token only a dotted tail continues, with placeholder tokens.
    const literal = i < length ? tokens[i] : null;
    if (!_isStar(text, start, end)) {
      const fits =
        literal === null || literal === undefined
          ? _isSegment(text, start, end)
          : _sameToken(text, start, end, literal, 0, literal.length);
      if (!fits) return false;
    }
    start = end + 1;
  }
  return true;
}

/** @internal The templates of the catalogue some of whose topics the bus delivers to `shape`, frozen. */
export function _mayMatchTemplates(shape: _PatternShape): readonly TopicTemplate[] {
  _templates ??= TOPIC_CATALOGUE.map(({ template, dottedTail }) => ({
    template,
    tokens: template.split('.').map((token) => (token.startsWith('{') ? null : token)),
    dottedTail,
  }));
  return Object.freeze(_templates.filter((row) => _mayMatch(shape, row)).map((row) => row.template));
}
