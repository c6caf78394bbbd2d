import { _stringArg } from '../internal/arguments.js';
import { _patternArg } from './pattern-rules.js';
import {
  _bucketAdd,
  _bucketHas,
  _bucketRemove,
  _collect,
  _TrieNode,
  type _Bucket,
  type _Pending,
  type _Single,
} from './trie-node.js';

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
  #pending: _Pending<T> = { nodes: [], ends: [] };

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
    const bucket = _bucketAdd(rest ? node.rest : node.exact, value, this.#order);
    if (bucket === null) return false;
    if (rest) node.rest = bucket;
    else node.exact = bucket;
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
    const bucket = _bucketRemove(rest ? node.rest : node.exact, value);
    if (bucket === null) return false;
    if (rest) node.rest = bucket;
    else node.exact = bucket;
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
   * @returns the values, each once, in the order their pairs were first added.
   * @throws `TypeError` when `topic` is not a string.
   * @example
   * ```ts
   * const index = new PatternIndex<string>();
   * index.add('attacker.>', 'siem');
   * index.match('attacker.session.ended'); //=> ["siem"]
   * ```
   */
  match(topic: string): T[] {
    _stringArg(topic, 'PatternIndex.match', 'topic');
    const found: _Bucket<T>[] = [];
    _collect(this.#root, topic, found, this.#pending);
    return _valuesInOrder(found);
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

/**
 * Merges the buckets a lookup found into values, each once, oldest pair first.
 * A value is returned as it was stored (`-0` stays `-0`), from its oldest pair.
 *
 * @internal
 */
function _valuesInOrder<T>(found: _Bucket<T>[]): T[] {
  const count = found.length;
  if (count === 0) return [];
  if (count === 1) {
    const only = found[0] as _Bucket<T>;
    return only instanceof Map ? Array.from(only.values(), (single) => single.value) : [only.value];
  }
  const singles = found.every((bucket) => !(bucket instanceof Map)) ? (found as _Single<T>[]) : _flatten(found);
  return singles.length <= 16 ? _mergeFew(singles) : _mergeMany(singles);
}

/** @internal The entries of every bucket, in one list. */
function _flatten<T>(found: readonly _Bucket<T>[]): _Single<T>[] {
  const singles: _Single<T>[] = [];
  for (const bucket of found) {
    if (bucket instanceof Map) for (const single of bucket.values()) singles.push(single);
    else singles.push(bucket);
  }
  return singles;
}

/**
 * The common case: a handful of patterns matched, one value each. Sorting and
 * deduplicating in place costs less than a sort callback and a `Set`.
 *
 * @internal
 */
function _mergeFew<T>(singles: _Single<T>[]): T[] {
  for (let i = 1; i < singles.length; i++) {
    const current = singles[i] as _Single<T>;
    let j = i - 1;
    for (; j >= 0 && (singles[j] as _Single<T>).order > current.order; j--) singles[j + 1] = singles[j] as _Single<T>;
    singles[j + 1] = current;
  }
  const values: T[] = [];
  // `includes` compares with SameValueZero, as the buckets' Maps do.
  for (const single of singles) if (!values.includes(single.value)) values.push(single.value);
  return values;
}

/** @internal Many values: a sort and a `Set` keep the merge from growing quadratically. */
function _mergeMany<T>(singles: _Single<T>[]): T[] {
  singles.sort((a, b) => a.order - b.order);
  const seen = new Set<T>();
  const values: T[] = [];
  for (const { value } of singles) {
    if (!seen.has(value)) {
      seen.add(value);
      values.push(value);
    }
  }
  return values;
}
