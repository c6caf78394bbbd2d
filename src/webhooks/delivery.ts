/**
 * The request DECNET's webhook client (`decnet/webhook/client.py`) sends for
 * an event: the signed body bytes and the headers, for tests of a receiver and
 * for anything that must deliver as DECNET does.
 *
 * @packageDocumentation
 */
import { _utf8Bytes } from '../internal/utf8.js';
import { _describeType, _showValue } from '../internal/escape.js';
import { _isoformatUtc } from '../internal/timestamps.js';
import { _canonicalJson } from './canonical-json.js';
import { _hmacSha256Hex, _secretArg, _webCrypto } from './signature.js';

/**
 * An event in bus form, as DECNET's webhook worker hands it to the client.
 *
 * @example
 * ```ts
 * const event: WebhookEventInput = { topic: 'attacker.observed', type: 'first_sighting', payload: { ip: '1.2.3.4' } };
 * ```
 * @category Building deliveries
 * @public
 */
export interface WebhookEventInput {
  /** The topic; it travels in the `X-DECNET-Event-Topic` header too, so it must be printable ASCII. */
  readonly topic: string;
  /** The event type; `""` when left out. */
  readonly type?: string;
  /** Epoch seconds (written as Python's `isoformat()` writes them), or a timestamp text passed on as it is. */
  readonly ts?: number | string;
  /** The event id; a fresh dashed UUID v4 when left out or empty. */
  readonly id?: string;
  /** The payload; `{}` when left out. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link createWebhookDelivery}.
 *
 * @example
 * ```ts
 * const options: WebhookDeliveryOptions = { now: Date.UTC(2026, 3, 24) };
 * ```
 * @category Building deliveries
 * @public
 */
export interface WebhookDeliveryOptions {
  /** The time of sending in epoch milliseconds, as `Date.now()` gives it (the default); for repeatable tests. */
  readonly now?: number;
}

/**
 * A delivery as DECNET sends it: the exact body bytes, which the signature
 * covers, and the headers (`Host` left to the HTTP client).
 *
 * @example
 * ```ts
 * const delivery: WebhookDelivery = { body: new Uint8Array(), headers: { 'Content-Type': 'application/json' } };
 * ```
 * @category Building deliveries
 * @public
 */
export interface WebhookDelivery {
  /** The UTF-8 body: `{"id":…,"payload":…,"topic":…,"ts":…,"type":…,"v":1}`, keys sorted at every depth. */
  body: Uint8Array;
  /** `Content-Type`, `User-Agent`, `X-DECNET-Signature`, `X-DECNET-Event-Id`, `X-DECNET-Event-Topic`, `X-DECNET-Timestamp`. */
  headers: Record<string, string>;
}

/** The body DECNET builds, before it is written. @internal */
interface _Envelope {
  readonly v: 1;
  readonly id: string;
  readonly ts: string;
  readonly topic: string;
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

const CALLER = 'createWebhookDelivery';

/**
 * Builds the body and headers DECNET's webhook client sends for an event,
 * byte for byte.
 *
 * The body is orjson's `OPT_SORT_KEYS` text of
 * `{v: 1, id, ts, topic, type, payload}`, signed with HMAC-SHA256 under
 * `secret`.
 *
 * @remarks
 * As DECNET's `build_payload`: `id` is the event's when it is a non-empty
 * string, else a fresh `crypto.randomUUID()`; a numeric `ts` is written as
 * `datetime.fromtimestamp(ts, tz=utc).isoformat()` writes it
 * (`2024-05-01T00:01:00.500000+00:00`), a non-empty string is passed on, and
 * no `ts` means now; `type` defaults to `""` and `payload` to `{}`.
 * `X-DECNET-Timestamp` is the whole seconds of `options.now`, which the
 * signature does not cover.
 *
 * JavaScript has one number type, so an integral number is written as a
 * Python `int` (`1`); a Python float `1.0` would be written `1.0` by DECNET.
 * See `_canonicalJson` for the rest of what cannot be told apart.
 *
 * @param event - the event in bus form.
 * @param secret - the subscription's secret (a non-empty string).
 * @param options - `now`, the time of sending in epoch milliseconds.
 * @returns the body bytes and the headers.
 * @throws TypeError (as a rejected promise) for a topic that is not a string of printable ASCII, an id that is
 *   not printable ASCII, a `type`, `ts` or `payload` of the wrong kind, a value in the payload orjson cannot
 *   write (a lone surrogate, an integer beyond 64 bits, a function, a class instance, nesting deeper than
 *   254), or a bad secret; RangeError for a numeric `ts` or `now` outside Python's years 1 to 9999.
 * @example
 * ```ts
 * const delivery = await createWebhookDelivery(
 *   { topic: 'attacker.observed', type: 'first_sighting', payload: { ip: '1.2.3.4' } },
 *   'the subscription secret',
 * );
 * delivery.headers['X-DECNET-Signature']; //=> "sha256=…" (64 lowercase hex digits)
 * ```
 * @category Building deliveries
 * @public
 */
export async function createWebhookDelivery(
  event: WebhookEventInput,
  secret: string,
  options?: WebhookDeliveryOptions,
): Promise<WebhookDelivery> {
  const key = _secretArg(secret, CALLER, 'argument "secret"');
  const now = _nowArg(options?.now);
  const envelope = _envelope(event, now);
  const body = _utf8Bytes(_canonicalJson(envelope, CALLER));
  const signature = await _hmacSha256Hex(body, key);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'decnet-webhook/1.0',
      'X-DECNET-Signature': `sha256=${signature}`,
      'X-DECNET-Event-Id': envelope.id,
      'X-DECNET-Event-Topic': envelope.topic,
      // Python's int(time.time()): truncated toward zero.
      'X-DECNET-Timestamp': String(Math.trunc(now / 1000)),
    },
  };
}

