/**
 * The webhook receiver for runtimes built on the Fetch API: Deno, Bun,
 * Cloudflare Workers, Next.js route handlers, Hono. A `Request` in, a
 * `Response` out; the types are written here, so the library needs no DOM
 * typings.
 *
 * @packageDocumentation
 */
import { WebhookError } from '../errors/WebhookError.js';
import {
  _answer,
  _BodyCollector,
  _checkAdapterArgs,
  _declaresTooMuch,
  _fail,
  _receive,
  _refuse,
  _tooLarge,
  type _WebhookAnswer,
  type WebhookEventHandler,
  type WebhookHandlerOptions,
} from './receive.js';

/**
 * The part of a Fetch `Request` the handler reads.
 * @example
 * ```ts
 * declare const request: Request;
 * const readable: _FetchRequest = request;
 * ```
 * @internal
 */
export interface _FetchRequest {
  readonly method: string;
  readonly headers: { get(name: string): string | null };
  readonly body?: _FetchBodyStream | null;
  readonly bodyUsed?: boolean;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/**
 * The part of a `ReadableStream` of bytes the handler reads.
 * @example
 * ```ts
 * declare const request: Request;
 * const stream: _FetchBodyStream | null = request.body;
 * ```
 * @internal
 */
export interface _FetchBodyStream {
  getReader(): {
    read(): Promise<{ readonly done: boolean; readonly value?: unknown }>;
    cancel(reason?: unknown): Promise<void>;
  };
}

/**
 * The part of a Fetch `Response` this library types without DOM typings.
 * @example
 * ```ts
 * const response: _FetchResponse = new Response(null, { status: 204 });
 * ```
 * @internal
 */
export interface _FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * The runtime's own `Response` type where the program declares one (the DOM
 * library, `@types/node`, Bun, Deno), so that a route handler type-checks as
 * its framework expects; {@link _FetchResponse} elsewhere.
 * @example
 * ```ts
 * const response: _HostResponse = new Response(null, { status: 204 });
 * ```
 * @internal
 */
export type _HostResponse = typeof globalThis extends { readonly Response: { readonly prototype: infer R } }
  ? R
  : _FetchResponse;

/** The host's `Response` constructor, typed locally. @internal */
interface _Host {
  readonly Response?: new (
    body: string | null,
    init: { readonly status: number; readonly headers: Readonly<Record<string, string>> },
  ) => _HostResponse;
}

const CALLER = 'createWebhookFetchHandler';

/**
 * Creates a Fetch API request handler (Deno, Bun, Workers, Next.js) that
 * receives DECNET's webhook deliveries.
 *
 * It reads the body within `maxBodyBytes`, verifies and parses it, calls
 * `handler` with each typed event once, and answers as DECNET expects.
 *
 * @remarks
 * Answers: 204 when the handler returned; 200 for DECNET's test ping and for
 * a duplicate (with a `deduplicator`), without calling the handler; 202 for a
 * signed event outside the contract (see {@link WebhookHandlerOptions});
 * 401, 400, 413 or 422 for a refused delivery, with `{"error": reason}`;
 * 405 with `Allow: POST` for any other method; 500 when the handler throws,
 * so that DECNET retries. A `Content-Length` above the limit is refused
 * before reading; otherwise the body is read chunk by chunk and reading stops
 * past the limit. The returned function never rejects.
 *
 * @param options - the secret, the limits, the hooks and the deduplicator.
 * @param handler - called with each verified event; may be async.
 * @returns `(request) => Promise<Response>`.
 * @throws `TypeError` at creation for a missing secret or an option of the wrong type; `Error` when the runtime
 *   has no global `Response`.
 * @example
 * ```ts
 * // app/api/decnet/route.ts (Next.js), or `export default { fetch: POST }` (Bun, Deno, Workers).
 * export const POST: (request: Request) => Promise<Response> = createWebhookFetchHandler(
 *   { secret: 'the subscription secret' },
 *   async (event) => {
 *     if (event.template === 'attacker.session.ended') event.payload.commands;
 *   },
 * );
 * ```
 * @category Adapters
 * @public
 */
export function createWebhookFetchHandler<const Options extends WebhookHandlerOptions>(
  options: Options,
  handler: WebhookEventHandler<Options>,
): (request: _FetchRequest) => Promise<_HostResponse> {
  const limit = _checkAdapterArgs(options, handler, CALLER);
  const Response = (globalThis as _Host).Response;
  if (Response === undefined) throw new Error(`${CALLER}(): this runtime has no global Response`);
  return async (request) => {
    let answer: _WebhookAnswer;
    try {
      answer = await _serve(request, options, handler, limit);
    } catch (error) {
      answer = _fail(error, options);
    }
    // A 204 must have a null body: `new Response('', { status: 204 })` throws.
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

/** Reads one request and receives it. @internal */
async function _serve<Options extends WebhookHandlerOptions>(
  request: _FetchRequest,
  options: Options,
  handler: WebhookEventHandler<Options>,
  limit: number,
): Promise<_WebhookAnswer> {
  if (request.method !== 'POST') {
    const answer = _answer(405, { error: 'method-not-allowed' });
    return { ...answer, headers: { ...answer.headers, Allow: 'POST' } };
  }
  const body = await _readBody(request, limit);
  if (body instanceof WebhookError) return _refuse(body, options);
  return _receive({ body, headers: request.headers }, options, handler);
}

/**
 * The body, read within the limit: refused on `Content-Length` before
 * reading, else read chunk by chunk and cancelled past the limit, so that at
 * most the limit and one chunk are held.
 *
 * @internal
 */
async function _readBody(request: _FetchRequest, limit: number): Promise<Uint8Array | WebhookError> {
  const stream = request.body;
  if (_declaresTooMuch(request.headers, limit)) {
    _cancel(stream);
    return _tooLarge(limit);
  }
  // Someone read it before: a mistake in the application, answered 500 through `onError`.
  if (request.bodyUsed === true) throw new Error(`${CALLER}(): the request body was already read`);
  if (stream === null || stream === undefined) {
    // No stream to count (a request-like object of another library): its size is checked once it is read.
    const buffer = request.arrayBuffer === undefined ? new ArrayBuffer(0) : await request.arrayBuffer();
    return buffer.byteLength > limit ? _tooLarge(limit) : new Uint8Array(buffer);
  }
  const reader = stream.getReader();
  const collected = new _BodyCollector(limit);
  for (;;) {
    let chunk: { readonly done: boolean; readonly value?: unknown };
    try {
      chunk = await reader.read();
    } catch {
      // The sender went away mid-body: nobody reads this answer.
      return new WebhookError({ reason: 'malformed-body' });
    }
    if (chunk.done) return collected.bytes();
    if (!collected.push(chunk.value)) {
      reader.cancel().catch(() => undefined);
      return _tooLarge(limit);
    }
  }
}

/** Cancels a body that will not be read; a stream that refuses changes nothing. @internal */
function _cancel(stream: _FetchBodyStream | null | undefined): void {
  try {
    stream
      ?.getReader()
      .cancel()
      .catch(() => undefined);
  } catch {
    // Locked or already read: nothing to release.
  }
}
