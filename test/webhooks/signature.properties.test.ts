/**
 * Laws of webhook signing: what createWebhookDelivery signs, verifyWebhookSignature accepts, and nothing else;
 * the Web Crypto path agrees with node:crypto (here only, as a second implementation).
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWebhookDelivery, type WebhookEventInput } from '../../src/webhooks/delivery';
import { _hmacSha256Hex, verifyWebhookSignature } from '../../src/webhooks/signature';

/** Text without lone surrogates, which neither a secret nor a body may hold. */
const text = (options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(fc.constant('a'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    ...options,
  });

// Without NUL: HMAC pads a key with zero bytes, so "a" and "a\u0000" are one key, and a "wrong" secret could match.
const secret = text({ minLength: 1, maxLength: 40 }).filter((key) => !key.includes('\u0000'));

/** JSON-like payload values whose numbers are integers or finite doubles, at most three levels deep. */
const payloadValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    text({ maxLength: 8 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const asciiText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });

const event: fc.Arbitrary<WebhookEventInput> = fc.record(
  {
    topic: asciiText,
    type: text({ maxLength: 12 }),
    ts: fc.oneof(fc.double({ min: -1e10, max: 1e10, noNaN: true }), text({ minLength: 1, maxLength: 30 })),
    id: asciiText,
    payload: fc.dictionary(text({ maxLength: 6 }), payloadValue, { maxKeys: 5 }),
  },
  { requiredKeys: ['topic'] },
);

const nodeHmac = (body: Uint8Array, key: string): string => createHmac('sha256', key).update(body).digest('hex');

describe('webhook signatures', () => {
  it('should verify what createWebhookDelivery signs, for every generated event and secret', async () => {
    await fc.assert(
      fc.asyncProperty(event, secret, async (generated, key) => {
        const { body, headers } = await createWebhookDelivery(generated, key);
        expect(await verifyWebhookSignature(body, headers['X-DECNET-Signature'], key)).toBe(true);
      }),
    );
  });

  it('should refuse a body with any one byte changed', async () => {
    const bodyAndChange = fc
      .uint8Array({ minLength: 1, maxLength: 200 })
      .chain((body) => fc.tuple(fc.constant(body), fc.nat({ max: body.length - 1 }), fc.integer({ min: 1, max: 255 })));
    await fc.assert(
      fc.asyncProperty(bodyAndChange, secret, async ([body, at, delta], key) => {
        const header = `sha256=${await _hmacSha256Hex(body, key)}`;
        const changed = body.slice();
        changed[at] = ((changed[at] ?? 0) + delta) % 256;
        expect(await verifyWebhookSignature(changed, header, key)).toBe(false);
        expect(await verifyWebhookSignature(body, header, key)).toBe(true);
      }),
    );
  });

  it('should agree with node:crypto createHmac on every generated body and secret', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), secret, async (body, key) => {
        expect(await _hmacSha256Hex(body, key)).toBe(nodeHmac(body, key));
      }),
    );
  });

  it('should agree with node:crypto on a string body, encoded as UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(text({ maxLength: 100 }), secret, async (body, key) => {
        const header = `sha256=${nodeHmac(new TextEncoder().encode(body), key)}`;
        expect(await verifyWebhookSignature(body, header, key)).toBe(true);
      }),
    );
  });

  it('should accept a body signed by the old or the new secret during a rotation, and refuse a third', async () => {
    const secrets = fc.uniqueArray(secret, { minLength: 3, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 100 }), secrets, async (body, [oldKey, newKey, wrongKey]) => {
        const rotation = [oldKey as string, newKey as string];
        for (const signer of rotation) {
          const header = `sha256=${nodeHmac(body, signer)}`;
          expect(await verifyWebhookSignature(body, header, rotation)).toBe(true);
          expect(await verifyWebhookSignature(body, header, [...rotation].reverse())).toBe(true);
        }
        expect(await verifyWebhookSignature(body, `sha256=${nodeHmac(body, wrongKey as string)}`, rotation)).toBe(
          false,
        );
      }),
    );
  });

  it('should give false for every header that is not exactly sha256= and 64 lowercase hex digits', async () => {
    const spoiled = fc.oneof(
      fc.constant((header: string) => header.toUpperCase()),
      fc.constant((header: string) => header.slice(0, -1)),
      fc.constant((header: string) => `${header}0`),
      fc.constant((header: string) => header.replace('sha256=', 'sha1=')),
      fc.constant((header: string) => `${header}, ${header}`),
      fc.constant((header: string) => ` ${header}`),
      fc.nat({ max: 63 }).map((at) => (header: string) => {
        const i = 7 + at;
        return `${header.slice(0, i)}${header.charAt(i).toUpperCase() === header.charAt(i) ? 'g' : header.charAt(i).toUpperCase()}${header.slice(i + 1)}`;
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 50 }), secret, spoiled, async (body, key, spoil) => {
        const header = `sha256=${nodeHmac(body, key)}`;
        expect(await verifyWebhookSignature(body, spoil(header), key)).toBe(false);
      }),
    );
  });
});
