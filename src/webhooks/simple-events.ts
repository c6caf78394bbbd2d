/**
 * Simple mode of DECNET's webhook subscriptions (`decnet/webhook/enums.py`,
 * CONTRACT 5.2): three named presets, each standing for a fixed list of bus
 * patterns, and the merge of presets with hand-written patterns that DECNET
 * stores as a subscription's `topic_patterns`.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { _deepFreeze } from '../internal/freeze.js';
import type { _Expect, _Same } from '../internal/type-checks.js';

/** The presets as written; exported frozen as {@link SIMPLE_EVENTS}. @internal */
const _SIMPLE_EVENT_ROWS = {
  AttackerDetail: ['attacker.>'],
  DeckyStatus: ['decky.*.state', 'decky.*.traffic'],
  SystemStatus: ['system.>'],
} as const;

/**
 * The simple-mode presets of DECNET's webhook subscriptions (`SimpleEvent`),
 * each with the bus patterns it expands to, in DECNET's order.
 *
 * Frozen, lists included: no importer can change what others read.
 *
 * @example
 * ```ts
 * SIMPLE_EVENTS.DeckyStatus; //=> ["decky.*.state", "decky.*.traffic"]
 * Object.keys(SIMPLE_EVENTS); //=> ["AttackerDetail", "DeckyStatus", "SystemStatus"]
 * ```
 * @category Subscriptions
 * @public
 */
export const SIMPLE_EVENTS: {
  readonly AttackerDetail: readonly ['attacker.>'];
  readonly DeckyStatus: readonly ['decky.*.state', 'decky.*.traffic'];
  readonly SystemStatus: readonly ['system.>'];
} = /* @__PURE__ */ _deepFreeze(_SIMPLE_EVENT_ROWS);

/**
 * The spelled type of {@link SIMPLE_EVENTS} is exactly the type of its value: no key, pattern or order differs.
 *
 * @internal
 */
export type _SimpleEventsAgree = _Expect<_Same<typeof SIMPLE_EVENTS, typeof _SIMPLE_EVENT_ROWS>>;

/**
 * The name of a simple-mode preset: `"AttackerDetail" | "DeckyStatus" | "SystemStatus"`.
 *
 * @example
 * ```ts
 * const preset: SimpleEvent = 'DeckyStatus';
 * ```
 * @category Subscriptions
 * @public
 */
export type SimpleEvent = keyof typeof SIMPLE_EVENTS;

/**
 * A pattern that some simple-mode preset expands to.
 *
 * @example
 * ```ts
 * const pattern: SimpleEventPattern = 'decky.*.traffic';
 * ```
 * @category Subscriptions
 * @public
 */
export type SimpleEventPattern = (typeof SIMPLE_EVENTS)[SimpleEvent][number];

/**
 * The patterns {@link expandSimpleEvents} returns for `Names`: a tuple, in
 * order, when `Names` is a tuple of literal names; an array of their patterns
 * otherwise.
 *
 * @example
 * ```ts
 * type P = SimpleEventPatterns<['SystemStatus', 'DeckyStatus']>;
 * //=> ["system.>", "decky.*.state", "decky.*.traffic"]
 * type Q = SimpleEventPatterns<SimpleEvent[]>; //=> SimpleEventPattern[]
 * ```
 * @category Subscriptions
 * @public
 */
export type SimpleEventPatterns<Names extends readonly SimpleEvent[]> = number extends Names['length']
  ? (typeof SIMPLE_EVENTS)[Names[number]][number][]
  : _ExpandNames<Names>;

/**
 * The expansion of a tuple of names, one name at a time into an accumulator (tail-recursive, so long tuples are cheap).
 *
 * @example
 * ```ts
 * type P = _ExpandNames<['AttackerDetail']>; //=> ["attacker.>"]
 * ```
 * @internal
 */
export type _ExpandNames<
  Names extends readonly SimpleEvent[],
  Done extends readonly string[] = [],
> = Names extends readonly [infer Head extends SimpleEvent, ...infer Rest extends readonly SimpleEvent[]]
  ? _ExpandNames<Rest, [...Done, ...(typeof SIMPLE_EVENTS)[Head]]>
  : Done;

/**
 * Expands simple-mode presets into bus patterns, as DECNET's
 * `expand_simple_events` does: the presets' patterns concatenated in the
 * order of `names`, repeats kept.
 *
 * @param names - preset names, usually {@link SimpleEvent} literals.
 * @returns a new array of patterns, typed as a tuple of literals for a tuple of literal names.
 * @throws `TypeError` when `names` is not an array (DECNET's API only ever passes a list).
 * @remarks At run time, names that are not presets are dropped silently, as DECNET does: unknown names,
 *   non-strings, and inherited keys such as `"__proto__"` or `"toString"`. `names` is read once per index, in
 *   time linear in its length; a throwing getter or `Proxy` trap of the caller's propagates unchanged.
 * @example
 * ```ts
 * expandSimpleEvents(['AttackerDetail', 'DeckyStatus']);
 * //=> ["attacker.>", "decky.*.state", "decky.*.traffic"]
 * ```
 * @category Subscriptions
 * @public
 */
