import { _stringArg } from '../internal/arguments.js';
import { _describeType } from '../internal/escape.js';
import { _patternArg } from './pattern-rules.js';
import { _mergeInto, _mergeScratch, _mergeVisit, type _Mark, type _MergeScratch } from './bucket-merge.js';
import {
  _bucketAdd,
  _bucketHas,
  _bucketRemove,
  _collect,
  _Many,
  _TrieNode,
  type _Bucket,
  type _Pending,
  type _ValueRecord,
} from './trie-node.js';

/** The answer of a lookup that matches nothing. @internal */
const _NO_VALUES: readonly never[] = Object.freeze([]);

/**
 * An index of (pattern, value) pairs that finds, for a topic, every value whose
 * pattern matches it, as the DECNET bus would decide.
 *
 * Built for fan-out: a webhook service indexes every enabled subscription's
 * patterns once and asks for the subscriptions of each event.
 *
 * @typeParam T - the values stored, e.g. subscription ids; compared like `Map` keys, returned as first stored.
 * @remarks
 * Patterns are held to the strict NATS rules ({@link validatePattern}) and
 * stored in a token trie, so a lookup walks the topic's tokens once, whatever
 * the number of patterns. Each pair is kept once: adding it again changes
 * nothing, and removing an absent pair is not an error.
 *
 * Many values may share a pattern (DECNET's simple-mode webhook subscriptions
 * all sit under the same few presets): a lookup costs the patterns it matches
 * plus the values it returns, with no sort and no hashing of values. When one
 * pattern matches, `match` returns that pattern's own frozen list, shared by
 * every lookup until the pattern's values change. {@link PatternIndex.forEachMatch}
 * visits the values without any array, {@link PatternIndex.hasMatch} stops at
 * the first matching pattern.
 *
 * @example
 * ```ts
 * const index = new PatternIndex<string>();
 * index.add('attacker.>', 'siem');
 * index.add('decky.*.state', 'ui');
 * index.match('attacker.session.ended'); //=> ["siem"]
 * index.match('decky.d-42.state');       //=> ["ui"]
 * ```
 * @category Matching
 * @public
 */
export class PatternIndex<T> {
  #root: _TrieNode<T> = new _TrieNode<T>('');
  #size = 0;
  #order = 0;
  /** Branches still to walk in a lookup; emptied by every walk, so shared by all of them. */
  readonly #pending: _Pending<T> = { nodes: [], ends: [] };
  /** Each value's record, for the values held (compared as `Map` keys). */
  #records = new Map<T, _ValueRecord>();
  /** Values sitting under two patterns or more: while there are none, a lookup never meets a value twice. */
  #shared = 0;
  /** Changes whenever a value starts or stops sitting under two patterns, so buckets recount their shared values. */
  #generation = 0;
  /** The number of the last lookup that marked records. */
  #marks = 0;
  readonly #found: _Bucket<T>[] = [];
  /** Lists for `match`'s merges, which run no user code; a visit takes its own, as its visitor may look up too. */
  readonly #scratch: _MergeScratch<T> = _mergeScratch();

  /** The number of (pattern, value) pairs in the index. */
  get size(): number {
    return this.#size;
  }

