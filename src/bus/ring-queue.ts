/**
 * A bounded first-in, first-out queue that drops its oldest item to make
 * room: the per-subscription queue of the bus client, as DECNET's own bus
 * keeps one per subscriber.
 *
 * @internal
 */
export class _RingQueue<T> {
  readonly #items: (T | undefined)[];
  #head = 0;
  #size = 0;

  /** @param capacity - the most items held; a whole number of 1 or more, checked by the caller. */
  constructor(capacity: number) {
    this.#items = new Array<T | undefined>(capacity);
  }

  /** How many items are held. */
  get size(): number {
    return this.#size;
  }

  /** Adds an item at the end; returns `true` when the oldest item was dropped to make room. */
  push(item: T): boolean {
    const capacity = this.#items.length;
    if (this.#size === capacity) {
      this.#items[this.#head] = item;
      this.#head = (this.#head + 1) % capacity;
      return true;
    }
    this.#items[(this.#head + this.#size) % capacity] = item;
    this.#size++;
    return false;
  }

  /** Takes the oldest item, or `undefined` when empty. */
  shift(): T | undefined {
    if (this.#size === 0) return undefined;
    const item = this.#items[this.#head];
    // Cleared, so that a consumed event is not kept alive by the queue.
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#items.length;
    this.#size--;
    return item;
  }

  /** Drops every item. */
  clear(): void {
    // Only the occupied slots: the queue's capacity may be millions, its content a few.
    for (let i = 0; i < this.#size; i++) this.#items[(this.#head + i) % this.#items.length] = undefined;
    this.#head = 0;
    this.#size = 0;
  }
}
