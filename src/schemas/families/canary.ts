/**
 * `canary.*`: canary tokens planted on deckies, triggered by attackers, and
 * revoked (CONTRACT 3.4, canary). Every canary event has the empty `type`.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _nullableString } from '../codecs.js';
import type { BusEventSchemaOf, BusEventSchemas } from '../envelope.js';
import { _busEventSchemas } from '../event-schemas.js';
import { _exactly } from '../exactly.js';
import type { PayloadTable, TypedPayload } from '../typed-payload.js';

/**
 * Where a canary token was planted: the fields that `canary.{token_id}.placed`
 * and the planter's `canary.{token_id}.revoked` share.
 * @example
 * ```ts
 * declare const placement: CanaryPlacement;
 * placement.placement_path; // string
 * ```
 * @category canary
 * @public
 */
export interface CanaryPlacement {
  /** The canary token's UUID, as in the topic. */
  token_id: string;
  /** The decky the token was planted on. */
  decky_name: string;
  /** Where on the decky, such as `/etc/passwd.bak`. */
  placement_path: string;
}

/**
 * Payload of `canary.{token_id}.placed`: where the token was planted and what
 * made it (exactly one of `instrumenter` and `generator` is set).
 * @example
 * ```ts
 * declare const payload: CanaryPlacedPayload;
 * payload.generator; // string | null
 * ```
 * @category canary
 * @public
 */
export interface CanaryPlacedPayload extends CanaryPlacement {
  /** The instrumenter that made the token; null when a generator did. */
  instrumenter: string | null;
  /** The generator that made the token (`aws_keys`, ...); null when an instrumenter did. */
  generator: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CanaryPlacedPayload}.
 * @example
 * ```ts
 * CanaryPlacedPayloadSchema.parse({ token_id: 't-1', decky_name: 'web-1', placement_path: '/etc/passwd.bak', instrumenter: null, generator: 'aws_keys' });
 * ```
 * @category canary
 * @public
 */
export const CanaryPlacedPayloadSchema: z.ZodMiniType<CanaryPlacedPayload> = _exactly<CanaryPlacedPayload>()(
  z.looseObject({
    token_id: z.string(),
    decky_name: z.string(),
    placement_path: z.string(),
    instrumenter: _nullableString,
    generator: _nullableString,
  }),
);

/**
 * Payload of `canary.{token_id}.triggered`: an HTTP hit (user agent and path
 * set, `dns_qname` null) or a DNS hit (the reverse).
 * @example
 * ```ts
 * declare const payload: CanaryTriggeredPayload;
 * payload.dns_qname; // string | null
 * ```
 * @category canary
 * @public
 */
