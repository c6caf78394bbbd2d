import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebhookDeduplicator } from '../../src/webhooks/deduplicator';
import { createWebhookDelivery, type WebhookDelivery } from '../../src/webhooks/delivery';
import { createWebhookNodeHandler, type _NodeRequest, type _NodeResponse } from '../../src/webhooks/node-handler';
import type { WebhookEventHandler, WebhookHandlerOptions } from '../../src/webhooks/receive';

const SECRET = 's'.repeat(32);
const HOST = '5d1f8a2c-3b4e-4f6a-9c7d-8e0f1a2b3c4d';
const STATE = {
  topic: `decky.${HOST}:web-01.state`,
  type: 'state',
  payload: { host_uuid: HOST, name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet' },
};
const PING = { topic: 'test.ping', type: 'test', payload: { message: 'Synthetic test event', triggered_by: 'admin' } };

const deliver = (event: typeof STATE | typeof PING = STATE): Promise<WebhookDelivery> =>
  createWebhookDelivery(event, SECRET);

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (running === undefined) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

/** A real node:http server on 127.0.0.1 running the handler; its URL. */
async function serve(options: WebhookHandlerOptions, handler: WebhookEventHandler): Promise<string> {
  const listening = createServer(createWebhookNodeHandler(options, handler));
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/decnet`;
}

const post = (url: string, { body, headers }: WebhookDelivery): Promise<Response> =>
  fetch(url, { method: 'POST', body, headers });

/** An Express-like request: a `body` set by a middleware, and a stream already read or not. */
function expressRequest(body: unknown, delivery: WebhookDelivery, readableEnded = true) {
  const stream = async function* () {
    await Promise.resolve();
    yield delivery.body;
  };
  const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', headers, body, readableEnded, [Symbol.asyncIterator]: stream } satisfies _NodeRequest;
}

/** A response that records what was written, and resolves when it ends. */
function recordedResponse() {
  let ended: (body: string) => void = () => undefined;
  const done = new Promise<string>((resolve) => (ended = resolve));
  const headers = new Map<string, string>();
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    end: (body: string) => {
      ended(body);
    },
  } satisfies _NodeResponse;
  return { res, headers, done };
}

describe('createWebhookNodeHandler on a node:http server', () => {
  it('should answer 204 to a valid delivery, after calling the handler with the typed event', async () => {
    const handler = vi.fn();
    const url = await serve({ secret: SECRET }, (event) => {
      if (event.template === 'decky.{decky_id}.state') handler(event.payload.state);
    });
    const response = await post(url, await deliver());
    expect(response.status).toBe(204);
    expect(handler).toHaveBeenCalledWith('degraded');
  });

  it('should answer a tampered body 401 with its reason', async () => {
    const url = await serve({ secret: SECRET }, vi.fn());
    const delivery = await deliver();
    const response = await post(url, { ...delivery, body: delivery.body.map((b, i) => (i === 10 ? b ^ 1 : b)) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'bad-signature' });
  });

  it('should answer GET with 405 and Allow: POST', async () => {
    const url = await serve({ secret: SECRET }, vi.fn());
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('should refuse an oversized body on Content-Length, and keep serving the connection', async () => {
    const url = await serve({ secret: SECRET, maxBodyBytes: 1024 }, vi.fn());
    const response = await fetch(url, { method: 'POST', body: new Uint8Array(64 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body-too-large' });
    expect((await post(url, await deliver())).status).toBe(204);
  });

  it('should stop reading a chunked body past the limit and answer 413', async () => {
    const url = await serve({ secret: SECRET, maxBodyBytes: 1024 }, vi.fn());
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 32) controller.close();
        else controller.enqueue(new Uint8Array(1024));
        sent++;
      },
    });
    const response = await fetch(url, { method: 'POST', body, duplex: 'half' });
    expect(response.status).toBe(413);
    expect((await post(url, await deliver())).status).toBe(204);
  });

  it('should answer the test ping 200, and a duplicate 200, handling the event once', async () => {
    const handler = vi.fn();
    const url = await serve({ secret: SECRET, deduplicator: new WebhookDeduplicator() }, handler);
    expect((await post(url, await deliver(PING))).status).toBe(200);
    const delivery = await deliver();
    expect((await post(url, delivery)).status).toBe(204);
    expect((await post(url, delivery)).status).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('should answer 500 when the handler throws', async () => {
    const onError = vi.fn();
    const url = await serve({ secret: SECRET, onError }, () => Promise.reject(new Error('disk full')));
    expect((await post(url, await deliver())).status).toBe(500);
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('createWebhookNodeHandler behind Express-style middleware', () => {
  it('should answer 500 and explain the raw-body pitfall when req.body was parsed into an object', async () => {
    const onError = vi.fn();
    const handler = vi.fn();
    const delivery = await deliver();
    const parsed = JSON.parse(new TextDecoder().decode(delivery.body)) as unknown;
    const { res, done } = recordedResponse();
    createWebhookNodeHandler({ secret: SECRET, onError }, handler)(expressRequest(parsed, delivery), res);
    expect(JSON.parse(await done)).toEqual({ error: 'internal-error' });
    expect(res.statusCode).toBe(500);
    const error = onError.mock.calls[0]?.[0] as Error;
    expect(error.message).toMatch(/express\.raw\(\{ type: 'application\/json' \}\)/);
    expect(error.message).toMatch(/before express\.json\(\)/);
    expect(error.message).toMatch(/re-serialised JSON never matches/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('should answer 500 for a stream another middleware read without leaving the bytes', async () => {
    const onError = vi.fn();
    const { res, done } = recordedResponse();
    createWebhookNodeHandler({ secret: SECRET, onError }, vi.fn())(expressRequest(undefined, await deliver()), res);
    await done;
    expect(res.statusCode).toBe(500);
    expect((onError.mock.calls[0]?.[0] as Error).message).toMatch(/already read/);
  });

  it.each([
    ['bytes from express.raw()', (d: WebhookDelivery) => Buffer.from(d.body)],
    ['text', (d: WebhookDelivery) => new TextDecoder().decode(d.body)],
  ])('should use a req.body of %s', async (_kind, bodyOf) => {
    const handler = vi.fn();
    const delivery = await deliver();
    const { res, done } = recordedResponse();
    createWebhookNodeHandler({ secret: SECRET }, handler)(expressRequest(bodyOf(delivery), delivery), res);
    await done;
    expect(res.statusCode).toBe(204);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('should read the stream when a parser skipped the request and left {} (Express 4)', async () => {
    const delivery = await deliver();
    const { res, done } = recordedResponse();
    createWebhookNodeHandler({ secret: SECRET }, vi.fn())(expressRequest({}, delivery, false), res);
    await done;
    expect(res.statusCode).toBe(204);
  });

  it('should stop reading an endless stream just past the limit, and answer 413', async () => {
    let pulled = 0;
    const req = {
      method: 'POST',
      headers: {},
      readableEnded: false,
      async *[Symbol.asyncIterator]() {
        for (;;) {
          pulled++;
          await Promise.resolve();
          yield new Uint8Array(1024);
        }
      },
    };
    const { res, done } = recordedResponse();
    createWebhookNodeHandler({ secret: SECRET, maxBodyBytes: 4096 }, vi.fn())(req, res);
    expect(JSON.parse(await done)).toEqual({ error: 'body-too-large' });
    expect(res.statusCode).toBe(413);
    expect(pulled).toBe(5);
  });

  it('should never throw out of the listener, even when the response cannot be written', async () => {
    let tried: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => (tried = resolve));
    const ended = vi.fn();
    const res = {
      statusCode: 200,
      setHeader: () => {
        tried();
        throw new Error('headers already sent');
      },
      end: ended,
    };
    const listener = createWebhookNodeHandler({ secret: SECRET }, vi.fn());
    const req = expressRequest(Buffer.from('{}'), await deliver());
    expect(() => {
      listener(req, res);
    }).not.toThrow();
    await writing;
    await new Promise((resolve) => setImmediate(resolve));
    expect(ended).not.toHaveBeenCalled();
  });
});
