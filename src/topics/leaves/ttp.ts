/**
 * Leaf constants of the `ttp` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`rule.fired`) becomes several tokens on
 * the wire; `ttp` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `ttp.tagged`: the TTP worker stored new technique tags.
 * @example
 * ```ts
 * ttp(TTP_TAGGED); //=> "ttp.tagged"
 * ```
 * @category Topics
 * @public
 */
export const TTP_TAGGED = 'tagged';

/**
 * Dotted leaf of `ttp.rule.fired`; per-technique events use `ttpRuleFired(techniqueId)`.
 * @example
 * ```ts
 * ttp(TTP_RULE_FIRED); //=> "ttp.rule.fired"
 * ```
 * @category Topics
 * @public
 */
export const TTP_RULE_FIRED = 'rule.fired';

/**
 * Dotted leaf of `ttp.rule.suppressed` (reserved: nothing publishes it yet).
 * @example
 * ```ts
 * ttp(TTP_RULE_SUPPRESSED); //=> "ttp.rule.suppressed"
 * ```
 * @category Topics
 * @public
 */
export const TTP_RULE_SUPPRESSED = 'rule.suppressed';

/**
 * Dotted leaf prefix of `ttp.rule.reloaded.{rule_id}`: a detection rule was reloaded or deleted.
 * @example
 * ```ts
 * ttpRuleReloaded('R0001'); //=> "ttp.rule.reloaded.R0001"
 * ```
 * @category Topics
 * @public
 */
export const TTP_RULE_RELOADED = 'rule.reloaded';

/**
 * Dotted leaf prefix of `ttp.rule.state.{rule_id}`: a detection rule was enabled, disabled or clipped.
 * @example
 * ```ts
 * ttpRuleState('R0001'); //=> "ttp.rule.state.R0001"
 * ```
 * @category Topics
 * @public
 */
export const TTP_RULE_STATE = 'rule.state';
