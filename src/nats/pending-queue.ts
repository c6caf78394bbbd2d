/**
 * The bounded queue between NATS and a consumer that reads more slowly than events arrive.
 *
 * The NATS JavaScript client has no pending limits of its own: it reads its socket as fast as it can and queues
 * every message for the subscription, so a slow reader grows the heap without bound (its `slow` option only
 * reports). The server's own protection is per connection and cuts the whole connection. So subscriptions take
 * messages through a callback into this queue, which keeps at most a number of messages and of bytes and drops
 * the oldest beyond, as DECNET's own bus does (CONTRACT 3.1: drop-oldest, 1,024 per subscriber).
 *
 * @packageDocumentation
 */

/** One message waiting to be read: its subject and its body (`null` when over the size limit, so not kept). @internal */
export interface _Pending {
  readonly subject: string;
  readonly body: Uint8Array | null;
  /** The body's size in bytes, kept or not. */
  readonly size: number;
}

/** A first-in first-out queue with a count and a byte budget; the oldest entries make room. @internal */
export class _PendingQueue {
  readonly #maxCount: number;
  readonly #maxBytes: number;
  // An array read from `#head`: `shift()` on a long array is linear, and this queue holds up to its budget.
  #items: (_Pending | undefined)[] = [];
  #head = 0;
  #bytes = 0;
  #dropped = 0;

  constructor(maxCount: number, maxBytes: number) {
    this.#maxCount = maxCount;
    this.#maxBytes = maxBytes;
  }

  /** How many entries wait. */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /** How many bytes of bodies wait. */
  get bytes(): number {
    return this.#bytes;
  }

  /** How many entries were dropped to make room, over the queue's life. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Adds an entry, dropping the oldest ones while the queue is over either budget. */
  push(entry: _Pending): void {
    this.#items.push(entry);
    this.#bytes += entry.body?.byteLength ?? 0;
    // The entry just added stays: an entry never exceeds the byte budget alone (the options ensure it).
    while (this.length > 1 && (this.length > this.#maxCount || this.#bytes > this.#maxBytes)) {
      this.shift();
      this.#dropped++;
    }
  }

  /** Takes the oldest entry, or `undefined` when none waits. */
  shift(): _Pending | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const entry = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    this.#bytes -= entry?.body?.byteLength ?? 0;
    // Compact once the read part is the larger half, so the array stays within twice the budget.
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return entry;
  }

  /** Forgets every entry (they are not counted as dropped: the reader left). */
  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#bytes = 0;
  }
}
