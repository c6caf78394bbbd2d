import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  _ARRAY_LIMIT,
  _TrieNode,
  _bucketAdd,
  _bucketHas,
  _bucketRemove,
  _collect,
  _Many,
  type _Bucket,
  type _Pending,
  type _Single,
} from '../../src/match/trie-node';
import { validSegment } from '../support/arbitraries';
import { referenceMatches } from '../support/matching-reference';

/** A pair as the index stores it, with a record of its own. */
const pair = <T>(value: T, order: number): _Single<T> => ({ value, order, record: { count: 1, mark: 0 } });

/** A bucket's pairs, oldest first. */
const pairsOf = <T>(bucket: _Bucket<T> | undefined): _Single<T>[] =>
  bucket === undefined ? [] : bucket instanceof _Many ? [...bucket.map.values()] : [bucket];

/** Tokens that name members of `Object.prototype`: a trie keyed by a plain object would find something for them. */
const PROTOTYPE_TOKENS: readonly string[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];

type Storage = 'none' | 'inline' | 'array' | 'map';

/** How a node stores its literal children. */
function storageOf(node: _TrieNode<unknown>): Storage {
  const { children } = node;
  if (children === undefined) return 'none';
  if (children instanceof Map) return 'map';
  return Array.isArray(children) ? 'array' : 'inline';
}

/** How a node with `count` literal children must store them. */
const storageFor = (count: number): Storage => {
  if (count === 0) return 'none';
  if (count === 1) return 'inline';
  return count <= _ARRAY_LIMIT ? 'array' : 'map';
};

/** A node with a literal child for each token, created in order. */
function nodeWith(tokens: readonly string[]): _TrieNode<unknown> {
  const node = new _TrieNode<unknown>('');
  for (const token of tokens) node.childOrCreate(token);
  return node;
}

/** `count` distinct tokens, the prototype names first. */
const distinctTokens = (count: number): string[] =>
  Array.from({ length: count }, (_, k) => PROTOTYPE_TOKENS[k] ?? `t${k}`);

/** The child for `token` found in place inside a topic, as a lookup sees it: `a.<token>.b`. */
const literalChildInTopic = (node: _TrieNode<unknown>, token: string): _TrieNode<unknown> | undefined =>
  node.literalChild(`a.${token}.b`, 2, 2 + token.length);

/** Every count of children at which the storage changes, and one past each. */
const COUNTS: readonly number[] = [1, 2, 3, _ARRAY_LIMIT, _ARRAY_LIMIT + 1, _ARRAY_LIMIT + 2];

