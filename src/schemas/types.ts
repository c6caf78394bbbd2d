/**
 * Event types derived from the schemas and the catalogue: one event type per
 * template, and the union of those a subscription pattern can receive.
 *
 * @packageDocumentation
 */
import type { _SplitTokens, JoinTokens, Matches } from '../match/pattern-types.js';
import type { TopicOf, TopicParams, TopicTemplate, TopicTemplateEntry } from '../topics/template-types.js';
import type { ContractPayloads } from './registry.js';
import type { TypedPayload } from './typed-payload.js';
import type { WireForm } from './wire-forms.js';

/**
 * What each wire form adds to a parsed event: its `form`, and `v` and `id`
 * where the form carries them.
 *
 * A webhook body's timestamp text is kept as `tsText`; `ts` is epoch seconds in
 * every form.
 *
 * @example
 * ```ts
 * declare const fields: WireFormFields['webhook'];
 * fields.tsText; // "2026-04-24T00:00:00+00:00"
 * ```
 * @category Wire forms
 * @public
 */
export interface WireFormFields {
  /** A bus frame or NATS message. */
  bus: { readonly form: 'bus'; v: 1; id: string };
  /** The body of a webhook POST. */
  webhook: { readonly form: 'webhook'; v: 1; id: string; tsText: string };
  /** The `data:` of an SSE message. */
  sse: { readonly form: 'sse' };
}

/**
 * An event of `Variant`'s type and payload as parsing returns it from a wire
 * form: the envelope fields every form shares, `ts` in epoch seconds, and the
 * form's own.
 *
 * @example
 * ```ts
 * declare const ev: ParsedEventWith<TypedPayload<'scored', AttackerScoredPayload>, 'sse'>;
 * ev.ts; // number
 * ```
 * @category Parsing
 * @public
 */
export type ParsedEventWith<Variant, Form extends WireForm> =
  Variant extends TypedPayload<infer Type, infer Payload>
    ? Form extends WireForm
      ? {
          /** Keys a producer adds to the envelope are kept. */
          [key: string]: unknown;
          topic: string;
          type: Type;
          /** Epoch seconds, as a float, in every form. */
          ts: number;
          payload: Payload;
        } & WireFormFields[Form]
      : never
    : never;

/**
 * A parsed event of one template: the envelope and payload as its schema
 * outputs them, the wire form's fields, the `template` and the topic's named
 * `params`.
 *
 * Where the payload depends on `type`, this is a union that `type` narrows;
 * with several forms, a union that `form` narrows.
 *
 * @example
 * ```ts
 * declare const ev: EventOf<'decky.{decky_id}.state'>;
 * ev.params.decky_id; // string
 * ev.payload.state;   // "running" | "degraded" | "failed" | "torn_down"
 * if (ev.form !== 'sse') ev.id; // string
 * ```
 * @category Registry
 * @public
 */
export type EventOf<Template extends TopicTemplate, Form extends WireForm = WireForm> = Template extends TopicTemplate
  ? ParsedEventWith<ContractPayloads[Template], Form> & {
      readonly template: Template;
      readonly params: TopicParams<Template>;
      readonly topic: TopicOf<Template>;
    }
  : never;

/**
 * The payload of a template's events (a union where it depends on `type`).
 *
 * @example
 * ```ts
 * type Scored = PayloadOf<'attacker.scored'>; // { attacker_ip: string; event_count: number; ... }
 * ```
 * @category Registry
 * @public
 */
export type PayloadOf<Template extends TopicTemplate> = ContractPayloads[Template]['payload'];

/**
 * Every event of the contract, discriminated by `template`.
 *
 * @example
 * ```ts
 * declare const ev: ParsedEvent;
 * if (ev.template === 'attacker.scored') ev.payload.event_count;
 * ```
 * @category Parsing
 * @public
 */
export type ParsedEvent<Form extends WireForm = WireForm> = EventOf<TopicTemplate, Form>;

/**
 * An event whose topic is outside the contract: its envelope, checked, with
 * `template: null`.
 *
 * `parseEvent` returns it unless `strict` is set.
 *
 * @example
 * ```ts
 * declare const ev: ParsedEvent | UnknownEvent;
 * if (ev.template === null) ev.topic; // string
 * ```
 * @category Parsing
 * @public
 */
export type UnknownEvent<Form extends WireForm = WireForm> = ParsedEventWith<
  TypedPayload<string, Record<string, unknown>>,
  Form
> & { readonly template: null; readonly params: Readonly<Record<string, never>> };

/**
 * The templates whose topics a subscription on `Pattern` may receive: those
 * {@link Matches} does not rule out.
 *
 * Patterns with a literal first token are matched against that family's
 * templates only, which spares the compiler the other forty-odd (every template
 * starts with a literal root).
 *
 * @example
 * ```ts
 * type T = TemplatesFor<'decky.*.state'>; // "decky.{decky_id}.state"
 * ```
 * @category Registry
 * @public
 */
export type TemplatesFor<Pattern extends string> = (
  Pattern extends `${infer Root}.${string}` ? Root : Pattern
) extends infer Root extends string
  ? (
      Root extends '*' | '>' ? TopicTemplate : Extract<TopicTemplate, `${Root}.${string}` | Root>
    ) extends infer Candidate
    ? Candidate extends TopicTemplate
      ? _MayReceive<Pattern, Candidate> extends false
        ? never
        : Candidate
      : never
    : never
  : never;

/** Templates whose last placeholder is a dotted tail: one or more tokens. @internal */
export type _DottedTailTemplate = Extract<TopicTemplateEntry, { readonly dottedTail: true }>['template'];

/** The first `Count` tokens of a token tuple. @internal */
export type _FirstTokens<
  Tokens extends readonly string[],
  Count extends number,
  Taken extends readonly string[] = [],
> = Taken['length'] extends Count
  ? Taken
  : Tokens extends readonly [infer Head extends string, ...infer Rest extends string[]]
    ? _FirstTokens<Rest, Count, [...Taken, Head]>
    : Taken;

/**
 * Whether `Pattern` may match a topic of `Template` (`false`, or `true` or
 * `boolean`). The type of a dotted tail is one `${string}` token, though it
 * stands for one or more: a pattern matches some such topic exactly when its
 * tokens up to the tail's match, so only those are compared.
 *
 * @internal
 */
export type _MayReceive<Pattern extends string, Template extends TopicTemplate> = Template extends _DottedTailTemplate
  ? Matches<
      JoinTokens<_FirstTokens<_SplitTokens<Pattern>, _SplitTokens<TopicOf<Template>>['length']>>,
      TopicOf<Template>
    >
  : Matches<Pattern, TopicOf<Template>>;

/**
 * The events a subscription on `Pattern` can receive: the union of
 * {@link EventOf} over the {@link TemplatesFor} the pattern.
 *
 * @example
 * ```ts
 * type Seen = EventFor<'attacker.>'>;          // every attacker.* event
 * type States = EventFor<'decky.*.state'>;     // EventOf<'decky.{decky_id}.state'>
 * ```
 * @category Registry
 * @public
 */
export type EventFor<Pattern extends string, Form extends WireForm = WireForm> = EventOf<TemplatesFor<Pattern>, Form>;
