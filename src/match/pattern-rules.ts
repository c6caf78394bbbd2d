import { TopicPatternError } from '../errors/TopicPatternError.js';
import { _codePointLabel, _describeType, _showValue } from '../internal/escape.js';
import { _charRejection } from '../topics/segment-rules.js';

/**
 * Why a pattern breaks the strict NATS rules.
 *
 * - `empty`: the pattern is the empty string;
 * - `empty-token`: it has an empty token (`a..b`, `.a`, `a.`);
 * - `partial-wildcard`: `*` or `>` is part of a longer token (`foo*`, `a.>x`);
 * - `full-wildcard-not-last`: a `>` token is followed by more tokens (`a.>.c`);
 * - `whitespace`: it contains one of the 29 whitespace code points.
 *
 * @example
 * ```ts
 * const reason: PatternRejection = 'full-wildcard-not-last';
 * ```
 * @public
 */
export type PatternRejection = 'empty' | 'empty-token' | 'partial-wildcard' | 'full-wildcard-not-last' | 'whitespace';

/**
 * The outcome of {@link validatePattern}: the pattern when it is valid, or why not.
 *
 * @example
 * ```ts
 * const result: PatternValidation = validatePattern('decky.*.state');
 * if (!result.ok) console.error(result.message);
 * ```
 * @public
 */
export type PatternValidation =
  | {
      /** The pattern is valid. */
      readonly ok: true;
      /** The pattern that was checked. */
      readonly pattern: string;
    }
  | {
      /** The pattern is not valid. */
      readonly ok: false;
      /** The pattern that was checked. */
      readonly pattern: string;
      /** Which strict rule it breaks. */
      readonly reason: PatternRejection;
      /** UTF-16 offset in `pattern` of the offending token or character (`0` for an empty pattern). */
      readonly index: number;
      /** What is wrong, and what the DECNET bus would do with the pattern instead. */
      readonly message: string;
    };

/**
 * Checks a subscription pattern against the strict NATS rules: tokens are
 * non-empty, `*` and `>` appear only as whole tokens, `>` only as the last
 * token, and there is no whitespace.
 *
 * @param pattern - the pattern to check.
 * @returns `{ ok: true, pattern }`, or `{ ok: false, reason, index, message }` where the message also says what
 *   the DECNET bus would do with the pattern.
 * @throws `TypeError` when `pattern` is not a string.
 * @example
 * ```ts
 * validatePattern('attacker.>'); //=> { ok: true, pattern: "attacker.>" }
 * validatePattern('a.>.c');
 * //=> { ok: false, reason: "full-wildcard-not-last", index: 2,
 * //     message: '"a.>.c": ">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like "a.>"', ... }
 * ```
 * @public
 */
export function validatePattern(pattern: string): PatternValidation {
  if (typeof pattern !== 'string') {
    throw new TypeError(`validatePattern(): argument "pattern" must be a string, got ${_describeType(pattern)}`);
  }
  if (pattern.length === 0) {
    return _refuse(
      pattern,
      'empty',
      0,
      'a pattern must have at least one token; the DECNET bus matches it only against the empty topic',
    );
  }
  let tokenStart = 0;
  for (let i = 0; i <= pattern.length; i++) {
    const code = i === pattern.length ? 0x2e : pattern.charCodeAt(i);
    if (code !== 0x2e) {
      if (_charRejection(code) === 'whitespace') return _whitespace(pattern, i);
      continue;
    }
    const fault = _tokenFault(pattern, tokenStart, i);
    if (fault !== null) return fault;
    tokenStart = i + 1;
  }
  return { ok: true, pattern };
}

/** @internal Checks the token `pattern[start, end)`, which ends at a dot or the end of the pattern. */
function _tokenFault(pattern: string, start: number, end: number): PatternValidation | null {
  if (start === end) {
    return _refuse(
      pattern,
      'empty-token',
      start,
      'tokens must not be empty; the DECNET bus compares an empty token literally, so only topics with an empty token there match',
    );
  }
  const length = end - start;
  for (let i = start; i < end; i++) {
    const code = pattern.charCodeAt(i);
    if ((code === 0x2a || code === 0x3e) && length > 1) {
      const token = pattern.slice(start, end);
      return _refuse(
        pattern,
        'partial-wildcard',
        start,
        `"*" and ">" must be whole tokens; the DECNET bus compares the token ${_showValue(token)} literally, so it matches only that exact token`,
      );
    }
  }
  if (length === 1 && pattern.charCodeAt(start) === 0x3e && end < pattern.length) {
    const prefix = pattern.slice(0, end);
    return _refuse(
      pattern,
      'full-wildcard-not-last',
      start,
      `">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like ${_showValue(prefix)}`,
    );
  }
  return null;
}

/** @internal */
function _whitespace(pattern: string, index: number): PatternValidation {
  return _refuse(
    pattern,
    'whitespace',
    index,
    `patterns must not contain whitespace (${_codePointLabel(pattern.charCodeAt(index))} at index ${index}); the DECNET bus compares it literally, and a NATS server would refuse the subscription`,
  );
}

/** @internal */
function _refuse(pattern: string, reason: PatternRejection, index: number, why: string): PatternValidation {
  return { ok: false, pattern, reason, index, message: `${_showValue(pattern)}: ${why}` };
}

/**
 * Tells whether a pattern follows the strict NATS rules (see {@link validatePattern}).
 *
 * @param pattern - anything; non-strings are simply not patterns.
 * @returns `true` for a valid pattern.
 * @example
 * ```ts
 * isValidPattern('decky.*.state'); //=> true
 * isValidPattern('decky.*state');  //=> false
 * ```
 * @public
 */
export function isValidPattern(pattern: unknown): pattern is string {
  return typeof pattern === 'string' && validatePattern(pattern).ok;
}

/**
 * Throws unless a pattern follows the strict NATS rules; narrows it to `string`.
 *
 * @param pattern - the pattern to check.
 * @throws {@link TopicPatternError} with the reason and what the bus would do instead; `TypeError` for a non-string.
 * @example
 * ```ts
 * assertPattern('ttp.rule.fired.>'); // passes
 * assertPattern('a.>.c');            // throws TopicPatternError
 * ```
 * @public
 */
export function assertPattern(pattern: unknown): asserts pattern is string {
  if (typeof pattern !== 'string') {
    throw new TypeError(`assertPattern(): argument "pattern" must be a string, got ${_describeType(pattern)}`);
  }
  const result = validatePattern(pattern);
  if (!result.ok) throw new TopicPatternError(result);
}
