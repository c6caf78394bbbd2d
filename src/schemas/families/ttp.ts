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
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { TTP_RULE_STATES, type TtpRuleState } from '../enums.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * The tags of a tagging pass and what they were stored for: the fields that
 * `ttp.tagged` and `ttp.rule.fired.{technique_id}` share.
 * @example
 * ```ts
 * declare const tagging: TtpTagging;
 * tagging.tag_uuids; // string[]
 * ```
 * @category ttp
 * @public
 */
export interface TtpTagging {
  /** The tags stored. */
  tag_uuids: string[];
  /** The attacker the tags are about, or null. */
  attacker_uuid: string | null;
  /** The identity the tags are about, or null. */
  identity_uuid: string | null;
  /** The session the tags are about, or null. */
  session_id: string | null;
}

/**
 * Payload of `ttp.tagged`: the tags the worker just stored for one attacker,
 * identity or session.
 * @example
 * ```ts
 * declare const payload: TtpTaggedPayload;
 * payload.techniques_added; // string[]
 * ```
 * @category ttp
 * @public
 */
export interface TtpTaggedPayload extends TtpTagging {
  /** Sorted, without duplicates. */
  techniques_added: string[];
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link TtpTaggedPayload}.
 * @example
 * ```ts
 * TtpTaggedPayloadSchema.parse({ attacker_uuid: 'a1', identity_uuid: null, session_id: null, tag_uuids: ['t1'], techniques_added: ['T1110'] });
 * ```
 * @category ttp
 * @public
 */
export const TtpTaggedPayloadSchema: z.ZodMiniType<TtpTaggedPayload> = _exactly<TtpTaggedPayload>()(
  z.looseObject({
    attacker_uuid: _nullableString,
    identity_uuid: _nullableString,
    session_id: _nullableString,
    tag_uuids: _strings,
    techniques_added: _strings,
  }),
);

