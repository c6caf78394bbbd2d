/**
 * Receiving one DECNET webhook delivery: verify the signature over the raw
 * bytes before anything else, then decode, parse and check the event, and
 * cross-check the unsigned headers against the signed body.
 *
 * @packageDocumentation
 */
import { _strictUtf8Text } from '../internal/utf8.js';
import { WebhookError } from '../errors/WebhookError.js';
import { _describeType } from '../internal/escape.js';
import { safeParseEvent, type EventUnder } from '../schemas/parse.js';
import { _headerValues, type WebhookHeaders } from './headers.js';
import { _bodyBytes, _checkSignatureHeader, _macMatches, _secretList } from './signature.js';
import { _testPingOf, type WebhookTestPing } from './test-ping.js';

/**
 * Options of {@link parseWebhookDelivery}.
 * @example
 * ```ts
 * const options: ParseWebhookDeliveryOptions = { secret: ['new secret', 'old secret'], strict: true };
 * ```
 * @category Receiving
 * @public
 */
export interface ParseWebhookDeliveryOptions {
  /** The subscription's secret, or 1 to 16 secrets to accept (during a rotation: the new and the old). */
  readonly secret: string | readonly string[];
  /** Refuse events whose topic is outside the contract (`invalid-event`), instead of returning them as unknown. */
  readonly strict?: boolean;
  /** The largest body accepted, in bytes; larger is `body-too-large`, refused before any hashing. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * The greatest age of the event, in seconds, measured from the `ts` of the signed body: older is `stale`. Off
   * by default: `ts` is when the event happened, not when it was sent (DECNET retries for up to a minute), and
   * `X-DECNET-Timestamp`, the send time, is not signed, so it is never used.
   */
  readonly maxAgeSeconds?: number;
  /** The clock, in milliseconds since the epoch (for tests). Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * A delivery as a receiver holds it: the raw body, and the request headers.
 * @example
 * ```ts
 * declare const request: Request;
 * const delivery: WebhookDeliveryInput = { body: new Uint8Array(await request.arrayBuffer()), headers: request.headers };
 * ```
 * @category Receiving
 * @public
 */
export interface WebhookDeliveryInput {
  /** The body exactly as received: bytes, or text (encoded back to UTF-8, which is only safe if it was decoded losslessly). */
  readonly body: Uint8Array | ArrayBuffer | string;
  /** The request headers: a Fetch `Headers`, a plain record in any case, or Node's `IncomingHttpHeaders`. */
  readonly headers: WebhookHeaders;
}

/**
 * What {@link parseWebhookDelivery} returns under some options: the event,
 * in the webhook form, or DECNET's test ping.
 * @example
 * ```ts
 * type Received = WebhookEvent<{ secret: string; strict: true }>;
 * ```
 * @category Receiving
 * @public
 */
export type WebhookEvent<Options extends ParseWebhookDeliveryOptions = ParseWebhookDeliveryOptions> =
  | EventUnder<{ readonly strict: Options['strict'] extends true ? true : false; readonly form: 'webhook' }>
  | WebhookTestPing;

/** DECNET's own limit on a bus frame's body: no event it sends is larger. @internal */
export const _DEFAULT_MAX_BODY_BYTES = 1_048_576;

/**
 * Verifies and parses one DECNET webhook delivery.
 *
 * In order: the body's size (`body-too-large`, before any hashing); the
 * `X-DECNET-Signature` header (`missing-signature`, `malformed-signature`) and
 * the HMAC-SHA256 of the raw bytes under the secrets (`bad-signature`); strict
 * UTF-8 and JSON holding one object (`malformed-body`); `X-DECNET-Event-Id` and
 * `X-DECNET-Event-Topic`, where present, against the signed body
 * (`header-mismatch`); the webhook form and the contract (`invalid-event`, with
 * the issues), or DECNET's test ping; the event's age, from the signed `ts`
 * (`stale`, only with `maxAgeSeconds`).
 *
 * @param delivery - the raw body and the request headers.
 * @param options - the secret or secrets, and the limits.
 * @returns the event, typed and discriminated on `template` as `parseEvent` returns it (`form: 'webhook'`, `ts` in
 *   epoch seconds, `tsText` as sent), or DECNET's test ping (`template: 'test.ping'`), which a receiver
 *   acknowledges without treating it as a bus event.
 * @throws {@link WebhookError} for every refusal, with the reason and the HTTP status to answer; `TypeError` for
 *   arguments of the wrong type (a mistake in the calling code). Messages never hold a secret, and quote at most
 *   64 characters of any input, escaped.
 * @example
 * ```ts
 * declare const request: Request;
 * const event = await parseWebhookDelivery(
 *   { body: new Uint8Array(await request.arrayBuffer()), headers: request.headers },
 *   { secret: 'the subscription secret' },
 * );
 * if (event.template === 'attacker.session.ended') event.payload.commands;
 * ```
 * @category Receiving
 * @public
 */
export async function parseWebhookDelivery<const Options extends ParseWebhookDeliveryOptions>(
  delivery: WebhookDeliveryInput,
  options: Options,
): Promise<WebhookEvent<Options>> {
  const caller = 'parseWebhookDelivery';
  const limits = _limits(options, caller);
  const bytes = _boundedBody(_read(delivery, 'body', caller), limits.maxBodyBytes, caller);
  const headers = _read(delivery, 'headers', caller);
  const signatures = _headerValues(headers, 'x-decnet-signature');
  const mac = signatures.length > 1 ? 'malformed-signature' : _checkSignatureHeader(signatures[0]);
  if (!(mac instanceof Uint8Array)) throw new WebhookError({ reason: mac, received: signatures.join(', ') });
  if (!(await _macMatches(bytes, mac, limits.secrets))) throw new WebhookError({ reason: 'bad-signature' });
  // Signed by DECNET from here on: the body can be read.
  const body = _jsonObject(bytes);
  _crossCheck(headers, body);
  // The test ping too: its `ts` is when the button was pressed, so an old one is a replay like any other.
  const event = _testPingOf(body) ?? _contractEvent(body, limits.strict);
  if (limits.maxAgeSeconds !== undefined && limits.now() / 1000 - event.ts > limits.maxAgeSeconds) {
    throw new WebhookError({ reason: 'stale', received: event.tsText, limit: limits.maxAgeSeconds });
  }
  return event as WebhookEvent<Options>;
}

/** The event a signed body holds, checked against the contract in the webhook form, or `invalid-event`. @internal */
function _contractEvent(
  body: Record<string, unknown>,
  strict: boolean,
): EventUnder<{ strict: boolean; form: 'webhook' }> {
  const result = safeParseEvent(body, { strict, form: 'webhook' });
  if (!result.success) throw new WebhookError({ reason: 'invalid-event', issues: result.error.issues });
  return result.data;
}

/** The options, checked. @internal */
function _limits(options: ParseWebhookDeliveryOptions, caller: string) {
  // Typed for TypeScript callers; JavaScript ones can pass anything.
  if (typeof (options as unknown) !== 'object' || (options as unknown) === null) {
    throw new TypeError(
      `${caller}(): argument "options" must be an object with a secret, got ${_describeType(options)}`,
    );
  }
  const maxBodyBytes = options.maxBodyBytes ?? _DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError(`${caller}(): option "maxBodyBytes" must be a positive whole number`);
  }
  const { maxAgeSeconds } = options;
  if (maxAgeSeconds !== undefined && !(typeof maxAgeSeconds === 'number' && maxAgeSeconds > 0)) {
    throw new TypeError(`${caller}(): option "maxAgeSeconds" must be a positive number of seconds`);
  }
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw new TypeError(`${caller}(): option "now" must be a function`);
  return {
    secrets: _secretList(options.secret, caller),
    strict: options.strict === true,
    maxBodyBytes,
    maxAgeSeconds,
    now,
  };
}