describe('_TrieNode', () => {
  it('should start with its key and nothing else, empty', () => {
    const node = new _TrieNode<string>('decky');
    expect(node.key).toBe('decky');
    expect([node.children, node.star, node.exact, node.rest]).toEqual([undefined, undefined, undefined, undefined]);
    expect(node.isEmpty()).toBe(true);
  });

  it.each([
    { label: 'a literal child', fill: (node: _TrieNode<string>) => node.childOrCreate('a') },
    { label: 'a star child', fill: (node: _TrieNode<string>) => (node.star = new _TrieNode<string>('*')) },
    { label: 'an exact value', fill: (node: _TrieNode<string>) => (node.exact = pair('v', 0)) },
    { label: 'a rest value', fill: (node: _TrieNode<string>) => (node.rest = pair('v', 0)) },
  ])('should not be empty while it holds $label', ({ fill }) => {
    const node = new _TrieNode<string>('');
    fill(node);
    expect(node.isEmpty()).toBe(false);
  });

  describe('child storage', () => {
    it(`should keep one child inline, up to ${_ARRAY_LIMIT} in an array, and more in a Map`, () => {
      const node = new _TrieNode<unknown>('');
      const seen: Storage[] = [storageOf(node)];
      for (const token of distinctTokens(_ARRAY_LIMIT + 2)) {
        node.childOrCreate(token);
        seen.push(storageOf(node));
      }
      expect(seen).toEqual(['none', 'inline', ...Array<Storage>(_ARRAY_LIMIT - 1).fill('array'), 'map', 'map']);
      expect(node.children).toBeInstanceOf(Map);
      expect([...(node.children as Map<string, _TrieNode<unknown>>).keys()]).toEqual(distinctTokens(_ARRAY_LIMIT + 2));
    });

    it('should shrink back from a Map to an array, to one inline child, to none, as children go', () => {
      const all = distinctTokens(_ARRAY_LIMIT + 2);
      const node = nodeWith(all);
      const seen: Storage[] = [];
      for (const token of all) {
        node.deleteChild(token);
        seen.push(storageOf(node));
      }
      expect(seen).toEqual(['map', ...Array<Storage>(_ARRAY_LIMIT - 1).fill('array'), 'inline', 'none']);
      expect(node.isEmpty()).toBe(true);
    });

    it('should keep the children that remain, and in order, when it shrinks', () => {
      const all = distinctTokens(_ARRAY_LIMIT + 1);
      const node = nodeWith(all);
      const kept = all.map((token) => node.child(token));
      node.deleteChild('__proto__');
      expect(node.children).toEqual(kept.slice(1));
      for (const token of all.slice(2)) node.deleteChild(token);
      expect(node.children).toBe(kept[1]);
    });

    it.each(COUNTS)('should find each of %i children, by token and in place in a topic', (count) => {
      const all = distinctTokens(count);
      const node = nodeWith(all);
      expect(storageOf(node)).toBe(storageFor(count));
      for (const token of all) {
        const child = node.child(token);
        expect(child?.key).toBe(token);
        expect(literalChildInTopic(node, token)).toBe(child);
      }
    });

    it.each(COUNTS)('should find nothing for a missing token, a prototype name included, with %i children', (count) => {
      const node = nodeWith(Array.from({ length: count }, (_, k) => `t${k}`));
      for (const token of [...PROTOTYPE_TOKENS, 'missing', '', 't']) {
        expect(node.child(token)).toBeUndefined();
        expect(literalChildInTopic(node, token)).toBeUndefined();
      }
    });

    it.each(COUNTS)('should return the child it has rather than make a second one, with %i children', (count) => {
      const all = distinctTokens(count);
      const node = nodeWith(all);
      const before = all.map((token) => node.child(token));
      expect(all.map((token) => node.childOrCreate(token))).toEqual(before);
      expect(storageOf(node)).toBe(storageFor(count));
    });

    it('should keep its storage a function of how many children it has, through any adds and deletes', () => {
      const token = fc.oneof(fc.constantFrom(...PROTOTYPE_TOKENS), fc.constantFrom('a', 'b', 'c'), validSegment);
      const step = fc.record({ add: fc.boolean(), token, pick: fc.nat() });
      fc.assert(
        fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
          const node = new _TrieNode<unknown>('');
          const model: string[] = [];
          for (const { add, token: next, pick } of steps) {
            if (add || model.length === 0) {
              node.childOrCreate(next);
              if (!model.includes(next)) model.push(next);
            } else {
              // Only tokens it holds: the index deletes nothing else.
              const [gone] = model.splice(pick % model.length, 1);
              node.deleteChild(gone as string);
            }
            expect(storageOf(node)).toBe(storageFor(model.length));
            for (const held of model) {
              expect(node.child(held)?.key).toBe(held);
              expect(literalChildInTopic(node, held)?.key).toBe(held);
            }
            if (!model.includes(next)) expect(node.child(next)).toBeUndefined();
          }
        }),
      );
    });
  });

  describe('literalChild', () => {
    it.each(COUNTS)('should compare the whole token, not a prefix or a longer token, with %i children', (count) => {
      const node = nodeWith(['ab', ...Array.from({ length: count - 1 }, (_, k) => `t${k}`)]);
      expect(node.literalChild('x.ab.y', 2, 4)?.key).toBe('ab');
      expect(node.literalChild('x.abc.y', 2, 5)).toBeUndefined();
      expect(node.literalChild('x.a.y', 2, 3)).toBeUndefined();
      expect(node.literalChild('x.ab', 2, 4)?.key).toBe('ab');
      expect(node.literalChild('ab', 0, 2)?.key).toBe('ab');
    });

    it('should find nothing at all while the node has no children', () => {
      expect(new _TrieNode<unknown>('').literalChild('a', 0, 1)).toBeUndefined();
    });
  });
});

