/**
 * What both webhook adapters share: one delivery in, one answer out. The
 * adapters ({@link createWebhookFetchHandler}, {@link createWebhookNodeHandler})
 * only read the request and write the answer; every decision is taken here.
 *
 * @packageDocumentation
 */
import { _utf8Bytes } from '../internal/utf8.js';
import { WebhookError } from '../errors/WebhookError.js';
import { _describeType } from '../internal/escape.js';
import type { WebhookDeduplicator } from './deduplicator.js';
import { _headerValues } from './headers.js';
import {
  _DEFAULT_MAX_BODY_BYTES,
  parseWebhookDelivery,
  type ParseWebhookDeliveryOptions,
  type WebhookDeliveryInput,
  type WebhookEvent,
} from './parse-delivery.js';
import { _secretList } from './signature.js';
import { TEST_PING_TOPIC, type WebhookTestPing } from './test-ping.js';

/**
 * Options of {@link createWebhookFetchHandler} and {@link createWebhookNodeHandler}:
 * those of {@link parseWebhookDelivery}, plus what to do with what is not an
 * event to handle.
 *
 * @remarks
 * `invalidEvents` decides the answer to a delivery that is signed by DECNET
 * but does not meet the contract this library version knows (a new enum
 * value, a renamed field). `'acknowledge'`, the default, answers 202 and
 * calls `onInvalidEvent`: a 4xx would count as a failed delivery, and five in
 * a row make DECNET disable the subscription, so one contract drift would cut
 * off every later event, valid ones included. The signature already proved
 * the sender, so nothing unsafe is accepted; the event is only not handled,
 * and `onInvalidEvent` is where to notice it. `'refuse'` answers 422 (and
 * calls `onRefused`), for receivers that prefer DECNET to record the failure.
 *
 * Hooks are for logs and metrics: one that throws or rejects changes nothing.
 * @example
 * ```ts
 * const options: WebhookHandlerOptions = {
 *   secret: 'the subscription secret',
 *   deduplicator: new WebhookDeduplicator(),
 *   onRefused: (error) => error.reason, // "bad-signature", ...
 * };
 * ```
 * @category Adapters
 * @public
 */
export interface WebhookHandlerOptions extends ParseWebhookDeliveryOptions {
  /** A signed event outside the contract: `'acknowledge'` (202, the default) or `'refuse'` (422). See remarks. */
  readonly invalidEvents?: 'acknowledge' | 'refuse';
  /** Acknowledges (200) a delivery whose event id was handled or is being handled, without calling the handler. */
  readonly deduplicator?: WebhookDeduplicator;
  /** Called for DECNET's test ping, which is answered 200 and never reaches the handler. */
  readonly onTestPing?: (ping: WebhookTestPing) => void;
  /** Called for every refused delivery, with the error whose `status` was answered. */
  readonly onRefused?: (error: WebhookError) => void;
  /** Called for a signed event outside the contract that was acknowledged (202) under `invalidEvents: 'acknowledge'`. */
  readonly onInvalidEvent?: (error: WebhookError) => void;
  /** Called when the handler throws (with its event), or anything else fails (without): answered 500, DECNET retries. */
  readonly onError?: (error: unknown, event?: Exclude<WebhookEvent, WebhookTestPing>) => void;
}

/**
 * The function an adapter calls with each verified event: typed under the
 * options (`strict: true` leaves out unknown topics), never a test ping.
 *
 * What it returns is awaited; a throw or a rejection answers 500, so that
 * DECNET retries.
 *
 * @example
 * ```ts
 * const handler: WebhookEventHandler<{ secret: string; strict: true }> = async (event) => {
 *   if (event.template === 'decky.{decky_id}.state') event.payload.state; //=> "running" | "degraded" | ...
 * };
 * ```
 * @category Adapters
 * @public
 */
export type WebhookEventHandler<Options extends ParseWebhookDeliveryOptions = WebhookHandlerOptions> = (
  event: Exclude<WebhookEvent<Options>, WebhookTestPing>,
) => unknown;

/** What an adapter writes back: the status, the body (`""` for none), the headers. @internal */
export interface _WebhookAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Verifies, parses and handles one delivery, and says what to answer: never
 * rejects. Test ping 200; duplicate or in flight 200; handled 204; refused
 * with the error's status; invalid event 202 (or 422); failure 500.
 *
 * @internal
 */
export async function _receive<Options extends WebhookHandlerOptions>(
  delivery: WebhookDeliveryInput,
  options: Options,
  handler: WebhookEventHandler<Options>,
): Promise<_WebhookAnswer> {
  try {
    let event: WebhookEvent<Options>;
    try {
      event = await parseWebhookDelivery(delivery, options);
    } catch (error) {
      if (error instanceof WebhookError) return _refuse(error, options);
      throw error;
    }
    if (event.template === TEST_PING_TOPIC) {
      _notify(() => options.onTestPing?.(event));
      return _answer(200, { status: 'test-ping' });
    }
    return await _handle(event, options, handler);
  } catch (error) {
    return _fail(error, options);
  }
}

