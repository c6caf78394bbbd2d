import { describe, expect, it } from 'vitest';
import { createWebhookDelivery, type WebhookEventInput } from '../../src/webhooks/delivery';
import { verifyWebhookSignature } from '../../src/webhooks/signature';
import { callLoosely } from '../support/calls';
import { readConformance } from '../support/conformance';

const SECRET = 's'.repeat(32);
/** 2024-05-01T00:01:00.500Z, in epoch milliseconds. */
const NOW = 1_714_521_660_500;

// The vectors of conformance/webhook-signatures.json: CONTRACT 5.3's event, the isoformat ts vectors, the defaults.
const { deliveries: DELIVERIES } = readConformance('webhook-signatures');
const SENT = DELIVERIES.flatMap((vector) => ('body' in vector.expect ? [{ ...vector, ...vector.expect }] : []));
const REFUSED = DELIVERIES.flatMap((vector) => ('refused' in vector.expect ? [{ ...vector, ...vector.expect }] : []));

/** CONTRACT 5.3: the attacker.observed event, signed with "s" * 32. */
const OBSERVED = SENT.find(({ name }) => name === 'attacker.observed');
if (OBSERVED === undefined) throw new Error('no attacker.observed delivery vector');
const OBSERVED_EVENT: WebhookEventInput = OBSERVED.event;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

/** The body of a delivery, decoded, then parsed. */
async function bodyOf(event: WebhookEventInput, now = NOW): Promise<Record<string, unknown>> {
  const { body } = await createWebhookDelivery(event, SECRET, { now });
  return JSON.parse(new TextDecoder().decode(body)) as Record<string, unknown>;
}

/** Calls createWebhookDelivery with arguments its types would refuse. */
const deliverLoosely = (...args: unknown[]): Promise<unknown> =>
  callLoosely(createWebhookDelivery, args) as Promise<unknown>;

