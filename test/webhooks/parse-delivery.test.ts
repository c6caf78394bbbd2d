/**
 * parseWebhookDelivery: every refusal with its reason and status, the headers in every shape a server gives
 * them, DECNET's test ping, and every valid fixture of the contract sent as DECNET sends it. Bodies are signed
 * here with node:crypto, a second implementation of the HMAC, unless createWebhookDelivery builds them.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebhookError, type WebhookRejection } from '../../src/errors/WebhookError';
import { parseEvent } from '../../src/schemas';
import { createWebhookDelivery, type WebhookEventInput } from '../../src/webhooks/delivery';
import {
  parseWebhookDelivery,
  type ParseWebhookDeliveryOptions,
  type WebhookDeliveryInput,
} from '../../src/webhooks/parse-delivery';
import { ALL_FIXTURES } from '../schemas/fixtures/all';
import { SESSION_ENDED } from '../schemas/fixtures/attacker';
import { callLoosely } from '../support/calls';

const SECRET = 'the-subscription-secret-7f3a9c';
const OLD_SECRET = 'the-previous-secret-0b1d2e';
/** 2024-05-01T00:01:00.123Z, in epoch milliseconds: the clock of every delivery built here. */
const NOW = 1_714_521_660_123;
const MIB = 1_048_576;

const SESSION_EVENT: WebhookEventInput = {
  topic: 'attacker.session.ended',
  type: 'session.ended',
  id: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
  ts: 1_714_521_600.25,
  payload: SESSION_ENDED,
};

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The `X-DECNET-Signature` of some bytes, by node:crypto. */
const signatureOf = (body: Uint8Array | string, secret = SECRET): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Any bytes, signed with the secret: what DECNET would send if it wrote them. */
const signed = (body: Uint8Array | string, headers: Record<string, string> = {}): WebhookDeliveryInput => ({
  body,
  headers: { 'X-DECNET-Signature': signatureOf(body), ...headers },
});

/** The delivery DECNET sends for an event. */
const deliver = (event: WebhookEventInput, secret = SECRET) => createWebhookDelivery(event, secret, { now: NOW });

