import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg, SegmentArg } from '../segment-types.js';
import { _segmentArg } from '../segment-arguments.js';

/**
 * Builds `ttp.{event_type}`.
 *
 * Catalogue templates it makes: `ttp.tagged`, `ttp.rule.fired`, `ttp.rule.suppressed`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`rule.fired`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * ttp(TTP_RULE_FIRED); //=> "ttp.rule.fired"
 * ttp(TTP_TAGGED); //=> "ttp.tagged"
 * ```
 * @category Topics
 * @public
 */
export function ttp<const EventType extends string>(eventType: LeafArg<EventType>): `ttp.${EventType}` {
  return _leafTopic('ttp', eventType) as `ttp.${EventType}`;
}

/**
 * Builds `ttp.rule.fired.{technique_id}`.
 *
 * Catalogue template it makes: `ttp.rule.fired.{technique_id}`.
 *
 * @param techniqueId - the MITRE ATT&CK technique id, e.g. `T1110`; one segment.
 * @returns the topic, typed as a literal when the argument is a literal.
 * @throws {@link TopicSegmentError} when `techniqueId` is not a valid segment; `TypeError` when it is not a string.
 * @remarks A sub-technique such as `T1110.001` holds a dot and is refused, as in Python.
 * @example
 * ```ts
 * ttpRuleFired('T1110'); //=> "ttp.rule.fired.T1110"
 * ```
 * @category Topics
 * @public
 */
export function ttpRuleFired<const TechniqueId extends string>(
  techniqueId: SegmentArg<TechniqueId>,
): `ttp.rule.fired.${TechniqueId}` {
  return `ttp.rule.fired.${_segmentArg(techniqueId, 'ttpRuleFired', 'techniqueId')}` as `ttp.rule.fired.${TechniqueId}`;
}

/**
 * Builds `ttp.rule.reloaded.{rule_id}`.
 *
 * Catalogue template it makes: `ttp.rule.reloaded.{rule_id}`.
 *
 * @param ruleId - the detection rule id, e.g. `R0001`; one segment.
 * @returns the topic, typed as a literal when the argument is a literal.
 * @throws {@link TopicSegmentError} when `ruleId` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * ttpRuleReloaded('R0001'); //=> "ttp.rule.reloaded.R0001"
 * ```
 * @category Topics
 * @public
 */
export function ttpRuleReloaded<const RuleId extends string>(
  ruleId: SegmentArg<RuleId>,
): `ttp.rule.reloaded.${RuleId}` {
  return `ttp.rule.reloaded.${_segmentArg(ruleId, 'ttpRuleReloaded', 'ruleId')}` as `ttp.rule.reloaded.${RuleId}`;
}

/**
 * Builds `ttp.rule.state.{rule_id}`.
 *
 * Catalogue template it makes: `ttp.rule.state.{rule_id}`.
 *
 * @param ruleId - the detection rule id, e.g. `R0042`; one segment.
 * @returns the topic, typed as a literal when the argument is a literal.
 * @throws {@link TopicSegmentError} when `ruleId` is not a valid segment; `TypeError` when it is not a string.
 * @example
 * ```ts
 * ttpRuleState('R0042'); //=> "ttp.rule.state.R0042"
 * ```
 * @category Topics
 * @public
 */
export function ttpRuleState<const RuleId extends string>(ruleId: SegmentArg<RuleId>): `ttp.rule.state.${RuleId}` {
  return `ttp.rule.state.${_segmentArg(ruleId, 'ttpRuleState', 'ruleId')}` as `ttp.rule.state.${RuleId}`;
}
