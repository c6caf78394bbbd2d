/**
 * Storage for the pattern trie of {@link PatternIndex}. Large indexes are
 * mostly chains of single-child nodes holding one value each (for example
 * `decky.<id>.state` for thousands of ids), so a node keeps one child and one
 * value inline and only grows a `Map` once it needs a second. Children keyed by
 * user tokens live in a `Map`, never in a plain object, so `__proto__` and
 * `constructor` are ordinary tokens.
 *
 * @packageDocumentation
 */

/**
 * What the index knows of one value, shared by every pair that holds it: how
 * many patterns it sits under (so a lookup knows whether it can meet the value
 * twice), and the last lookup that returned it (so a lookup that meets it
 * again skips it without hashing anything).
 *
 * @internal
 */
export interface _ValueRecord {
  /** Patterns the value sits under. */
  count: number;
  /** The lookup that last returned the value; see `_mergeBuckets`. */
  mark: number;
}

/**
 * One (pattern, value) pair as stored: the value exactly as given (a `Map`
 * key `-0` reads back as `+0`), the sequence number of its insertion, and the
 * value's record.
 *
 * @internal
 */
export interface _Single<T> {
  readonly value: T;
  readonly order: number;
  readonly record: _ValueRecord;
  /** The frozen one-value answer of a lookup that matches only this pair, made on first use. */
  alone?: readonly T[];
}

/**
 * The lists a lookup reads from a bucket of two values or more, in the order
 * of the pairs: parallel arrays, so that a merge walks memory in order, never
 * handed to a caller. `shared` counts the values that sit under another
 * pattern too, as of the index's `sharing` generation `generation`.
 *
 * @internal
 */
export interface _Lists<T> {
  readonly values: readonly T[];
  readonly orders: readonly number[];
  readonly records: readonly _ValueRecord[];
  shared: number;
  generation: number;
}

/**
 * Two values or more at one point of the trie: a `Map` from value to pair (in
 * insertion order, which is also the order of the pairs' sequence numbers), and
 * the lists lookups read, rebuilt on the first lookup after a change. A lookup
 * that matches only this bucket returns its frozen copy of the values, so
 * nothing is copied per lookup and no caller can change what the index holds.
 *
 * @internal
 */
export class _Many<T> {
  readonly map: Map<T, _Single<T>>;
  #lists: _Lists<T> | undefined = undefined;
  #frozen: readonly T[] | undefined = undefined;

  constructor(first: _Single<T>, second: _Single<T>) {
    this.map = new Map([
      [first.value, first],
      [second.value, second],
    ]);
  }

  /**
   * The lists, with `shared` brought up to date for the index's sharing
   * generation (it changes whenever a value starts or stops sitting under two
   * patterns anywhere in the index).
   */
  lists(generation: number): _Lists<T> {
    let lists = this.#lists;
    if (lists === undefined) {
      const values: T[] = [];
      const orders: number[] = [];
      const records: _ValueRecord[] = [];
      for (const single of this.map.values()) {
        values.push(single.value);
        orders.push(single.order);
        records.push(single.record);
      }
      lists = { values, orders, records, shared: 0, generation: generation - 1 };
      this.#lists = lists;
    }
    if (lists.generation !== generation) {
      let shared = 0;
      for (const record of lists.records) if (record.count > 1) shared++;
      lists.shared = shared;
      lists.generation = generation;
    }
    return lists;
  }

  /** The values, oldest pair first, frozen: what `match` returns when only this bucket matches. */
  frozen(): readonly T[] {
    return (this.#frozen ??= Object.freeze(Array.from(this.map.values(), (single) => single.value)));
  }

  /** Forgets the lists after a change; lookups already under way keep reading the old ones. */
  changed(): void {
    this.#lists = undefined;
    this.#frozen = undefined;
  }
}

/**
 * The values subscribed at one point of the trie: one pair inline (most
 * patterns have one subscriber), or a {@link _Many}.
 *
 * @internal
 */
export type _Bucket<T> = _Single<T> | _Many<T>;

/**
 * Up to this many literal children are scanned in place; more go in a `Map`.
 * A scan of a few `startsWith` calls beats slicing the token and hashing it.
 *
 * @internal
 */
export const _ARRAY_LIMIT = 8;

/** @internal One token of the trie. */
export class _TrieNode<T> {
  readonly key: string;
  /**
   * Literal children: none, one inline, a short array (both compared in place
   * with `startsWith`, so a lookup allocates no token string), or a map by token
   * once there are more than {@link _ARRAY_LIMIT}.
   */
  children: _TrieNode<T> | _TrieNode<T>[] | Map<string, _TrieNode<T>> | undefined = undefined;
  /** The child for a `*` token. */
  star: _TrieNode<T> | undefined = undefined;
  /** Values of patterns that end at this node. */
  exact: _Bucket<T> | undefined = undefined;
  /** Values of patterns that end with `>` right after this node. */
  rest: _Bucket<T> | undefined = undefined;

  constructor(key: string) {
    this.key = key;
  }

  /** The literal child for `token`, if any. */
  child(token: string): _TrieNode<T> | undefined {
    const children = this.children;
    if (children === undefined) return undefined;
    if (children instanceof Map) return children.get(token);
    if (Array.isArray(children)) return children.find((child) => child.key === token);
    return children.key === token ? children : undefined;
  }

  /**
   * The literal child for the topic token `topic[start, end)`, if any. Only a
   * `Map` needs the token as a string; inline and array children are compared
   * in place, so the common lookup allocates nothing.
   */
  literalChild(topic: string, start: number, end: number): _TrieNode<T> | undefined {
    const children = this.children;
    if (children === undefined) return undefined;
    if (children instanceof Map) return children.get(topic.slice(start, end));
    const length = end - start;
    if (Array.isArray(children)) {
      for (const child of children) if (child.key.length === length && topic.startsWith(child.key, start)) return child;
      return undefined;
    }
    return children.key.length === length && topic.startsWith(children.key, start) ? children : undefined;
  }

