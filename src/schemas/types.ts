/**
 * Event types derived from the schemas and the catalogue: one event type per
 * template, and the union of those a subscription pattern can receive.
 *
 * @packageDocumentation
 */
import type { Matches } from '../match/pattern-types.js';
import type { TopicOf, TopicParams, TopicTemplate } from '../topics/template-types.js';
import type { BusEvent, BusEventWith } from './envelope.js';
import type { ContractPayloads } from './registry.js';

/**
 * A parsed event of one template: the envelope and payload as its schema
 * outputs them, plus the `template` and the topic's named `params`. Where the
 * payload depends on `type`, this is a union that `type` narrows.
 *
 * @example
 * ```ts
 * declare const ev: EventOf<'decky.{decky_id}.state'>;
 * ev.params.decky_id; // string
 * ev.payload.state;   // "running" | "degraded" | "failed" | "torn_down"
 * ```
 * @public
 */
export type EventOf<Template extends TopicTemplate> = Template extends TopicTemplate
  ? BusEventWith<ContractPayloads[Template]> & {
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
 * @public
 */
export type ParsedEvent = EventOf<TopicTemplate>;

/**
 * An event whose topic is outside the contract: its envelope, checked, with
 * `template: null`. `parseEvent` returns it unless `strict` is set.
 *
 * @example
 * ```ts
 * declare const ev: ParsedEvent | UnknownEvent;
 * if (ev.template === null) ev.topic; // string
 * ```
 * @public
 */
export type UnknownEvent = BusEvent & { readonly template: null; readonly params: Readonly<Record<string, never>> };

/**
 * The templates whose topics a subscription on `Pattern` may receive: those
 * {@link Matches} does not rule out. Patterns with a literal first token are
 * matched against that family's templates only, which spares the compiler the
 * other forty-odd (every template starts with a literal root).
 *
 * @example
 * ```ts
 * type T = TemplatesFor<'decky.*.state'>; // "decky.{decky_id}.state"
 * ```
 * @public
 */
export type TemplatesFor<Pattern extends string> = (
  Pattern extends `${infer Root}.${string}` ? Root : Pattern
) extends infer Root extends string
  ? (
      Root extends '*' | '>' ? TopicTemplate : Extract<TopicTemplate, `${Root}.${string}` | Root>
    ) extends infer Candidate
    ? Candidate extends TopicTemplate
      ? Matches<Pattern, TopicOf<Candidate>> extends false
        ? never
        : Candidate
      : never
    : never
  : never;

/**
 * The events a subscription on `Pattern` can receive: the union of
 * {@link EventOf} over the {@link TemplatesFor} the pattern.
 *
 * @example
 * ```ts
 * type Seen = EventFor<'attacker.>'>;          // every attacker.* event
 * type States = EventFor<'decky.*.state'>;     // EventOf<'decky.{decky_id}.state'>
 * ```
 * @public
 */
export type EventFor<Pattern extends string> = EventOf<TemplatesFor<Pattern>>;
