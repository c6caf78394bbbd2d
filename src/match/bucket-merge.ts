/**
 * Merging the buckets one lookup of {@link PatternIndex} found into values:
 * each value once, in the order of its oldest pair. Each bucket is already in
 * insertion order, so the merge takes runs from the bucket with the oldest
 * head instead of sorting values, and it skips a value met twice by a mark on
 * the value's record instead of hashing every value.
 *
 * @packageDocumentation
 */
import { _Many, type _Bucket, type _Single } from './trie-node.js';

/**
 * How a merge keeps each value once: not at all when no value of the index
 * sits under two patterns (nothing can repeat), by marking records with the
 * lookup's number, or, for a lookup nested in a visit whose marks must stand,
 * with a `Set`.
 *
 * @internal
 */
export type _Dedup<T> = { readonly kind: 'none' } | { readonly kind: 'mark'; readonly mark: number } | Set<T>;

/** Lists reused from one merge to the next, so a merge allocates nothing of its own. @internal */
export interface _MergeScratch<T> {
  readonly lists: (readonly _Single<T>[])[];
  readonly positions: number[];
  /** The buckets of one pair each, sorted by order: one more list. */
  readonly loose: _Single<T>[];
}

/** A new, empty scratch. @internal */
export function _mergeScratch<T>(): _MergeScratch<T> {
  return { lists: [], positions: [], loose: [] };
}

/**
 * Above this many buckets with two values or more, a merge sorts every pair at
 * once instead of scanning the heads of the lists for each run.
 *
 * @internal
 */
const _RUN_MERGE_LISTS = 8;

/**
 * Calls `emit` with the values of `found` (two buckets or more), each once, in
 * the order of its oldest pair, and returns how many it emitted.
 *
 * @remarks Every list is taken from the buckets before the first `emit`, so an
 * `emit` that adds or removes pairs does not change what this merge returns.
 * @internal
 */
export function _mergeBuckets<T>(
  found: readonly _Bucket<T>[],
  dedup: _Dedup<T>,
  emit: (value: T) => void,
  scratch: _MergeScratch<T>,
): number {
  const { lists, positions, loose } = scratch;
  for (const bucket of found) {
    if (bucket instanceof _Many) lists.push(bucket.singles());
    else loose.push(bucket);
  }
  _sortByOrder(loose);
  try {
    if (lists.length === 0) return _emitList(loose, dedup, emit);
    if (loose.length > 0) lists.push(loose);
    if (lists.length > _RUN_MERGE_LISTS) return _emitSorted(lists, dedup, emit);
    return _emitRuns(lists, positions, dedup, emit);
  } finally {
    lists.length = 0;
    positions.length = 0;
    loose.length = 0;
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

/** Whether a pair's value is emitted: not when this merge has already emitted it. @internal */
function _fresh<T>(single: _Single<T>, dedup: _Dedup<T>): boolean {
  if (dedup instanceof Set) {
    if (dedup.has(single.value)) return false;
    dedup.add(single.value);
    return true;
  }
  if (dedup.kind === 'none') return true;
  const record = single.record;
  if (record.mark === dedup.mark) return false;
  record.mark = dedup.mark;
  return true;
}

/** Emits one sorted list. @internal */
function _emitList<T>(list: readonly _Single<T>[], dedup: _Dedup<T>, emit: (value: T) => void): number {
  let emitted = 0;
  for (const single of list) {
    if (!_fresh(single, dedup)) continue;
    emit(single.value);
    emitted++;
  }
  return emitted;
}

/**
 * Emits sorted lists merged: takes, from the list whose head is oldest, every
 * pair older than the next-oldest head, then looks again. One large bucket
 * with a few small ones costs a scan of the heads per run, not per value.
 *
 * @internal
 */
function _emitRuns<T>(
  lists: readonly (readonly _Single<T>[])[],
  positions: number[],
  dedup: _Dedup<T>,
  emit: (value: T) => void,
): number {
  const count = lists.length;
  for (let i = 0; i < count; i++) positions[i] = 0;
  let emitted = 0;
  for (;;) {
    let best = -1;
    let bestOrder = Infinity;
    let nextOrder = Infinity;
    for (let i = 0; i < count; i++) {
      const list = lists[i] as readonly _Single<T>[];
      const position = positions[i] as number;
      if (position >= list.length) continue;
      const order = (list[position] as _Single<T>).order;
      if (order < bestOrder) {
        nextOrder = bestOrder;
        bestOrder = order;
        best = i;
      } else if (order < nextOrder) {
        nextOrder = order;
      }
    }
    if (best === -1) return emitted;
    const list = lists[best] as readonly _Single<T>[];
    let position = positions[best] as number;
    for (; position < list.length; position++) {
      const single = list[position] as _Single<T>;
      if (single.order > nextOrder) break;
      if (!_fresh(single, dedup)) continue;
      emit(single.value);
      emitted++;
    }
    positions[best] = position;
  }
}

/** Emits many lists by sorting all their pairs at once (a topic matched by many multi-value patterns). @internal */
function _emitSorted<T>(lists: readonly (readonly _Single<T>[])[], dedup: _Dedup<T>, emit: (value: T) => void): number {
  const all: _Single<T>[] = [];
  for (const list of lists) for (const single of list) all.push(single);
  all.sort((a, b) => a.order - b.order);
  return _emitList(all, dedup, emit);
}
