import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { WebhookDeduplicator } from '../../src/webhooks/deduplicator';
import { createWebhookDelivery, type WebhookDelivery } from '../../src/webhooks/delivery';
import { createWebhookFetchHandler } from '../../src/webhooks/fetch-handler';

const SECRET = 's'.repeat(32);
const URL = 'http://127.0.0.1/decnet';
const HOST = '5d1f8a2c-3b4e-4f6a-9c7d-8e0f1a2b3c4d';
const STATE = {
  topic: `decky.${HOST}:web-01.state`,
  type: 'state',
  payload: { host_uuid: HOST, name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet' },
};
const PING = { topic: 'test.ping', type: 'test', payload: { message: 'Synthetic test event', triggered_by: 'admin' } };

const deliver = (event: typeof STATE | typeof PING = STATE, secret = SECRET): Promise<WebhookDelivery> =>
  createWebhookDelivery(event, secret);

/** A real Fetch Request carrying a delivery. */
const post = ({ body, headers }: WebhookDelivery): Request => new Request(URL, { method: 'POST', body, headers });

/** A body stream that never ends, counting the chunks pulled from it and whether it was cancelled. */
function endless(chunkBytes: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe('createWebhookFetchHandler', () => {
  it('should answer 204 to a valid delivery, after calling the handler with the typed event', async () => {
    const handler = vi.fn();
    const receive = createWebhookFetchHandler({ secret: SECRET, strict: true }, (event) => {
      expectTypeOf(event.template).not.toBeNull();
      if (event.template === 'decky.{decky_id}.state') {
        expectTypeOf(event.payload.state).toEqualTypeOf<'running' | 'degraded' | 'failed' | 'torn_down'>();
        handler(event.params.decky_id, event.payload.state);
      }
    });
    const response = await receive(post(await deliver()));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(handler).toHaveBeenCalledWith(`${HOST}:web-01`, 'degraded');
  });

  it('should return what the runtime calls a Response', () => {
    const receive = createWebhookFetchHandler({ secret: SECRET }, () => undefined);
    expectTypeOf(receive).parameter(0).toExtend<object>();
    expectTypeOf<Request>().toExtend<Parameters<typeof receive>[0]>();
    expectTypeOf(receive).returns.resolves.toEqualTypeOf<Response>();
  });

  describe('should refuse with its status and reason', () => {
    const cases: [string, (delivery: WebhookDelivery) => WebhookDelivery, number][] = [
      ['missing-signature', ({ body }) => ({ body, headers: {} }), 401],
      ['malformed-signature', ({ body }) => ({ body, headers: { 'X-DECNET-Signature': 'sha256=ABC' } }), 401],
      [
        'bad-signature',
        ({ body, headers }) => ({ body: body.map((byte, i) => (i === 10 ? byte ^ 1 : byte)), headers }),
        401,
      ],
      [
        'header-mismatch',
        ({ body, headers }) => ({ body, headers: { ...headers, 'X-DECNET-Event-Topic': 'x.y' } }),
        400,
      ],
    ];
    it.each(cases)('for %s', async (reason, alter, status) => {
      const onRefused = vi.fn();
      const handler = vi.fn();
      const response = await createWebhookFetchHandler(
        { secret: SECRET, onRefused },
        handler,
      )(post(alter(await deliver())));
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ error: reason });
      expect(onRefused).toHaveBeenCalledWith(expect.objectContaining({ reason }));
      expect(handler).not.toHaveBeenCalled();
    });

    it("for a secret that is not the subscription's", async () => {
      const response = await createWebhookFetchHandler(
        { secret: 'another secret entirely' },
        vi.fn(),
      )(post(await deliver()));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'bad-signature' });
    });
  });

  it.each(['GET', 'PUT', 'HEAD', 'OPTIONS'])('should answer %s with 405 and Allow: POST', async (method) => {
    const handler = vi.fn();
    const response = await createWebhookFetchHandler({ secret: SECRET }, handler)(new Request(URL, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(handler).not.toHaveBeenCalled();
  });

  it('should refuse on Content-Length, before reading a byte', async () => {
    const { stream, seen } = endless(1024);
    const request = new Request(URL, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'Content-Length': String(2 ** 40) },
    });
    const response = await createWebhookFetchHandler({ secret: SECRET, maxBodyBytes: 4096 }, vi.fn())(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body-too-large' });
    expect(seen.pulled).toBeLessThanOrEqual(1); // a stream may pull one chunk ahead when it is created
  });

  it('should stop reading an endless body without Content-Length just past the limit', async () => {
    const { stream, seen } = endless(1024);
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half' });
    expect(request.headers.get('content-length')).toBeNull();
    const response = await createWebhookFetchHandler({ secret: SECRET, maxBodyBytes: 4096 }, vi.fn())(request);
    expect(response.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(7);
    expect(seen.cancelled).toBe(true);
  });

  it('should accept a body of exactly maxBodyBytes, and refuse one byte less of limit', async () => {
    const delivery = await deliver();
    const size = delivery.body.byteLength;
    expect(
      (await createWebhookFetchHandler({ secret: SECRET, maxBodyBytes: size }, vi.fn())(post(delivery))).status,
    ).toBe(204);
    const under = createWebhookFetchHandler({ secret: SECRET, maxBodyBytes: size - 1 }, vi.fn());
    expect((await under(post(delivery))).status).toBe(413);
  });

  it('should answer the test ping 200 without calling the handler', async () => {
    const handler = vi.fn();
    const onTestPing = vi.fn();
    const response = await createWebhookFetchHandler(
      { secret: SECRET, onTestPing },
      handler,
    )(post(await deliver(PING)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'test-ping' });
    expect(handler).not.toHaveBeenCalled();
    expect(onTestPing).toHaveBeenCalledOnce();
  });

  it('should answer a duplicate 200 and handle the event once', async () => {
    const handler = vi.fn();
    const receive = createWebhookFetchHandler({ secret: SECRET, deduplicator: new WebhookDeduplicator() }, handler);
    const delivery = await deliver();
    expect((await receive(post(delivery))).status).toBe(204);
    const again = await receive(post(delivery));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('should answer 500 when the handler throws, so that DECNET retries, and handle the retry', async () => {
    const onError = vi.fn();
    const handler = vi.fn().mockRejectedValueOnce(new Error('queue full')).mockResolvedValueOnce(undefined);
    const receive = createWebhookFetchHandler(
      { secret: SECRET, deduplicator: new WebhookDeduplicator(), onError },
      handler,
    );
    const delivery = await deliver();
    const failed = await receive(post(delivery));
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: 'handler-failed' });
    expect(onError).toHaveBeenCalledOnce();
    expect((await receive(post(delivery))).status).toBe(204);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('should answer a signed event outside the contract 202 by default, and 422 with invalidEvents: refuse', async () => {
    const drifted = { ...STATE, payload: { ...STATE.payload, state: 'hibernating' } };
    const onInvalidEvent = vi.fn();
    const handler = vi.fn();
    const lenient = createWebhookFetchHandler({ secret: SECRET, onInvalidEvent }, handler);
    expect((await lenient(post(await deliver(drifted)))).status).toBe(202);
    expect(onInvalidEvent).toHaveBeenCalledOnce();
    const strict = createWebhookFetchHandler({ secret: SECRET, invalidEvents: 'refuse' }, handler);
    const refused = await strict(post(await deliver(drifted)));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ error: 'invalid-event' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('should answer 400 to a body that fails while it is read', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(8));
        controller.error(new Error('connection reset'));
      },
    });
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half' });
    expect((await createWebhookFetchHandler({ secret: SECRET }, vi.fn())(request)).status).toBe(400);
  });

  it('should answer 500 and tell onError when the body was already read', async () => {
    const onError = vi.fn();
    const request = post(await deliver());
    await request.arrayBuffer();
    const response = await createWebhookFetchHandler({ secret: SECRET, onError }, vi.fn())(request);
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledOnce();
    expect((onError.mock.calls[0]?.[0] as Error).message).toMatch(/already read/);
  });

  it('should answer 500, never reject, for a request that throws when read', async () => {
    const onError = vi.fn();
    const receive = createWebhookFetchHandler({ secret: SECRET, onError }, vi.fn());
    const broken = {
      method: 'POST',
      headers: new Headers(),
      get body(): never {
        throw new Error('not readable');
      },
    };
    expect((await receive(broken)).status).toBe(500);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('should answer 401, never reject, for a request without readable headers', async () => {
    const receive = createWebhookFetchHandler({ secret: SECRET }, vi.fn());
    const odd = { method: 'POST', headers: null, body: null } as unknown as Request;
    expect((await receive(odd)).status).toBe(401);
  });

  it('should refuse a misconfiguration when it is created, without showing the secret', () => {
    const handler = vi.fn();
    expect(() => createWebhookFetchHandler({ secret: '' }, handler)).toThrow(/"secret" must be a non-empty string/);
    expect(() => createWebhookFetchHandler({ secret: SECRET }, null as never)).toThrow(/"handler" must be a function/);
    expect(() => createWebhookFetchHandler({ secret: SECRET, maxBodyBytes: 0 }, handler)).toThrow(/maxBodyBytes/);
    const bad = { secret: SECRET, invalidEvents: 'ignore' } as unknown as { secret: string };
    expect(() => createWebhookFetchHandler(bad, handler)).toThrow(/invalidEvents/);
    const dedup = { secret: SECRET, deduplicator: new Set() } as unknown as { secret: string };
    expect(() => createWebhookFetchHandler(dedup, handler)).toThrow(/deduplicator/);
    expect(() => createWebhookFetchHandler({ secret: SECRET, onError: 'log' as never }, handler)).toThrow(/onError/);
  });
});
