import { _describeType } from '../internal/escape.js';
import type { JoinTokens, PatternTokensArg } from './pattern-types.js';
import { _patternArg } from './pattern-rules.js';

/**
 * Joins tokens into a subscription pattern, validated strictly and typed as a
 * literal, so a pattern built from the contract's constants keeps its exact type.
 *
 * @param tokens - segments (typically the contract's constants), `*` for one token, `>` as the last token for
 *   one or more.
 * @returns the pattern, e.g. `"decky.*.state"`, typed as that literal.
 * @throws {@link TopicPatternError} when the joined pattern breaks the strict NATS rules; `TypeError` when a token
 *   is not a string. Literal tokens that would break them are already compile errors.
 * @example
 * ```ts
 * pattern(DECKY, '*', DECKY_STATE); //=> "decky.*.state" (type: "decky.*.state")
 * pattern(ATTACKER, '>');           //=> "attacker.>"
 * ```
 * @category Matching
 * @public
 */
export function pattern<const Tokens extends readonly string[]>(
  ...tokens: PatternTokensArg<Tokens>
): JoinTokens<Tokens> {
  for (const [i, token] of tokens.entries()) {
    // Tokens are positional, not named: the message names the position.
    if (typeof token !== 'string')
      throw new TypeError(`pattern(): token ${i} must be a string, got ${_describeType(token)}`);
  }
  return _patternArg(tokens.join('.'), 'pattern') as JoinTokens<Tokens>;
}
