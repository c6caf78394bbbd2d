/**
 * The three wire forms DECNET's events reach a consumer in, and the event
 * schemas of each: the bus frame (`EVENT_SCHEMAS`), a webhook body and SSE
 * data, built from the same payload table. The two other forms are built on
 * first use, so an application that never sees them never pays for them.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import type { TopicTemplate } from '../topics/template-types.js';
import { BusEventSchema } from './envelope.js';
import { _eventSchemasWith, type _AnyRow } from './event-schemas.js';
import { _PAYLOADS, EVENT_SCHEMAS } from './registry.js';
import { _rowsByType } from './rows-by-type.js';
import { _sseEventObject, _webhookEventObject, SseDataSchema, WebhookBodySchema } from './wire-envelopes.js';

/**
 * Where a DECNET event was read from: `bus`, `webhook` or `sse`.
 *
 * `bus` is a bus frame or NATS message (`{v, id, topic, type, ts, payload}`,
 * `ts` in epoch seconds); `webhook`, the body of a webhook POST (the same keys,
 * sorted, `ts` as RFC 3339 text); `sse`, the `data:` of an SSE message
 * (`{topic, type, ts, payload}`).
 * @example
 * ```ts
 * const form: WireForm = 'webhook';
 * ```
 * @category Wire forms
 * @public
 */
export type WireForm = 'bus' | 'webhook' | 'sse';

/**
 * Every {@link WireForm}, in the order above.
 * @example
 * ```ts
 * WIRE_FORMS; //=> ["bus", "webhook", "sse"]
 * ```
 * @category Wire forms
 * @public
 */
export const WIRE_FORMS: readonly ['bus', 'webhook', 'sse'] = /* @__PURE__ */ Object.freeze([
  'bus',
  'webhook',
  'sse',
] as const);

/** The event schemas of the webhook and SSE forms, once built. @internal */
const _built = new Map<WireForm, Readonly<Record<string, z.ZodMiniType>>>();

/** The event schemas of a form, by template. @internal */
function _schemasOf(form: WireForm): Readonly<Record<string, z.ZodMiniType>> {
  if (form === 'bus') return EVENT_SCHEMAS;
  let schemas = _built.get(form);
  if (schemas === undefined) {
    const rows = _PAYLOADS as unknown as Readonly<Record<string, readonly [_AnyRow, ..._AnyRow[]]>>;
    schemas = _eventSchemasWith(form === 'webhook' ? _webhookEventObject : _sseEventObject, rows, _rowsByType);
    _built.set(form, schemas);
  }
  return schemas;
}

/**
 * The whole-event schema of a template in a wire form.
 *
 * @internal
 */
export function _eventSchemaIn(form: WireForm, template: TopicTemplate): z.ZodMiniType {
  return form === 'bus' ? EVENT_SCHEMAS[template] : (_schemasOf(form)[template] as z.ZodMiniType);
}

/**
 * The envelope-only schema of a wire form, for topics outside the contract.
 *
 * @internal
 */
export function _envelopeIn(form: WireForm): z.ZodMiniType {
  if (form === 'bus') return BusEventSchema;
  return form === 'webhook' ? WebhookBodySchema : SseDataSchema;
}

/**
 * The form an envelope is in, from its shape: a `ts` that is text makes a
 * webhook body; a `v` or an `id` key makes a bus event; anything else is SSE
 * data. Reads only those three keys; an accessor or Proxy trap that throws
 * throws out of here (the dispatch catches it).
 *
 * @internal
 */
export function _formOf(envelope: object): WireForm {
  if (typeof (envelope as { readonly ts?: unknown }).ts === 'string') return 'webhook';
  return 'v' in envelope || 'id' in envelope ? 'bus' : 'sse';
}
