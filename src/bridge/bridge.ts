/// <reference types="node" />
/**
 * The bridge from DECNET's host-local UNIX-socket bus to NATS: `bridgeBusToNats`, which checks its options,
 * connects the bus when asked to, and starts the bridge.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { connectBus, type Bus } from '../bus/client.js';
import type { ConnectBusOptions } from '../bus/options.js';
import { _describeType } from '../internal/escape.js';
import { _signalOption } from '../nats/option-checks.js';
import { BridgeError } from './BridgeError.js';
import { _Bridge, type BusNatsBridge } from './BusNatsBridge.js';
import { _bridgeSettings, type BridgeBusToNatsOptions } from './options.js';

/**
 * Forwards events from DECNET's bus to NATS, as DECNET sent them: the `EVT` body bytes unchanged, on the subject
 * equal to the topic (after `subjectPrefix`), with the `id` and `ts` the bus stamped.
 *
 * @param options - the bus (options to connect with, or a client), the NATS connection, the patterns, the prefix,
 *   what to do with events that fail the contract, `msgId`, a `signal`, and the stats callback.
 * @returns the running bridge, once the bus is connected and subscribed to.
 * @throws (rejects with) `TypeError`, `RangeError` or `TopicPatternError` for a malformed option; a
 *   {@link BridgeError} (`nats-closed`) when the NATS connection is closed already; what `connectBus` rejects with.
 * @remarks
 * The bytes are never re-serialised: parsing decodes JSON-encoded fields and would reorder keys. Events that NATS
 * cannot carry (empty tokens, over 4,000 bytes, over the server's payload limit) are counted in `unroutable`.
 *
 * An event that fails the contract (or, under `strict`, has a topic outside it) is counted in `invalid` and
 * skipped, or with `onInvalid: 'forward'` forwarded in its place among the others. `validate: false` forwards
 * everything and counts nothing; it saves no time, as the bus client parses every event to deliver it.
 *
 * Several patterns share one bus subscription: the narrowest pattern covering them all (a pattern that covers the
 * others, their common literal prefix and `>`, or `>`), filtered with DECNET's `matches`. Each event is then
 * forwarded once, however many patterns select it, and in the order the bus sent it; the price is that the bus
 * sends events the filter then drops, which take room in the subscription's queue (`dropped`).
 *
 * Delivery is at most once on both sides: events the bus sends while the bridge's connection is down are lost, and
 * so may be those forwarded while NATS is reconnecting. With `msgId`, a JetStream stream drops copies of an id.
 * Both clients reconnect by themselves. Forwarding goes the one way only: going back would publish on the bus,
 * which stamps a fresh `id` and `ts` on every event, so copies could no longer be told apart.
 * @example
 * ```ts
 * import { connect, headers } from '@nats-io/transport-node';
 * const nc = await connect({ servers: 'nats://127.0.0.1:4222', maxReconnectAttempts: -1 });
 * const bridge = await bridgeBusToNats({ bus: { name: 'nats-bridge' }, nats: nc, patterns: ['attacker.>'], msgId: true, headers });
 * process.once('SIGTERM', () => void bridge.close().then(() => nc.drain()));
 * ```
 * @category Bridge
 * @public
 */
export async function bridgeBusToNats(options: BridgeBusToNatsOptions): Promise<BusNatsBridge> {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new TypeError(`bridgeBusToNats(): argument "options" must be an object, got ${_describeType(options)}`);
  }
  const settings = _bridgeSettings(options);
  const nc = _natsArg(options.nats);
  const signal = _signalOption(options.signal, 'bridgeBusToNats');
  if (nc.isClosed()) throw new BridgeError('nats-closed');
  const given = options.bus as unknown;
  if (_isBus(given)) return new _Bridge(nc, given, false, settings, signal);
  if (typeof given !== 'object' || given === null) {
    throw new TypeError(
      `bridgeBusToNats(): option "bus" must be connectBus options or a Bus, got ${_describeType(given)}`,
    );
  }
  const busOptions: ConnectBusOptions = {
    ...(given as ConnectBusOptions),
    // Without validation, events outside the contract are delivered like any other, not handed to onInvalid.
    ...(settings.validate ? {} : { strict: false }),
  };
  const bus = await connectBus(busOptions);
  try {
    return new _Bridge(nc, bus, true, settings, signal);
  } catch (error) {
    // Closed while connecting (its own signal): the client was the bridge's, so it goes too.
    await bus.close();
    throw error;
  }
}

/** @internal Whether a value is a bus client rather than options. */
function _isBus(value: unknown): value is Bus<boolean> {
  if (typeof value !== 'object' || value === null) return false;
  const { subscribe, close } = value as { readonly subscribe?: unknown; readonly close?: unknown };
  return typeof subscribe === 'function' && typeof close === 'function';
}

/** @internal The NATS connection, checked by its shape. */
function _natsArg(value: unknown): NatsConnection {
  const nc = value as Partial<Record<'publish' | 'isClosed' | 'status' | 'closed', unknown>> | null;
  const shaped = typeof nc === 'object' && nc !== null;
  if (shaped && [nc.publish, nc.isClosed, nc.status, nc.closed].every((method) => typeof method === 'function')) {
    return value as NatsConnection;
  }
  throw new TypeError(
    `bridgeBusToNats(): option "nats" must be a NatsConnection from @nats-io/transport-node, got ${_describeType(value)}`,
  );
}
