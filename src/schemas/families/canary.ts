/**
 * `canary.*`: canary tokens planted on deckies, triggered by attackers, and
 * revoked (CONTRACT 3.4, canary). Every canary event has the empty `type`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString } from '../codecs.js';
import { _eventSchema } from '../envelope.js';

/**
 * Payload of `canary.{token_id}.placed`: where the token was planted and what
 * made it (exactly one of `instrumenter` and `generator` is set).
 * @example
 * ```ts
 * CanaryPlacedPayloadSchema.parse({ token_id: 't-1', decky_name: 'web-1', placement_path: '/etc/passwd.bak', instrumenter: null, generator: 'aws_keys' });
 * ```
 * @public
 */
export const CanaryPlacedPayloadSchema = z.looseObject({
  token_id: z.string(),
  decky_name: z.string(),
  placement_path: z.string(),
  instrumenter: _nullableString,
  generator: _nullableString,
});

/**
 * Payload of `canary.{token_id}.triggered`: an HTTP hit (user agent and path
 * set, `dns_qname` null) or a DNS hit (the reverse).
 * @example
 * ```ts
 * CanaryTriggeredPayloadSchema.parse({ token_id: 't-1', trigger_id: 'h-9', decky_name: 'web-1', src_ip: '203.0.113.7', user_agent: 'curl/8', request_path: '/c/abc', dns_qname: null });
 * ```
 * @public
 */
export const CanaryTriggeredPayloadSchema = z.looseObject({
  token_id: z.string(),
  trigger_id: z.string(),
  decky_name: z.string(),
  src_ip: z.string(),
  user_agent: _nullableString,
  request_path: _nullableString,
  dns_qname: _nullableString,
});

/**
 * Payload of `canary.{token_id}.revoked`, in one of its two shapes: revoked by
 * the planter (`decky_name`, `placement_path`), or deregistered by the worker
 * after a fingerprint was collected (`trigger_id`, `reason`).
 * @example
 * ```ts
 * CanaryRevokedPayloadSchema.parse({ token_id: 't-1', trigger_id: 'h-9', reason: 'fingerprint_collected' });
 * ```
 * @public
 */
export const CanaryRevokedPayloadSchema = z.union([
  z.looseObject({ token_id: z.string(), trigger_id: z.string(), reason: z.literal('fingerprint_collected') }),
  z.looseObject({ token_id: z.string(), decky_name: z.string(), placement_path: z.string() }),
]);

/**
 * A whole `canary.{token_id}.placed` event.
 * @example
 * ```ts
 * CanaryPlacedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CanaryPlacedEventSchema = _eventSchema(z.literal(''), CanaryPlacedPayloadSchema);
/**
 * A whole `canary.{token_id}.triggered` event.
 * @example
 * ```ts
 * CanaryTriggeredEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CanaryTriggeredEventSchema = _eventSchema(z.literal(''), CanaryTriggeredPayloadSchema);
/**
 * A whole `canary.{token_id}.revoked` event.
 * @example
 * ```ts
 * CanaryRevokedEventSchema.safeParse(input);
 * ```
 * @public
 */
export const CanaryRevokedEventSchema = _eventSchema(z.literal(''), CanaryRevokedPayloadSchema);

/** The family's event schemas by catalogue template, for the registry. @internal */
export const _CANARY_EVENTS = {
  'canary.{token_id}.placed': CanaryPlacedEventSchema,
  'canary.{token_id}.triggered': CanaryTriggeredEventSchema,
  'canary.{token_id}.revoked': CanaryRevokedEventSchema,
} as const;
