/// <reference types="node" />
/**
 * The options of the bus client, and their checks.
 *
 * @packageDocumentation
 */
import type { BusReconnectOptions } from './backoff.js';
import type { BusError } from './BusError.js';
import type { BusProtocolError } from './BusProtocolError.js';
import type { BusInvalidPolicy } from './types.js';

/**
 * Options of {@link connectBus}.
 *
 * @example
 * ```ts
 * const options: ConnectBusOptions = { name: 'siem-bridge', queueSize: 4_096, onInvalid: 'skip' };
 * ```
 * @category Bus
 * @public
 */
export interface ConnectBusOptions {
  /** The socket's path; default: see {@link resolveBusSocketPath}. */
  readonly path?: string;
  /** The environment to find the socket from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The name sent with `HELLO`, which the bus daemon logs (default `bus-topics[<pid>]`); ASCII, one line. */
  readonly name?: string;
  /** How many events each subscription holds for a slow consumer before dropping the oldest (default 1,024). */
  readonly queueSize?: number;
  /** What to do with events that fail the contract (default `'skip'`); each subscription may override it. */
  readonly onInvalid?: BusInvalidPolicy;
  /**
   * Hold topics to the contract (default `true`): `publish` refuses topics outside it, and events on them are
   * invalid. With `false`, they are published and delivered as `UnknownEvent`s.
   */
  readonly strict?: boolean;
  /** Aborting it closes the client (as `close()` does), or stops the first connection attempt. */
  readonly signal?: AbortSignal;
  /** Reconnect delays after a lost connection, or `false` to close the client instead (default: on). */
  readonly reconnect?: false | BusReconnectOptions;
  /** Told of every protocol error from the server and every lost connection or failed reconnect. */
  readonly onError?: (error: BusError | BusProtocolError) => void;
}

/**
 * Options of `Bus.subscribe`.
 *
 * @example
 * ```ts
 * const options: BusSubscribeOptions = { queueSize: 64, onInvalid: 'throw' };
 * ```
 * @category Bus
 * @public
 */
export interface BusSubscribeOptions {
  /** This subscription's queue size (default: the client's). */
  readonly queueSize?: number;
  /** This subscription's policy for invalid events (default: the client's). */
  readonly onInvalid?: BusInvalidPolicy;
  /** Aborting it closes the subscription. */
  readonly signal?: AbortSignal;
  /** Deliver `{ topic, event, body }` with the frame's body bytes, instead of the event alone. */
  readonly raw?: boolean;
}

/**
 * Options of `Bus.publish`.
 *
 * @example
 * ```ts
 * const options: BusPublishOptions = { type: 'health' };
 * ```
 * @category Bus
 * @public
 */
export interface BusPublishOptions {
  /** The envelope `type` (default `""`), which selects the payload schema where it depends on it. */
  readonly type?: string;
  /** Check the payload against the contract before sending (default `true`). */
  readonly validate?: boolean;
}

/** @internal The queue size option, checked: a whole number from 1 to 2^24. */
export function _queueSizeOption(value: unknown, fallback: number, caller: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 0x1000000) {
    throw new RangeError(`${caller}: option "queueSize" must be a whole number from 1 to 16777216`);
  }
  return value;
}

/** @internal The onInvalid option, checked. */
export function _invalidOption(value: unknown, fallback: BusInvalidPolicy, caller: string): BusInvalidPolicy {
  if (value === undefined) return fallback;
  if (value === 'skip' || value === 'throw' || typeof value === 'function') return value as BusInvalidPolicy;
  throw new TypeError(`${caller}: option "onInvalid" must be "skip", "throw" or a function`);
}

/** @internal A boolean option, checked. */
export function _booleanOption(value: unknown, fallback: boolean, caller: string, name: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${caller}: option "${name}" must be a boolean`);
  return value;
}

/** @internal A signal option, checked without reading anything but its shape. */
export function _signalOption(value: unknown, caller: string): AbortSignal | undefined {
  if (value === undefined || value instanceof AbortSignal) return value;
  throw new TypeError(`${caller}: option "signal" must be an AbortSignal`);
}
