import { TopicPatternError, type PatternRejection } from '../errors/TopicPatternError.js';
import { _stringArg } from '../internal/arguments.js';
import { _codePointLabel, _showValue } from '../internal/escape.js';
import { _isSurrogatePairAt } from '../internal/surrogates.js';
import { _charRejection } from '../topics/segment-rules.js';

/**
 * The outcome of {@link validatePattern}: the pattern when it is valid, or why not.
 *
 * @example
 * ```ts
 * const result: PatternValidation = validatePattern('decky.*.state');
 * if (!result.ok) console.error(result.message);
 * ```
 * @category Matching
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
 * Checks a subscription pattern against the strict NATS rules.
 *
 * The rules: tokens are non-empty, `*` and `>` appear only as whole tokens,
 * `>` only as the last token, and there is no whitespace and no lone surrogate.
 *
 * @param pattern - the pattern to check.
 * @returns `{ ok: true, pattern }`, or `{ ok: false, reason, index, message }` where the message also says what
 *   the DECNET bus would do with the pattern.
 * @throws `TypeError` when `pattern` is not a string.
 * @remarks One pass over `pattern`; the message quotes at most 64 characters of it, escaped, around the fault.
 * @example
 * ```ts
 * validatePattern('attacker.>'); //=> { ok: true, pattern: "attacker.>" }
 * validatePattern('a.>.c');
 * //=> { ok: false, reason: "full-wildcard-not-last", index: 2,
 * //     message: '"a.>.c": ">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like "a.>"', ... }
 * ```
 * @category Matching
 * @public
 */
export function validatePattern(pattern: string): PatternValidation {
  _stringArg(pattern, 'validatePattern', 'pattern');
  const fault = _patternFault(pattern);
  if (fault === null) return { ok: true, pattern };
  const { reason, index } = fault;
  return { ok: false, pattern, reason, index, message: `${_showValue(pattern, index)}: ${_why(pattern, fault)}` };
}

/** Where a pattern first breaks the strict rules. @internal */
interface _PatternFault {
  readonly reason: PatternRejection;
  readonly index: number;
  /** Where the offending token ends (a dot or the end of the pattern). */
  readonly end: number;
}

/**
 * Finds the first strict rule a pattern breaks, without building any text:
 * predicates call it on inputs of any size.
 *
 * @internal
 */
function _patternFault(pattern: string): _PatternFault | null {
  if (pattern.length === 0) return { reason: 'empty', index: 0, end: 0 };
  let tokenStart = 0;
  for (let i = 0; i <= pattern.length; i++) {
    const code = i === pattern.length ? 0x2e : pattern.charCodeAt(i);
    if (code !== 0x2e) {
      const rejection = _charRejection(code);
      if (rejection === 'whitespace') return { reason: 'whitespace', index: i, end: i };
      if (rejection === 'lone-surrogate') {
        if (!_isSurrogatePairAt(pattern, i)) return { reason: 'lone-surrogate', index: i, end: i };
        i++; // The low half of the pair just checked.
      }
      continue;
    }
    const reason = _tokenRejection(pattern, tokenStart, i);
    if (reason !== null) return { reason, index: tokenStart, end: i };
    tokenStart = i + 1;
  }
  return null;
}

/** @internal Checks the token `pattern[start, end)`, which ends at a dot or the end of the pattern. */
function _tokenRejection(pattern: string, start: number, end: number): PatternRejection | null {
  if (start === end) return 'empty-token';
  const length = end - start;
  if (length === 1) {
    return pattern.charCodeAt(start) === 0x3e && end < pattern.length ? 'full-wildcard-not-last' : null;
  }
  for (let i = start; i < end; i++) {
    const code = pattern.charCodeAt(i);
    if (code === 0x2a || code === 0x3e) return 'partial-wildcard';
  }
  return null;
}

/** @internal What is wrong with a pattern, and what the DECNET bus does with it instead. */
function _why(pattern: string, { reason, index, end }: _PatternFault): string {
  switch (reason) {
    case 'empty':
      return 'a pattern must have at least one token; the DECNET bus matches it only against the empty topic';
    case 'empty-token':
      return 'tokens must not be empty; the DECNET bus compares an empty token literally, so only topics with an empty token there match';
    case 'partial-wildcard':
      return `"*" and ">" must be whole tokens; the DECNET bus compares the token ${_showValue(pattern.slice(index, end))} literally, so it matches only that exact token`;
    case 'full-wildcard-not-last':
      return `">" must be the last token; the DECNET bus stops matching at ">", so there it behaves like ${_showValue(pattern.slice(0, end), end)}`;
    case 'whitespace':
      return `patterns must not contain whitespace (${_codePointLabel(pattern.charCodeAt(index))} at index ${index}); the DECNET bus compares it literally, and a NATS server would refuse the subscription`;
    case 'lone-surrogate':
      return `patterns must not contain a lone surrogate (${_codePointLabel(pattern.charCodeAt(index))} at index ${index}); no UTF-8 encoder can send it, so no topic on the wire can match it`;
  }
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
 * @category Matching
 * @public
 */
export function isValidPattern(pattern: unknown): pattern is string {
  return typeof pattern === 'string' && _patternFault(pattern) === null;
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
 * @category Matching
 * @public
 */
export function assertPattern(pattern: unknown): asserts pattern is string {
  _patternArg(pattern, 'assertPattern');
}

/**
 * Returns a run-time pattern argument that follows the strict rules, or throws:
 * a `TypeError` for a non-string, a {@link TopicPatternError} for a pattern the
 * rules refuse. Everything that compiles or indexes patterns checks them here.
 *
 * @internal
 */
export function _patternArg(value: unknown, caller: string, argument = 'pattern'): string {
  const pattern = _stringArg(value, caller, argument);
  const result = validatePattern(pattern);
  if (!result.ok) throw new TopicPatternError(result);
  return pattern;
}
