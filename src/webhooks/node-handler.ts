/**
 * The webhook receiver for Node's `http`/`https` servers and Express-style
 * middleware: `(req, res)` in, the answer written to `res`. The request and
 * response are typed here by what is read of them, so the library needs no
 * Node typings.
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
 * The part of Node's `IncomingMessage` (or Express's `Request`) the handler
 * reads: the method, the headers, the body stream, and a `body` a
 * middleware may have set.
 * @example
 * ```ts
 * import type { IncomingMessage } from 'node:http';
 * declare const req: IncomingMessage;
 * const readable: _NodeRequest = req;
 * ```
 * @internal
 */
export interface _NodeRequest extends AsyncIterable<unknown> {
  readonly method?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Set by a body parser: bytes (`express.raw()`) or text are used; anything else is the raw-body pitfall. */
  readonly body?: unknown;
  readonly readableEnded?: boolean;
  /** Node's `Readable.iterator`: read without destroying the stream when reading stops early. */
  iterator?(options: { readonly destroyOnReturn: false }): AsyncIterable<unknown>;
  /** Discards what is left of the body, so that the connection can carry the answer and the next request. */
  resume?(): unknown;
}

/**
 * The part of Node's `ServerResponse` (or Express's `Response`) the handler writes.
 * @example
 * ```ts
 * import type { ServerResponse } from 'node:http';
 * declare const res: ServerResponse;
 * const writable: _NodeResponse = res;
 * ```
 * @internal
 */
export interface _NodeResponse {
  statusCode: number;
  readonly headersSent?: boolean;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

const CALLER = 'createWebhookNodeHandler';

/**
 * Creates a Node request listener (`node:http`, Express) that receives DECNET's
 * webhook deliveries.
 *
 * It reads the raw body within `maxBodyBytes`, verifies and parses it, calls
 * `handler` with each typed event once, and answers as DECNET expects.
 *
 * @remarks
 * Answers as {@link createWebhookFetchHandler} does: 204 handled; 200 test
 * ping or duplicate; 202 a signed event outside the contract; 401, 400, 413
 * or 422 refused; 405 for a method other than POST; 500 when the handler
 * throws. The body is read from the stream, and reading stops past the limit
 * (a `Content-Length` above it is refused before reading).
 *
 * With Express, the signature covers the raw bytes, so the handler needs
 * them: mount it with `express.raw({ type: 'application/json' })`, or before
 * `express.json()`. A body that another middleware already parsed into an
 * object is answered 500, with an `Error` saying so passed to `onError`.
 * The returned function never throws.
 *
 * @param options - the secret, the limits, the hooks and the deduplicator.
 * @param handler - called with each verified event; may be async.
 * @returns `(req, res) => void`, for `http.createServer` or `app.post(path, ...)`.
 * @throws `TypeError` at creation for a missing secret or an option of the wrong type.
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * const listener = createWebhookNodeHandler({ secret: 'the subscription secret' }, (event) => {
 *   if (event.template === 'decky.{decky_id}.state') event.payload.state;
 * });
 * createServer(listener).listen(8080);
 * // Express: app.post('/decnet', express.raw({ type: 'application/json' }), listener);
 * ```
 * @category Adapters
 * @public
 */
export function createWebhookNodeHandler<const Options extends WebhookHandlerOptions>(
  options: Options,
  handler: WebhookEventHandler<Options>,
): (req: _NodeRequest, res: _NodeResponse) => void {
  const limit = _checkAdapterArgs(options, handler, CALLER);
  return (req, res) => {
    _serve(req, options, handler, limit)
      .catch((error: unknown) => _fail(error, options))
      .then((answer) => {
        _write(res, answer);
        // Whatever was not read is discarded, so that the client can finish sending and read the answer.
        if (req.readableEnded !== true) req.resume?.();
      })
      .catch(() => undefined);
  };
}

/** Reads one request and receives it. @internal */
async function _serve<Options extends WebhookHandlerOptions>(
  req: _NodeRequest,
  options: Options,
  handler: WebhookEventHandler<Options>,
  limit: number,
): Promise<_WebhookAnswer> {
  if (req.method !== 'POST') {
    const answer = _answer(405, { error: 'method-not-allowed' });
    return { ...answer, headers: { ...answer.headers, Allow: 'POST' } };
  }
  const body = _parsedBody(req) ?? (await _readBody(req, limit));
  if (body instanceof WebhookError) return _refuse(body, options);
  return _receive({ body, headers: req.headers }, options, handler);
}

/**
 * The body a middleware already read: bytes or text are used as they are;
 * `undefined` when the stream is still to be read. Throws when the raw bytes
 * are gone (parsed into an object, or read and dropped).
 *
 * @internal
 */
function _parsedBody(req: _NodeRequest): Uint8Array | string | undefined {
  const { body } = req;
  if (body instanceof Uint8Array || typeof body === 'string') return body;
  // Express 4's body parsers leave `{}` on requests they skip, with the stream unread: it is read then.
  if (req.readableEnded !== true) return undefined;
  const what =
    body === undefined || body === null
      ? 'the request stream was already read by another middleware, and req.body holds no bytes'
      : 'req.body was already parsed by another middleware (express.json() or the like)';
  throw new Error(
    `${CALLER}(): ${what}, so the raw bytes DECNET signed are gone. Mount the handler with express.raw({ type: 'application/json' }), or before express.json(): the signature covers the raw bytes, and re-serialised JSON never matches`,
  );
}

/** The body from the stream, stopping past the limit (and refusing on `Content-Length` before reading). @internal */
async function _readBody(req: _NodeRequest, limit: number): Promise<Uint8Array | WebhookError> {
  if (_declaresTooMuch(req.headers, limit)) return _tooLarge(limit);
  // Leaving a plain `for await` destroys the stream, and with it the socket the answer must go out on.
  const chunks = typeof req.iterator === 'function' ? req.iterator({ destroyOnReturn: false }) : req;
  const collected = new _BodyCollector(limit);
  try {
    for await (const chunk of chunks) if (!collected.push(chunk)) return _tooLarge(limit);
  } catch (error) {
    if (error instanceof TypeError) throw error;
    // The sender went away mid-body: nobody reads this answer.
    return new WebhookError({ reason: 'malformed-body' });
  }
  return collected.bytes();
}

/** Writes the answer, unless something else already did. @internal */
function _write(res: _NodeResponse, answer: _WebhookAnswer): void {
  if (res.headersSent === true) return;
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body);
}