describe('createWebhookDelivery', () => {
  describe('for the vectors of conformance/webhook-signatures.json', () => {
    it.each(SENT)('should build the body and headers DECNET sends for $name, byte for byte', async (vector) => {
      const { body, headers } = await createWebhookDelivery(vector.event, vector.secret, { now: vector.sentAt * 1000 });
      expect(new TextDecoder().decode(body)).toBe(vector.body);
      expect(body).toEqual(new TextEncoder().encode(vector.body));
      expect(headers).toEqual(vector.headers);
    });

    it.each(REFUSED)('should refuse $name with a RangeError, as Python raises ($refused)', async (vector) => {
      const call = createWebhookDelivery(vector.event, vector.secret, { now: vector.sentAt * 1000 });
      await expect(call).rejects.toThrow(RangeError);
      await expect(call).rejects.toThrow(/^createWebhookDelivery\(\): .*years 1 to 9999/u);
    });

    it('should sign a body that verifyWebhookSignature accepts, and no other secret does', async () => {
      const { body, headers } = await createWebhookDelivery(OBSERVED_EVENT, SECRET);
      expect(await verifyWebhookSignature(body, headers['X-DECNET-Signature'], SECRET)).toBe(true);
      expect(await verifyWebhookSignature(body, headers['X-DECNET-Signature'], 'another-secret')).toBe(false);
    });
  });

  describe('as DECNET’s build_payload fills the envelope', () => {
    it.each([{ ts: undefined }, { ts: '' }])('should take the time of sending for ts $ts', async ({ ts }) => {
      const event = ts === undefined ? { topic: 't' } : { topic: 't', ts };
      expect((await bodyOf(event))['ts']).toBe('2024-05-01T00:01:00.500000+00:00');
    });

    it('should make a fresh dashed UUID v4 when the id is left out or empty, and send it in the header too', async () => {
      const first = await createWebhookDelivery({ topic: 't' }, SECRET);
      const second = await createWebhookDelivery({ topic: 't', id: '' }, SECRET);
      const ids = [first, second].map(({ body }) => (JSON.parse(new TextDecoder().decode(body)) as { id: string }).id);
      expect(ids[0]).toMatch(UUID_V4);
      expect(ids[1]).toMatch(UUID_V4);
      expect(ids[0]).not.toBe(ids[1]);
      expect(first.headers['X-DECNET-Event-Id']).toBe(ids[0]);
    });

    it('should make a fresh id for an id that is not a string, as Python does', async () => {
      expect(await deliverLoosely({ topic: 't', id: 42 }, SECRET)).toMatchObject({
        headers: { 'X-DECNET-Event-Id': expect.stringMatching(UUID_V4) as unknown },
      });
    });

    it('should send X-DECNET-Timestamp as whole seconds truncated toward zero, as Python’s int(time.time())', async () => {
      const at = async (now: number): Promise<string | undefined> =>
        (await createWebhookDelivery({ topic: 't', ts: 0 }, SECRET, { now })).headers['X-DECNET-Timestamp'];
      expect(await at(NOW)).toBe('1714521660');
      expect(await at(-1500)).toBe('-1');
    });

    it('should take the clock when no time is given', async () => {
      const before = Math.trunc(Date.now() / 1000);
      const { headers } = await createWebhookDelivery({ topic: 't' }, SECRET);
      const sent = Number(headers['X-DECNET-Timestamp']);
      expect(sent).toBeGreaterThanOrEqual(before);
      expect(sent).toBeLessThanOrEqual(Math.trunc(Date.now() / 1000));
    });
  });

  describe('for what DECNET could not send', () => {
    it.each([
      { label: 'a topic that is not a string', event: { topic: 42 }, error: TypeError, shown: '"event.topic"' },
      { label: 'a topic with a line feed', event: { topic: 'a\nb' }, error: TypeError, shown: '"a<U+000A>b"' },
      { label: 'a topic beyond ASCII', event: { topic: 'café' }, error: TypeError, shown: 'printable ASCII' },
      { label: 'an id beyond ASCII', event: { topic: 't', id: 'é' }, error: TypeError, shown: '"event.id"' },
      { label: 'a ts of NaN', event: { topic: 't', ts: Number.NaN }, error: RangeError, shown: 'NaN' },
      { label: 'a ts of Infinity', event: { topic: 't', ts: Infinity }, error: RangeError, shown: 'Infinity' },
      { label: 'a ts that is a boolean', event: { topic: 't', ts: true }, error: TypeError, shown: '"event.ts"' },
      { label: 'a type that is a number', event: { topic: 't', type: 1 }, error: TypeError, shown: '"event.type"' },
      { label: 'a payload that is a list', event: { topic: 't', payload: [1] }, error: TypeError, shown: 'payload' },
      {
        label: 'a function in the payload',
        event: { topic: 't', payload: { f: () => 1 } },
        error: TypeError,
        shown: '"payload.f"',
      },
      {
        label: 'a lone surrogate in the payload',
        event: { topic: 't', payload: { s: '\uD800' } },
        error: TypeError,
        shown: 'lone surrogate',
      },
      {
        label: 'an integer beyond 64 bits',
        event: { topic: 't', payload: { n: 2 ** 64 } },
        error: TypeError,
        shown: '64-bit',
      },
      {
        label: 'a lone surrogate in a ts string',
        event: { topic: 't', ts: '\uDC00' },
        error: TypeError,
        shown: '"ts"',
      },
      { label: 'no event at all', event: null, error: TypeError, shown: 'argument "event"' },
    ])('should refuse $label', async ({ event, error, shown }) => {
      const call = deliverLoosely(event, SECRET, { now: NOW });
      await expect(call).rejects.toThrow(error);
      await expect(call).rejects.toThrow(shown);
      await expect(call).rejects.toThrow(/^createWebhookDelivery\(\): /u);
    });

    it.each([
      { label: 'an empty secret', secret: '', options: {}, error: TypeError },
      { label: 'a secret that is not a string', secret: ['a'], options: {}, error: TypeError },
      { label: 'a time that is a string', secret: SECRET, options: { now: '1714521660' }, error: TypeError },
      { label: 'a time of NaN', secret: SECRET, options: { now: Number.NaN }, error: RangeError },
      { label: 'a time beyond year 9999', secret: SECRET, options: { now: 1e20 }, error: RangeError },
    ])('should refuse $label', async ({ secret, options, error }) => {
      await expect(deliverLoosely({ topic: 't' }, secret, options)).rejects.toThrow(error);
    });

    it('should keep the message of a long topic short', async () => {
      const error = await deliverLoosely({ topic: `${'x'.repeat(10_000)}\u0000` }, SECRET).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message.length).toBeLessThan(250);
    });
  });
});
