/**
 * A client of DECNET's host-local UNIX-socket bus: connect, subscribe and publish typed events, and the frame codec
 * underneath.
 *
 * Node only: the client opens a UNIX socket through `node:net` (nothing is opened on import). The frame codec
 * (`encodeBusFrame`, `BusFrameDecoder`) is plain bytes in, bytes out, and runs anywhere. Events are checked
 * against the contract with `/schemas`, so zod is a peer dependency here too. Delivery is at-most-once, as on
 * DECNET's bus. Every public name is listed here explicitly.
 *
 * @categoryDescription Bus
 * Connecting to the bus, subscribing and publishing, the frames of its protocol, and its errors.
 * @categoryDescription Parsing
 * The event types the client delivers, from `/schemas`.
 * @categoryDescription Registry
 * The type-level lookups of the contract the client's signatures are written in, from `/schemas`.
 * @categoryDescription Errors
 * What a refused event carries, from `/schemas`.
 * @packageDocumentation
 * @module \@decnet/bus-topics/bus
 */

// Connecting: the client and where its socket is
export { connectBus } from './bus/client.js';
export type { Bus, StrictOption } from './bus/client.js';
export { resolveBusSocketPath } from './bus/socket-path.js';
export type { BusSocketPathOptions } from './bus/socket-path.js';
export type { ConnectBusOptions, BusSubscribeOptions, BusPublishOptions } from './bus/options.js';
export type { BusReconnectOptions } from './bus/backoff.js';

// Subscribing and publishing: what a subscription delivers, and what publish takes
export type { BusSubscription } from './bus/subscription.js';
export type { BusEventFor, BusPayloadFor, BusDelivery, BusInvalidEvent, BusInvalidPolicy } from './bus/types.js';

// Frames of the bus protocol: bytes in, bytes out
export { encodeBusFrame, BUS_VERBS, BUS_MAX_HEADER_BYTES, BUS_MAX_BODY_BYTES } from './bus/frame.js';
export type { BusVerb, BusFrame } from './bus/frame.js';
export { BusFrameDecoder } from './bus/BusFrameDecoder.js';

// Errors
export { BusError } from './bus/BusError.js';
export type { BusErrorReason } from './bus/BusError.js';
export { BusProtocolError } from './bus/BusProtocolError.js';
export type { BusProtocolRejection, BusProtocolErrorDetails } from './bus/BusProtocolError.js';

// Types the declarations above are written in (also exported by /schemas, which documents them with the rest of the
// contract's types)
/** @category Parsing */
export type { EventFor, ParsedEvent, UnknownEvent, ParsedEventWith } from './schemas/types.js';
/** @category Parsing */
export type { WireForm } from './schemas/wire-forms.js';
/** @category Registry */
export type { EventOf, PayloadOf, TemplatesFor } from './schemas/types.js';
/** @category Registry */
export type { TypedPayload } from './schemas/typed-payload.js';
/** @category Registry */
export type { ContractPayloads } from './schemas/registry.js';
/** @category Registry */
export type { TopicTemplate } from './topics/template-types.js';
/** @category Errors */
export type { EventIssue, EventValidationDetails } from './errors/EventValidationError.js';
