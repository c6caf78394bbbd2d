/// <reference types="node" />
/**
 * The client of DECNET's host-local UNIX-socket bus: `connectBus` and the
 * {@link Bus} it returns.
 *
 * @packageDocumentation
 */
import { _stringArg } from '../internal/arguments.js';
import { _backoffOption } from './backoff.js';
import { _BusClient } from './bus-client.js';
import {
  _booleanOption,
  _invalidOption,
  _queueSizeOption,
  _signalOption,
  type BusPublishOptions,
  type BusSubscribeOptions,
  type ConnectBusOptions,
} from './options.js';
import { resolveBusSocketPath } from './socket-path.js';
import type { BusSubscription } from './subscription.js';
import type { BusDelivery, BusEventFor, BusPayloadFor } from './types.js';

/**
 * A connected client of DECNET's UNIX-socket bus.
 *
 * @typeParam Strict - `false` when the client was made with `strict: false`: events on topics outside the
 *   contract are then delivered too, as `UnknownEvent`s.
 * @remarks
 * One socket, re-opened after it is lost (with `HELLO` and a `SUB` per live
 * pattern). Delivery is at-most-once, as on DECNET's bus: events that arrive
 * while the connection is down are lost, a publish then rejects
 * (`not-connected`), and a connection never receives what it published.
 * @example
 * ```ts
 * declare const bus: Bus;
 * await bus.publish(topics.systemHealth('siem-bridge'), { worker: 'siem-bridge', ts: Date.now() / 1000 }, { type: 'health' });
 * ```
 * @category Bus
 * @public
 */
export interface Bus<Strict extends boolean = true> {
  /** The socket's path. */
  readonly path: string;
  /** The name sent with `HELLO`. */
  readonly name: string;
  /** Whether the socket is open now. */
  readonly connected: boolean;
  /** Whether `close()` was called (or the client closed itself, with `reconnect: false`). */
  readonly closed: boolean;
  /** How many errors were reported: protocol errors from the server, lost connections, failed reconnects. */
  readonly errors: number;
  /** How many times the connection was re-opened. */
  readonly reconnects: number;

  /**
   * Subscribes to a pattern; with `raw: true`, each delivery also carries the frame's body bytes.
   *
   * @param pattern - a pattern under the strict NATS rules, ASCII.
   * @param options - `raw: true`, and the subscription's own `queueSize`, `onInvalid` and `signal`.
   * @returns the subscription, registered before this returns.
   * @throws `TopicPatternError` for a pattern the strict rules refuse; `BusProtocolError` for one that is not ASCII
   *   or too long; `BusError` (`closed`) after `close()`.
   */
  subscribe<const Pattern extends string>(
    pattern: Pattern,
    options: BusSubscribeOptions & { readonly raw: true },
  ): BusSubscription<BusDelivery<BusEventFor<Pattern, Strict>>>;
  /**
   * Subscribes to a pattern: events whose topic it matches, checked against the contract and typed by it.
   *
   * @param pattern - a pattern under the strict NATS rules (`attacker.>`, `decky.*.state`), ASCII.
   * @param options - the subscription's own `queueSize`, `onInvalid` and `signal`.
   * @returns the subscription, registered before this returns; `SUB` is sent once per distinct pattern.
   * @throws `TopicPatternError` for a pattern the strict rules refuse; `BusProtocolError` for one that is not ASCII
   *   or too long; `BusError` (`closed`) after `close()`.
   * @remarks DECNET's own Python client sends `SUB` in a background task, so events published just after it
   *   subscribes can be missed (its tests sleep 50 ms). This client registers the subscription before returning,
   *   so nothing that reaches it afterwards is missed, and `ready` resolves once `SUB` is written to the socket.
   *   The protocol has no acknowledgement: the server reads the `SUB` before anything this connection sends
   *   later, and on a local socket before what other connections send after `ready`, but a connection the
   *   server has not accepted yet (just opened) is read after the ones it has.
   */
  subscribe<const Pattern extends string>(
    pattern: Pattern,
    options?: BusSubscribeOptions & { readonly raw?: false },
  ): BusSubscription<BusEventFor<Pattern, Strict>>;
  /**
   * Subscribes to a pattern, with `raw` known only at run time: each item is an event or a delivery.
   *
   * @param pattern - a pattern under the strict NATS rules, ASCII.
   * @param options - the subscription's options, `raw` among them.
   * @returns the subscription, registered before this returns.
   * @throws as the other forms do.
   */
  subscribe<const Pattern extends string>(
    pattern: Pattern,
    options: BusSubscribeOptions,
  ): BusSubscription<BusEventFor<Pattern, Strict> | BusDelivery<BusEventFor<Pattern, Strict>>>;