  /** The literal child for `token`, created when missing. */
  childOrCreate(token: string): _TrieNode<T> {
    const existing = this.child(token);
    if (existing !== undefined) return existing;
    const created = new _TrieNode<T>(token);
    const children = this.children;
    if (children === undefined) this.children = created;
    else if (children instanceof Map) children.set(token, created);
    else if (!Array.isArray(children)) this.children = [children, created];
    else if (children.length < _ARRAY_LIMIT) children.push(created);
    else this.children = new Map([...children, created].map((child) => [child.key, child]));
    return created;
  }

  /** Drops the literal child for `token`, shrinking the storage back as children go. */
  deleteChild(token: string): void {
    const children = this.children;
    if (children === undefined || children instanceof _TrieNode) {
      this.children = undefined;
    } else if (Array.isArray(children)) {
      const kept = children.filter((child) => child.key !== token);
      this.children = kept.length === 1 ? kept[0] : kept;
    } else {
      children.delete(token);
      if (children.size <= _ARRAY_LIMIT) this.children = [...children.values()];
    }
  }

  /** Whether the node holds nothing and can be pruned. */
  isEmpty(): boolean {
    return (
      this.children === undefined && this.star === undefined && this.exact === undefined && this.rest === undefined
    );
  }
}

/**
 * Adds a pair to a bucket; returns the bucket to store, or `null` when the
 * value was already there (the index keeps each pattern-value pair once).
 *
 * @internal
 */
export function _bucketAdd<T>(bucket: _Bucket<T> | undefined, single: _Single<T>): _Bucket<T> | null {
  if (bucket === undefined) return single;
  if (bucket instanceof _Many) {
    if (bucket.map.has(single.value)) return null;
    bucket.map.set(single.value, single);
    bucket.changed();
    return bucket;
  }
  if (_sameValueZero(bucket.value, single.value)) return null;
  return new _Many(bucket, single);
}

/** What {@link _bucketRemove} did: the bucket to store (`undefined` when empty) and the pair it removed. @internal */
export interface _Removal<T> {
  readonly bucket: _Bucket<T> | undefined;
  readonly removed: _Single<T>;
}

/**
 * Removes a value from a bucket, or returns `null` when the value was not there.
 *
 * @internal
 */
export function _bucketRemove<T>(bucket: _Bucket<T> | undefined, value: T): _Removal<T> | null {
  if (bucket === undefined) return null;
  if (!(bucket instanceof _Many)) {
    return _sameValueZero(bucket.value, value) ? { bucket: undefined, removed: bucket } : null;
  }
  const removed = bucket.map.get(value);
  if (removed === undefined) return null;
  bucket.map.delete(value);
  bucket.changed();
  if (bucket.map.size > 1) return { bucket, removed };
  return { bucket: bucket.map.values().next().value, removed };
}

/** @internal Whether a bucket holds a value, compared as a `Map` key would be. */
export function _bucketHas<T>(bucket: _Bucket<T> | undefined, value: T): boolean {
  if (bucket === undefined) return false;
  return bucket instanceof _Many ? bucket.map.has(value) : _sameValueZero(bucket.value, value);
}

/** @internal Map-key equality: like `===`, but `NaN` equals `NaN`. */
function _sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * Branches of a lookup still to walk: a `*` child, and where the topic token it
 * took ends. The index keeps one and reuses it, so a lookup allocates for it
 * only when it meets more branches at once than any lookup before.
 *
 * @internal
 */
export interface _Pending<T> {
  readonly nodes: _TrieNode<T>[];
  readonly ends: number[];
}

/**
 * Pushes onto `found` the bucket of every pattern in the trie that matches
 * `topic`, in no particular order; with `firstOnly`, stops at the first one.
 *
 * @returns whether any pattern matched.
 * @remarks
 * A loop with an explicit stack, not recursion per token: a valid pattern may
 * have 100,000 tokens, and the call stack must not be what limits it. The
 * stack only grows where a token has both a literal and a `*` child, so a
 * single chain, however deep, is walked without pushing anything.
 *
 * @internal
 */
export function _collect<T>(
  root: _TrieNode<T>,
  topic: string,
  found: _Bucket<T>[],
  pending: _Pending<T>,
  firstOnly: boolean,
): boolean {
  const { nodes, ends } = pending;
  const length = topic.length;
  const before = found.length;
  let node = root;
  let start = 0;
  for (;;) {
    // A `>` here takes this token and everything after it, empty tokens included.
    if (node.rest !== undefined) {
      found.push(node.rest);
      if (firstOnly) break;
    }
    let end = topic.indexOf('.', start);
    if (end === -1) end = length;
    const star = end > start ? node.star : undefined;
    let next = node.literalChild(topic, start, end);
    if (next === undefined) next = star;
    else if (star !== undefined) {
      nodes.push(star);
      ends.push(end);
    }
    // On the topic's last token only patterns that end with it match; after it, or at a dead end, resume a branch.
    while (next === undefined || end === length) {
      if (next?.exact !== undefined) {
        found.push(next.exact);
        if (firstOnly) break;
      }
      next = nodes.pop();
      if (next === undefined) return found.length > before;
      end = ends.pop() as number;
    }
    if (firstOnly && found.length > before) break;
    node = next;
    start = end + 1;
  }
  // Stopped at the first match: the branches still pending are not walked.
  nodes.length = 0;
  ends.length = 0;
  return true;
}
