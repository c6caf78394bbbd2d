/**
 * Checks of the options of the NATS functions: JavaScript callers can pass anything, and a wrong option is a
 * mistake in the calling code, so it throws a `TypeError` at once instead of misbehaving later.
 *
 * @packageDocumentation
 */
import { _describeType } from '../internal/escape.js';

/**
 * The part of an `AbortSignal` the subscriptions read: a DOM, Node, Deno or Bun `AbortSignal` fits.
 *
 * @example
 * ```ts
 * const signal: AbortSignalLike = AbortSignal.timeout(5_000);
 * ```
 * @category NATS
 * @public
 */
export interface AbortSignalLike {
  /** Whether the signal has fired. */
  readonly aborted: boolean;
  /** Registers a listener for the `abort` event. */
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
  /** Removes a listener registered with {@link AbortSignalLike.addEventListener}. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** @internal A whole number of at least `min`, or `fallback` when absent. */
export function _wholeOption(value: unknown, fallback: number, caller: string, option: string, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
  const shown = typeof value === 'number' ? String(value) : _describeType(value);
  throw new TypeError(`${caller}(): option "${option}" must be a whole number of at least ${min}, got ${shown}`);
}

/** @internal A boolean, or `fallback` when absent. */
export function _booleanOption(value: unknown, fallback: boolean, caller: string, option: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`${caller}(): option "${option}" must be true or false, got ${_describeType(value)}`);
}

/** @internal An abort signal, or `undefined` when absent. */
export function _signalOption(value: unknown, caller: string): AbortSignalLike | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null) {
    const { addEventListener, removeEventListener } = value as Partial<AbortSignalLike>;
    if (typeof addEventListener === 'function' && typeof removeEventListener === 'function') {
      return value as AbortSignalLike;
    }
  }
  throw new TypeError(`${caller}(): option "signal" must be an AbortSignal, got ${_describeType(value)}`);
}