describe('_bucketAdd', () => {
  it('should store the first pair inline, as given', () => {
    const first = pair('a', 3);
    expect(_bucketAdd(undefined, first)).toBe(first);
  });

  it('should grow a single pair into a _Many of both, keeping the first pair as it was', () => {
    const first = pair('a', 0);
    const second = pair('b', 1);
    const bucket = _bucketAdd(first, second);
    expect(bucket).toBeInstanceOf(_Many);
    const many = bucket as _Many<string>;
    expect([...many.map.keys()]).toEqual(['a', 'b']);
    expect(many.map.get('a')).toBe(first);
    expect(many.map.get('b')).toBe(second);
    expect(many.frozen()).toEqual(['a', 'b']);
  });

  it('should add to the _Many it is given, return it, and rebuild its lists', () => {
    const many = _bucketAdd(pair('a', 0), pair('b', 1)) as _Many<string>;
    const before = many.frozen();
    expect(Object.isFrozen(before)).toBe(true);
    expect(many.frozen()).toBe(before); // kept while nothing changes
    expect(_bucketAdd(many, pair('c', 2))).toBe(many);
    expect(before).toEqual(['a', 'b']); // a list handed out never changes
    expect(many.frozen()).toEqual(['a', 'b', 'c']);
    expect(many.lists(0).orders).toEqual([0, 1, 2]);
  });

  it.each([
    { label: 'the same string', stored: 'a', added: 'a' },
    { label: '+0 for a stored -0', stored: -0, added: 0 },
    { label: '-0 for a stored +0', stored: 0, added: -0 },
    { label: 'NaN for a stored NaN', stored: Number.NaN, added: Number.NaN },
  ])('should return null, changing nothing, for $label', ({ stored, added }) => {
    const single = pair<unknown>(stored, 0);
    expect(_bucketAdd<unknown>(single, pair(added, 1))).toBeNull();
    const many = _bucketAdd<unknown>(single, pair('other', 1)) as _Many<unknown>;
    expect(_bucketAdd<unknown>(many, pair(added, 2))).toBeNull();
    expect(many.map.size).toBe(2);
  });

  it('should tell two objects apart by identity, not by content', () => {
    expect(_bucketAdd<object>(pair({}, 0), pair({}, 1))).toBeInstanceOf(_Many);
  });

  it('should keep -0 as it was stored, though a Map key -0 reads back as +0', () => {
    const many = _bucketAdd(pair(1, 0), pair(-0, 1)) as _Many<number>;
    expect(Object.is([...many.map.keys()][1], 0)).toBe(true);
    expect(Object.is(many.frozen()[1], -0)).toBe(true);
  });
});

describe('_bucketRemove', () => {
  it('should return null for an empty bucket', () => {
    expect(_bucketRemove(undefined, 'a')).toBeNull();
  });

  it('should empty a single pair of that value, and return null for another value', () => {
    const single = pair('a', 0);
    expect(_bucketRemove(single, 'a')).toEqual({ bucket: undefined, removed: single });
    expect(_bucketRemove(single, 'b')).toBeNull();
  });

  it.each([
    { label: '+0 from a stored -0', stored: -0, removed: 0 },
    { label: 'NaN from a stored NaN', stored: Number.NaN, removed: Number.NaN },
  ])('should remove $label, as a Map key compares', ({ stored, removed }) => {
    const single = pair(stored, 0);
    expect(_bucketRemove(single, removed)?.bucket).toBeUndefined();
    const seven = pair(7, 1);
    const many = _bucketAdd(single, seven) ?? undefined;
    expect(_bucketRemove(many, removed)).toEqual({ bucket: seven, removed: single });
  });

  it('should return the same _Many, without the value, while more than one value is left', () => {
    let many: _Bucket<string> | undefined;
    for (const [order, value] of ['a', 'b', 'c'].entries()) many = _bucketAdd(many, pair(value, order)) ?? many;
    const before = (many as _Many<string>).frozen();
    expect(_bucketRemove(many, 'b')?.bucket).toBe(many);
    expect((many as _Many<string>).frozen()).toEqual(['a', 'c']);
    expect(before).toEqual(['a', 'b', 'c']);
    expect(_bucketRemove(many, 'b')).toBeNull();
  });

  it('should shrink a _Many of two back to the very pair that is left', () => {
    const first = pair('a', 0);
    const many = _bucketAdd(first, pair('b', 1)) ?? undefined;
    expect(_bucketRemove(many, 'b')?.bucket).toBe(first);
  });

  it('should give back -0 as it was stored when it is the value left', () => {
    const many = _bucketAdd(pair(1, 0), pair(-0, 1)) ?? undefined;
    const left = _bucketRemove(many, 1)?.bucket as _Single<number>;
    expect(Object.is(left.value, -0)).toBe(true);
    expect(left.order).toBe(1);
  });
});

