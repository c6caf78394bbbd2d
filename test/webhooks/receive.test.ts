import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { WebhookError } from '../../src/errors/WebhookError';
import { WebhookDeduplicator } from '../../src/webhooks/deduplicator';
import { createWebhookDelivery, type WebhookDelivery } from '../../src/webhooks/delivery';
import { _BodyCollector, _receive, type WebhookHandlerOptions } from '../../src/webhooks/receive';

const SECRET = 's'.repeat(32);
const HOST = '5d1f8a2c-3b4e-4f6a-9c7d-8e0f1a2b3c4d';
const STATE = {
  topic: `decky.${HOST}:web-01.state`,
  type: 'state',
  payload: { host_uuid: HOST, name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet' },
};
const PING = { topic: 'test.ping', type: 'test', payload: { message: 'Synthetic test event', triggered_by: 'admin' } };

const deliver = (event: object = STATE, secret = SECRET): Promise<WebhookDelivery> =>
  createWebhookDelivery(event as typeof STATE, secret);

/** A body DECNET never sends, signed with the secret as DECNET signs. */
function signed(body: string): WebhookDelivery {
  const signature = createHmac('sha256', SECRET).update(body).digest('hex');
  return { body: new TextEncoder().encode(body), headers: { 'X-DECNET-Signature': `sha256=${signature}` } };
}

/** Options with every hook a spy. */
function hooked(extra: Partial<WebhookHandlerOptions> = {}) {
  return {
    secret: SECRET,
    ...extra,
    onTestPing: vi.fn(),
    onRefused: vi.fn(),
    onInvalidEvent: vi.fn(),
    onError: vi.fn(),
  };
}

describe('_receive', () => {
  it('should call the handler with the typed event and answer 204 with no body', async () => {
    const handler = vi.fn();
    const answer = await _receive(await deliver(), { secret: SECRET }, handler);
    expect(answer).toEqual({ status: 204, body: '', headers: {} });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]?.[0]).toMatchObject({
      template: 'decky.{decky_id}.state',
      params: { decky_id: `${HOST}:web-01` },
      payload: { state: 'degraded' },
    });
  });

  it('should await an async handler before answering', async () => {
    const order: string[] = [];
    const answer = await _receive(await deliver(), { secret: SECRET }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('handled');
    });
    order.push(`answered ${answer.status}`);
    expect(order).toEqual(['handled', 'answered 204']);
  });

  it('should answer the test ping 200 without calling the handler', async () => {
    const options = hooked();
    const handler = vi.fn();
    const answer = await _receive(await deliver(PING), options, handler);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: 'test-ping' });
    expect(handler).not.toHaveBeenCalled();
    expect(options.onTestPing).toHaveBeenCalledWith(expect.objectContaining({ template: 'test.ping' }));
  });

  describe('should refuse with the error status and a body of the reason alone', () => {
    const cases: [string, () => Promise<WebhookDelivery>, Partial<WebhookHandlerOptions>, number][] = [
      ['missing-signature', async () => ({ body: (await deliver()).body, headers: {} }), {}, 401],
      [
        'malformed-signature',
        async () => ({ body: (await deliver()).body, headers: { 'X-DECNET-Signature': 'sha256="quoted"' } }),
        {},
        401,
      ],
      ['bad-signature', () => deliver(STATE, 'another secret of some length'), {}, 401],
      ['body-too-large', () => deliver(), { maxBodyBytes: 16 }, 413],
      ['malformed-body', () => Promise.resolve(signed('[1, 2, "three"]')), {}, 400],
      [
        'header-mismatch',
        async () => {
          const delivery = await deliver();
          return { ...delivery, headers: { ...delivery.headers, 'X-DECNET-Event-Id': 'another "id"' } };
        },
        {},
        400,
      ],
      ['stale', () => createWebhookDelivery({ ...STATE, ts: 0 }, SECRET), { maxAgeSeconds: 60 }, 400],
      [
        'invalid-event',
        () => deliver({ ...STATE, payload: { ...STATE.payload, state: 'exploded' } }),
        { invalidEvents: 'refuse' },
        422,
      ],
    ];
    it.each(cases)('for %s', async (reason, make, extra, status) => {
      const options = hooked(extra);
      const handler = vi.fn();
      const answer = await _receive(await make(), options, handler);
      expect(answer.status).toBe(status);
      expect(answer.body).toBe(JSON.stringify({ error: reason }));
      expect(answer.headers).toEqual({ 'Content-Type': 'application/json; charset=utf-8' });
      expect(handler).not.toHaveBeenCalled();
      expect(options.onRefused).toHaveBeenCalledWith(expect.objectContaining({ name: 'WebhookError', reason }));
      expect(options.onInvalidEvent).not.toHaveBeenCalled();
    });
  });

  it('should acknowledge a signed event outside the contract with 202 by default, and not handle it', async () => {
    const options = hooked();
    const handler = vi.fn();
    const drifted = await deliver({ ...STATE, payload: { ...STATE.payload, state: 'hibernating' } });
    const answer = await _receive(drifted, options, handler);
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.body)).toEqual({ status: 'invalid-event' });
    expect(handler).not.toHaveBeenCalled();
    expect(options.onRefused).not.toHaveBeenCalled();
    const error = options.onInvalidEvent.mock.calls[0]?.[0] as WebhookError;
    expect(error).toBeInstanceOf(WebhookError);
    expect(error.issues[0]?.path).toEqual(['payload', 'state']);
  });

  it('should answer a duplicate 200 and a concurrent delivery of the same event 200, handling it once', async () => {
    const options = hooked({ deduplicator: new WebhookDeduplicator() });
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handler = vi.fn(() => gate);
    const delivery = await deliver();
    const first = _receive(delivery, options, handler);
    const overlapping = await _receive(delivery, options, handler);
    expect(overlapping.status).toBe(200);
    expect(JSON.parse(overlapping.body)).toEqual({ status: 'in-flight' });
    release();
    expect((await first).status).toBe(204);
    const retried = await _receive(delivery, options, handler);
    expect(JSON.parse(retried.body)).toEqual({ status: 'duplicate' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('should answer 500 when the handler throws, tell onError, and handle the retry', async () => {
    const options = hooked({ deduplicator: new WebhookDeduplicator() });
    const failure = new Error('database down');
    const handler = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce(undefined);
    const delivery = await deliver();
    const answer = await _receive(delivery, options, handler);
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ error: 'handler-failed' });
    expect(options.onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ id: delivery.headers['X-DECNET-Event-Id'] }),
    );
    expect((await _receive(delivery, options, handler)).status).toBe(204);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('should answer 500 for a misconfiguration, with onError and no event', async () => {
    const options = hooked({ secret: '' });
    const answer = await _receive(await deliver(), options, vi.fn());
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ error: 'internal-error' });
    expect(options.onError).toHaveBeenCalledWith(expect.any(TypeError), undefined);
  });

  it('should give the same answers when every hook throws or rejects', async () => {
    const throwing = () => {
      throw new Error('hook');
    };
    const rejecting = () => Promise.reject(new Error('hook'));
    for (const hook of [throwing, rejecting]) {
      const options = { secret: SECRET, onTestPing: hook, onRefused: hook, onInvalidEvent: hook, onError: hook };
      const failing = () => Promise.reject(new Error('handler'));
      expect((await _receive(await deliver(PING), options, vi.fn())).status).toBe(200);
      expect((await _receive(await deliver(STATE, 'x'.repeat(32)), options, vi.fn())).status).toBe(401);
      const drifted = await deliver({ ...STATE, payload: {} });
      expect((await _receive(drifted, options, vi.fn())).status).toBe(202);
      expect((await _receive(await deliver(), options, failing)).status).toBe(500);
    }
  });

  it('should never put a message, input or secret in the body', async () => {
    const delivery = await deliver();
    const answer = await _receive(
      { body: delivery.body, headers: { ...delivery.headers, 'X-DECNET-Event-Topic': `"${SECRET}"` } },
      { secret: SECRET },
      vi.fn(),
    );
    expect(answer.body).toBe('{"error":"header-mismatch"}');
  });
});

describe('_BodyCollector', () => {
  it('should join chunks of bytes and text, up to the limit and not past it', () => {
    const collected = new _BodyCollector(5);
    expect(collected.push(new Uint8Array([104, 105]))).toBe(true);
    expect(collected.push('!!!')).toBe(true);
    expect(new TextDecoder().decode(collected.bytes())).toBe('hi!!!');
    expect(collected.push(new Uint8Array(1))).toBe(false);
  });

  it('should refuse a chunk that is not bytes', () => {
    expect(() => new _BodyCollector(5).push(42)).toThrow(TypeError);
  });
});
