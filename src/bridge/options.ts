/// <reference types="node" />
/**
 * The options of {@link bridgeBusToNats}, and their checks.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Bus } from '../bus/client.js';
import type { ConnectBusOptions } from '../bus/options.js';
import { _describeType, _showValue } from '../internal/escape.js';
import { _patternArg } from '../match/pattern-rules.js';
import { _messageHeaders, type NatsHeadersInput } from '../nats/headers.js';
import { isNatsSubject } from '../nats/subject-rules.js';
import type { BridgeStats, BridgeUnroutable } from './stats.js';

/**
 * What a bridge does with an event that fails the contract: `'skip'` it, or `'forward'` it all the same. Either
 * way it is counted in `invalid`.
 *
 * @example
 * ```ts
 * const policy: BridgeInvalidPolicy = 'forward';
 * ```
 * @category Bridge
 * @public
 */
export type BridgeInvalidPolicy = 'skip' | 'forward';

/**
 * Options of {@link bridgeBusToNats}.
 *
 * @example
 * ```ts
 * import { headers, type NatsConnection } from '@nats-io/transport-node';
 * declare const nc: NatsConnection;
 * const options: BridgeBusToNatsOptions = {
 *   bus: { name: 'nats-bridge' },
 *   nats: nc,
 *   patterns: ['attacker.>', 'decky.*.state'],
 *   msgId: true,
 *   headers,
 * };
 * ```
 * @category Bridge
 * @public
 */
export interface BridgeBusToNatsOptions {
  /**
   * The bus: options to connect with (the bridge then owns the client and closes it), or a connected client (the
   * caller keeps it; the bridge only subscribes).
   */
  readonly bus: ConnectBusOptions | Bus<boolean>;
  /** A NATS connection (from `@nats-io/transport-node`); the caller keeps it, and drains it after the bridge. */
  readonly nats: NatsConnection;
  /** The patterns to forward, under the strict rules (default `['>']`: everything). */
  readonly patterns?: readonly string[];
  /** Put before every topic to make the subject, e.g. `decnet.`: non-empty tokens, ending with a dot. */
  readonly subjectPrefix?: string;
  /** Check each event against the contract and count those that fail (default `true`). */
  readonly validate?: boolean;
  /** With `validate`, what to do with an event that fails the contract (default `'skip'`). */
  readonly onInvalid?: BridgeInvalidPolicy;
  /** Send the event's `id` as `Nats-Msg-Id`, so that a JetStream stream drops a copy (default `false`). */
  readonly msgId?: boolean;
  /** The NATS client's `headers` function (or headers to send): needed with `msgId`, and used only then. */
  readonly headers?: NatsHeadersInput;
  /** Aborting it closes the bridge, as `close()` does. */
  readonly signal?: AbortSignal;
  /** Called with the counters every `statsIntervalMs`. */
  readonly onStats?: (stats: BridgeStats) => void;
  /** How often `onStats` is called, in milliseconds (default 60,000). */
  readonly statsIntervalMs?: number;
  /** Told of each event that could not be forwarded because NATS cannot carry it. */
  readonly onUnroutable?: (unroutable: BridgeUnroutable) => void;
}

/** The options, checked, with their defaults. @internal */
export interface _BridgeSettings {
  readonly patterns: readonly string[];
  readonly prefix: string;
  readonly validate: boolean;
  readonly forwardInvalid: boolean;
  readonly msgId: boolean;
  readonly headers: NatsHeadersInput | undefined;
  readonly statsIntervalMs: number;
  readonly onStats: ((stats: BridgeStats) => void) | undefined;
  readonly onUnroutable: ((unroutable: BridgeUnroutable) => void) | undefined;
}

/** The caller named in messages. @internal */
const _CALLER = 'bridgeBusToNats';

/** The longest stats interval: what `setInterval` can wait (2^31 - 1 ms). @internal */
const _MAX_INTERVAL_MS = 0x7fffffff;

/**
 * The options, checked: `TypeError` or `RangeError` for a malformed one, `TopicPatternError` for a pattern the
 * strict rules refuse.
 *
 * @internal
 */
export function _bridgeSettings(options: BridgeBusToNatsOptions): _BridgeSettings {
  const { patterns = ['>'], subjectPrefix = '', validate = true, onInvalid = 'skip', msgId = false } = options;
  if (!Array.isArray(patterns) || patterns.length === 0) {
    throw new TypeError(`${_CALLER}(): option "patterns" must be a non-empty array of patterns`);
  }
  const checked = patterns.map((pattern: unknown) => _patternArg(pattern, _CALLER));
  _flag(validate, 'validate');
  _flag(msgId, 'msgId');
  // Read as unknown: JavaScript callers can pass anything.
  const policy: unknown = onInvalid;
  if (policy !== 'skip' && policy !== 'forward') {
    throw new TypeError(`${_CALLER}(): option "onInvalid" must be 'skip' or 'forward'`);
  }
  // Checked once here, so that a missing or malformed `headers` is a mistake found at start, not per event.
  if (msgId) _messageHeaders(options.headers, 'probe', _CALLER);
  const { statsIntervalMs = 60_000, onStats, onUnroutable } = options;
  if (typeof statsIntervalMs !== 'number' || !(statsIntervalMs >= 1 && statsIntervalMs <= _MAX_INTERVAL_MS)) {
    throw new RangeError(`${_CALLER}(): option "statsIntervalMs" must be a number of milliseconds from 1 to 2^31 - 1`);
  }
  _callback(onStats, 'onStats');
  _callback(onUnroutable, 'onUnroutable');
  return {
    patterns: checked,
    prefix: _prefixOption(subjectPrefix),
    validate,
    forwardInvalid: onInvalid === 'forward',
    msgId,
    headers: options.headers,
    statsIntervalMs,
    onStats,
    onUnroutable,
  };
}

/**
 * The subject prefix, checked: empty, or subject tokens followed by a dot, so that the prefix and a topic make
 * a subject whose first tokens are the prefix's.
 *
 * @internal
 */
export function _prefixOption(value: unknown): string {
  if (value === '') return value;
  if (typeof value === 'string' && value.endsWith('.') && isNatsSubject(value.slice(0, -1))) return value;
  const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
  throw new TypeError(
    `${_CALLER}(): option "subjectPrefix" must be NATS subject tokens ending with a dot, like "decnet.", got ${shown}`,
  );
}

/** @internal A boolean option. */
function _flag(value: unknown, name: string): void {
  if (typeof value !== 'boolean') {
    throw new TypeError(`${_CALLER}(): option "${name}" must be true or false, got ${_describeType(value)}`);
  }
}

/** @internal An optional callback. */
function _callback(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${_CALLER}(): option "${name}" must be a function, got ${_describeType(value)}`);
  }
}
