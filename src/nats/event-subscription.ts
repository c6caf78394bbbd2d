/**
 * The iteration behind {@link subscribeEvents}: messages arrive through a NATS callback into a bounded queue, and
 * the reader takes them out, one parsed event at a time.
 *
 * @packageDocumentation
 */
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { _applyPolicy, type InvalidEventPolicy } from './invalid-policy.js';
import type { AbortSignalLike } from './option-checks.js';
import { _PendingQueue } from './pending-queue.js';
import { _readEvent } from './read-event.js';

/**
 * A subscription to events on NATS: an async iterable of parsed events (for one reader), with counters and
 * controls.
 *
 * @example
 * ```ts
 * import type { NatsConnection } from '@nats-io/transport-node';
 * declare const nc: NatsConnection;
 * const sub: EventSubscription<SubscribedEvent<'attacker.>'>> = subscribeEvents(nc, 'attacker.>');
 * setInterval(() => console.log(sub.received, sub.invalid, sub.dropped), 60_000);
 * ```
 * @category NATS
 * @public
 */
export interface EventSubscription<Event> extends AsyncIterable<Event> {
  /** The pattern subscribed to. */
  readonly pattern: string;
  /** Messages NATS delivered to this subscription, valid or not, read or not. */
  readonly received: number;
  /**
   * Messages that were not valid events (skipped, reported or thrown). Messages are judged as they are read, so
   * one dropped unread counts in `dropped` only.
   */
  readonly invalid: number;
  /** Messages dropped, oldest first, because the reader was behind by more than `maxPending` or `maxPendingBytes`. */
  readonly dropped: number;
  /** Messages waiting to be read. */
  readonly pending: number;
  /**
   * Resolves when NATS will deliver no more messages to this subscription (unsubscribed, drained, `max` reached,
   * aborted, or the connection closed), with the error that closed it if any (a permissions violation).
   */
  readonly closed: Promise<Error | undefined>;
  /** Ends the subscription now: nothing more arrives, pending messages are dropped, the iteration ends. */
  unsubscribe(): void;
  /** Stops new messages, lets those in flight arrive, and resolves when NATS is done; the iteration reads them, then ends. */
  drain(): Promise<void>;
}

/** The options of one subscription, checked, with their defaults. @internal */
export interface _SubscriptionSettings {
  readonly strict: boolean;
  readonly onInvalid: InvalidEventPolicy;
  /** `Infinity` when there is no limit. */
  readonly max: number;
  readonly maxBytes: number;
  readonly maxPending: number;
  readonly maxPendingBytes: number;
}

const _DONE: IteratorReturnResult<undefined> = /* @__PURE__ */ Object.freeze({ done: true, value: undefined });

/**
 * One subscription. The NATS subscription runs in callback mode, so that messages go into a queue this class
 * bounds, instead of the client's own iterator, which has no bound.
 *
 * @internal
 */
export class _EventSubscription<Event> implements EventSubscription<Event> {
  readonly pattern: string;
  readonly closed: Promise<Error | undefined>;
  readonly #settings: _SubscriptionSettings;
  readonly #queue: _PendingQueue;
  readonly #sub: Subscription;
  readonly #signal: AbortSignalLike | undefined;
  readonly #onAbort = (): void => {
    this.unsubscribe();
  };
  readonly #iterator: AsyncIterator<Event>;
  #received = 0;
  #invalid = 0;
  #yielded = 0;
  /** NATS delivers no more messages; what is queued can still be read. */
  #ended = false;
  /** The reader is done: `next()` answers `done` from now on. */
  #stopped = false;
  /** The error that closed the NATS subscription, thrown once the queue is read. */
  #failure: Error | undefined;
  /** Wakes a `next()` that waits for a message. */
  #wake: (() => void) | undefined;
  /** The last `next()`: calls are chained, so that two readers never take the same message or race the queue. */
  #last: Promise<unknown> = Promise.resolve();

  constructor(
    nc: NatsConnection,
    pattern: string,
    settings: _SubscriptionSettings,
    queue: string | undefined,
    signal: AbortSignalLike | undefined,
  ) {
    this.pattern = pattern;
    this.#settings = settings;
    this.#queue = new _PendingQueue(settings.maxPending, settings.maxPendingBytes);
    const callback = (error: Error | null, msg: Msg): void => {
      this.#arrive(error, msg);
    };
    this.#sub = nc.subscribe(pattern, queue === undefined ? { callback } : { callback, queue });
    this.closed = this.#sub.closed.then((error) => {
      this.#end(error instanceof Error ? error : undefined);
      return error instanceof Error ? error : undefined;
    });
    this.#signal = signal;
    if (signal?.aborted === true) this.unsubscribe();
    else signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#iterator = {
      next: () => this.#next(),
      return: () => {
        this.unsubscribe();
        return Promise.resolve(_DONE);
      },
    };
  }

  get received(): number {
    return this.#received;
  }

  get invalid(): number {
    return this.#invalid;
  }

  get dropped(): number {
    return this.#queue.dropped;
  }

  get pending(): number {
    return this.#queue.length;
  }

  [Symbol.asyncIterator](): AsyncIterator<Event> {
    return this.#iterator;
  }

  unsubscribe(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#queue.clear();
    this.#detach();
    try {
      this.#sub.unsubscribe();
    } catch {
      // The connection is closed, so the server has forgotten the subscription already.
    }
    this.#wake?.();
  }

  async drain(): Promise<void> {
    if (this.#stopped || this.#sub.isClosed()) return;
    await this.#sub.drain();
  }

  /** A message from NATS: queued as it is, to be parsed only when read (a dropped message costs no parsing). */
  #arrive(error: Error | null, msg: Msg): void {
    if (error !== null) {
      this.#end(error);
      return;
    }
    if (this.#stopped) return;
    this.#received++;
    const data = msg.data;
    const size = data.byteLength;
    // A copy: the client's bytes are a view into its read buffer, which a queued view would keep alive whole.
    const body = size > this.#settings.maxBytes ? null : data.slice();
    this.#queue.push({ subject: msg.subject, body, size });
    this.#wake?.();
  }

  /** NATS delivers no more: the reader gets what is queued, then the end, or `error` if there is one. */
  #end(error: Error | undefined): void {
    this.#ended = true;
    this.#failure ??= error;
    this.#detach();
    this.#wake?.();
  }

  #detach(): void {
    this.#signal?.removeEventListener('abort', this.#onAbort);
  }

  #next(): Promise<IteratorResult<Event>> {
    const result = this.#last.then(() => this.#take());
    this.#last = result.catch(() => undefined);
    return result;
  }

  async #take(): Promise<IteratorResult<Event>> {
    for (;;) {
      if (this.#stopped) return _DONE;
      const entry = this.#queue.shift();
      if (entry !== undefined) {
        const read = _readEvent(entry.subject, entry.body, entry.size, this.#settings.strict, this.#settings.maxBytes);
        if (read.ok) {
          if (++this.#yielded >= this.#settings.max) this.unsubscribe();
          return { done: false, value: read.event as Event };
        }
        this.#invalid++;
        try {
          _applyPolicy(this.#settings.onInvalid, read.details);
        } catch (error) {
          this.unsubscribe();
          throw error;
        }
        continue;
      }
      if (this.#failure !== undefined) {
        const failure = this.#failure;
        this.unsubscribe();
        throw failure;
      }
      if (this.#ended) {
        this.unsubscribe();
        return _DONE;
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      this.#wake = undefined;
    }
  }
}