/**
 * Payload of the bare `ttp.rule.fired` topic: any object.
 * @remarks The worker publishes `ttp.rule.fired.{technique_id}` instead (see
 *   {@link TtpRuleFiredPayload}); nothing publishes on the bare topic, so
 *   neither its payload nor its `type` is constrained.
 * @example
 * ```ts
 * declare const payload: TtpRuleFiredBarePayload;
 * payload['anything']; // unknown
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleFiredBarePayload {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link TtpRuleFiredBarePayload}.
 * @example
 * ```ts
 * TtpRuleFiredBarePayloadSchema.parse({ anything: 1 });
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleFiredBarePayloadSchema: z.ZodMiniType<TtpRuleFiredBarePayload> =
  _exactly<TtpRuleFiredBarePayload>()(z.looseObject({}));

/**
 * Payload of `ttp.rule.fired.{technique_id}`: one per distinct technique of a
 * tagging pass.
 * @example
 * ```ts
 * declare const payload: TtpRuleFiredPayload;
 * payload.technique_id; // "T1110", ...
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleFiredPayload extends TtpTagging {
  /** The ATT&CK technique, as in the topic. */
  technique_id: string;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link TtpRuleFiredPayload}.
 * @example
 * ```ts
 * TtpRuleFiredPayloadSchema.parse({ technique_id: 'T1110', tag_uuids: ['t1'], attacker_uuid: 'a1', identity_uuid: null, session_id: null });
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleFiredPayloadSchema: z.ZodMiniType<TtpRuleFiredPayload> = _exactly<TtpRuleFiredPayload>()(
  z.looseObject({
    technique_id: z.string(),
    tag_uuids: _strings,
    attacker_uuid: _nullableString,
    identity_uuid: _nullableString,
    session_id: _nullableString,
  }),
);

/**
 * Payload of `ttp.rule.suppressed`: any object.
 * @remarks Reserved: DECNET has no publisher for this topic yet, so neither its
 *   payload nor its `type` is constrained.
 * @example
 * ```ts
 * declare const payload: TtpRuleSuppressedPayload;
 * payload['anything']; // unknown
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleSuppressedPayload {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link TtpRuleSuppressedPayload}.
 * @example
 * ```ts
 * TtpRuleSuppressedPayloadSchema.parse({});
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleSuppressedPayloadSchema: z.ZodMiniType<TtpRuleSuppressedPayload> =
  _exactly<TtpRuleSuppressedPayload>()(z.looseObject({}));

/**
 * Payload of `ttp.rule.reloaded.{rule_id}` when the rule was (re)loaded.
 * @example
 * ```ts
 * declare const payload: TtpRuleLoadedPayload;
 * payload.rule_version; // number
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleLoadedPayload {
  /** The rule's id, as in the topic. */
  rule_id: string;
  /** The version the rule was loaded at. */
  rule_version: number;
  /** Absent: only {@link TtpRuleDeletedPayload} carries it. */
  deleted?: undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `ttp.rule.reloaded.{rule_id}` when the rule was deleted.
 * @example
 * ```ts
 * declare const payload: TtpRuleDeletedPayload;
 * payload.deleted; // true
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleDeletedPayload {
  /** The rule's id, as in the topic. */
  rule_id: string;
  /** Always `true`: the rule was deleted. */
  deleted: true;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `ttp.rule.reloaded.{rule_id}`, in one of its two shapes: the rule
 * was (re)loaded at `rule_version`, or it was deleted (`deleted: true`).
 * @example
 * ```ts
 * declare const payload: TtpRuleReloadedPayload;
 * if (payload.deleted !== true) payload.rule_version; // number
 * ```
 * @category ttp
 * @public
 */
export type TtpRuleReloadedPayload = TtpRuleLoadedPayload | TtpRuleDeletedPayload;

/**
 * The schema of {@link TtpRuleReloadedPayload}.
 * @remarks The shape is chosen by `deleted`, so an error points at the field at
 *   fault rather than at the whole payload.
 * @example
 * ```ts
 * TtpRuleReloadedPayloadSchema.parse({ rule_id: 'ssh-bruteforce', rule_version: 3 });
 * TtpRuleReloadedPayloadSchema.parse({ rule_id: 'ssh-bruteforce', deleted: true });
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleReloadedPayloadSchema: z.ZodMiniType<TtpRuleReloadedPayload> = _exactly<TtpRuleReloadedPayload>()(
  z.discriminatedUnion('deleted', [
    z.looseObject({ rule_id: z.string(), rule_version: z.int(), deleted: z.optional(z.undefined()) }),
    z.looseObject({ rule_id: z.string(), deleted: z.literal(true) }),
  ]),
);

/**
 * Payload of `ttp.rule.state.{rule_id}` when an operator set the rule's state.
 * @example
 * ```ts
 * declare const payload: TtpRuleStateSetPayload;
 * payload.state; // TtpRuleState
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleStateSetPayload {
  /** The rule's id, as in the topic. */
  rule_id: string;
  /** The state the operator set: one of `TTP_RULE_STATES`. */
  state: TtpRuleState;
  /** The operator who set it. */
  set_by: string;
  /** Absent: only {@link TtpRuleStateRevertedPayload} carries it. */
  auto_revert?: undefined;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `ttp.rule.state.{rule_id}` when the rule's time-limited state
 * reverted.
 * @example
 * ```ts
 * declare const payload: TtpRuleStateRevertedPayload;
 * payload.auto_revert; // true
 * ```
 * @category ttp
 * @public
 */
export interface TtpRuleStateRevertedPayload {
  /** The rule's id, as in the topic. */
  rule_id: string;
  /** Always `true`: the rule's time-limited state reverted. */
  auto_revert: true;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `ttp.rule.state.{rule_id}`, in one of its two shapes: an operator
 * set the rule's state, or its time-limited state reverted (`auto_revert: true`).
 * @example
 * ```ts
 * declare const payload: TtpRuleStatePayload;
 * if (payload.auto_revert !== true) payload.set_by; // string
 * ```
 * @category ttp
 * @public
 */
export type TtpRuleStatePayload = TtpRuleStateSetPayload | TtpRuleStateRevertedPayload;

/**
 * The schema of {@link TtpRuleStatePayload}.
 * @remarks The shape is chosen by `auto_revert`, so an error points at the
 *   field at fault rather than at the whole payload.
 * @example
 * ```ts
 * TtpRuleStatePayloadSchema.parse({ rule_id: 'ssh-bruteforce', state: 'disabled', set_by: 'admin' });
 * TtpRuleStatePayloadSchema.parse({ rule_id: 'ssh-bruteforce', auto_revert: true });
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleStatePayloadSchema: z.ZodMiniType<TtpRuleStatePayload> = _exactly<TtpRuleStatePayload>()(
  z.discriminatedUnion('auto_revert', [
    z.looseObject({
      rule_id: z.string(),
      state: z.enum(TTP_RULE_STATES),
      set_by: z.string(),
      auto_revert: z.optional(z.undefined()),
    }),
    z.looseObject({ rule_id: z.string(), auto_revert: z.literal(true) }),
  ]),
);

/**
 * The payloads of `ttp.*` by template, each with the envelope `type` it is
 * published with (`string` where any type is allowed: the topics nothing
 * publishes on).
 * @example
 * ```ts
 * type State = TtpPayloads['ttp.rule.state.{rule_id}']['payload']; // TtpRuleStatePayload
 * ```
 * @category ttp
 * @public
 */
export interface TtpPayloads {
  'ttp.tagged': TypedPayload<'tagged', TtpTaggedPayload>;
  'ttp.rule.fired': TypedPayload<string, TtpRuleFiredBarePayload>;
  'ttp.rule.fired.{technique_id}': TypedPayload<'rule.fired', TtpRuleFiredPayload>;
  'ttp.rule.suppressed': TypedPayload<string, TtpRuleSuppressedPayload>;
  'ttp.rule.reloaded.{rule_id}': TypedPayload<'', TtpRuleReloadedPayload>;
  'ttp.rule.state.{rule_id}': TypedPayload<'', TtpRuleStatePayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _TTP_PAYLOADS: PayloadTable<TtpPayloads> = {
  'ttp.tagged': [{ types: ['tagged'], schema: TtpTaggedPayloadSchema }],
  'ttp.rule.fired': [{ schema: TtpRuleFiredBarePayloadSchema }],
  'ttp.rule.fired.{technique_id}': [{ types: ['rule.fired'], schema: TtpRuleFiredPayloadSchema }],
  'ttp.rule.suppressed': [{ schema: TtpRuleSuppressedPayloadSchema }],
  'ttp.rule.reloaded.{rule_id}': [{ types: [''], schema: TtpRuleReloadedPayloadSchema }],
  'ttp.rule.state.{rule_id}': [{ types: [''], schema: TtpRuleStatePayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _TTP_EVENTS: BusEventSchemas<TtpPayloads> = _busEventSchemas(_TTP_PAYLOADS);

/**
 * A whole `ttp.tagged` event.
 * @example
 * ```ts
 * TtpTaggedEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpTaggedEventSchema: BusEventSchemaOf<TtpPayloads['ttp.tagged']> = _TTP_EVENTS['ttp.tagged'];
/**
 * A whole event on the bare `ttp.rule.fired` topic, which nothing publishes: any `type`, any payload.
 * @example
 * ```ts
 * TtpRuleFiredBareEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleFiredBareEventSchema: BusEventSchemaOf<TtpPayloads['ttp.rule.fired']> =
  _TTP_EVENTS['ttp.rule.fired'];
/**
 * A whole `ttp.rule.fired.{technique_id}` event.
 * @example
 * ```ts
 * TtpRuleFiredEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleFiredEventSchema: BusEventSchemaOf<TtpPayloads['ttp.rule.fired.{technique_id}']> =
  _TTP_EVENTS['ttp.rule.fired.{technique_id}'];
/**
 * A whole `ttp.rule.suppressed` event, which nothing publishes yet: any `type`, any payload.
 * @example
 * ```ts
 * TtpRuleSuppressedEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleSuppressedEventSchema: BusEventSchemaOf<TtpPayloads['ttp.rule.suppressed']> =
  _TTP_EVENTS['ttp.rule.suppressed'];
/**
 * A whole `ttp.rule.reloaded.{rule_id}` event.
 * @example
 * ```ts
 * TtpRuleReloadedEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleReloadedEventSchema: BusEventSchemaOf<TtpPayloads['ttp.rule.reloaded.{rule_id}']> =
  _TTP_EVENTS['ttp.rule.reloaded.{rule_id}'];
/**
 * A whole `ttp.rule.state.{rule_id}` event.
 * @example
 * ```ts
 * TtpRuleStateEventSchema.safeParse(input);
 * ```
 * @category ttp
 * @public
 */
export const TtpRuleStateEventSchema: BusEventSchemaOf<TtpPayloads['ttp.rule.state.{rule_id}']> =
  _TTP_EVENTS['ttp.rule.state.{rule_id}'];