/** A field of the delivery argument, or a TypeError. @internal */
function _read<Key extends keyof WebhookDeliveryInput>(
  delivery: WebhookDeliveryInput,
  key: Key,
  caller: string,
): WebhookDeliveryInput[Key] {
  if (typeof (delivery as unknown) !== 'object' || (delivery as unknown) === null) {
    throw new TypeError(`${caller}(): argument "delivery" must be { body, headers }, got ${_describeType(delivery)}`);
  }
  return delivery[key];
}

/** The body as bytes, refused before encoding or hashing when it is larger than the limit. @internal */
function _boundedBody(body: unknown, maxBodyBytes: number, caller: string): Uint8Array {
  // A string is at least one byte per UTF-16 code unit: too long a string is too large without encoding it.
  const length = typeof body === 'string' ? body.length : _byteLength(body);
  if (length > maxBodyBytes) throw new WebhookError({ reason: 'body-too-large', limit: maxBodyBytes });
  const bytes = _bodyBytes(body, caller);
  if (bytes.byteLength > maxBodyBytes) throw new WebhookError({ reason: 'body-too-large', limit: maxBodyBytes });
  return bytes;
}

/** A byte container's length without copying it; 0 for anything else (refused by `_bodyBytes` next). @internal */
function _byteLength(body: unknown): number {
  try {
    if (ArrayBuffer.isView(body)) return body.byteLength;
    return body instanceof ArrayBuffer ? body.byteLength : 0;
  } catch {
    // A Proxy's prototype trap may throw; `_bodyBytes` refuses such a body next.
    return 0;
  }
}

/** The signed body as one JSON object: strict UTF-8 (a BOM included is refused), then `JSON.parse`. @internal */
function _jsonObject(bytes: Uint8Array): Record<string, unknown> {
  const text = _strictUtf8Text(bytes);
  if (text === null) throw new WebhookError({ reason: 'malformed-body', received: 'bytes that are not UTF-8' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WebhookError({ reason: 'malformed-body', received: text });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WebhookError({ reason: 'malformed-body', received: text });
  }
  return value as Record<string, unknown>;
}

/** The unsigned headers that repeat the body must agree with it; absent ones are not required. @internal */
function _crossCheck(headers: unknown, body: Record<string, unknown>): void {
  for (const [header, key] of [
    ['X-DECNET-Event-Id', 'id'],
    ['X-DECNET-Event-Topic', 'topic'],
  ] as const) {
    const values = _headerValues(headers, header);
    if (values.length === 0) continue;
    if (values.length > 1 || values[0] !== body[key]) {
      throw new WebhookError({ reason: 'header-mismatch', header, received: values.join(', ') });
    }
  }
}