describe('_bucketHas', () => {
  it('should be false for an empty bucket', () => {
    expect(_bucketHas(undefined, 'a')).toBe(false);
  });

  it.each([
    { label: 'a string', stored: 'a', asked: 'a', has: true },
    { label: 'another string', stored: 'a', asked: 'b', has: false },
    { label: '+0 for a stored -0', stored: -0, asked: 0, has: true },
    { label: '-0 for a stored +0', stored: 0, asked: -0, has: true },
    { label: 'NaN for a stored NaN', stored: Number.NaN, asked: Number.NaN, has: true },
    { label: 'the string "NaN" for a stored NaN', stored: Number.NaN, asked: 'NaN', has: false },
    { label: 'undefined for a stored null', stored: null, asked: undefined, has: false },
  ])('should answer $has for $label, alone or in a _Many', ({ stored, asked, has }) => {
    const single = pair<unknown>(stored, 0);
    expect(_bucketHas<unknown>(single, asked)).toBe(has);
    const many = _bucketAdd<unknown>(single, pair(Symbol('other'), 1)) ?? undefined;
    expect(_bucketHas<unknown>(many, asked)).toBe(has);
  });
});

describe('buckets', () => {
  it('should behave as a set under SameValueZero that returns each value as it was stored, oldest first', () => {
    const value = fc.constantFrom<unknown>(0, -0, Number.NaN, 1, 'a', '', null, undefined, false);
    const step = fc.record({ add: fc.boolean(), value });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let bucket: _Bucket<unknown> | undefined;
        const model: _Single<unknown>[] = [];
        const index = (v: unknown): number => model.findIndex((record) => [record.value].includes(v));
        for (const [order, { add, value: v }] of steps.entries()) {
          const at = index(v);
          expect(_bucketHas(bucket, v)).toBe(at !== -1);
          if (add) {
            const added = pair(v, order);
            const next = _bucketAdd(bucket, added);
            expect(next === null).toBe(at !== -1);
            if (next !== null) bucket = next;
            if (at === -1) model.push(added);
          } else {
            const removal = _bucketRemove(bucket, v);
            expect(removal === null).toBe(at === -1);
            if (removal !== null) {
              expect(removal.removed).toBe(model[at]);
              bucket = removal.bucket;
              model.splice(at, 1);
            }
          }
          const stored = pairsOf(bucket);
          expect(stored).toHaveLength(model.length);
          for (const [k, record] of model.entries()) expect(stored[k]).toBe(record);
          if (bucket instanceof _Many) {
            const lists = bucket.lists(steps.length);
            expect(lists.orders).toEqual(model.map((single) => single.order));
            expect(lists.records).toEqual(model.map((single) => single.record));
            lists.values.forEach((stored, k) => {
              expect(Object.is(stored, model[k]?.value)).toBe(true);
            });
          }
          expect(bucket instanceof _Many).toBe(model.length > 1);
        }
      }),
    );
  });
});

