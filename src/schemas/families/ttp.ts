/**
 * `ttp.*`: ATT&CK technique tags from the TTP worker, and the rule store's
 * change events (CONTRACT 3.4, ttp). The store events have the empty `type`;
 * two of them have two shapes, told apart by a flag (`deleted`,
 * `auto_revert`) that only the second shape carries.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString, _strings } from '../codecs.js';
import { _eventSchema } from '../envelope.js';
import { TTP_RULE_STATES } from '../enums.js';

/**
 * Payload of `ttp.tagged`: the tags the worker just stored for one attacker,
 * identity or session.
 * @example
 * ```ts
 * TtpTaggedPayloadSchema.parse({ attacker_uuid: 'a1', identity_uuid: null, session_id: null, tag_uuids: ['t1'], techniques_added: ['T1110'] });
 * ```
 * @public
 */
export const TtpTaggedPayloadSchema = z.looseObject({
  attacker_uuid: _nullableString,
  identity_uuid: _nullableString,
  session_id: _nullableString,
  tag_uuids: _strings,
  /** Sorted, without duplicates. */
  techniques_added: _strings,
});

/**
 * Payload of the bare `ttp.rule.fired` topic: any object.
 * @remarks The worker publishes `ttp.rule.fired.{technique_id}` instead (see
 *   {@link TtpRuleFiredPayloadSchema}); nothing publishes on the bare topic,
 *   so neither its payload nor its `type` is constrained.
 * @example
 * ```ts
 * TtpRuleFiredBarePayloadSchema.parse({ anything: 1 });
 * ```
 * @public
 */
export const TtpRuleFiredBarePayloadSchema = z.looseObject({});

/**
 * Payload of `ttp.rule.fired.{technique_id}`: one per distinct technique of a
 * tagging pass.
 * @example
 * ```ts
 * TtpRuleFiredPayloadSchema.parse({ technique_id: 'T1110', tag_uuids: ['t1'], attacker_uuid: 'a1', identity_uuid: null, session_id: null });
 * ```
 * @public
 */
export const TtpRuleFiredPayloadSchema = z.looseObject({
  technique_id: z.string(),
  tag_uuids: _strings,
  attacker_uuid: _nullableString,
  identity_uuid: _nullableString,
  session_id: _nullableString,
});

/**
 * Payload of `ttp.rule.suppressed`: any object.
 * @remarks Reserved: DECNET has no publisher for this topic yet, so neither its
 *   payload nor its `type` is constrained.
 * @example
 * ```ts
 * TtpRuleSuppressedPayloadSchema.parse({});
 * ```
 * @public
 */
export const TtpRuleSuppressedPayloadSchema = z.looseObject({});

/**
 * Payload of `ttp.rule.reloaded.{rule_id}`, in one of its two shapes: the rule
 * was (re)loaded at `rule_version`, or it was deleted (`deleted: true`).
 * @remarks The shape is chosen by `deleted`, so an error points at the field at
 *   fault rather than at the whole payload.
 * @example
 * ```ts
 * TtpRuleReloadedPayloadSchema.parse({ rule_id: 'ssh-bruteforce', rule_version: 3 });
 * TtpRuleReloadedPayloadSchema.parse({ rule_id: 'ssh-bruteforce', deleted: true });
 * ```
 * @public
 */
export const TtpRuleReloadedPayloadSchema = z.discriminatedUnion('deleted', [
  z.looseObject({ rule_id: z.string(), rule_version: z.int(), deleted: z.optional(z.undefined()) }),
  z.looseObject({ rule_id: z.string(), deleted: z.literal(true) }),
]);

/**
 * Payload of `ttp.rule.state.{rule_id}`, in one of its two shapes: an operator
 * set the rule's state, or its time-limited state reverted (`auto_revert: true`).
 * @remarks The shape is chosen by `auto_revert`, so an error points at the
 *   field at fault rather than at the whole payload.
 * @example
 * ```ts
 * TtpRuleStatePayloadSchema.parse({ rule_id: 'ssh-bruteforce', state: 'disabled', set_by: 'admin' });
 * TtpRuleStatePayloadSchema.parse({ rule_id: 'ssh-bruteforce', auto_revert: true });
 * ```
 * @public
 */
export const TtpRuleStatePayloadSchema = z.discriminatedUnion('auto_revert', [
  z.looseObject({
    rule_id: z.string(),
    state: z.enum(TTP_RULE_STATES),
    set_by: z.string(),
    auto_revert: z.optional(z.undefined()),
  }),
  z.looseObject({ rule_id: z.string(), auto_revert: z.literal(true) }),
]);

/**
 * A whole `ttp.tagged` event.
 * @example
 * ```ts
 * TtpTaggedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpTaggedEventSchema = _eventSchema(z.literal('tagged'), TtpTaggedPayloadSchema);
/**
 * A whole event on the bare `ttp.rule.fired` topic, which nothing publishes: any `type`, any payload.
 * @example
 * ```ts
 * TtpRuleFiredBareEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpRuleFiredBareEventSchema = _eventSchema(z.string(), TtpRuleFiredBarePayloadSchema);
/**
 * A whole `ttp.rule.fired.{technique_id}` event.
 * @example
 * ```ts
 * TtpRuleFiredEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpRuleFiredEventSchema = _eventSchema(z.literal('rule.fired'), TtpRuleFiredPayloadSchema);
/**
 * A whole `ttp.rule.suppressed` event, which nothing publishes yet: any `type`, any payload.
 * @example
 * ```ts
 * TtpRuleSuppressedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpRuleSuppressedEventSchema = _eventSchema(z.string(), TtpRuleSuppressedPayloadSchema);
/**
 * A whole `ttp.rule.reloaded.{rule_id}` event.
 * @example
 * ```ts
 * TtpRuleReloadedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpRuleReloadedEventSchema = _eventSchema(z.literal(''), TtpRuleReloadedPayloadSchema);
/**
 * A whole `ttp.rule.state.{rule_id}` event.
 * @example
 * ```ts
 * TtpRuleStateEventSchema.safeParse(input);
 * ```
 * @public
 */
export const TtpRuleStateEventSchema = _eventSchema(z.literal(''), TtpRuleStatePayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _TTP_EVENTS = {
  'ttp.tagged': TtpTaggedEventSchema,
  'ttp.rule.fired': TtpRuleFiredBareEventSchema,
  'ttp.rule.fired.{technique_id}': TtpRuleFiredEventSchema,
  'ttp.rule.suppressed': TtpRuleSuppressedEventSchema,
  'ttp.rule.reloaded.{rule_id}': TtpRuleReloadedEventSchema,
  'ttp.rule.state.{rule_id}': TtpRuleStateEventSchema,
} as const;