  /**
   * Publishes a payload on a topic, after checking it against the contract.
   *
   * @param topic - a concrete, well-formed, ASCII topic, e.g. from a builder.
   * @param payload - the payload; typed by the topic's templates.
   * @param options - the envelope `type`, and `validate: false` to skip the contract check.
   * @returns a promise that resolves once the frame is written to the socket.
   * @throws (rejects with) `EventValidationError` for a payload that fails the contract, or (strict) a topic
   *   outside it; `TopicSegmentError` for a malformed topic; `BusProtocolError` for a non-ASCII or oversized
   *   frame; `BusError` `not-connected` while reconnecting, `closed` after `close()`.
   */
  publish<const Topic extends string>(
    topic: Topic,
    payload: BusPayloadFor<Topic>,
    options?: BusPublishOptions,
  ): Promise<void>;

  /** Sends `BYE`, ends every subscription and closes the socket; idempotent. Resolves once the socket is closed. */
  close(): Promise<void>;
}

/**
 * What `strict` gives the {@link Bus}: `false` only when it may be `false`.
 *
 * @example
 * ```ts
 * type S = StrictOption<{ strict: false }>; // false
 * ```
 * @category Bus
 * @public
 */
export type StrictOption<Options extends ConnectBusOptions> = Options extends { readonly strict?: infer Strict }
  ? // `unknown` when there is no `strict` key at all: the default, true.
    unknown extends Strict
    ? true
    : Exclude<Strict, undefined> extends true
      ? true
      : Exclude<Strict, undefined> extends false
        ? undefined extends Strict
          ? boolean
          : false
        : boolean
  : true;

/**
 * Connects to DECNET's host-local UNIX-socket bus.
 *
 * @param options - where the socket is (`path`, else `DECNET_BUS_SOCKET` in `env`, else the defaults), the
 *   `HELLO` name, queue sizes, what to do with invalid events, `strict`, `signal`, `reconnect` and `onError`.
 * @returns the client, once the first connection is open and `HELLO` is written.
 * @throws (rejects with) `BusError`: `no-socket` when none is found, `connect-failed` when connecting fails (the
 *   first connection is not retried), `aborted` when `signal` aborts first; `BusProtocolError` for a name that is
 *   not ASCII or holds a line break; `TypeError` or `RangeError` for a malformed option.
 * @example
 * ```ts
 * const bus = await connectBus({ name: 'siem-bridge' });
 * for await (const event of bus.subscribe('attacker.>')) {
 *   if (event.template === 'attacker.scored') event.payload.event_count; // number
 * }
 * await bus.close();
 * ```
 * @category Bus
 * @public
 */
export async function connectBus<const Options extends ConnectBusOptions = { readonly strict?: true }>(
  options?: Options,
): Promise<Bus<StrictOption<Options>>> {
  const caller = 'connectBus()';
  const { name = `bus-topics[${process.pid}]`, onError, path, env } = options ?? {};
  if (onError !== undefined && typeof onError !== 'function') {
    throw new TypeError(`${caller}: option "onError" must be a function`);
  }
  const signal = _signalOption(options?.signal, caller);
  const client = new _BusClient({
    path: resolveBusSocketPath({ ...(path === undefined ? {} : { path }), ...(env === undefined ? {} : { env }) }),
    name: _stringArg(name, 'connectBus', 'options.name'),
    strict: _booleanOption(options?.strict, true, caller, 'strict'),
    queueSize: _queueSizeOption(options?.queueSize, 1024, caller),
    onInvalid: _invalidOption(options?.onInvalid, 'skip', caller),
    backoff: _backoffOption(options?.reconnect),
    onError,
  });
  await client._start(signal);
  // The client is typed loosely inside; the signature above is what callers see.
  return client as unknown as Bus<StrictOption<Options>>;
}
