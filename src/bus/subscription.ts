import { BusError } from './BusError.js';
import { _RingQueue } from './ring-queue.js';
import type { BusInvalidPolicy } from './types.js';

/**
 * A subscription of the bus client: an async iterable of what it receives,
 * with counters of what it lost.
 *
 * @remarks
 * It is registered before `subscribe` returns, so nothing that arrives after
 * that is missed; `ready` resolves once `SUB` has been written to the socket.
 * It has one consumer: iterate it once. Breaking out of a `for await` loop,
 * `close()`, an aborted `signal` or the client's `close()` end it; events
 * still queued are then dropped. Events are shared by the subscriptions that
 * receive them: treat them as read-only.
 *
 * @example
 * ```ts
 * declare const bus: Bus;
 * const sub = bus.subscribe('attacker.>');
 * await sub.ready;
 * for await (const event of sub) event.payload;
 * sub.dropped; // events lost to a full queue
 * ```
 * @category Bus
 * @public
 */
export interface BusSubscription<Item> extends AsyncIterable<Item> {
  /** The pattern subscribed to. */
  readonly pattern: string;
  /**
   * Resolves once `SUB` for the pattern has been written to the socket (at once when another subscription of
   * the client already has it); rejects with a `BusError` (`closed`) when the subscription ends first.
   */
  readonly ready: Promise<void>;
  /** How many events were dropped, oldest first, because the queue was full. */
  readonly dropped: number;
  /** How many events failed the contract and were not delivered. */
  readonly invalid: number;
  /** Whether the subscription has ended. */
  readonly closed: boolean;
  /** Ends the subscription: the iterator finishes, and `UNSUB` is sent if no other subscription uses the pattern. */
  close(): void;
  /** The iterator over what arrives. */
  [Symbol.asyncIterator](): AsyncIterator<Item>;
}

/** A pending `next()`. @internal */
interface _Waiter<Item> {
  resolve(result: IteratorResult<Item>): void;
  reject(error: unknown): void;
}

/** @internal */
const _DONE: IteratorResult<never> = Object.freeze({ done: true, value: undefined });

/**
 * The subscription object: a drop-oldest queue between the client, which
 * pushes, and one consumer, which pulls.
 *
 * @internal
 */
export class _Subscription<Item> implements BusSubscription<Item>, AsyncIterator<Item> {
  readonly pattern: string;
  readonly raw: boolean;
  readonly onInvalid: BusInvalidPolicy;
  readonly ready: Promise<void>;
  #dropped = 0;
  #invalid = 0;
  #closed = false;
  #queue: _RingQueue<Item>;
  #waiters: _Waiter<Item>[] = [];
  /** An error to throw once the queue is drained (`onInvalid: 'throw'`). */
  #failure: { readonly error: unknown } | null = null;
  #settleReady: { resolve(): void; reject(error: unknown): void };
  #onClose: (subscription: _Subscription<Item>) => void;
  /** What to undo when the subscription ends (an abort listener). */
  #cleanups: (() => void)[] = [];

  constructor(
    pattern: string,
    settings: { readonly queueSize: number; readonly onInvalid: BusInvalidPolicy; readonly raw: boolean },
    onClose: (subscription: _Subscription<Item>) => void,
  ) {
    this.pattern = pattern;
    this.raw = settings.raw;
    this.onInvalid = settings.onInvalid;
    this.#queue = new _RingQueue<Item>(settings.queueSize);
    this.#onClose = onClose;
    let settle: { resolve(): void; reject(error: unknown): void } | undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Handled here, so that a subscription closed before SUB was written never raises an unhandled rejection;
    // a caller that awaits `ready` still sees it.
    this.ready.catch(() => undefined);
    this.#settleReady = settle as { resolve(): void; reject(error: unknown): void };
  }

  get dropped(): number {
    return this.#dropped;
  }

  get invalid(): number {
    return this.#invalid;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** @internal Runs `cleanup` when the subscription ends (at once if it has). */
  _onEnd(cleanup: () => void): void {
    if (this.#closed) cleanup();
    else this.#cleanups.push(cleanup);
  }

  /** @internal Called by the client once SUB is written. */
  _markReady(): void {
    this.#settleReady.resolve();
  }

  /** @internal Counts an event that failed the contract. */
  _countInvalid(): void {
    this.#invalid++;
  }

  /** @internal Hands an item to the consumer, or queues it, dropping the oldest when full. */
  _deliver(item: Item): void {
    if (this.#closed || this.#failure !== null) return;
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) waiter.resolve({ done: false, value: item });
    else if (this.#queue.push(item)) this.#dropped++;
  }

  /** @internal Ends the subscription with an error, thrown after the items already queued. */
  _fail(error: unknown): void {
    if (this.#closed || this.#failure !== null) return;
    this.#failure = { error };
    this.#onClose(this);
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) this.#throwTo(waiter);
  }

  /** @internal Ends the subscription without telling the client (which is closing). */
  _end(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.clear();
    this.#settleReady.reject(new BusError('closed', 'the subscription ended before SUB was written'));
    const failure = this.#failure;
    for (const waiter of this.#waiters.splice(0)) {
      if (failure === null) waiter.resolve(_DONE);
      else waiter.reject(failure.error);
    }
    this.#failure = null;
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }

  close(): void {
    if (this.#closed) return;
    const failed = this.#failure !== null;
    this._end();
    // A failed subscription has already been released by the client.
    if (!failed) this.#onClose(this);
  }

  next(): Promise<IteratorResult<Item>> {
    if (this.#queue.size > 0) return Promise.resolve({ done: false, value: this.#queue.shift() as Item });
    if (this.#closed) return Promise.resolve(_DONE);
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      if (this.#failure !== null) this.#throwTo(waiter);
      else this.#waiters.push(waiter);
    });
  }

  return(): Promise<IteratorResult<Item>> {
    this.close();
    return Promise.resolve(_DONE);
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return this;
  }

  /** @internal Throws the pending failure to one consumer, and ends the subscription. */
  #throwTo(waiter: _Waiter<Item>): void {
    const { error } = this.#failure as { readonly error: unknown };
    this.#failure = null;
    this._end();
    waiter.reject(error);
  }
}
