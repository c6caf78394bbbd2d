/**
 * JetStream streams for the topics DECNET's design wants delivered at least once.
 *
 * The configuration is plain data, typed by its shape: it can be passed to `jetstreamManager(nc).streams.add()`
 * of `@nats-io/jetstream` (or written to a `nats stream add --config` file) without this library importing
 * JetStream.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import { _wholeOption } from './option-checks.js';

/**
 * The topic families with topics DECNET's design wants delivered at least once.
 *
 * @example
 * ```ts
 * const family: AtLeastOnceFamily = 'canary';
 * ```
 * @category NATS
 * @public
 */
export type AtLeastOnceFamily = 'attacker' | 'email' | 'canary' | 'ttp';

/**
 * The subjects of each {@link AtLeastOnceFamily}: ended sessions, received emails, triggered canaries, and rule
 * reloads and state changes, which a worker that misses one acts on stale rules.
 *
 * @example
 * ```ts
 * AT_LEAST_ONCE_SUBJECTS.ttp; //=> ["ttp.rule.reloaded.*", "ttp.rule.state.*"]
 * ```
 * @category NATS
 * @public
 */
export const AT_LEAST_ONCE_SUBJECTS: { readonly [Family in AtLeastOnceFamily]: readonly string[] } =
  /* @__PURE__ */ Object.freeze({
    attacker: /* @__PURE__ */ Object.freeze(['attacker.session.ended']),
    email: /* @__PURE__ */ Object.freeze(['email.received']),
    canary: /* @__PURE__ */ Object.freeze(['canary.*.triggered']),
    ttp: /* @__PURE__ */ Object.freeze(['ttp.rule.reloaded.*', 'ttp.rule.state.*']),
  });

/**
 * A JetStream stream configuration, in the field names and units of the JetStream API (durations in
 * nanoseconds): assignable to what `@nats-io/jetstream`'s `streams.add()` takes.
 *
 * @example
 * ```ts
 * const config: EventStreamConfig = eventStreamConfig('email');
 * config.duplicate_window; //=> 120000000000 (two minutes)
 * ```
 * @category NATS
 * @public
 */
export interface EventStreamConfig {
  /** `DECNET_<FAMILY>` unless named otherwise. */
  name: string;
  /** What the stream holds, for operators. */
  description: string;
  /** The family's subjects, from {@link AT_LEAST_ONCE_SUBJECTS}. */
  subjects: string[];
  /** `limits`: every consumer reads every event, until it ages out; `interest` and `workqueue` on request. */
  retention: 'limits' | 'interest' | 'workqueue';
  /** `file`: events survive a server restart. */
  storage: 'file' | 'memory';
  /** `old`: a full stream drops its oldest events, never a new one. */
  discard: 'old' | 'new';
  /** How long `Nats-Msg-Id` values are remembered to drop duplicates, in nanoseconds. */
  duplicate_window: number;
  /** How long events are kept, in nanoseconds. */
  max_age: number;
  /** The largest message: DECNET's 1 MiB body, plus 4 KiB for headers. */
  max_msg_size: number;
  /** Copies on different servers: 1, or 3 in a cluster of three or more. */
  num_replicas: number;
}

/**
 * Options of {@link eventStreamConfig}.
 *
 * @example
 * ```ts
 * const options: EventStreamOptions = { replicas: 3, maxAgeMs: 86_400_000 };
 * ```
 * @category NATS
 * @public
 */
export interface EventStreamOptions {
  /** The stream name; default `DECNET_<FAMILY>`. */
  readonly name?: string;
  /** Copies of each event; default 1. */
  readonly replicas?: number;
  /** The deduplication window, in milliseconds; default 120,000 (two minutes, JetStream's own default). */
  readonly duplicateWindowMs?: number;
  /** How long events are kept, in milliseconds; default 604,800,000 (seven days). */
  readonly maxAgeMs?: number;
  /** Retention policy; default `limits`. */
  readonly retention?: EventStreamConfig['retention'];
  /** Storage; default `file`. */
  readonly storage?: EventStreamConfig['storage'];
}

const _NANOS_PER_MS = 1_000_000;

/**
 * The JetStream stream configuration for one family of at-least-once topics.
 *
 * @param family - `attacker`, `email`, `canary` or `ttp`.
 * @param options - the name, replicas, windows, retention and storage.
 * @returns a fresh configuration object (JetStream API field names, durations in nanoseconds).
 * @throws `TypeError` for an unknown family or a bad option.
 * @remarks
 * One stream per family, because a stream's subjects may not overlap another's and each family wants its own
 * limits. `limits` retention lets each service keep its own durable consumer and read every event; events age
 * out after seven days, enough to cover a consumer down over a weekend. Retries of {@link publishEvent} with
 * the same `id` are dropped within `duplicate_window` (the `Nats-Msg-Id` header); DECNET's UNIX bus gives
 * every event a new id, so only retries of the same publication are caught, never two publications of one fact.
 * @example
 * ```ts
 * // jsm: `await jetstreamManager(nc)` from '@nats-io/jetstream'
 * declare const jsm: { readonly streams: { add(config: EventStreamConfig): Promise<unknown> } };
 * await jsm.streams.add(eventStreamConfig('canary', { replicas: 3 }));
 * ```
 * @category NATS
 * @public
 */
export function eventStreamConfig(family: AtLeastOnceFamily, options: EventStreamOptions = {}): EventStreamConfig {
  const caller = 'eventStreamConfig';
  if (typeof family !== 'string' || !Object.hasOwn(AT_LEAST_ONCE_SUBJECTS, family)) {
    const shown = typeof family === 'string' ? _showValue(family) : _describeType(family);
    throw new TypeError(`${caller}(): argument "family" must be one of attacker, email, canary, ttp, got ${shown}`);
  }
  const name = options.name ?? `DECNET_${family.toUpperCase()}`;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/u.test(name)) {
    const shown = typeof name === 'string' ? _showValue(name) : _describeType(name);
    throw new TypeError(`${caller}(): option "name" must be 1 to 64 letters, digits, "_" or "-", got ${shown}`);
  }
  const subjects = AT_LEAST_ONCE_SUBJECTS[family];
  return {
    name,
    description: `DECNET events delivered at least once: ${subjects.join(', ')}`,
    subjects: [...subjects],
    retention: _oneOf(options.retention, ['limits', 'interest', 'workqueue'], caller, 'retention'),
    storage: _oneOf(options.storage, ['file', 'memory'], caller, 'storage'),
    discard: 'old',
    duplicate_window: _wholeOption(options.duplicateWindowMs, 120_000, caller, 'duplicateWindowMs') * _NANOS_PER_MS,
    max_age: _wholeOption(options.maxAgeMs, 604_800_000, caller, 'maxAgeMs') * _NANOS_PER_MS,
    max_msg_size: NATS_EVENT_LIMITS.maxBytes + 4_096,
    num_replicas: _wholeOption(options.replicas, 1, caller, 'replicas'),
  };
}

/** @internal One of a few words, the first being the default. */
function _oneOf<const Word extends string>(
  value: unknown,
  words: readonly [Word, ...Word[]],
  caller: string,
  option: string,
): Word {
  if (value === undefined) return words[0];
  if ((words as readonly unknown[]).includes(value)) return value as Word;
  const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
  throw new TypeError(`${caller}(): option "${option}" must be one of ${words.join(', ')}, got ${shown}`);
}
