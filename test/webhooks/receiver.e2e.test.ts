/**
 * The example receiver, run as its readers would run it: a child process on
 * 127.0.0.1, sent real signed deliveries over loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWebhookDelivery, type WebhookDelivery } from '../../src/webhooks/delivery';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = 'an example secret of 32 characters';
const HOST = '5d1f8a2c-3b4e-4f6a-9c7d-8e0f1a2b3c4d';
const STATE = {
  topic: `decky.${HOST}:web-01.state`,
  type: 'state',
  payload: { host_uuid: HOST, name: 'web-01', state: 'degraded', transition: 'state_changed', source: 'fleet' },
};
const PING = { topic: 'test.ping', type: 'test', payload: { message: 'Synthetic test event', triggered_by: 'admin' } };

let child: ChildProcess | undefined;
let url = '';
let output = '';

/** Starts the example and resolves with the URL it prints. */
function start(): Promise<string> {
  const started = spawn(process.execPath, ['--import', 'tsx', 'examples/webhook-receiver.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DECNET_WEBHOOK_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  return new Promise((resolveUrl, reject) => {
    started.stdout.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found !== null) resolveUrl(found[0]);
    });
    started.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    started.on('error', reject);
    started.on('exit', (code) => {
      reject(new Error(`the example exited with ${code}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  url = await start();
}, 60_000);

afterAll(async () => {
  const running = child;
  if (running?.exitCode !== null) return;
  const exited = new Promise((resolveExit) => running.once('exit', resolveExit));
  running.kill('SIGTERM');
  await exited;
});

const post = ({ body, headers }: WebhookDelivery): Promise<Response> => fetch(url, { method: 'POST', body, headers });
const deliver = (event: typeof STATE | typeof PING = STATE, secret = SECRET): Promise<WebhookDelivery> =>
  createWebhookDelivery(event, secret);

describe('examples/webhook-receiver.ts', { timeout: 30_000 }, () => {
  it('should print the URL it listens on, on 127.0.0.1', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('should answer 204 to a valid delivery and log the typed event', async () => {
    expect((await post(await deliver())).status).toBe(204);
    await vi.waitFor(
      () => {
        expect(output).toContain(`decky ${HOST}:web-01 is degraded`);
      },
      { timeout: 10_000 },
    );
  });

  it('should answer 401 to a tampered body', async () => {
    const delivery = await deliver();
    const body = new TextEncoder().encode(new TextDecoder().decode(delivery.body).replace('degraded', 'running'));
    expect((await post({ ...delivery, body })).status).toBe(401);
  });

  it('should answer 401 to a delivery signed with another secret', async () => {
    expect((await post(await deliver(STATE, 'not the secret of this receiver'))).status).toBe(401);
  });

  it('should answer 413 to a body over the 1 MiB limit', async () => {
    const response = await fetch(url, { method: 'POST', body: new Uint8Array(1_048_577) });
    expect(response.status).toBe(413);
  });

  it('should answer a duplicate 200, having handled the event once', async () => {
    const delivery = await deliver({ ...STATE, payload: { ...STATE.payload, state: 'failed' } });
    expect((await post(delivery)).status).toBe(204);
    expect((await post(delivery)).status).toBe(200);
    await vi.waitFor(
      () => {
        expect(output).toContain('is failed');
      },
      { timeout: 10_000 },
    );
    expect(output.split('is failed').length - 1).toBe(1);
  });

  it('should answer the test ping 200', async () => {
    expect((await post(await deliver(PING))).status).toBe(200);
    await vi.waitFor(
      () => {
        expect(output).toContain('test ping from admin');
      },
      { timeout: 10_000 },
    );
  });

  it('should answer 400 when a header contradicts the signed body', async () => {
    const delivery = await deliver();
    const headers = { ...delivery.headers, 'X-DECNET-Event-Topic': 'attacker.observed' };
    expect((await post({ ...delivery, headers })).status).toBe(400);
  });

  it('should answer 405 to a GET', async () => {
    expect((await fetch(url)).status).toBe(405);
  });
});
