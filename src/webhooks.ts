/**
 * Receiving DECNET's webhook deliveries: signatures, typed parsing, adapters, deduplication and subscriptions.
 *
 * Verify the signature over the raw bytes, parse the event into its typed form, answer with the status DECNET
 * expects, recognise its test ping, deduplicate retried and overlapping deliveries; build deliveries as DECNET does
 * for tests and relays; and read simple-mode subscriptions. Built on `/schemas`, so zod is a peer dependency here
 * too. Every public name is listed here explicitly.
 *
 * @categoryDescription Receiving
 * Verifying and parsing one delivery, DECNET's test ping, and deduplicating retried or overlapping deliveries.
 * @categoryDescription Adapters
 * Ready-made receivers for a Fetch runtime (Deno, Bun, Workers, Next.js) and a Node server (http, Express).
 * @categoryDescription Building deliveries
 * The bytes and headers DECNET's client sends, for tests and relays.
 * @categoryDescription Subscriptions
 * Simple-mode presets, and what the bus does with the patterns a subscription stored.
 * @categoryDescription Errors
 * Why a delivery was refused, and the status to answer.
 * @packageDocumentation
 * @module \@decnet/bus-topics/webhooks
 */

// Verifying and parsing one delivery
export { verifyWebhookSignature } from './webhooks/signature.js';
export { parseWebhookDelivery } from './webhooks/parse-delivery.js';
export type { ParseWebhookDeliveryOptions, WebhookDeliveryInput, WebhookEvent } from './webhooks/parse-delivery.js';
export type { WebhookHeaders, WebhookHeaderLookup } from './webhooks/headers.js';
export { TEST_PING_TOPIC } from './webhooks/test-ping.js';
export type { WebhookTestPing } from './webhooks/test-ping.js';
export { WebhookError } from './errors/WebhookError.js';
export type { WebhookRejection, WebhookStatus, WebhookErrorDetails } from './errors/WebhookError.js';

// Duplicate deliveries
export { WebhookDeduplicator } from './webhooks/deduplicator.js';
export type { WebhookDeduplicatorOptions, WebhookClaim } from './webhooks/deduplicator.js';

// Building deliveries as DECNET's client does
export { createWebhookDelivery } from './webhooks/delivery.js';
export type { WebhookEventInput, WebhookDeliveryOptions, WebhookDelivery } from './webhooks/delivery.js';

// Subscriptions: simple mode and stored patterns
export { SIMPLE_EVENTS, expandSimpleEvents, mergePatterns } from './webhooks/simple-events.js';
export type { SimpleEvent, SimpleEventPattern, SimpleEventPatterns } from './webhooks/simple-events.js';
// The steps of `SimpleEventPatterns` and `mergePatterns`' type: internal, exported so the declarations resolve.
export type { _ExpandNames, _KeptPattern } from './webhooks/simple-events.js';
export { checkSubscriptionPatterns, SUBSCRIPTION_REPORT_LIMITS } from './webhooks/subscription-patterns.js';
export type {
  SubscriptionPatternReport,
  SubscriptionPatternEntry,
  SubscriptionPatternOverlap,
  SubscriptionPatternRelation,
} from './webhooks/subscription-patterns.js';

// Adapters: receive deliveries in a Fetch runtime (Deno, Bun, Workers, Next.js) or a Node server (http, Express)
export { createWebhookFetchHandler } from './webhooks/fetch-handler.js';
export { createWebhookNodeHandler } from './webhooks/node-handler.js';
export type { WebhookHandlerOptions, WebhookEventHandler } from './webhooks/receive.js';
// The request and response shapes the adapters read and write: internal, exported so the declarations resolve.
export type { _FetchRequest, _FetchBodyStream, _FetchResponse, _HostResponse } from './webhooks/fetch-handler.js';
export type { _NodeRequest, _NodeResponse } from './webhooks/node-handler.js';

// Types the declarations above are written in (also exported by /schemas and the root entry)
/** @category Errors */
export type { EventIssue } from './errors/EventValidationError.js';
/** @category Subscriptions */
export type { PatternRejection } from './errors/TopicPatternError.js';
/** @category Receiving */
export type { TopicTemplate } from './topics/template-types.js';