/** Claims the event's id, calls the handler, and records the outcome. @internal */
async function _handle(
  event: Exclude<WebhookEvent, WebhookTestPing>,
  options: WebhookHandlerOptions,
  handler: WebhookEventHandler,
): Promise<_WebhookAnswer> {
  const seen = options.deduplicator;
  const claim = seen === undefined ? 'new' : seen.begin(event.id);
  // A 2xx, or DECNET counts a failed delivery. In flight: if that delivery fails, DECNET retries it.
  if (claim !== 'new') return _answer(200, { status: claim });
  try {
    await handler(event);
  } catch (error) {
    seen?.abandon(event.id);
    return _fail(error, options, event);
  }
  seen?.complete(event.id);
  return _answer(204);
}

/**
 * The answer to a refused delivery: its status and reason, or 202 for a
 * signed event outside the contract under `invalidEvents: 'acknowledge'`.
 *
 * @internal
 */
export function _refuse(error: WebhookError, options: WebhookHandlerOptions): _WebhookAnswer {
  if (error.reason === 'invalid-event' && options.invalidEvents !== 'refuse') {
    _notify(() => options.onInvalidEvent?.(error));
    return _answer(202, { status: 'invalid-event' });
  }
  _notify(() => options.onRefused?.(error));
  return _answer(error.status, { error: error.reason });
}

/** The answer when the handler or anything else failed: 500, so that DECNET retries. @internal */
export function _fail(
  error: unknown,
  options: WebhookHandlerOptions,
  event?: Exclude<WebhookEvent, WebhookTestPing>,
): _WebhookAnswer {
  _notify(() => options.onError?.(error, event));
  return _answer(500, { error: event === undefined ? 'internal-error' : 'handler-failed' });
}

/** An answer with a small JSON body of fixed words, or none; never input, never a message. @internal */
export function _answer(status: number, body?: Readonly<Record<string, string>>): _WebhookAnswer {
  if (body === undefined) return { status, body: '', headers: {} };
  return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json; charset=utf-8' } };
}

/** Calls a hook; one that throws, or returns a promise that rejects, changes nothing. @internal */
export function _notify(call: () => unknown): void {
  try {
    Promise.resolve(call()).catch(() => undefined);
  } catch {
    // A hook is for logs and metrics: its failure must not change the answer.
  }
}

/**
 * Checks an adapter's arguments once, when it is created, so that a missing
 * secret fails at start-up rather than as a 500 on every delivery.
 * @returns the largest body to read, in bytes.
 * @internal
 */
export function _checkAdapterArgs(options: unknown, handler: unknown, caller: string): number {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${caller}(): argument "options" must be an object with a secret, got ${_describeType(options)}`,
    );
  }
  if (typeof handler !== 'function') {
    throw new TypeError(`${caller}(): argument "handler" must be a function, got ${_describeType(handler)}`);
  }
  const given = options as Readonly<Record<string, unknown>>;
  _secretList(given['secret'], caller);
  const limit = given['maxBodyBytes'] ?? _DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(limit) || (limit as number) < 1) {
    throw new TypeError(`${caller}(): option "maxBodyBytes" must be a positive whole number`);
  }
  const wrong = _wrongOption(given);
  if (wrong !== undefined) throw new TypeError(`${caller}(): option ${wrong}`);
  return limit as number;
}

/** The first of the adapter's own options that is of the wrong kind, said as a rule. @internal */
function _wrongOption(given: Readonly<Record<string, unknown>>): string | undefined {
  const { invalidEvents, deduplicator } = given;
  if (invalidEvents !== undefined && invalidEvents !== 'acknowledge' && invalidEvents !== 'refuse') {
    return '"invalidEvents" must be "acknowledge" or "refuse"';
  }
  const claims = deduplicator as Readonly<Record<string, unknown>> | undefined;
  if (claims !== undefined && !['begin', 'complete', 'abandon'].every((key) => typeof claims[key] === 'function')) {
    return '"deduplicator" must be a WebhookDeduplicator';
  }
  const hook = ['onTestPing', 'onRefused', 'onInvalidEvent', 'onError'].find(
    (name) => given[name] !== undefined && typeof given[name] !== 'function',
  );
  return hook === undefined ? undefined : `"${hook}" must be a function`;
}

/** Whether `Content-Length` says the body is over the limit; a missing or odd one says nothing. @internal */
export function _declaresTooMuch(headers: unknown, limit: number): boolean {
  const values = _headerValues(headers, 'content-length');
  return values.length === 1 && /^\d{1,16}$/u.test(values[0] as string) && Number(values[0]) > limit;
}

/** The refusal of a body larger than the limit. @internal */
export function _tooLarge(limit: number): WebhookError {
  return new WebhookError({ reason: 'body-too-large', limit });
}

/** A body read chunk by chunk, holding at most the limit: past it, everything is dropped. @internal */
export class _BodyCollector {
  readonly #limit: number;
  #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Adds a chunk (bytes, or text as UTF-8); `false`, and nothing kept, once the body passes the limit. */
  push(chunk: unknown): boolean {
    const bytes = typeof chunk === 'string' ? _utf8Bytes(chunk) : chunk;
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError(`the request body stream gave a chunk that is not bytes: ${_describeType(chunk)}`);
    }
    this.#size += bytes.byteLength;
    if (this.#size > this.#limit) {
      this.#chunks = [];
      return false;
    }
    this.#chunks.push(bytes);
    return true;
  }

  /** The chunks as one array. */
  bytes(): Uint8Array {
    const body = new Uint8Array(this.#size);
    let offset = 0;
    for (const chunk of this.#chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return body;
  }
}
