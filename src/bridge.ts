/**
 * A bridge that carries DECNET's host-local bus onto NATS: every event the bus
 * delivers, forwarded byte for byte onto the NATS subject equal to its topic,
 * so that subscribers on other machines read it with `/nats`.
 *
 * Node only, as `/bus` is: it connects to the bus's UNIX socket. Bring your own
 * NATS connection from `@nats-io/transport-node` 3.3.x (an optional peer
 * dependency); `bus-topics bridge` is the same on the command line. Every
 * public name is listed here explicitly.
 *
 * @categoryDescription Bridge
 * Forwarding the bus onto NATS: the bridge, its options, its statistics and its errors.
 * @packageDocumentation
 * @module \@decnet/bus-topics/bridge
 */

export { bridgeBusToNats } from './bridge/bridge.js';
export type { BusNatsBridge } from './bridge/BusNatsBridge.js';
export type { BridgeBusToNatsOptions, BridgeInvalidPolicy } from './bridge/options.js';
export type { BridgeStats, BridgeLinkStats, BridgeUnroutable } from './bridge/stats.js';
export { BridgeError } from './bridge/BridgeError.js';
export type { BridgeErrorReason } from './bridge/BridgeError.js';
