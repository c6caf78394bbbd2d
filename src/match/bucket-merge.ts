/**
 * Merging the buckets one lookup of {@link PatternIndex} found into values:
 * each value once, in the order of its oldest pair. Each bucket is already in
 * insertion order, so the merge copies runs from the bucket with the oldest
 * head instead of sorting values. A value can only repeat when two of the
 * matched buckets hold values that sit under another pattern too; only then
 * does the merge look at each value, skipping one it has met by a mark on the
 * value's record rather than by hashing it.
 *
 * @packageDocumentation
 */
import { _Many, type _Bucket, type _Lists, type _Single, type _ValueRecord } from './trie-node.js';

/**
 * How a merge keeps each value once, when it has to: the number of the lookup,
 * marked on each value's record as it is taken. Only one merge that marks is
 * ever under way, as none calls user code while it marks (see `_mergeVisit`).
 *
 * @internal
 */
export type _Mark = number;

/** The list of the buckets that hold one pair each, built per merge in arrays reused from one to the next. @internal */
interface _LooseLists<T> extends _Lists<T> {
  readonly values: T[];
  readonly orders: number[];
  readonly records: _ValueRecord[];
}

/** Lists reused from one merge to the next, so a merge allocates nothing of its own. @internal */
export interface _MergeScratch<T> {
  readonly lists: _Lists<T>[];
  readonly positions: number[];
  readonly singles: _Single<T>[];
  readonly loose: _LooseLists<T>;
}

/** A new, empty scratch. @internal */
export function _mergeScratch<T>(): _MergeScratch<T> {
  return {
    lists: [],
    positions: [],
    singles: [],
    loose: { values: [], orders: [], records: [], shared: 0, generation: 0 },
  };
}

/**
 * Above this many lists, a merge sorts every pair at once instead of scanning
 * the heads of the lists for each run.
 *
 * @internal
 */
const _RUN_MERGE_LISTS = 8;

/** Receives one run of a merge: `values[start, end)`, to keep once through `dedup` when it is given. @internal */
type _RunSink<T> = (
  values: readonly T[],
  records: readonly _ValueRecord[],
  start: number,
  end: number,
  dedup: _Mark | undefined,
) => void;

/**
 * The values of `found` (two buckets or more), each once, in the order of its
 * oldest pair, as a new array.
 *
 * @param generation - the index's sharing generation, for the buckets' counts of shared values.
 * @param dedup - the lookup's mark, or `undefined` when no value of the index sits under two patterns.
 * @internal
 */
export function _mergeInto<T>(
  found: readonly _Bucket<T>[],
  generation: number,
  dedup: _Mark | undefined,
  scratch: _MergeScratch<T>,
): T[] {
  // The common case of distinct patterns: a handful of buckets of one pair each.
  if (_allSingles(found)) return _singlesInOrder(found as _Single<T>[]);
  let out: T[] | undefined;
  _runs(found, generation, dedup, scratch, (values, records, start, end, keep) => {
    if (keep !== undefined) {
      out ??= [];
      _keepOnce(values, records, start, end, keep, out);
    } else if (out === undefined) {
      // A copy of a run costs a fraction of pushing its values one by one.
      out = values.slice(start, end);
    } else if (end - start <= 16) {
      for (let i = start; i < end; i++) out.push(values[i] as T);
    } else {
      // In pieces: a spread of too many values would overflow the stack.
      for (let from = start; from < end; from += _SPREAD_PIECE) {
        out.push(...values.slice(from, Math.min(end, from + _SPREAD_PIECE)));
      }
    }
  });
  return out ?? [];
}

/**
 * Calls `visit` with the values of `found` (two buckets or more), each once,
 * in the order of its oldest pair; returns how many it visited.
 *
 * @remarks Every list is taken from the buckets before the first visit, so a
 * visitor that adds or removes pairs does not change what this merge visits.
 * @internal
 */
export function _mergeVisit<T>(
  found: readonly _Bucket<T>[],
  generation: number,
  dedup: _Mark | undefined,
  visit: (value: T) => void,
  scratch: _MergeScratch<T>,
): number {
  if (_allSingles(found)) {
    const values = _singlesInOrder(found as _Single<T>[]);
    for (const value of values) visit(value);
    return values.length;
  }
  // Runs that cannot repeat a value go straight to the visitor. Otherwise every value is gathered first: a lookup
  // the visitor starts would mark records too, and this merge must finish marking before any user code runs.
  let visited = 0;
  let gathered: T[] | undefined;
  _runs(found, generation, dedup, scratch, (values, records, start, end, keep) => {
    if (keep !== undefined) {
      _keepOnce(values, records, start, end, keep, (gathered ??= []));
      return;
    }
    for (let i = start; i < end; i++) visit(values[i] as T);
    visited += end - start;
  });
  if (gathered === undefined) return visited;
  for (const value of gathered) visit(value);
  return visited + gathered.length;
}

/** Below this many buckets, all of one pair, a merge sorts them by insertion and compares values directly. @internal */
const _FEW_SINGLES = 16;

/** Whether every bucket found holds one pair, and there are few of them. @internal */
function _allSingles<T>(found: readonly _Bucket<T>[]): boolean {
  if (found.length > _FEW_SINGLES) return false;
  for (const bucket of found) if (bucket instanceof _Many) return false;
  return true;
}

/**
 * The values of a few one-pair buckets, sorted in place by order, each once:
 * only values that sit under another pattern too are compared (with
 * `includes`, SameValueZero, as the index compares values).
 *
 * @internal
 */