/** The WebhookError a delivery is refused with; fails the test when the delivery is accepted. */
async function refusalOf(
  delivery: WebhookDeliveryInput,
  options: ParseWebhookDeliveryOptions = { secret: SECRET },
): Promise<WebhookError> {
  const thrown = await parseWebhookDelivery(delivery, options).then(
    (event) => {
      throw new Error(`expected a refusal, got an event of ${String(event.template)}`);
    },
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(WebhookError);
  return thrown as WebhookError;
}

/** Expects a refusal for this reason and status. */
async function expectRefusal(
  delivery: WebhookDeliveryInput,
  reason: WebhookRejection,
  status: number,
  options?: ParseWebhookDeliveryOptions,
): Promise<WebhookError> {
  const error = await refusalOf(delivery, options);
  expect({ reason: error.reason, status: error.status }).toEqual({ reason, status });
  return error;
}

/** What calling parseWebhookDelivery with arguments its types refuse rejects with. */
async function rejectionOf(...args: unknown[]): Promise<unknown> {
  try {
    await (callLoosely(parseWebhookDelivery, args) as Promise<unknown>);
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('parseWebhookDelivery', () => {
  describe('for a delivery DECNET sent', () => {
    it('should return the event typed by its template, in the webhook form, with ts in seconds and tsText as sent', async () => {
      const event = await parseWebhookDelivery(await deliver(SESSION_EVENT), { secret: SECRET });
      expect(event).toMatchObject({
        template: 'attacker.session.ended',
        params: {},
        form: 'webhook',
        id: SESSION_EVENT.id,
        v: 1,
        type: 'session.ended',
        ts: 1_714_521_600.25,
        tsText: '2024-05-01T00:00:00.250000+00:00',
        payload: SESSION_ENDED,
      });
      if (event.template !== 'attacker.session.ended') throw new Error('narrowing failed');
      expect(event.payload.commands.map((command) => command.command_text)).toEqual([
        'ls /var/www/html',
        'cat /etc/passwd',
      ]);
    });

    it('should take the body as a Uint8Array, an ArrayBuffer, a view into a larger buffer, or text', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const padded = new Uint8Array(body.length + 8);
      padded.set(body, 4);
      const bodies = [body, body.slice().buffer, padded.subarray(4, 4 + body.length), decode(body)];
      for (const each of bodies) {
        await expect(parseWebhookDelivery({ body: each, headers }, { secret: SECRET })).resolves.toMatchObject({
          id: SESSION_EVENT.id,
        });
      }
    });

    it('should accept the new and the old secret of a rotation, and refuse a third as bad-signature', async () => {
      const rotation = { secret: [SECRET, OLD_SECRET] };
      for (const secret of [SECRET, OLD_SECRET]) {
        await expect(parseWebhookDelivery(await deliver(SESSION_EVENT, secret), rotation)).resolves.toMatchObject({
          template: 'attacker.session.ended',
        });
      }
      await expectRefusal(await deliver(SESSION_EVENT, 'a-third-secret-no-one-uses'), 'bad-signature', 401, rotation);
    });
  });

  describe('for the headers in every shape a server gives them', () => {
    it('should read a Fetch Headers, as a Request gives it', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const request = new Request('http://127.0.0.1/hook', { method: 'POST', headers, body });
      const received = { body: new Uint8Array(await request.arrayBuffer()), headers: request.headers };
      await expect(parseWebhookDelivery(received, { secret: SECRET })).resolves.toMatchObject({
        id: SESSION_EVENT.id,
      });
    });

    it('should read a plain record whatever the case of its keys', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const mixed = {
        'x-Decnet-SIGNATURE': headers['X-DECNET-Signature'],
        'X-decnet-event-ID': headers['X-DECNET-Event-Id'],
        'x-DECNET-event-topic': headers['X-DECNET-Event-Topic'],
      };
      await expect(parseWebhookDelivery({ body, headers: mixed }, { secret: SECRET })).resolves.toMatchObject({
        id: SESSION_EVENT.id,
      });
      await expectRefusal({ body, headers: { ...mixed, 'X-decnet-event-ID': 'edited' } }, 'header-mismatch', 400);
    });

    it('should read Node’s IncomingHttpHeaders, lower-case, with lists of one value', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const incoming = {
        'content-type': 'application/json',
        'x-decnet-signature': [headers['X-DECNET-Signature'] as string],
        'x-decnet-event-id': [SESSION_EVENT.id as string],
        'set-cookie': ['a=1', 'b=2'],
        'x-unset': undefined,
      };
      await expect(parseWebhookDelivery({ body, headers: incoming }, { secret: SECRET })).resolves.toMatchObject({
        id: SESSION_EVENT.id,
      });
    });

    it('should verify what a node:http server receives over loopback, and refuse it once a byte is changed', async () => {
      const answers: unknown[] = [];
      const server = createServer((request: IncomingMessage, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = new Uint8Array(Buffer.concat(chunks));
          parseWebhookDelivery({ body, headers: request.headers }, { secret: SECRET }).then(
            (event) => {
              answers.push(event.template);
              response.writeHead(204).end();
            },
            (error: unknown) => {
              answers.push(error instanceof WebhookError ? error.reason : error);
              response.writeHead(error instanceof WebhookError ? error.status : 500).end();
            },
          );
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
        const { body, headers } = await deliver(SESSION_EVENT);
        const tampered = body.slice();
        tampered[tampered.length - 2] = 0x32; // "v":1 becomes "v":2
        const statuses: number[] = [];
        for (const sent of [body, tampered]) {
          statuses.push((await fetch(url, { method: 'POST', headers, body: sent })).status);
        }
        expect(statuses).toEqual([204, 401]);
        expect(answers).toEqual(['attacker.session.ended', 'bad-signature']);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  describe('missing-signature (401)', () => {
    it.each([
      { label: 'no signature header', headers: { 'X-DECNET-Event-Id': 'x' } },
      { label: 'an empty signature header', headers: { 'X-DECNET-Signature': '' } },
      { label: 'an empty list', headers: { 'x-decnet-signature': [] } },
      { label: 'a Headers without it', headers: new Headers({ 'content-type': 'application/json' }) },
    ])('should refuse $label', async ({ headers }) => {
      await expectRefusal({ body: '{}', headers }, 'missing-signature', 401);
    });
  });

  describe('malformed-signature (401)', () => {
    const body = '{"a":1}';
    const good = signatureOf(body);
    it.each([
      { label: 'upper-case hex', header: `sha256=${good.slice(7).toUpperCase()}` },
      { label: '63 hex digits', header: good.slice(0, -1) },
      { label: '65 hex digits', header: `${good}0` },
      { label: 'sha1=', header: `sha1=${good.slice(7)}` },
      { label: 'SHA256= in upper case', header: `SHA256=${good.slice(7)}` },
      { label: 'hex alone, without sha256=', header: good.slice(7) },
      { label: 'a space before it', header: ` ${good}` },
    ])('should refuse $label, even where the digits are the right MAC', async ({ header }) => {
      await expectRefusal({ body, headers: { 'X-DECNET-Signature': header } }, 'malformed-signature', 401);
    });

    it('should refuse two signature headers in a record list, even both right', async () => {
      await expectRefusal({ body, headers: { 'x-decnet-signature': [good, good] } }, 'malformed-signature', 401);
    });

    it('should refuse two signature keys of a record that differ only in case', async () => {
      const headers = { 'X-DECNET-Signature': good, 'x-decnet-signature': good };
      await expectRefusal({ body, headers }, 'malformed-signature', 401);
    });

    it('should refuse two signature headers in a Headers, which joins them with ", "', async () => {
      const headers = new Headers();
      headers.append('X-DECNET-Signature', good);
      headers.append('X-DECNET-Signature', good);
      expect(headers.get('x-decnet-signature')).toBe(`${good}, ${good}`);
      await expectRefusal({ body, headers }, 'malformed-signature', 401);
    });
  });

  describe('bad-signature (401)', () => {
    it('should refuse the signature of another body', async () => {
      const headers = { 'X-DECNET-Signature': signatureOf('{"a":2}') };
      await expectRefusal({ body: '{"a":1}', headers }, 'bad-signature', 401);
    });

    it('should refuse a body signed with another secret, and never show either secret', async () => {
      const error = await expectRefusal(await deliver(SESSION_EVENT, OLD_SECRET), 'bad-signature', 401);
      expect(error.message).not.toContain(SECRET);
      expect(error.message).not.toContain(OLD_SECRET);
    });

    it.each([0, 1, 100, -1])('should refuse the body with its byte at %i changed', async (at) => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const changed = body.slice();
      const index = at < 0 ? changed.length + at : at;
      changed[index] = (changed[index] ?? 0) ^ 0x01;
      await expectRefusal({ body: changed, headers }, 'bad-signature', 401);
    });
  });

  describe('body-too-large (413)', () => {
    /** A mutate_request delivery whose body is exactly `bytes` long. */
    async function deliveryOfSize(bytes: number): Promise<WebhookDeliveryInput> {
      const event = (filler: string): WebhookEventInput => ({
        topic: 'decky.web-1.mutate_request',
        id: 'a'.repeat(32),
        ts: 1_714_521_600,
        payload: { filler },
      });
      const base = (await deliver(event(''))).body.length;
      const delivery = await deliver(event('x'.repeat(bytes - base)));
      expect(delivery.body.length).toBe(bytes);
      return delivery;
    }

    it('should accept a body of exactly 1 MiB by default, and refuse one byte more', async () => {
      await expect(parseWebhookDelivery(await deliveryOfSize(MIB), { secret: SECRET })).resolves.toMatchObject({
        template: 'decky.{decky_id}.mutate_request',
      });
      const error = await expectRefusal(await deliveryOfSize(MIB + 1), 'body-too-large', 413);
      expect(error.message).toContain(String(MIB));
    });

    it('should refuse a body above maxBodyBytes, and accept one at it', async () => {
      const delivery = await deliveryOfSize(2000);
      await expect(parseWebhookDelivery(delivery, { secret: SECRET, maxBodyBytes: 2000 })).resolves.toBeDefined();
      await expectRefusal(delivery, 'body-too-large', 413, { secret: SECRET, maxBodyBytes: 1999 });
    });

    // The signature header is malformed: had the body been hashed or its header read first, the reason would be
    // malformed-signature. So a 10 MB body is refused on its length alone.
    it.each([
      { label: 'text', body: 'x'.repeat(10_000_000) },
      { label: 'bytes', body: new Uint8Array(10_000_000) },
      { label: 'an ArrayBuffer', body: new ArrayBuffer(10_000_000) },
    ])('should refuse a 10 MB body as $label before reading its signature', async ({ body }) => {
      await expectRefusal({ body, headers: { 'X-DECNET-Signature': 'sha1=not-even-hex' } }, 'body-too-large', 413);
      await expectRefusal({ body, headers: {} }, 'body-too-large', 413);
    });

    it('should count text in UTF-8 bytes, not in characters', async () => {
      const body = `{"a":"${'é'.repeat(600)}"}`;
      expect(body.length).toBeLessThan(1300);
      await expectRefusal(signed(body), 'body-too-large', 413, { secret: SECRET, maxBodyBytes: 1000 });
    });
  });

  describe('malformed-body (400)', () => {
    const JSON_OBJECT = encode('{"a":1}');
    it.each([
      { label: 'an empty body', body: new Uint8Array(0) },
      { label: 'bytes that are not UTF-8', body: new Uint8Array([0x7b, 0xff, 0x7d]) },
      { label: 'an overlong UTF-8 sequence', body: new Uint8Array([0x22, 0xc0, 0xaf, 0x22]) },
      { label: 'a UTF-16 surrogate encoded in UTF-8', body: new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]) },
      { label: 'a byte order mark before the JSON', body: new Uint8Array([0xef, 0xbb, 0xbf, ...JSON_OBJECT]) },
      { label: 'a JSON array', body: encode('[{"a":1}]') },
      { label: 'a JSON number', body: encode('42') },
      { label: 'JSON null', body: encode('null') },
      { label: 'a JSON string', body: encode('"{}"') },
      { label: 'truncated JSON', body: JSON_OBJECT.subarray(0, -1) },
      { label: 'two JSON objects', body: encode('{"a":1}{"a":1}') },
    ])('should refuse $label, signed', async ({ body }) => {
      await expectRefusal(signed(body), 'malformed-body', 400);
    });

    it('should show an invisible start of the body escaped', async () => {
      const error = await refusalOf(signed(new Uint8Array([0xef, 0xbb, 0xbf, ...JSON_OBJECT])));
      expect(error.message).toContain('<U+FEFF>');
    });
  });

  describe('header-mismatch (400)', () => {
    it.each([
      { header: 'X-DECNET-Event-Id', value: '00000000000000000000000000000000' },
      { header: 'X-DECNET-Event-Id', value: (SESSION_EVENT.id as string).toUpperCase() },
      { header: 'X-DECNET-Event-Topic', value: 'attacker.session.started' },
      { header: 'X-DECNET-Event-Topic', value: '' },
    ])('should refuse a replayed body whose $header was edited to "$value"', async ({ header, value }) => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const error = await expectRefusal({ body, headers: { ...headers, [header]: value } }, 'header-mismatch', 400);
      expect(error.message).toContain(header);
    });

    it('should refuse an event id header sent twice, even both right', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const twice = { ...headers, 'X-DECNET-Event-Id': [SESSION_EVENT.id as string, SESSION_EVENT.id as string] };
      await expectRefusal({ body, headers: twice }, 'header-mismatch', 400);
    });

    it('should accept a delivery without the event id and topic headers, which are not signed', async () => {
      const { body, headers } = await deliver(SESSION_EVENT);
      const signature = { 'X-DECNET-Signature': headers['X-DECNET-Signature'] as string };
      await expect(parseWebhookDelivery({ body, headers: signature }, { secret: SECRET })).resolves.toMatchObject({
        template: 'attacker.session.ended',
      });
    });
  });

  describe('stale (400)', () => {
    /** The receiver's clock, in epoch milliseconds: a whole number of half seconds, so that ages are exact. */
    const CLOCK = 1_714_521_660_500;
    const limits = { secret: SECRET, maxAgeSeconds: 300, now: () => CLOCK };
    /** A delivery of an event `age` seconds before CLOCK, whose X-DECNET-Timestamp says `sent`. */
    async function aged(age: number, sent: string): Promise<WebhookDeliveryInput> {
      const { body, headers } = await deliver({ ...SESSION_EVENT, ts: CLOCK / 1000 - age });
      return { body, headers: { ...headers, 'X-DECNET-Timestamp': sent } };
    }

    it('should refuse an event older than maxAgeSeconds by the ts of its signed body, whatever X-DECNET-Timestamp says', async () => {
      for (const sent of [String(CLOCK / 1000), 'now', '99999999999']) {
        const error = await expectRefusal(await aged(301, sent), 'stale', 400, limits);
        expect(error.message).toContain('2024-04-30T23:55:59.500000+00:00'); // the body's time, not the header's
      }
    });

    it('should accept an event within maxAgeSeconds, at it, or from the future, whatever X-DECNET-Timestamp says', async () => {
      for (const [age, sent] of [
        [299, '0'],
        [300, '0'],
        [-3600, 'yesterday'],
      ] as const) {
        await expect(parseWebhookDelivery(await aged(age, sent), limits)).resolves.toMatchObject({
          template: 'attacker.session.ended',
        });
      }
    });

    it('should measure to the microsecond: 2 µs past the limit is stale', async () => {
      await expectRefusal(await aged(300.000_002, '0'), 'stale', 400, limits);
    });

    it('should accept an event of any age without maxAgeSeconds', async () => {
      const { body, headers } = await deliver({ ...SESSION_EVENT, ts: 0 });
      await expect(
        parseWebhookDelivery({ body, headers }, { secret: SECRET, now: () => CLOCK }),
      ).resolves.toMatchObject({ ts: 0, tsText: '1970-01-01T00:00:00+00:00' });
    });
  });

  describe('invalid-event (422)', () => {
    it('should refuse a signed event that breaks the contract, with its issues', async () => {
      const payload = { ...SESSION_ENDED, commands: [{ id: 'c#0' }] };
      const error = await expectRefusal(await deliver({ ...SESSION_EVENT, payload }), 'invalid-event', 422);
      expect(error.issues[0]?.path).toEqual(['payload', 'commands', 0, 'command_text']);
      expect(error.message).toContain('payload.commands[0].command_text');
    });

    it('should refuse a signed body in the bus form, its ts a number rather than text', async () => {
      const body = JSON.stringify({ ...SESSION_EVENT, v: 1, ts: 1_714_521_600.25 });
      const error = await expectRefusal(signed(body), 'invalid-event', 422);
      expect(error.issues.map((issue) => issue.path)).toContainEqual(['ts']);
    });

    const payloadFaults = ALL_FIXTURES.flatMap(({ template, invalid }) =>
      invalid
        .filter(({ path, event }) => path[0] === 'payload' && path.length > 1 && typeof event.type === 'string')
        .map((fixture) => ({ template, ...fixture })),
    );
    it('should have an invalid fixture with its fault in the payload for most templates', () => {
      expect(new Set(payloadFaults.map(({ template }) => template)).size).toBeGreaterThan(40);
    });

    it.each(payloadFaults)('should refuse $template: $name, at its path', async ({ event, path }) => {
      const error = await expectRefusal(await deliver(event as WebhookEventInput), 'invalid-event', 422);
      expect(error.issues[0]?.path).toEqual(path);
    });

    it('should return an event outside the contract as unknown, and refuse it when strict', async () => {
      const delivery = await deliver({ topic: 'custom.thing', type: 'x', payload: { a: 1 } });
      await expect(parseWebhookDelivery(delivery, { secret: SECRET })).resolves.toMatchObject({
        template: null,
        form: 'webhook',
        payload: { a: 1 },
      });
      const error = await expectRefusal(delivery, 'invalid-event', 422, { secret: SECRET, strict: true });
      expect(error.message).toContain('custom.thing');
    });
  });

  describe('for arguments of the wrong type (TypeError)', () => {
    const body = '{}';
    const headers = {};
    const SECRETS = Array.from({ length: 17 }, (_, i) => `leak-me-${i}-${SECRET}`);
    it.each([
      { label: 'options without a secret', args: [{ body, headers }, {}] },
      { label: 'an empty secret', args: [{ body, headers }, { secret: '' }] },
      { label: 'a numeric secret', args: [{ body, headers }, { secret: 42 }] },
      { label: 'a list of 17 secrets', args: [{ body, headers }, { secret: SECRETS }] },
      { label: 'an empty list of secrets', args: [{ body, headers }, { secret: [] }] },
      { label: 'a secret with a lone surrogate', args: [{ body, headers }, { secret: `${SECRET}\ud800` }] },
      {
        label: 'maxBodyBytes 0',
        args: [
          { body, headers },
          { secret: SECRET, maxBodyBytes: 0 },
        ],
      },
      {
        label: 'maxBodyBytes 1.5',
        args: [
          { body, headers },
          { secret: SECRET, maxBodyBytes: 1.5 },
        ],
      },
      {
        label: 'maxBodyBytes as text',
        args: [
          { body, headers },
          { secret: SECRET, maxBodyBytes: '10' },
        ],
      },
      {
        label: 'maxAgeSeconds 0',
        args: [
          { body, headers },
          { secret: SECRET, maxAgeSeconds: 0 },
        ],
      },
      {
        label: 'maxAgeSeconds NaN',
        args: [
          { body, headers },
          { secret: SECRET, maxAgeSeconds: Number.NaN },
        ],
      },
      {
        label: 'a clock that is no function',
        args: [
          { body, headers },
          { secret: SECRET, now: NOW },
        ],
      },
      { label: 'no options', args: [{ body, headers }] },
      { label: 'options null', args: [{ body, headers }, null] },
      { label: 'a delivery that is null', args: [null, { secret: SECRET }] },
      { label: 'a delivery that is text', args: [body, { secret: SECRET }] },
      { label: 'a body that is a number', args: [{ body: 42, headers }, { secret: SECRET }] },
      {
        label: 'a body that is a DataView',
        args: [{ body: new DataView(new ArrayBuffer(2)), headers }, { secret: SECRET }],
      },
    ])('should reject $label with a TypeError that never shows a secret', async ({ args }) => {
      const error = await rejectionOf(...args);
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(WebhookError);
      const { message } = error as TypeError;
      expect(message).toContain('parseWebhookDelivery()');
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain('leak-me');
    });
  });

  describe('for DECNET’s test ping', () => {
    const PING: WebhookEventInput = {
      topic: 'test.ping',
      type: 'test',
      payload: { message: 'Synthetic test event from DECNET', triggered_by: 'admin' },
    };
    const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

    it('should return DECNET’s ping, a dashed uuid4 and now with microseconds, as template test.ping', async () => {
      const delivery = await deliver(PING);
      const ping = await parseWebhookDelivery(delivery, { secret: SECRET });
      expect(ping).toEqual({
        template: 'test.ping',
        params: {},
        form: 'webhook',
        topic: 'test.ping',
        type: 'test',
        id: delivery.headers['X-DECNET-Event-Id'],
        v: 1,
        ts: expect.closeTo(NOW / 1000, 6) as unknown,
        tsText: '2024-05-01T00:01:00.123000+00:00',
        payload: PING.payload,
      });
      expect(ping.id).toMatch(UUID_V4);
    });

    it('should return the ping under strict too, as it is no bus event', async () => {
      const ping = { ...PING, id: randomUUID(), ts: '2026-04-24T10:11:12.345678+00:00' };
      await expect(parseWebhookDelivery(await deliver(ping), { secret: SECRET, strict: true })).resolves.toMatchObject({
        template: 'test.ping',
        ts: expect.closeTo(1_777_025_472.345_678, 6) as unknown,
      });
    });

    it('should refuse a replayed ping older than maxAgeSeconds as stale, by the ts it was signed with', async () => {
      const delivery = await deliver(PING);
      const limits = { secret: SECRET, maxAgeSeconds: 60 };
      await expect(parseWebhookDelivery(delivery, { ...limits, now: () => NOW + 60_000 })).resolves.toMatchObject({
        template: 'test.ping',
      });
      await expectRefusal(delivery, 'stale', 400, { ...limits, now: () => NOW + 61_000 });
    });

    it.each([
      { label: 'a type other than test', event: { ...PING, type: 'ping' }, path: ['type'] },
      { label: 'no triggered_by', event: { ...PING, payload: { message: 'hi' } }, path: ['payload', 'triggered_by'] },
      {
        label: 'a message that is a number',
        event: { ...PING, payload: { message: 1, triggered_by: 'admin' } },
        path: ['payload', 'message'],
      },
      { label: 'a ts that is no timestamp', event: { ...PING, ts: 'now' }, path: ['ts'] },
    ])('should refuse a ping with $label as invalid-event', async ({ event, path }) => {
      const error = await expectRefusal(await deliver(event), 'invalid-event', 422);
      expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    });
  });

  describe('for every valid fixture of the contract, sent as DECNET sends it', () => {
    const valid = ALL_FIXTURES.flatMap(({ template, valid }) => valid.map((fixture) => ({ template, ...fixture })));

    it.each(valid)('should give back $template: $name', async ({ template, event }) => {
      const delivery = await deliver(event as WebhookEventInput);
      const sent = JSON.parse(decode(delivery.body)) as { ts: string };
      const bus = parseEvent(event, { form: 'bus' });
      const parsed = await parseWebhookDelivery(delivery, { secret: SECRET, strict: true });
      expect(parsed).toMatchObject({ template, params: bus.params, form: 'webhook', tsText: sent.ts, id: event.id });
      expect(parsed.payload).toEqual(bus.payload);
      expect(parsed.ts).toBeCloseTo(event.ts as number, 6);
    });
  });
});
