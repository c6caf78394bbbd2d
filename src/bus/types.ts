/**
 * The types the bus client delivers and accepts, read from the contract's
 * event types.
 *
 * @packageDocumentation
 */
import type { EventValidationDetails } from '../errors/EventValidationError.js';
import type { EventFor, PayloadOf, TemplatesFor, UnknownEvent } from '../schemas/types.js';

/**
 * What a subscription on `Pattern` delivers: the contract's events the
 * pattern can receive, in the bus form; with `Strict` `false`, also events
 * on topics outside the contract.
 *
 * @example
 * ```ts
 * declare const event: BusEventFor<'attacker.>'>;
 * if (event.template === 'attacker.scored') event.payload.event_count; // number
 * event.id; // string (the bus form carries v and id)
 * ```
 * @category Bus
 * @public
 */
export type BusEventFor<Pattern extends string, Strict extends boolean = true> = Strict extends false
  ? EventFor<Pattern, 'bus'> | UnknownEvent<'bus'>
  : EventFor<Pattern, 'bus'>;

/**
 * The payload `publish` takes for `Topic`: the payload of the templates the
 * topic belongs to, or any object for a topic the types cannot place (a
 * `string`, or a topic outside the contract).
 *
 * @example
 * ```ts
 * const payload: BusPayloadFor<'system.siem-bridge.health'> = { worker: 'siem-bridge', ts: 1714000000.5 };
 * ```
 * @category Bus
 * @public
 */
export type BusPayloadFor<Topic extends string> = string extends Topic
  ? Record<string, unknown>
  : [TemplatesFor<Topic>] extends [never]
    ? Record<string, unknown>
    : PayloadOf<TemplatesFor<Topic>>;

/**
 * What a subscription made with `raw: true` delivers: the event, its topic,
 * and the body bytes exactly as the bus sent them, for forwarding without
 * re-serialising.
 *
 * @remarks The body's own `topic` key is what the sender wrote and is not
 * checked; `topic` and `event.topic` are the frame header's, as DECNET reads
 * them.
 * @example
 * ```ts
 * declare const delivery: BusDelivery<BusEventFor<'decky.>'>>;
 * delivery.body; // Uint8Array, the EVT frame's body
 * ```
 * @category Bus
 * @public
 */
export interface BusDelivery<Event> {
  /** The topic, from the frame header. */
  readonly topic: string;
  /** The event, checked against the contract. */
  readonly event: Event;
  /** The frame's body bytes as received. */
  readonly body: Uint8Array;
}

/**
 * An event that arrived but failed the contract, as an `onInvalid` handler
 * receives it.
 *
 * @example
 * ```ts
 * const onInvalid = (invalid: BusInvalidEvent): void => {
 *   invalid.error.issues[0]?.message; // what was wrong
 * };
 * ```
 * @category Bus
 * @public
 */
export interface BusInvalidEvent {
  /** The topic, from the frame header. */
  readonly topic: string;
  /** The pattern of the subscription it was meant for. */
  readonly pattern: string;
  /** Why it was refused. */
  readonly error: EventValidationDetails;
  /** The frame's body bytes as received. */
  readonly body: Uint8Array;
}

/**
 * What to do with an event that fails the contract: `'skip'` it (counted in
 * the subscription's `invalid`), `'throw'` an `EventValidationError` from the
 * subscription's iterator (which then ends), or call a handler (counted too;
 * the event is then skipped). Invalid events are never delivered.
 *
 * @example
 * ```ts
 * const policy: BusInvalidPolicy = (invalid) => void invalid.topic;
 * ```
 * @category Bus
 * @public
 */
export type BusInvalidPolicy = 'skip' | 'throw' | ((invalid: BusInvalidEvent) => void);