function _singlesInOrder<T>(singles: _Single<T>[]): T[] {
  _sortByOrder(singles);
  const values: T[] = [];
  for (const single of singles) {
    if (single.record.count > 1 && values.includes(single.value)) continue;
    values.push(single.value);
  }
  return values;
}

/** The most values one spread appends. @internal */
const _SPREAD_PIECE = 8192;

/**
 * Gathers the lists of `found` and hands their runs, oldest first, to `sink`.
 *
 * @internal
 */
function _runs<T>(
  found: readonly _Bucket<T>[],
  generation: number,
  dedup: _Mark | undefined,
  scratch: _MergeScratch<T>,
  sink: _RunSink<T>,
): void {
  const { lists, positions, singles, loose } = scratch;
  let sharing = 0;
  for (const bucket of found) {
    if (bucket instanceof _Many) {
      const list = bucket.lists(generation);
      lists.push(list);
      if (list.shared > 0) sharing++;
    } else {
      singles.push(bucket);
    }
  }
  try {
    if (singles.length > 0) {
      _sortByOrder(singles);
      let shared = 0;
      for (const single of singles) {
        loose.values.push(single.value);
        loose.orders.push(single.order);
        loose.records.push(single.record);
        if (single.record.count > 1) shared++;
      }
      // Each of these pairs is a bucket of its own: two shared ones may hold the same value.
      sharing += shared;
      // Nothing else uses this scratch until the merge ends: a lookup nested in a visit takes its own.
      lists.push(loose);
    }
    // A value met twice must sit in two of the buckets found, each counting it as shared.
    const keep = sharing > 1 ? dedup : undefined;
    if (lists.length === 1) {
      const only = lists[0] as _Lists<T>;
      sink(only.values, only.records, 0, only.values.length, keep);
    } else if (lists.length > _RUN_MERGE_LISTS) {
      _sortedRuns(lists, keep, sink);
    } else {
      _mergedRuns(lists, positions, keep, sink);
    }
  } finally {
    lists.length = 0;
    positions.length = 0;
    singles.length = 0;
    loose.values.length = 0;
    loose.orders.length = 0;
    loose.records.length = 0;
  }
}

/** Sorts pairs by order: in place by insertion when few (the common case), else with `sort`. @internal */
function _sortByOrder<T>(list: _Single<T>[]): void {
  if (list.length > 32) {
    list.sort((a, b) => a.order - b.order);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const current = list[i] as _Single<T>;
    let j = i - 1;
    for (; j >= 0 && (list[j] as _Single<T>).order > current.order; j--) list[j + 1] = list[j] as _Single<T>;
    list[j + 1] = current;
  }
}

/** Appends to `out` the values of `values[start, end)` this lookup has not taken yet, marking them. @internal */
function _keepOnce<T>(
  values: readonly T[],
  records: readonly _ValueRecord[],
  start: number,
  end: number,
  dedup: _Mark,
  out: T[],
): void {
  for (let i = start; i < end; i++) {
    const record = records[i] as _ValueRecord;
    if (record.mark === dedup) continue;
    record.mark = dedup;
    out.push(values[i] as T);
  }
}

/**
 * Hands over sorted lists merged: from the list whose head is oldest, every
 * value older than the next-oldest head, then looks again. One large bucket
 * with a few small ones costs a scan of the heads per run, not per value.
 *
 * @internal
 */
function _mergedRuns<T>(
  lists: readonly _Lists<T>[],
  positions: number[],
  dedup: _Mark | undefined,
  sink: _RunSink<T>,
): void {
  const count = lists.length;
  for (let i = 0; i < count; i++) positions[i] = 0;
  for (;;) {
    let best = -1;
    let bestOrder = Infinity;
    let nextOrder = Infinity;
    for (let i = 0; i < count; i++) {
      const { orders } = lists[i] as _Lists<T>;
      const position = positions[i] as number;
      if (position >= orders.length) continue;
      const order = orders[position] as number;
      if (order < bestOrder) {
        nextOrder = bestOrder;
        bestOrder = order;
        best = i;
      } else if (order < nextOrder) {
        nextOrder = order;
      }
    }
    if (best === -1) return;
    const list = lists[best] as _Lists<T>;
    const start = positions[best] as number;
    const end = _runEnd(list.orders, start, nextOrder);
    positions[best] = end;
    sink(list.values, list.records, start, end, dedup);
  }
}

/**
 * Where the run of `orders` (sorted) from `start` ends: the first position whose
 * order is `limit` or more. A binary search after a short scan: a run is often
 * one value (a pattern of one subscriber), or a whole large bucket.
 *
 * @internal
 */
function _runEnd(orders: readonly number[], start: number, limit: number): number {
  const length = orders.length;
  if (limit === Infinity) return length;
  let low = start + 1;
  // The next value is older than `limit` by construction (it is the oldest head); look at a few after it.
  for (const scanEnd = Math.min(length, low + 8); low < scanEnd; low++) {
    if ((orders[low] as number) >= limit) return low;
  }
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((orders[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Hands over many lists as one run, sorted at once (a topic matched by many multi-value patterns). @internal */
function _sortedRuns<T>(lists: readonly _Lists<T>[], dedup: _Mark | undefined, sink: _RunSink<T>): void {
  const all: { readonly order: number; readonly value: T; readonly record: _ValueRecord }[] = [];
  for (const { values, orders, records } of lists) {
    for (let i = 0; i < values.length; i++) {
      all.push({ order: orders[i] as number, value: values[i] as T, record: records[i] as _ValueRecord });
    }
  }
  all.sort((a, b) => a.order - b.order);
  const values = all.map((entry) => entry.value);
  const records = all.map((entry) => entry.record);
  sink(values, records, 0, values.length, dedup);
}