describe('_collect', () => {
  /** A trie of valid patterns, as PatternIndex builds it: each pattern's value is its position in the list. */
  function trieOf(patterns: readonly string[]): _TrieNode<number> {
    const root = new _TrieNode<number>('');
    for (const [value, pattern] of patterns.entries()) {
      const tokens = pattern.split('.');
      const rest = tokens.at(-1) === '>';
      let node = root;
      for (const token of rest ? tokens.slice(0, -1) : tokens) {
        node = token === '*' ? (node.star ??= new _TrieNode<number>('*')) : node.childOrCreate(token);
      }
      if (rest) node.rest = _bucketAdd(node.rest, pair(value, value)) ?? node.rest;
      else node.exact = _bucketAdd(node.exact, pair(value, value)) ?? node.exact;
    }
    return root;
  }

  /** A token longer than any scan or quote limit. */
  const LONG_TOKEN = 'l'.repeat(70);

  const newPending = (): _Pending<number> => ({ nodes: [], ends: [] });

  /** The values of every bucket `_collect` finds for `topic`, sorted. */
  function collected(root: _TrieNode<number>, topic: string, pending = newPending()): number[] {
    const found: _Bucket<number>[] = [];
    const any = _collect(root, topic, found, pending, false);
    expect(any).toBe(found.length > 0);
    return found.flatMap((bucket) => pairsOf(bucket).map((single) => single.value)).sort((a, b) => a - b);
  }

  it.each([
    { pattern: 'a.b', topic: 'a.b', found: true },
    { pattern: 'a.b', topic: 'a.b.c', found: false },
    { pattern: 'a.b', topic: 'a', found: false },
    { pattern: 'a.*', topic: 'a.b', found: true },
    { pattern: 'a.*', topic: 'a.', found: false },
    { pattern: 'a.*', topic: 'a.b.c', found: false },
    { pattern: 'a.>', topic: 'a.b.c', found: true },
    { pattern: 'a.>', topic: 'a.', found: true },
    { pattern: 'a.>', topic: 'a', found: false },
    { pattern: '>', topic: 'a..b', found: true },
    { pattern: '__proto__.constructor', topic: '__proto__.constructor', found: true },
    { pattern: '__proto__.*', topic: 'constructor.x', found: false },
  ])('should find $pattern for $topic: $found', ({ pattern, topic, found }) => {
    expect(collected(trieOf([pattern]), topic)).toEqual(found ? [0] : []);
  });

  it('should find both a literal and a * branch where a token has both, and leave the pending stack empty', () => {
    const pending = newPending();
    const root = trieOf(['a.b.c', 'a.*.c', '*.b.>', 'a.b.d']);
    expect(collected(root, 'a.b.c', pending)).toEqual([0, 1, 2]);
    expect(pending).toEqual({ nodes: [], ends: [] });
    expect(collected(root, 'x.b.c', pending)).toEqual([2]);
    expect(pending).toEqual({ nodes: [], ends: [] });
  });

  it('should walk a chain of 100,000 tokens without running out of stack', () => {
    const long = Array<string>(100_000).fill('a').join('.');
    const root = trieOf([long, `${long}.>`]);
    expect(collected(root, long)).toEqual([0]);
    expect(collected(root, `${long}.a`)).toEqual([1]);
  });

  it('should walk 100,000 tokens that each have a literal and a * child, keeping the branches on its own stack', () => {
    // Built by hand: as patterns, a `*` branch at every depth would take 100,000 patterns of growing length.
    const depth = 100_000;
    const root = new _TrieNode<number>('');
    let node = root;
    for (let i = 0; i < depth; i++) {
      node.star = new _TrieNode<number>('*');
      node.star.exact = pair(i, i);
      node = node.childOrCreate('a');
    }
    node.exact = pair(depth, depth);
    const pending = newPending();
    expect(collected(root, Array<string>(depth).fill('a').join('.'), pending)).toEqual([depth - 1, depth]);
    expect(pending).toEqual({ nodes: [], ends: [] });
  });

  it('should find exactly the patterns that the reference matcher says match, for any valid patterns and topic', () => {
    const patternToken = fc.constantFrom('a', 'b', '__proto__', LONG_TOKEN, '*');
    const validPattern = fc
      .tuple(fc.array(patternToken, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([tokens, rest]) => (rest ? [...tokens.slice(1), '>'] : tokens).join('.'));
    const topic = fc
      .array(fc.constantFrom('a', 'b', '__proto__', 'constructor', LONG_TOKEN, ''), { minLength: 1, maxLength: 5 })
      .map((tokens) => tokens.join('.'));
    fc.assert(
      fc.property(
        fc.uniqueArray(validPattern, { maxLength: 12 }),
        fc.array(topic, { maxLength: 5 }),
        (patterns, topics) => {
          const root = trieOf(patterns);
          const pending = newPending();
          for (const t of topics) {
            const expected = patterns.flatMap((p, value) => (referenceMatches(p, t) ? [value] : []));
            expect(collected(root, t, pending)).toEqual(expected);
            expect(pending).toEqual({ nodes: [], ends: [] });
            // firstOnly: stops at one matching pattern, and leaves no branch pending for the next walk.
            const first: _Bucket<number>[] = [];
            expect(_collect(root, t, first, pending, true)).toBe(expected.length > 0);
            expect(first.length).toBe(Math.min(expected.length, 1));
            expect(expected).toEqual(
              expect.arrayContaining(first.flatMap((bucket) => pairsOf(bucket).map((p) => p.value))),
            );
            expect(pending).toEqual({ nodes: [], ends: [] });
          }
        },
      ),
    );
  });
});

describe('_Many.lists', () => {
  it('should count the values shared with other patterns, again whenever the generation changes', () => {
    const a = pair('a', 0);
    const b = pair('b', 1);
    const many = _bucketAdd(a, b) as _Many<string>;
    expect(many.lists(1).shared).toBe(0);
    b.record.count = 2; // "b" now sits under another pattern too
    expect(many.lists(1).shared).toBe(0); // same generation: the count is not read again
    expect(many.lists(2).shared).toBe(1);
    expect(many.lists(2)).toBe(many.lists(2)); // kept while nothing changes
  });
});
