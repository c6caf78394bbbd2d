/**
 * Typed publish and subscribe of DECNET events over NATS: the same envelope and contract as DECNET's own bus, on a
 * NATS connection you bring.
 *
 * Runs on any runtime NATS.js 3 runs on. Bring your own `NatsConnection` from `@nats-io/transport-node` 3.3.x (or
 * another NATS.js 3 transport), an optional peer dependency: this entry imports its types only, never its code,
 * and no JetStream code either (`consumeEvents` reads any iterable of messages shaped like JetStream's, and
 * `eventStreamConfig` is plain data). Events are checked against the contract with `/schemas`, so zod is a peer
 * dependency here too. Every public name is listed here explicitly.
 *
 * @categoryDescription NATS
 * Publishing and subscribing to events on NATS, JetStream streams and consumers for the topics delivered at least
 * once, which topics can be NATS subjects, and the errors.
 * @categoryDescription Parsing
 * The event types a subscription yields, from `/schemas`.
 * @categoryDescription Registry
 * The type-level lookups of the contract the signatures are written in, from `/schemas`.
 * @categoryDescription Errors
 * What a refused event carries, from `/schemas`.
 * @packageDocumentation
 * @module \@decnet/bus-topics/nats
 */

// Subscribing: at most once, as on DECNET's bus
export { subscribeEvents } from './nats/subscribe-events.js';
export type { SubscribeEventsOptions, SubscribedEvent } from './nats/subscribe-events.js';
export type { EventSubscription } from './nats/event-subscription.js';
export type { InvalidEventPolicy } from './nats/invalid-policy.js';
export type { AbortSignalLike } from './nats/option-checks.js';

// Publishing: DECNET's envelope, or bytes forwarded as they are
export { publishEvent } from './nats/publish-event.js';
export type { PublishVariant, PublishPayload, PublishedEvent, PublishEventOptions } from './nats/publish-event.js';
export { forwardEventBytes } from './nats/forward-event-bytes.js';
export type { ForwardEventBytesOptions } from './nats/forward-event-bytes.js';
export type { NatsHeadersInput } from './nats/headers.js';

// JetStream: streams and consumers for the topics delivered at least once
export { eventStreamConfig, AT_LEAST_ONCE_SUBJECTS } from './nats/stream-config.js';
export type { AtLeastOnceFamily, EventStreamConfig, EventStreamOptions } from './nats/stream-config.js';
export { consumeEvents } from './nats/consume-events.js';
export type {
  JetStreamMessageLike,
  ConsumeEventsOptions,
  ConsumedEvent,
  EventConsumer,
} from './nats/consume-events.js';

// Subjects and bounds
export { isNatsSubject } from './nats/subject-rules.js';
export { NATS_EVENT_LIMITS } from './nats/limits.js';

// Errors
export { NatsEventError } from './nats/NatsEventError.js';
export type { NatsEventRejection, NatsSubjectFault, NatsEventErrorDetails } from './nats/NatsEventError.js';

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
export type { EventIssue } from './errors/EventValidationError.js';
