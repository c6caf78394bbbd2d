/**
 * Event types derived from the schemas and the catalogue: one event type per
 * template, and the union of those a subscription pattern can receive.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import type { Matches } from '../match/pattern-types.js';
import type { TopicOf, TopicParams, TopicTemplate } from '../topics/template-types.js';
import type { BusEvent } from './envelope.js';
import type { EVENT_SCHEMAS } from './registry.js';

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
  ? z.output<(typeof EVENT_SCHEMAS)[Template]> & {
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
export type PayloadOf<Template extends TopicTemplate> = EventOf<Template>['payload'];

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
 * The events a subscription on `Pattern` can receive: the union of
 * {@link EventOf} over every template whose topics `Pattern` may match.
 *
 * @example
 * ```ts
 * type Seen = EventFor<'attacker.>'>;          // every attacker.* event
 * type States = EventFor<'decky.*.state'>;     // EventOf<'decky.{decky_id}.state'>
 * ```
 * @public
 */
export type EventFor<Pattern extends string> = {
  [Template in _CandidateTemplates<Pattern>]: Matches<Pattern, TopicOf<Template>> extends false
    ? never
    : EventOf<Template>;
}[_CandidateTemplates<Pattern>];

/** The first token of a pattern. @internal */
type _FirstToken<Pattern extends string> = Pattern extends `${infer Head}.${string}` ? Head : Pattern;

/**
 * The templates worth matching against a pattern: those of its family when the
 * pattern starts with a literal root, which spares the compiler matching the
 * other forty-odd templates (every template starts with a literal root).
 *
 * @internal
 */
type _CandidateTemplates<Pattern extends string> =
  _FirstToken<Pattern> extends '*' | '>'
    ? TopicTemplate
    : Extract<TopicTemplate, `${_FirstToken<Pattern>}.${string}` | _FirstToken<Pattern>>;
