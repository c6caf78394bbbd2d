/**
 * The shared fast-check arbitraries of the property tests. Valid segments
 * deliberately include what a naive implementation gets wrong: `:` and other
 * punctuation, non-ASCII letters, emoji (surrogate pairs), and invisible
 * characters that are not whitespace to Python (U+FEFF, U+200B, U+180E, NUL).
 * They never hold a lone surrogate, which every rule refuses (test/hostile/).
 */
import fc from 'fast-check';
import { TOPIC_CATALOGUE, type TopicTemplateEntry } from '../../src/catalogue';
import { WHITESPACE_CODE_POINTS } from './contract';

const WHITESPACE = new Set(WHITESPACE_CODE_POINTS);

/** The characters no segment may hold: the 29 whitespace code points, `.`, `*` and `>`. */
export const FORBIDDEN_CHARS: readonly string[] = [
  ...WHITESPACE_CODE_POINTS.map((code) => String.fromCharCode(code)),
  '.',
  '*',
  '>',
];

/** Half of a surrogate pair on its own (in `u` mode a whole pair is one astral code point, not `Cs`). */
export const LONE_SURROGATE = /\p{Cs}/u;

const hasForbiddenChar = (text: string): boolean =>
  LONE_SURROGATE.test(text) ||
  Array.from(text).some(
    (char) => char === '.' || char === '*' || char === '>' || WHITESPACE.has(char.codePointAt(0) ?? -1),
  );

// prettier-ignore
const ACCEPTED_SPECIALS: readonly string[] = [
  ':', '-', '_', '/', '#', ',', '@', '+', '$', '&', '{', '}', '%', '\\', '"', "'", '`',
  '\u0000', '\u007f', '\u00ad', '\u180e', '\u200b', '\ufeff', '\uff0e', '\u00e9', '\u00df', '\u0416', '\u4e2d',
  '\u{1F98A}', '\u{1F600}', '\u{1F469}\u200d\u{1F4BB}',
];

/** One character (or grapheme) that a segment may hold. */
export const segmentChar: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...Array.from('abcdefxyzABCXYZ0123456789')), weight: 3 },
    { arbitrary: fc.constantFrom(...ACCEPTED_SPECIALS), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
  )
  .filter((char) => !hasForbiddenChar(char));

/** A valid topic segment: non-empty, without `.`, `*`, `>` or any of the 29 whitespace code points. */
export const validSegment: fc.Arbitrary<string> = fc.string({ unit: segmentChar, minLength: 1, maxLength: 12 });

/** A valid dotted leaf: one to four valid segments joined by `.`. */
export const validLeaf: fc.Arbitrary<string> = fc
  .array(validSegment, { minLength: 1, maxLength: 4 })
  .map((tokens) => tokens.join('.'));

/** One character that makes a segment invalid. */
export const forbiddenChar: fc.Arbitrary<string> = fc.constantFrom(...FORBIDDEN_CHARS);

/**
 * A valid segment with one forbidden character inserted; `index` is where (in UTF-16 code units), never
 * between the halves of a surrogate pair, which would leave two lone surrogates.
 */
export const segmentWithForbiddenChar: fc.Arbitrary<{ value: string; char: string; index: number }> = fc
  .tuple(validSegment, forbiddenChar, fc.nat())
  .map(([segment, char, position]) => {
    const at = position % (segment.length + 1);
    // `codePointAt` reads a whole pair at its first half only: then `at` would fall inside it.
    const index = at > 0 && (segment.codePointAt(at - 1) ?? 0) > 0xffff ? at - 1 : at;
    return { value: segment.slice(0, index) + char + segment.slice(index), char, index };
  });

/** Any text, biased towards dots, forbidden characters and the empty string. */
export const anyText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof({ arbitrary: segmentChar, weight: 4 }, { arbitrary: forbiddenChar, weight: 1 }, fc.constant('.')),
  maxLength: 16,
});

/** Candidate segments: about half valid, half with one forbidden character, plus any text. */
export const segmentCandidate: fc.Arbitrary<string> = fc.oneof(
  validSegment,
  segmentWithForbiddenChar.map(({ value }) => value),
  anyText,
);

/** Candidate topics: valid topics, tokens that may each be bad or empty, and any text. */
export const topicCandidate: fc.Arbitrary<string> = fc.oneof(
  validLeaf,
  fc
    .array(fc.oneof({ arbitrary: segmentCandidate, weight: 4 }, fc.constant('')), { minLength: 1, maxLength: 5 })
    .map((tokens) => tokens.join('.')),
  anyText,
);

/** A catalogue row with generated values for its params (a dotted tail gets a dotted leaf). */
export interface RowCall {
  readonly row: TopicTemplateEntry;
  readonly params: Readonly<Record<string, string>>;
}

/** Any catalogue row, with valid generated values for its params. */
export const rowCall: fc.Arbitrary<RowCall> = fc
  .tuple(fc.constantFrom(...TOPIC_CATALOGUE), fc.array(validSegment, { minLength: 2, maxLength: 2 }), validLeaf)
  .map(([row, segments, tail]) => {
    const last = row.params.length - 1;
    const params = Object.fromEntries(
      row.params.map((param, k) => [param, row.dottedTail && k === last ? tail : (segments[k] ?? 'x')]),
    );
    return { row, params };
  });

const catalogueToken = fc.constantFrom(...new Set(TOPIC_CATALOGUE.flatMap((row) => row.template.split('.'))));

/**
 * Topics near the catalogue: a row's template filled in with generated values,
 * then kept as is, cut short by one token, or given up to two extra tokens.
 * Most parse; the others must not.
 */
export const topicLike: fc.Arbitrary<string> = fc
  .tuple(rowCall, fc.constantFrom('keep', 'cut', 'extend'), fc.array(catalogueToken, { minLength: 1, maxLength: 2 }))
  .map(([{ row, params }, change, extra]) => {
    const tokens = row.template
      .split('.')
      .map((token) => (token.startsWith('{') ? (params[token.slice(1, -1)] ?? '') : token));
    if (change === 'cut') return tokens.slice(0, -1).join('.');
    return (change === 'extend' ? [...tokens, ...extra] : tokens).join('.');
  });

/** Any UTF-16 code unit (lone surrogates included), with line breaks, ESC, space and dot more often. */
export const codeUnit: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\n', '\r', '\u2028', '\u2029', '\u0085', '\u001b', ' ', '.'),
);

/** C0 and C1 controls and the line and paragraph separators: none may reach a log line from input. */
export const isControl = (code: number): boolean =>
  code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/** The control code units in a text (see {@link isControl}). */
export const controlsIn = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0)).filter(isControl);
