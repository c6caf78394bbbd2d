/**
 * Why a pattern breaks the strict NATS rules.
 *
 * - `empty`: the pattern is the empty string;
 * - `empty-token`: it has an empty token (`a..b`, `.a`, `a.`);
 * - `partial-wildcard`: `*` or `>` is part of a longer token (`foo*`, `a.>x`);
 * - `full-wildcard-not-last`: a `>` token is followed by more tokens (`a.>.c`);
 * - `whitespace`: it contains one of the 29 whitespace code points;
 * - `lone-surrogate`: it contains half of a UTF-16 surrogate pair, which no
 *   UTF-8 encoder can send.
 *
 * @example
 * ```ts
 * const reason: PatternRejection = 'full-wildcard-not-last';
 * ```
 * @category Matching
 * @public
 */
export type PatternRejection =
  'empty' | 'empty-token' | 'partial-wildcard' | 'full-wildcard-not-last' | 'whitespace' | 'lone-surrogate';

/**
 * What a {@link TopicPatternError} records about the refused pattern.
 *
 * @example
 * ```ts
 * const details: TopicPatternErrorDetails = {
 *   pattern: 'a.>.c', reason: 'full-wildcard-not-last', index: 2,
 *   message: '"a.>.c": ">" must be the last token; ...',
 * };
 * ```
 * @category Errors
 * @public
 */
export interface TopicPatternErrorDetails {
  /** The pattern that was refused. */
  readonly pattern: string;
  /** Which NATS rule the pattern broke. */
  readonly reason: PatternRejection;
  /** UTF-16 offset in `pattern` of the offending token or character. */
  readonly index: number;
  /** What was wrong and what the DECNET bus would do with the pattern instead. */
  readonly message: string;
}

/**
 * Thrown when a pattern that is about to be compiled or indexed breaks the
 * strict NATS rules: non-empty tokens, `*` and `>` only as whole tokens, `>`
 * only last, no whitespace.
 *
 * @remarks
 * The DECNET bus itself accepts such patterns and gives them a meaning that is
 * rarely the intended one; the message says which (for example that `a.>.c`
 * behaves there like `a.>`). {@link matches} still answers for them exactly as
 * the bus does.
 *
 * @example
 * ```ts
 * try {
 *   compilePattern('a.>.c');
 * } catch (error) {
 *   if (error instanceof TopicPatternError) error.reason; //=> "full-wildcard-not-last"
 * }
 * ```
 * @category Errors
 * @public
 */
export class TopicPatternError extends Error implements TopicPatternErrorDetails {
  /** Always `"TopicPatternError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'TopicPatternError' = 'TopicPatternError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** {@inheritDoc TopicPatternErrorDetails.pattern} */
  declare readonly pattern: string;
  /** {@inheritDoc TopicPatternErrorDetails.reason} */
  declare readonly reason: PatternRejection;
  /** {@inheritDoc TopicPatternErrorDetails.index} */
  declare readonly index: number;

  /**
   * @param details - what was refused and why, with the message to show.
   */
  constructor(details: TopicPatternErrorDetails) {
    super(details.message);
    this.pattern = details.pattern;
    this.reason = details.reason;
    this.index = details.index;
  }
}
