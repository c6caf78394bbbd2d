/**
 * Typed subscriptions to DECNET events on NATS.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { _patternArg } from '../match/pattern-rules.js';
import type { EventFor, ParsedEvent, UnknownEvent } from '../schemas/types.js';
import { _policyOption, type InvalidEventPolicy } from './invalid-policy.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import { _booleanOption, _signalOption, _wholeOption, type AbortSignalLike } from './option-checks.js';
import { _EventSubscription, type _SubscriptionSettings, type EventSubscription } from './event-subscription.js';
import { _queueOption } from './subject-rules.js';

/**
 * Options of {@link subscribeEvents}.
 *
 * @example
 * ```ts
 * const options: SubscribeEventsOptions = { queue: 'scorers', onInvalid: 'throw', maxPending: 256 };
 * ```
 * @category NATS
 * @public
 */
export interface SubscribeEventsOptions {
  /** Refuse (as invalid) events whose topic is outside the contract; default `true`. */
  readonly strict?: boolean;
  /** What to do with a message that is not a valid event; default `'skip'` (counted in `invalid`). */
  readonly onInvalid?: InvalidEventPolicy;
  /** A queue group: each event goes to one subscriber of the group, to spread work over processes or machines. */
  readonly queue?: string;
  /** Ends the subscription when it fires; pending events are dropped and the iteration ends without error. */
  readonly signal?: AbortSignalLike;
  /** Ends the subscription after this many events (invalid messages not counted). */
  readonly max?: number;
  /** The largest body read, in bytes; larger ones are invalid (`too-large`). Default 1 MiB. */
  readonly maxBytes?: number;
  /** How many messages wait for the reader at most; beyond, the oldest is dropped (`dropped`). Default 1,024. */
  readonly maxPending?: number;
  /** How many bytes of bodies wait for the reader at most; at least `maxBytes`. Default 64 MiB. */
  readonly maxPendingBytes?: number;
}

/**
 * The events a subscription on `Pattern` yields: the contract's events the pattern can match, in the bus form,
 * and events outside the contract too when `Strict` may be `false`. A pattern known only as `string` may match
 * any topic, so it yields every event of the contract.
 *
 * @example
 * ```ts
 * type States = SubscribedEvent<'decky.*.state'>;       // EventOf<'decky.{decky_id}.state', 'bus'>
 * type Any = SubscribedEvent<'decky.>', false>;         // EventFor<'decky.>', 'bus'> | UnknownEvent<'bus'>
 * type Dynamic = SubscribedEvent<string>;               // ParsedEvent<'bus'>
 * ```
 * @category NATS
 * @public
 */
export type SubscribedEvent<Pattern extends string, Strict extends boolean = true> =
  | (string extends Pattern ? ParsedEvent<'bus'> : EventFor<Pattern, 'bus'>)
  | (false extends Strict ? UnknownEvent<'bus'> : never);

/**
 * Subscribes to DECNET events on a NATS connection, typed by the pattern: each message body is read as UTF-8
 * JSON and checked against the contract (the bus form, `{v, id, topic, type, ts, payload}`), and the iteration
 * yields the parsed events.
 *
 * @param nc - a connection from `@nats-io/transport-node` (or any NATS.js 3 transport).
 * @param pattern - a pattern in the strict NATS form: non-empty tokens, `*` and `>` only as whole tokens, `>`
 *   last; it types the events (`decky.*.state` yields `EventOf<'decky.{decky_id}.state', 'bus'>`).
 * @param options - `strict`, `onInvalid`, `queue`, `signal`, `max`, and the bounds `maxBytes`, `maxPending`,
 *   `maxPendingBytes`.
 * @returns the subscription: iterate it once with `for await`; leaving the loop unsubscribes.
 * @throws `TopicPatternError` (from the root entry) for a pattern outside the strict rules; `TypeError` for a bad
 *   option; the NATS client's error when the connection is closed or draining.
 * @remarks
 * The subject is the topic: a body whose `topic` differs is invalid (`topic-mismatch`). DECNET's own transport
 * also takes the topic from the frame and ignores the body's, so a subject that both sides agree on is the only
 * one that can be trusted; the event is typed by what NATS routed on.
 *
 * Delivery is at most once, as on DECNET's bus: events published while a connection is away are lost (the client
 * reconnects and subscribes again by itself). Use JetStream ({@link eventStreamConfig}, {@link consumeEvents}) for
 * at least once.
 *
 * Memory is bounded: a reader that falls behind by `maxPending` messages or `maxPendingBytes` bytes loses the
 * oldest, counted in `dropped`, and bodies over `maxBytes` are not kept. The NATS client has no limit of its own.
 *
 * DECNET's bus matcher lets `>` match empty tokens (`a.>` matches `a..b`, CONTRACT 2.2), but NATS refuses subjects
 * with empty tokens, so such topics never reach a NATS subscription: they cannot be published on NATS at all.
 * @example
 * ```ts
 * import type { NatsConnection } from '@nats-io/transport-node';
 * declare const nc: NatsConnection;
 * for await (const event of subscribeEvents(nc, 'decky.*.state', { queue: 'reconcilers' })) {
 *   event.params.decky_id; // string
 *   event.payload.state;   // "running" | "degraded" | "failed" | "torn_down"
 * }
 * ```
 * @category NATS
 * @public
 */
export function subscribeEvents<const Pattern extends string, const Strict extends boolean = true>(
  nc: NatsConnection,
  pattern: Pattern,
  options?: SubscribeEventsOptions & { readonly strict?: Strict },
): EventSubscription<SubscribedEvent<Pattern, Strict>> {
  // The strict rules are NATS's own. Where DECNET's matcher differs (`a.>` matches `a..b` there), the topic has an
  // empty token, which NATS refuses to carry, so no such event can arrive here whatever the pattern.
  const checked = _patternArg(pattern, 'subscribeEvents');
  const settings = _settings(options);
  const queue = options?.queue === undefined ? undefined : _queueOption(options.queue, 'subscribeEvents');
  const signal = _signalOption(options?.signal, 'subscribeEvents');
  return new _EventSubscription<SubscribedEvent<Pattern, Strict>>(nc, checked, settings, queue, signal);
}

/** @internal The options, checked, with their defaults. */
function _settings(options: SubscribeEventsOptions | undefined): _SubscriptionSettings {
  const caller = 'subscribeEvents';
  const maxBytes = _wholeOption(options?.maxBytes, NATS_EVENT_LIMITS.maxBytes, caller, 'maxBytes');
  return {
    strict: _booleanOption(options?.strict, true, caller, 'strict'),
    onInvalid: _policyOption(options?.onInvalid, caller),
    max: _wholeOption(options?.max, Number.POSITIVE_INFINITY, caller, 'max'),
    maxBytes,
    maxPending: _wholeOption(options?.maxPending, NATS_EVENT_LIMITS.maxPending, caller, 'maxPending'),
    // A body that passes the size limit must fit the byte budget alone.
    maxPendingBytes: _wholeOption(
      options?.maxPendingBytes,
      Math.max(NATS_EVENT_LIMITS.maxPendingBytes, maxBytes),
      caller,
      'maxPendingBytes',
      maxBytes,
    ),
  };
}
