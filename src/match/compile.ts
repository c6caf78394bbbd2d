import { _notAString } from '../internal/arguments.js';
import { _patternArg } from './pattern-rules.js';

/**
 * A predicate made by {@link compilePattern}: tells whether the bus delivers a
 * topic to the pattern it was compiled from, which it also exposes.
 *
 * @example
 * ```ts
 * const isHealth: CompiledPattern = compilePattern('system.*.health');
 * isHealth('system.sniffer.health'); //=> true
 * isHealth.pattern;                  //=> "system.*.health"
 * ```
 * @category Matching
 * @public
 */
export interface CompiledPattern {
  /**
   * Tells whether the DECNET bus delivers a topic to this pattern, exactly as {@link matches} would.
   *
   * @param topic - a published topic; any string.
   * @returns `true` when the bus delivers `topic` to a subscriber of the pattern.
   * @throws `TypeError` when `topic` is not a string.
   */
  (topic: string): boolean;
  /** The pattern this predicate was compiled from. */
  readonly pattern: string;
}

/**
 * Validates a pattern strictly, then builds a predicate specialised to it that
 * agrees with {@link matches} on every topic.
 *
 * Compile once, call many times.
 *
 * @param pattern - a pattern that follows the strict NATS rules (see {@link validatePattern}).
 * @returns the predicate. Literal patterns reduce to one string comparison, `prefix.>` to one prefix test, and
 *   patterns with `*` to a few native string calls, without splitting the topic.
 * @throws {@link TopicPatternError} when the pattern is not valid; `TypeError` when it is not a string. The
 *   predicate throws `TypeError` for a non-string topic.
 * @example
 * ```ts
 * const isHealth = compilePattern('system.*.health');
 * isHealth('system.mutator.health'); //=> true
 * isHealth('system.health');         //=> false
 * compilePattern('a.>.c');           // throws TopicPatternError (full-wildcard-not-last)
 * ```
 * @category Matching
 * @public
 */
export function compilePattern(pattern: string): CompiledPattern {
  _patternArg(pattern, 'compilePattern');
  return Object.defineProperty(_predicateFor(pattern), 'pattern', {
    value: pattern,
    enumerable: true,
  }) as CompiledPattern;
}

/** @internal Picks the cheapest predicate for a valid pattern's shape. */
function _predicateFor(pattern: string): (topic: string) => boolean {
  const tokens = pattern.split('.');
  const fullWildcard = tokens.at(-1) === '>';
  const stars = tokens.filter((token) => token === '*').length;
  if (stars === 0 && !fullWildcard) {
    return (topic) => (typeof topic === 'string' ? topic === pattern : _notString(topic));
  }
  if (stars === 0) {
    if (tokens.length === 1) return (topic) => typeof topic === 'string' || _notString(topic);
    const prefix = pattern.slice(0, -1);
    return (topic) => (typeof topic === 'string' ? topic.startsWith(prefix) : _notString(topic));
  }
  return _starPredicate(tokens, fullWildcard);
}

/**
 * Builds the predicate for patterns with `*`: the literal runs between
 * wildcards (dots included) are tested in place with `startsWith(run, at)`, and
 * each `*` skips one non-empty token with a single `indexOf`.
 *
 * @internal
 */
function _starPredicate(tokens: readonly string[], fullWildcard: boolean): (topic: string) => boolean {
  // runs[0] is the literal text before the first `*`; runs[i] the text after star i, separator dots included.
  const runs: string[] = [];
  let run = '';
  tokens.forEach((token, i) => {
    const separator = i < tokens.length - 1 ? '.' : '';
    if (token === '*') {
      runs.push(run);
      run = separator;
    } else if (token !== '>') {
      run += token + separator;
    }
  });
  runs.push(run);
  const [head = '', ...rest] = runs;
  return (topic) => {
    if (typeof topic !== 'string') return _notString(topic);
    if (!topic.startsWith(head)) return false;
    let at = head.length;
    for (const run of rest) {
      if (at >= topic.length || topic.charCodeAt(at) === 0x2e) return false;
      at = topic.indexOf('.', at + 1);
      if (at === -1) at = topic.length;
      if (!topic.startsWith(run, at)) return false;
      at += run.length;
    }
    return fullWildcard || at === topic.length;
  };
}

/** @internal */
function _notString(topic: unknown): never {
  return _notAString(topic, 'compiled pattern', '"topic"');
}
