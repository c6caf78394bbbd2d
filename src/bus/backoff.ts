/**
 * How long to wait before the next attempt to reconnect: exponential
 * backoff with equal jitter.
 *
 * @packageDocumentation
 */

/**
 * The reconnect delays of a bus client: after a lost connection it waits
 * about `initialDelayMs`, then twice as long after each failed attempt, up to
 * `maxDelayMs`.
 *
 * @example
 * ```ts
 * const reconnect: BusReconnectOptions = { initialDelayMs: 50, maxDelayMs: 2_000 };
 * ```
 * @category Bus
 * @public
 */
export interface BusReconnectOptions {
  /** The delay before the first attempt, in milliseconds (default 100). */
  readonly initialDelayMs?: number;
  /** The longest delay between attempts, in milliseconds (default 5,000). */
  readonly maxDelayMs?: number;
}

/** The reconnect delays with every default filled in and checked. @internal */
export interface _Backoff {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** @internal The defaults: quick enough for a bus daemon restart, slow enough not to spin on a dead socket. */
const _DEFAULT: _Backoff = { initialDelayMs: 100, maxDelayMs: 5_000 };

/** The longest delay accepted: what `setTimeout` can wait (2^31 - 1 ms, about 24.8 days). @internal */
const _MAX_TIMER_MS = 0x7fffffff;

/**
 * The `reconnect` option, checked: `null` when reconnecting is off.
 *
 * @throws `TypeError` for anything but `false`, `undefined` or an object; `RangeError` for a delay that is not a
 *   finite number from 0 to 2^31 - 1, or an initial delay above the longest.
 * @internal
 */
export function _backoffOption(value: unknown): _Backoff | null {
  if (value === false) return null;
  if (value === undefined || value === true) return _DEFAULT;
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('connectBus(): option "reconnect" must be false or { initialDelayMs, maxDelayMs }');
  }
  const given = value as BusReconnectOptions;
  // A default never contradicts what was given: a small maximum lowers the initial delay, a large initial delay
  // raises the maximum.
  const initialDelayMs = given.initialDelayMs ?? Math.min(_DEFAULT.initialDelayMs, given.maxDelayMs ?? Infinity);
  const maxDelayMs = given.maxDelayMs ?? Math.max(_DEFAULT.maxDelayMs, initialDelayMs);
  for (const [name, delay] of [
    ['initialDelayMs', initialDelayMs],
    ['maxDelayMs', maxDelayMs],
  ] as const) {
    if (typeof delay !== 'number' || !(delay >= 0 && delay <= _MAX_TIMER_MS)) {
      throw new RangeError(
        `connectBus(): reconnect.${name} must be a number of milliseconds from 0 to ${_MAX_TIMER_MS}`,
      );
    }
  }
  if (initialDelayMs > maxDelayMs) {
    throw new RangeError('connectBus(): reconnect.initialDelayMs must not be above reconnect.maxDelayMs');
  }
  return { initialDelayMs, maxDelayMs };
}

/**
 * The delay before attempt `attempt` (0 for the first): the exponential step
 * capped at the maximum, of which the upper half is random, so that clients
 * dropped together do not all knock again at once, and none waits less than
 * half its step.
 *
 * @param random - a source of numbers in [0, 1), for tests.
 * @internal
 */
export function _backoffDelay(attempt: number, backoff: _Backoff, random: () => number = Math.random): number {
  // 2^30 times any initial delay is past every maximum: the cap keeps the power finite.
  const step = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.min(attempt, 30));
  return step / 2 + (random() * step) / 2;
}