export interface CanaryTriggeredPayload {
  /** The canary token's UUID, as in the topic. */
  token_id: string;
  /** The hit's id. */
  trigger_id: string;
  /** The decky the token was planted on. */
  decky_name: string;
  /** The IP address of the hit: the HTTP client (leftmost `X-Forwarded-For` if set) or the DNS querier. */
  src_ip: string;
  /** Set for an HTTP hit; null for a DNS hit. */
  user_agent: string | null;
  /** Set for an HTTP hit; null for a DNS hit. */
  request_path: string | null;
  /** Set for a DNS hit; null for an HTTP hit. */
  dns_qname: string | null;
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * The schema of {@link CanaryTriggeredPayload}.
 * @example
 * ```ts
 * CanaryTriggeredPayloadSchema.parse({ token_id: 't-1', trigger_id: 'h-9', decky_name: 'web-1', src_ip: '203.0.113.7', user_agent: 'curl/8', request_path: '/c/abc', dns_qname: null });
 * ```
 * @category canary
 * @public
 */
export const CanaryTriggeredPayloadSchema: z.ZodMiniType<CanaryTriggeredPayload> = _exactly<CanaryTriggeredPayload>()(
  z.looseObject({
    token_id: z.string(),
    trigger_id: z.string(),
    decky_name: z.string(),
    src_ip: z.string(),
    user_agent: _nullableString,
    request_path: _nullableString,
    dns_qname: _nullableString,
  }),
);

/**
 * Payload of `canary.{token_id}.revoked` as the worker sends it: the token was
 * deregistered after a fingerprint was collected.
 * @example
 * ```ts
 * declare const payload: CanaryRevokedByWorkerPayload;
 * payload.reason; // "fingerprint_collected"
 * ```
 * @category canary
 * @public
 */
export interface CanaryRevokedByWorkerPayload {
  /** The canary token's UUID, as in the topic. */
  token_id: string;
  /** The hit whose fingerprint was collected. */
  trigger_id: string;
  /** Why the token was deregistered: always `fingerprint_collected`. */
  reason: 'fingerprint_collected';
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `canary.{token_id}.revoked` as the planter sends it: the token
 * was revoked where it had been planted.
 * @example
 * ```ts
 * declare const payload: CanaryRevokedByPlanterPayload;
 * payload.decky_name; // string
 * ```
 * @category canary
 * @public
 */
export interface CanaryRevokedByPlanterPayload extends CanaryPlacement {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
}

/**
 * Payload of `canary.{token_id}.revoked`, in one of its two shapes.
 *
 * The token was revoked by the planter (`decky_name`, `placement_path`), or
 * deregistered by the worker after a fingerprint was collected (`trigger_id`,
 * `reason`).
 * @example
 * ```ts
 * declare const payload: CanaryRevokedPayload;
 * if ('reason' in payload) payload.trigger_id; // string
 * ```
 * @category canary
 * @public
 */
export type CanaryRevokedPayload = CanaryRevokedByWorkerPayload | CanaryRevokedByPlanterPayload;

/**
 * The schema of {@link CanaryRevokedPayload}.
 * @example
 * ```ts
 * CanaryRevokedPayloadSchema.parse({ token_id: 't-1', trigger_id: 'h-9', reason: 'fingerprint_collected' });
 * ```
 * @category canary
 * @public
 */
export const CanaryRevokedPayloadSchema: z.ZodMiniType<CanaryRevokedPayload> = _exactly<CanaryRevokedPayload>()(
  z.union([
    z.looseObject({ token_id: z.string(), trigger_id: z.string(), reason: z.literal('fingerprint_collected') }),
    z.looseObject({ token_id: z.string(), decky_name: z.string(), placement_path: z.string() }),
  ]),
);

/**
 * The payloads of `canary.*` by template, each with the envelope `type` it is
 * published with (always the empty one).
 * @example
 * ```ts
 * type Revoked = CanaryPayloads['canary.{token_id}.revoked']['payload']; // CanaryRevokedPayload
 * ```
 * @category canary
 * @public
 */
export interface CanaryPayloads {
  'canary.{token_id}.placed': TypedPayload<'', CanaryPlacedPayload>;
  'canary.{token_id}.triggered': TypedPayload<'', CanaryTriggeredPayload>;
  'canary.{token_id}.revoked': TypedPayload<'', CanaryRevokedPayload>;
}

/** The family's payload schemas by template and envelope type, for the registry. @internal */
export const _CANARY_PAYLOADS: PayloadTable<CanaryPayloads> = {
  'canary.{token_id}.placed': [{ types: [''], schema: CanaryPlacedPayloadSchema }],
  'canary.{token_id}.triggered': [{ types: [''], schema: CanaryTriggeredPayloadSchema }],
  'canary.{token_id}.revoked': [{ types: [''], schema: CanaryRevokedPayloadSchema }],
};

/** The family's bus-event schemas by template, built from its payload table. @internal */
export const _CANARY_EVENTS: BusEventSchemas<CanaryPayloads> = _busEventSchemas(_CANARY_PAYLOADS);

/**
 * A whole `canary.{token_id}.placed` event.
 * @example
 * ```ts
 * CanaryPlacedEventSchema.safeParse(input);
 * ```
 * @category canary
 * @public
 */
export const CanaryPlacedEventSchema: BusEventSchemaOf<CanaryPayloads['canary.{token_id}.placed']> =
  _CANARY_EVENTS['canary.{token_id}.placed'];
/**
 * A whole `canary.{token_id}.triggered` event.
 * @example
 * ```ts
 * CanaryTriggeredEventSchema.safeParse(input);
 * ```
 * @category canary
 * @public
 */
export const CanaryTriggeredEventSchema: BusEventSchemaOf<CanaryPayloads['canary.{token_id}.triggered']> =
  _CANARY_EVENTS['canary.{token_id}.triggered'];
/**
 * A whole `canary.{token_id}.revoked` event.
 * @example
 * ```ts
 * CanaryRevokedEventSchema.safeParse(input);
 * ```
 * @category canary
 * @public
 */
export const CanaryRevokedEventSchema: BusEventSchemaOf<CanaryPayloads['canary.{token_id}.revoked']> =
  _CANARY_EVENTS['canary.{token_id}.revoked'];
