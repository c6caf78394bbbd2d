/**
 * The envelopes of the two wire forms a consumer outside DECNET's host sees
 * (CONTRACT 5.3 and 3.5): a webhook POST body, and the `data:` of an SSE
 * message. The bus frame's envelope is in `envelope.ts`; the payloads are the
 * same rows for all three.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _parseRfc3339 } from '../internal/timestamps.js';
import { _anyObject } from './codecs.js';
import { _ID_FIELD, _TOPIC_FIELD, _VERSION_FIELD } from './envelope.js';
import type { _RowEvent } from './event-schemas.js';
import { _exactly } from './exactly.js';

/**
 * A webhook body's `ts`: the event time as RFC 3339 text, which DECNET writes
 * as Python's `isoformat()` does (`2026-04-24T00:00:00+00:00`, microseconds
 * when not zero). Parsing gives it back as epoch seconds, with the text kept.
 *
 * @internal
 */
export const _TIMESTAMP_TEXT_FIELD: z.ZodMiniString = z.string().check(
  z.refine((text: string) => _parseRfc3339(text) !== null, {
    message: 'an RFC 3339 timestamp, such as 2026-04-24T00:00:00+00:00',
  }),
);

/** A webhook body around a type and a payload schema (its keys arrive sorted; order does not matter here). @internal */
export function _webhookEventObject(type: z.ZodMiniType<string>, payload: z.ZodMiniType): _RowEvent {
  return z.looseObject({
    id: _ID_FIELD,
    payload,
    topic: _TOPIC_FIELD,
    ts: _TIMESTAMP_TEXT_FIELD,
    type,
    v: _VERSION_FIELD,
  });
}

/** SSE data around a type and a payload schema: no `v`, no `id`. @internal */
export function _sseEventObject(type: z.ZodMiniType<string>, payload: z.ZodMiniType): _RowEvent {
  return z.looseObject({ topic: _TOPIC_FIELD, type, ts: z.number(), payload });
}

/**
 * The body of a DECNET webhook delivery, as it arrives: keys sorted,
 * `ts` as RFC 3339 text.
 * @example
 * ```ts
 * declare const body: WebhookBody;
 * body.ts; // "2026-04-24T00:00:00+00:00"
 * ```
 * @category Wire forms
 * @public
 */
export interface WebhookBody {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
  /** The event's id: 32 hex digits, or a dashed uuid4 when the event had none. */
  id: string;
  payload: Record<string, unknown>;
  topic: string;
  /** The event time, as RFC 3339 text. */
  ts: string;
  type: string;
  v: 1;
}

/**
 * The envelope of a webhook body: `{id, payload, topic, ts, type, v}`, the
 * payload any object.
 *
 * `parseEvent` checks the payload against the topic too.
 * @example
 * ```ts
 * WebhookBodySchema.safeParse({ id: 'a'.repeat(32), payload: {}, topic: 'system.log', ts: '2026-04-24T00:00:00+00:00', type: 'log', v: 1 }).success; //=> true
 * ```
 * @category Wire forms
 * @public
 */
export const WebhookBodySchema: z.ZodMiniType<WebhookBody> = _exactly<WebhookBody>()(
  z.looseObject({
    id: _ID_FIELD,
    payload: _anyObject,
    topic: _TOPIC_FIELD,
    ts: _TIMESTAMP_TEXT_FIELD,
    type: z.string(),
    v: _VERSION_FIELD,
  }),
);

/**
 * The `data:` of a DECNET SSE message, decoded: `{topic, type, ts, payload}`.
 * @example
 * ```ts
 * declare const data: SseData;
 * data.ts; // epoch seconds
 * ```
 * @category Wire forms
 * @public
 */
export interface SseData {
  /** Keys a producer adds are kept. */
  [key: string]: unknown;
  topic: string;
  type: string;
  /** Epoch seconds, as a float. */
  ts: number;
  payload: Record<string, unknown>;
}

/**
 * The envelope of SSE data: `{topic, type, ts, payload}`, the payload any
 * object.
 *
 * `parseEvent` checks the payload against the topic too.
 * @example
 * ```ts
 * SseDataSchema.safeParse({ topic: 'system.log', type: 'log', ts: 1.5, payload: {} }).success; //=> true
 * ```
 * @category Wire forms
 * @public
 */
export const SseDataSchema: z.ZodMiniType<SseData> = _exactly<SseData>()(
  z.looseObject({ topic: _TOPIC_FIELD, type: z.string(), ts: z.number(), payload: _anyObject }),
);