/** @internal The envelope DECNET's build_payload makes of an event. */
function _envelope(event: unknown, now: number): _Envelope {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new TypeError(`${CALLER}(): argument "event" must be an object, got ${_describeType(event)}`);
  }
  const { topic, type, ts, id, payload } = event as Readonly<Record<string, unknown>>;
  if (typeof topic !== 'string') {
    throw new TypeError(`${CALLER}(): "event.topic" must be a string, got ${_describeType(topic)}`);
  }
  return {
    v: 1,
    id: _headerSafe(typeof id === 'string' && id !== '' ? id : _webCrypto().randomUUID(), '"event.id"'),
    ts: _timestamp(ts, now),
    topic: _headerSafe(topic, '"event.topic"'),
    type: _type(type),
    payload: _payload(payload),
  };
}

/**
 * A value that also travels in a header: printable ASCII (U+0020 to U+007E).
 * DECNET's HTTP client (httpx) encodes header values as ASCII, and no HTTP
 * stack sends a line break in one.
 *
 * @internal
 */
function _headerSafe(value: string, name: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      throw new TypeError(
        `${CALLER}(): ${name} ${_showValue(value, i)} must be printable ASCII, as it travels in a header too`,
      );
    }
  }
  return value;
}

/** @internal The body's `ts`: a number as Python's isoformat, a non-empty string as it is, nothing as now. */
function _timestamp(ts: unknown, now: number): string {
  if (ts === undefined || ts === null || ts === '') return _isoformatUtc(now / 1000) as string;
  if (typeof ts === 'string') return ts;
  if (typeof ts !== 'number') {
    throw new TypeError(`${CALLER}(): "event.ts" must be epoch seconds or a string, got ${_describeType(ts)}`);
  }
  const text = _isoformatUtc(ts);
  if (text === null) {
    throw new RangeError(`${CALLER}(): "event.ts" ${ts} is not a time Python's datetime holds (years 1 to 9999)`);
  }
  return text;
}

/** @internal The body's `type`: the event's, or `""`. */
function _type(type: unknown): string {
  if (type === undefined || type === null) return '';
  if (typeof type !== 'string') {
    throw new TypeError(`${CALLER}(): "event.type" must be a string, got ${_describeType(type)}`);
  }
  return type;
}

/** @internal The body's `payload`: the event's object, or `{}`. */
function _payload(payload: unknown): Readonly<Record<string, unknown>> {
  if (payload === undefined || payload === null) return {};
  if (typeof payload !== 'object' || Array.isArray(payload)) {
    throw new TypeError(`${CALLER}(): "event.payload" must be an object, got ${_describeType(payload)}`);
  }
  return payload as Readonly<Record<string, unknown>>;
}

/** @internal The time of sending in epoch milliseconds: `options.now`, or the clock. */
function _nowArg(now: unknown): number {
  if (now === undefined) return Date.now();
  if (typeof now !== 'number') {
    throw new TypeError(`${CALLER}(): "options.now" must be epoch milliseconds, got ${_describeType(now)}`);
  }
  if (_isoformatUtc(now / 1000) === null) {
    throw new RangeError(`${CALLER}(): "options.now" ${now} is not a time Python's datetime holds (years 1 to 9999)`);
  }
  return now;
}
