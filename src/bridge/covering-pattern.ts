/**
 * One bus subscription for several patterns: the narrowest pattern that covers them all, and the filter that
 * gives back exactly the events the patterns select.
 *
 * Why one subscription and not one per pattern: DECNET's bus client hands an event to every local subscription
 * whose pattern matches, so overlapping patterns would each receive it, and the copies would come out of separate
 * queues in no particular order. One subscription delivers each event once, in the order the bus sent it, with no
 * window of remembered ids to size; the filter is DECNET's own `matches`, so the union of the patterns is exactly
 * what separate subscriptions would have received.
 *
 * @packageDocumentation
 */
import { matches } from '../match/matches.js';

/** What to subscribe to, and the patterns to filter by (`null`: everything received is selected). @internal */
export interface _Covering {
  readonly pattern: string;
  readonly filter: readonly string[] | null;
}

/**
 * Whether every topic the bus would deliver to `inner` it would also deliver to `outer`; both follow the strict
 * rules (non-empty tokens, `*` and `>` whole, `>` last).
 *
 * @internal
 */
export function _covers(outer: string, inner: string): boolean {
  const o = outer.split('.');
  const i = inner.split('.');
  for (let k = 0; k < o.length; k++) {
    const token = o[k] as string;
    // `>` takes one token or more: whatever `inner` has from here, its topics have a token here.
    if (token === '>') return k < i.length;
    const other = i[k];
    // `inner` ends first, or goes on with `>` (topics of any length) where `outer` wants one token.
    if (other === undefined || other === '>') return false;
    // `*` takes any non-empty token, and a strict `inner` has no empty token here.
    if (token !== '*' && token !== other) return false;
  }
  return o.length === i.length;
}

/**
 * The subscription for a list of strict patterns: the patterns no other one covers; if one is left, it alone
 * (no filter); otherwise their longest common literal prefix followed by `>`, or `>` itself, filtered by them.
 *
 * @internal
 */
export function _coveringPattern(patterns: readonly string[]): _Covering {
  const unique = [...new Set(patterns)];
  // Two distinct strict patterns never cover each other, so this keeps at least one.
  const kept = unique.filter((p) => !unique.some((q) => q !== p && _covers(q, p)));
  if (kept.length === 1) return { pattern: kept[0] as string, filter: null };
  const split = kept.map((p) => p.split('.'));
  // Short of the shortest pattern by one token, so that `prefix.>` still has a token to match where each ends.
  const limit = Math.min(...split.map((tokens) => tokens.length)) - 1;
  let common = 0;
  while (common < limit) {
    const token = split[0]?.[common] as string;
    if (token === '*' || token === '>' || !split.every((tokens) => tokens[common] === token)) break;
    common++;
  }
  const prefix = split[0]?.slice(0, common) ?? [];
  return { pattern: [...prefix, '>'].join('.'), filter: kept };
}

/** Whether a topic the covering subscription received is one the patterns select. @internal */
export function _selected(covering: _Covering, topic: string): boolean {
  const { filter } = covering;
  if (filter === null) return true;
  for (const pattern of filter) if (matches(pattern, topic)) return true;
  return false;
}
