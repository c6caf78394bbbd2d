/**
 * Matching at the type level: which literal or template-literal topics a
 * literal pattern can receive. Each step is a small named helper, and the walk
 * is tail-recursive over token tuples, to keep type-checking cheap.
 *
 * @packageDocumentation
 */
import type { SegmentArg } from '../topics/segment-types.js';

/**
 * Splits a string type on `.` into a tuple of tokens.
 *
 * @remarks A token typed `string` (as the middle one of the template-literal type of `decky(id, DECKY_STATE)`
 *   for a `string` id) stays one token.
 * @example
 * ```ts
 * type T = _SplitTokens<'decky.*.state'>; //=> ["decky", "*", "state"]
 * ```
 * @internal
 */
export type _SplitTokens<S extends string> = S extends `${infer Head}.${infer Rest}`
  ? [Head, ..._SplitTokens<Rest>]
  : [S];

/**
 * Whether one pattern token accepts one topic token: `true`, `false`, or
 * `boolean` when the topic token is not a literal (a `string` may or may not
 * equal the pattern's literal).
 *
 * @example
 * ```ts
 * type A = _TokenMatches<'*', 'd-42'>;     //=> true
 * type B = _TokenMatches<'state', string>; //=> boolean
 * ```
 * @internal
 */
export type _TokenMatches<PatternToken extends string, TopicToken extends string> = PatternToken extends '*'
  ? TopicToken extends ''
    ? false
    : true
  : PatternToken extends TopicToken
    ? TopicToken extends PatternToken
      ? true
      : boolean
    : false;

/**
 * Whether the bus delivers `Topic` to a subscription on `Pattern`, decided by
 * the compiler.
 *
 * It is `true`, `false`, or `boolean` when it depends on a part of the topic
 * that is only known to be a `string`.
 *
 * @remarks Follows the bus exactly on literal types, `>` not in last place and
 *   empty tokens included.
 * @example
 * ```ts
 * type A = Matches<'attacker.>', 'attacker.session.ended'>;     //=> true
 * type B = Matches<'decky.*.state', `decky.${string}.state`>;  //=> true
 * type C = Matches<'topology.>', 'topology'>;                  //=> false
 * type D = Matches<'decky.d-1.state', `decky.${string}.state`>; //=> boolean
 * type E = Matches<'decky.*.state', string>;                    //=> boolean
 * ```
 * @category Matching
 * @public
 */
export type Matches<Pattern extends string, Topic extends string> = string extends Topic
  ? // A topic known only as `string` may be anything: the pattern itself matches, so the verdict is never
    // `false`; and a leading `>` matches every string, the empty one included.
    _SplitTokens<Pattern>[0] extends '>'
    ? true
    : boolean
  : _MatchTokens<_SplitTokens<Pattern>, _SplitTokens<Topic>>;

/**
 * The token walk behind {@link Matches}, over token tuples.
 *
 * @example
 * ```ts
 * type A = _MatchTokens<['a', '>'], ['a', 'b', 'c']>; //=> true
 * ```
 * @internal
 */
export type _MatchTokens<
  PatternTokens extends readonly string[],
  TopicTokens extends readonly string[],
  Verdict extends boolean = true,
> = PatternTokens extends readonly [infer Head extends string, ...infer Rest extends string[]]
  ? Head extends '>'
    ? TopicTokens extends readonly [string, ...string[]]
      ? Verdict
      : false
    : TopicTokens extends readonly [infer TopicHead extends string, ...infer TopicRest extends string[]]
      ? _TokenMatches<Head, TopicHead> extends infer Token extends boolean
        ? [Token] extends [false]
          ? false
          : _MatchTokens<Rest, TopicRest, [Token] extends [true] ? Verdict : boolean>
        : never
      : false
  : TopicTokens extends readonly []
    ? Verdict
    : false;

/**
 * Joins pattern tokens with `.` at the type level.
 *
 * @example
 * ```ts
 * type P = JoinTokens<['decky', '*', 'state']>; //=> "decky.*.state"
 * ```
 * @category Matching
 * @public
 */
export type JoinTokens<Tokens extends readonly string[]> = Tokens extends readonly [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? Rest extends readonly []
    ? Head
    : `${Head}.${JoinTokens<Rest>}`
  : '';

/**
 * The tokens {@link pattern} accepts: each a valid segment or `*`, and `>` only last.
 *
 * @example
 * ```ts
 * type Ok = PatternTokensArg<['decky', '*', 'state']>; //=> ["decky", "*", "state"]
 * ```
 * @category Matching
 * @public
 */
export type PatternTokensArg<Tokens extends readonly string[]> = Tokens extends readonly [
  ...infer Init extends string[],
  infer Last extends string,
]
  ? [
      ...{ [I in keyof Init]: Init[I] extends '*' ? '*' : SegmentArg<Init[I]> },
      Last extends '*' | '>' ? Last : SegmentArg<Last>,
    ]
  : Tokens;
