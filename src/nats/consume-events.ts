/**
 * Typed reading of a JetStream consumer: each message as a parsed event, with the message itself to acknowledge.
 *
 * It reads any async iterable of messages shaped like JetStream's (`consumer.consume()` of `@nats-io/jetstream`),
 * so this library imports no JetStream code. Flow control, acknowledgement deadlines and redelivery stay
 * JetStream's: the consumer's `max_messages`/`max_bytes` bound what waits in memory.
 *
 * @packageDocumentation
 */
import { matches } from '../match/matches.js';
import { _patternArg } from '../match/pattern-rules.js';
import { _applyPolicy, _policyOption, type InvalidEventPolicy } from './invalid-policy.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import type { NatsEventErrorDetails } from './NatsEventError.js';
import { _booleanOption, _wholeOption } from './option-checks.js';
import { _readEvent, type _ReadEvent } from './read-event.js';
import type { SubscribedEvent } from './subscribe-events.js';

/**
 * The part of a JetStream message {@link consumeEvents} reads: its subject, its body, and `term()` to stop
 * redelivery of a message that is not a valid event. `JsMsg` of `@nats-io/jetstream` fits.
 *
 * @example
 * ```ts
 * const message: JetStreamMessageLike = { subject: 'email.received', data: new Uint8Array(), term: () => undefined };
 * ```
 * @category NATS
 * @public
 */
export interface JetStreamMessageLike {
  /** The subject the message was published on. */
  readonly subject: string;
  /** The body. */
  readonly data: Uint8Array;
  /** Tells the server never to deliver the message again. */
  term(): void;
}

/**
 * Options of {@link consumeEvents}.
 *
 * @example
 * ```ts
 * const options: ConsumeEventsOptions = { onInvalid: (details) => console.warn(details.reason) };
 * ```
 * @category NATS
 * @public
 */
export interface ConsumeEventsOptions {
  /** Refuse (as invalid) events whose topic is outside the contract; default `true`. */
  readonly strict?: boolean;
  /** What to do with a message that is not a valid event, after it is terminated; default `'skip'`. */
  readonly onInvalid?: InvalidEventPolicy;
  /** The largest body read, in bytes; default 1 MiB. */
  readonly maxBytes?: number;
}

/**
 * One event read from a JetStream consumer, with its message: acknowledge the message once the event is handled.
 *
 * @example
 * ```ts
 * declare const item: ConsumedEvent<SubscribedEvent<'email.received'>, { ack(): void } & JetStreamMessageLike>;
 * item.event.payload; // EmailReceivedPayload
 * item.message.ack();
 * ```
 * @category NATS
 * @public
 */
export interface ConsumedEvent<Event, Message> {
  /** The parsed event. */
  readonly event: Event;
  /** The JetStream message it came in: `ack()`, `nak()`, `working()` are its own. */
  readonly message: Message;
}

/**
 * The events of a JetStream consumer, with counters.
 *
 * @example
 * ```ts
 * declare const consumer: EventConsumer<SubscribedEvent<'email.received'>, JetStreamMessageLike>;
 * consumer.invalid; // messages terminated as invalid so far
 * ```
 * @category NATS
 * @public
 */
export interface EventConsumer<Event, Message> extends AsyncIterable<ConsumedEvent<Event, Message>> {
  /** Messages read from the consumer. */
  readonly received: number;
  /** Messages that were not valid events; each was terminated (`term()`), so JetStream does not redeliver it. */
  readonly invalid: number;
}

/**
 * Reads the messages of a JetStream consumer as typed DECNET events, each with its message to acknowledge.
 *
 * @param messages - the consumer's messages, e.g. `await consumer.consume()` of `@nats-io/jetstream`.
 * @param pattern - a pattern in the strict NATS form that covers the consumer's filter; it types the events, and a
 *   message on a subject it does not match is invalid (`outside-pattern`).
 * @param options - `strict`, `onInvalid`, `maxBytes`.
 * @returns the events, to iterate once with `for await`.
 * @throws `TopicPatternError` (from the root entry) for a pattern outside the strict rules; `TypeError` for a bad
 *   option.
 * @remarks Every message that is not a valid event (the same checks as {@link subscribeEvents}) is terminated, so
 *   that a poison message is not redelivered forever, then handled by `onInvalid`. Valid events are never
 *   acknowledged here: acknowledge each once handled, and JetStream redelivers those that are not. Leaving the
 *   loop (`break`) ends the consumer's own iteration too; `messages.close()` waits for that, so call it after.
 * @example
 * ```ts
 * declare const messages: AsyncIterable<JetStreamMessageLike & { ack(): void }>; // await consumer.consume()
 * for await (const { event, message } of consumeEvents(messages, 'canary.*.triggered')) {
 *   event.params.token_id; // string
 *   message.ack();
 * }
 * ```
 * @category NATS
 * @public
 */
export function consumeEvents<
  const Pattern extends string,
  Message extends JetStreamMessageLike,
  const Strict extends boolean = true,
>(
  messages: AsyncIterable<Message>,
  pattern: Pattern,
  options?: ConsumeEventsOptions & { readonly strict?: Strict },
): EventConsumer<SubscribedEvent<Pattern, Strict>, Message> {
  const caller = 'consumeEvents';
  const checked = _patternArg(pattern, caller);
  const settings: _ConsumerSettings = {
    strict: _booleanOption(options?.strict, true, caller, 'strict'),
    onInvalid: _policyOption(options?.onInvalid, caller),
    maxBytes: _wholeOption(options?.maxBytes, NATS_EVENT_LIMITS.maxBytes, caller, 'maxBytes'),
  };
  return new _EventConsumer<SubscribedEvent<Pattern, Strict>, Message>(messages, checked, settings);
}

/** @internal */
interface _ConsumerSettings {
  readonly strict: boolean;
  readonly onInvalid: InvalidEventPolicy;
  readonly maxBytes: number;
}

/** @internal */
class _EventConsumer<Event, Message extends JetStreamMessageLike> implements EventConsumer<Event, Message> {
  readonly #messages: AsyncIterable<Message>;
  readonly #pattern: string;
  readonly #settings: _ConsumerSettings;
  #received = 0;
  #invalid = 0;

  constructor(messages: AsyncIterable<Message>, pattern: string, settings: _ConsumerSettings) {
    this.#messages = messages;
    this.#pattern = pattern;
    this.#settings = settings;
  }

  get received(): number {
    return this.#received;
  }

  get invalid(): number {
    return this.#invalid;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ConsumedEvent<Event, Message>> {
    for await (const message of this.#messages) {
      this.#received++;
      const read = this.#read(message);
      if (read.ok) {
        yield { event: read.event as Event, message };
        continue;
      }
      this.#invalid++;
      // No reason text: servers before 2.10 read `+TERM <reason>` as no acknowledgement at all, and redeliver.
      message.term();
      _applyPolicy(this.#settings.onInvalid, read.details);
    }
  }

  #read(message: Message): _ReadEvent | { readonly ok: false; readonly details: NatsEventErrorDetails } {
    const { subject, data } = message;
    if (!matches(this.#pattern, subject)) return { ok: false, details: { reason: 'outside-pattern', subject } };
    const { strict, maxBytes } = this.#settings;
    return _readEvent(subject, data, data.byteLength, strict, maxBytes);
  }
}