export function expandSimpleEvents<const Names extends readonly SimpleEvent[]>(
  names: Names,
): SimpleEventPatterns<Names> {
  const patterns: string[] = [];
  _expandInto(patterns, _listArg(names, 'expandSimpleEvents', 'names'));
  return patterns as SimpleEventPatterns<Names>;
}

/** @internal Appends the expansion of each name of `names` to `patterns`. */
function _expandInto(patterns: string[], names: readonly unknown[]): void {
  const length = names.length;
  for (let i = 0; i < length; i++) {
    const name = names[i];
    // An own key only: `in` or a plain read would find `__proto__`, `constructor` and the rest of Object.prototype.
    if (typeof name === 'string' && Object.hasOwn(SIMPLE_EVENTS, name)) {
      patterns.push(...SIMPLE_EVENTS[name as SimpleEvent]);
    }
  }
}

/**
 * The patterns {@link mergePatterns} keeps of a list of hand-written
 * patterns' element type: its strings other than `""` (a `string` stays `string`).
 *
 * @example
 * ```ts
 * type K = _KeptPattern<'' | 'custom.>' | null>; //=> "custom.>"
 * ```
 * @internal
 */
export type _KeptPattern<Element> = unknown extends Element
  ? string
  : Element extends string
    ? Exclude<Element, ''>
    : never;

/**
 * Merges simple-mode presets and hand-written patterns into the list DECNET
 * stores as a subscription's `topic_patterns`, as its `merge_patterns` does.
 *
 * The presets' patterns come first, then `advanced`, each pattern kept once at
 * its first place.
 *
 * @param simple - preset names (see {@link expandSimpleEvents}); `null` or `undefined` count as none.
 * @param advanced - hand-written patterns; `null` or `undefined` count as none.
 * @returns a new array of distinct, non-empty patterns, typed as the union of the literals given.
 * @throws `TypeError` when an argument is neither an array nor `null`/`undefined`.
 * @remarks As in DECNET, empty strings and non-strings are dropped silently, and patterns are not validated:
 *   use {@link checkSubscriptionPatterns} to see what the bus will do with them. Linear in the total length of
 *   the inputs.
 * @example
 * ```ts
 * mergePatterns(['AttackerDetail'], ['attacker.>', 'custom.>']); //=> ["attacker.>", "custom.>"]
 * mergePatterns(['SystemStatus'], ['', 'decky.*.state']);        //=> ["system.>", "decky.*.state"]
 * mergePatterns(null, undefined);                                //=> []
 * ```
 * @category Subscriptions
 * @public
 */
export function mergePatterns<
  const Names extends readonly SimpleEvent[] = [],
  const Advanced extends readonly unknown[] = [],
>(
  simple: Names | null | undefined,
  advanced: Advanced | null | undefined,
): (SimpleEventPatterns<Names>[number] | _KeptPattern<Advanced[number]>)[] {
  const expanded: string[] = [];
  if (simple !== null && simple !== undefined) _expandInto(expanded, _listArg(simple, 'mergePatterns', 'simple'));
  const extra = advanced === null || advanced === undefined ? [] : _listArg(advanced, 'mergePatterns', 'advanced');
  const merged: string[] = [];
  const seen = new Set<string>();
  const keep = (pattern: unknown): void => {
    if (typeof pattern !== 'string' || pattern === '' || seen.has(pattern)) return;
    seen.add(pattern);
    merged.push(pattern);
  };
  expanded.forEach(keep);
  const length = extra.length;
  for (let i = 0; i < length; i++) keep(extra[i]);
  return merged as (SimpleEventPatterns<Names>[number] | _KeptPattern<Advanced[number]>)[];
}

/**
 * Returns a run-time argument that must be an array, or throws a `TypeError`
 * naming the function and the argument. A revoked `Proxy` is not an array here
 * (`Array.isArray` would throw on it).
 *
 * @internal
 */
function _listArg(value: unknown, caller: string, argument: string): readonly unknown[] {
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch {
    isArray = false;
  }
  if (!isArray) {
    throw new TypeError(`${caller}(): argument ${_showValue(argument)} must be an array, got ${_describeType(value)}`);
  }
  return value as readonly unknown[];
}