  /**
   * Adds a (pattern, value) pair.
   *
   * @param pattern - a valid pattern (see {@link validatePattern}).
   * @param value - the value to return for matching topics.
   * @returns `true` when the pair was added, `false` when it was already there.
   * @throws {@link TopicPatternError} when the pattern is not valid; `TypeError` when it is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('system.*.health', 'ops'); //=> true
   * index.add('system.*.health', 'ops'); //=> false (already there)
   * ```
   */
  add(pattern: string, value: T): boolean {
    const tokens = _tokensOf(pattern, 'add');
    let node = this.#root;
    const last = tokens.length - 1;
    for (let i = 0; i < last; i++) node = _step(node, tokens[i] as string);
    const rest = tokens[last] === '>';
    if (!rest) node = _step(node, tokens[last] as string);
    const bucket = rest ? node.rest : node.exact;
    if (_bucketHas(bucket, value)) return false;
    let record = this.#records.get(value);
    if (record === undefined) {
      record = { count: 0, mark: 0 };
      this.#records.set(value, record);
    }
    const added = _bucketAdd(bucket, { value, order: this.#order, record }) as _Bucket<T>;
    if (rest) node.rest = added;
    else node.exact = added;
    record.count++;
    if (record.count === 2) {
      this.#shared++;
      this.#generation++;
    }
    this.#order++;
    this.#size++;
    return true;
  }

  /**
   * Removes a (pattern, value) pair, pruning trie nodes that no longer hold anything.
   *
   * @param pattern - a valid pattern.
   * @param value - the value added with it.
   * @returns `true` when the pair was removed, `false` when it was not in the index.
   * @throws {@link TopicPatternError} when the pattern is not valid; `TypeError` when it is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('system.*.health', 'ops');
   * index.remove('system.*.health', 'ops'); //=> true
   * index.remove('system.*.health', 'ops'); //=> false
   * ```
   */
  remove(pattern: string, value: T): boolean {
    const tokens = _tokensOf(pattern, 'remove');
    const rest = tokens.at(-1) === '>';
    const path: _TrieNode<T>[] = [this.#root];
    for (const token of rest ? tokens.slice(0, -1) : tokens) {
      const next = _peek(path[path.length - 1] as _TrieNode<T>, token);
      if (next === undefined) return false;
      path.push(next);
    }
    const node = path[path.length - 1] as _TrieNode<T>;
    const removal = _bucketRemove(rest ? node.rest : node.exact, value);
    if (removal === null) return false;
    if (rest) node.rest = removal.bucket;
    else node.exact = removal.bucket;
    const { record } = removal.removed;
    record.count--;
    if (record.count === 1) {
      this.#shared--;
      this.#generation++;
    } else if (record.count === 0) {
      this.#records.delete(value);
    }
    this.#size--;
    _prune(path);
    return true;
  }

  /**
   * Tells whether a (pattern, value) pair is in the index.
   *
   * @param pattern - a valid pattern.
   * @param value - the value.
   * @returns `true` when the pair was added and not removed since.
   * @throws {@link TopicPatternError} when the pattern is not valid; `TypeError` when it is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.has('attacker.>', 'siem'); //=> true
   * index.has('attacker.>', 'ui');   //=> false
   * ```
   */
  has(pattern: string, value: T): boolean {
    const tokens = _tokensOf(pattern, 'has');
    const rest = tokens.at(-1) === '>';
    let node: _TrieNode<T> | undefined = this.#root;
    for (const token of rest ? tokens.slice(0, -1) : tokens) {
      node = _peek(node, token);
      if (node === undefined) return false;
    }
    return _bucketHas(rest ? node.rest : node.exact, value);
  }

  /**
   * Finds every value whose pattern matches a topic.
   *
   * @param topic - a published topic; any string.
   * @returns the values, each once, in the order their pairs were first added. Read-only: when one pattern
   *   matches, this is that pattern's own frozen list, shared with other lookups until its values change.
   * @throws `TypeError` when `topic` is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.match('attacker.session.ended'); //=> ["siem"]
   * ```
   */
  match(topic: string): readonly T[] {
    _stringArg(topic, 'PatternIndex.match', 'topic');
    // A new list per lookup: clearing a reused one costs more than allocating a short one.
    const found: _Bucket<T>[] = [];
    _collect(this.#root, topic, found, this.#pending, false);
    if (found.length === 0) return _NO_VALUES;
    if (found.length === 1) return _valuesOf(found[0] as _Bucket<T>);
    // No user code runs in a merge, so this scratch is free even when a visit is under way.
    return _mergeInto(found, this.#generation, this.#dedup(), this.#scratch);
  }

  /**
   * Calls `visit` with every value whose pattern matches a topic, as {@link PatternIndex.match} would return
   * them, without building an array: for fan-out loops that only hand each value on.
   *
   * @param topic - a published topic; any string.
   * @param visit - called once per value, in the order of `match`.
   * @returns the number of values visited.
   * @throws `TypeError` when `topic` is not a string or `visit` not a function; whatever `visit` throws, which
   *   stops the visit.
   * @remarks The values are those the index held when the visit began: `visit` may add and remove pairs, or
   *   look up other topics, without changing what this visit calls it with.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.forEachMatch('attacker.session.ended', (id) => console.log(id)); //=> 1
   * ```
   */
  forEachMatch(topic: string, visit: (value: T) => void): number {
    _stringArg(topic, 'PatternIndex.forEachMatch', 'topic');
    if (typeof visit !== 'function') {
      throw new TypeError(`PatternIndex.forEachMatch(): "visit" must be a function, received ${_describeType(visit)}`);
    }
    const found: _Bucket<T>[] = [];
    _collect(this.#root, topic, found, this.#pending, false);
    if (found.length === 0) return 0;
    if (found.length === 1) {
      const only = found[0] as _Bucket<T>;
      if (!(only instanceof _Many)) {
        visit(only.value);
        return 1;
      }
      // The bucket's own list, not its frozen copy: V8 reads frozen arrays several times slower.
      const { values } = only.lists(this.#generation);
      for (const value of values) visit(value);
      return values.length;
    }
    return _mergeVisit(found, this.#generation, this.#dedup(), visit, _mergeScratch());
  }

  /**
   * Tells whether any pattern in the index matches a topic: "does anyone want this event?". Stops at the
   * first matching pattern, reading no values.
   *
   * @param topic - a published topic; any string.
   * @returns `true` when `match(topic)` would return at least one value.
   * @throws `TypeError` when `topic` is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.hasMatch('attacker.session.ended'); //=> true
   * index.hasMatch('decky.d-1.state');        //=> false
   * ```
   */
  hasMatch(topic: string): boolean {
    _stringArg(topic, 'PatternIndex.hasMatch', 'topic');
    const found = this.#found;
    try {
      return _collect(this.#root, topic, found, this.#pending, true);
    } finally {
      found.length = 0;
    }
  }

  /** The mark of a lookup starting now, or `undefined` while no value sits under two patterns (none can repeat). */
  #dedup(): _Mark | undefined {
    return this.#shared === 0 ? undefined : ++this.#marks;
  }

  /**
   * Removes every pair.
   *
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.clear();
   * index.size; //=> 0
   * ```
   */
  clear(): void {
    this.#root = new _TrieNode<T>('');
    this.#records = new Map();
    this.#shared = 0;
    this.#size = 0;
  }
}

/** @internal Validates a pattern strictly and splits it into tokens. */
function _tokensOf(pattern: string, method: string): string[] {
  return _patternArg(pattern, `PatternIndex.${method}`).split('.');
}

/** @internal The child for a pattern token, created when missing. */
function _step<T>(node: _TrieNode<T>, token: string): _TrieNode<T> {
  if (token !== '*') return node.childOrCreate(token);
  return (node.star ??= new _TrieNode<T>('*'));
}

/** @internal The child for a pattern token, if any. */
function _peek<T>(node: _TrieNode<T>, token: string): _TrieNode<T> | undefined {
  return token === '*' ? node.star : node.child(token);
}

/** @internal Detaches the empty nodes at the end of a path, deepest first. */
function _prune<T>(path: readonly _TrieNode<T>[]): void {
  for (let i = path.length - 1; i > 0; i--) {
    const node = path[i] as _TrieNode<T>;
    if (!node.isEmpty()) return;
    const parent = path[i - 1] as _TrieNode<T>;
    if (parent.star === node) parent.star = undefined;
    else parent.deleteChild(node.key);
  }
}

/** The values of the one bucket a lookup found, as a frozen list made once and shared. @internal */
function _valuesOf<T>(bucket: _Bucket<T>): readonly T[] {
  if (bucket instanceof _Many) return bucket.frozen();
  return (bucket.alone ??= Object.freeze([bucket.value]));
}
