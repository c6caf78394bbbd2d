/**
 * Laws of parseWebhookDelivery, on the contract topics whose payload is free-form: what createWebhookDelivery
 * sends comes back whole; any one byte changed is a bad signature; any edit of the event id header is a header
 * mismatch; the unsigned X-DECNET-Timestamp never decides anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebhookError } from '../../src/errors/WebhookError';
import { createWebhookDelivery, type WebhookEventInput } from '../../src/webhooks/delivery';
import { parseWebhookDelivery } from '../../src/webhooks/parse-delivery';
import { validSegment } from '../support/arbitraries';

const SECRET = 'the-subscription-secret-7f3a9c';
/** Each law runs this often: every run hashes and parses a delivery, and the file stays fast. */
const RUNS = { numRuns: 100 };

/** Text without lone surrogates, which a body cannot carry. */
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(fc.constant('a'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    maxLength,
  });

/** Printable ASCII, as a value that travels in a header must be. */
const ascii = (minLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength });

/** Payload keys, the ones a naive copy mishandles among them. */
const key = fc.oneof(text(6), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''));

/** JSON-like values: integers and finite doubles (never -0, which JSON writes as 0), three levels deep at most. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    text(8),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).map((x) => (x === 0 ? 0 : x)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

/** An event on a contract topic whose payload is any object and whose type is any string. */
const freeFormEvent: fc.Arbitrary<WebhookEventInput & { readonly id: string; readonly topic: string }> = fc.record({
  topic: fc.oneof(
    validSegment.filter((segment) => /^[\x21-\x7e]+$/u.test(segment)).map((id) => `decky.${id}.mutate_request`),
    fc.constant('ttp.rule.suppressed'),
  ),
  type: text(12),
  id: ascii(1),
  ts: fc.double({ min: 0, max: 4e9, noNaN: true }),
  payload: fc.dictionary(key, jsonValue, { maxKeys: 5, noNullPrototype: true }),
});

/** The reason a delivery is refused for, or "accepted". */
async function outcomeOf(delivery: Parameters<typeof parseWebhookDelivery>[0]): Promise<string> {
  try {
    await parseWebhookDelivery(delivery, { secret: SECRET, strict: true });
    return 'accepted';
  } catch (error) {
    if (error instanceof WebhookError) return error.reason;
    throw error;
  }
}

describe('parseWebhookDelivery laws', () => {
  it('should give back the template, id, type and payload (but a top-level __proto__) of every delivery createWebhookDelivery sends', async () => {
    await fc.assert(
      fc.asyncProperty(freeFormEvent, async (event) => {
        const parsed = await parseWebhookDelivery(await createWebhookDelivery(event, SECRET), {
          secret: SECRET,
          strict: true,
        });
        const template = event.topic === 'ttp.rule.suppressed' ? event.topic : 'decky.{decky_id}.mutate_request';
        expect(parsed).toMatchObject({ template, topic: event.topic, id: event.id, type: event.type, form: 'webhook' });
        // The payload schema drops a top-level __proto__ key (zod's guard, stated in test/hostile/proto.test.ts).
        const kept = Object.fromEntries(Object.entries(event.payload ?? {}).filter(([name]) => name !== '__proto__'));
        expect(parsed.payload).toEqual(kept); // toStrictEqual would compare a "constructor" key as the class
        expect(Object.getPrototypeOf(parsed.payload)).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it('should refuse any one byte changed as bad-signature, never as anything else', async () => {
    const eventAndChange = fc.tuple(
      freeFormEvent,
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.integer({ min: 1, max: 255 }),
    );
    await fc.assert(
      fc.asyncProperty(eventAndChange, async ([event, where, delta]) => {
        const { body, headers } = await createWebhookDelivery(event, SECRET);
        const changed = body.slice();
        const at = Math.floor(where * body.length);
        changed[at] = ((changed[at] ?? 0) + delta) % 256;
        expect(await outcomeOf({ body: changed, headers })).toBe('bad-signature');
      }),
      RUNS,
    );
  });

  it('should refuse any edit of X-DECNET-Event-Id as header-mismatch', async () => {
    await fc.assert(
      fc.asyncProperty(freeFormEvent, ascii(0), async (event, edited) => {
        fc.pre(edited !== event.id);
        const { body, headers } = await createWebhookDelivery(event, SECRET);
        expect(await outcomeOf({ body, headers: { ...headers, 'X-DECNET-Event-Id': edited } })).toBe('header-mismatch');
      }),
      RUNS,
    );
  });

  it('should decide nothing by X-DECNET-Timestamp, which is not signed', async () => {
    await fc.assert(
      fc.asyncProperty(freeFormEvent, fc.string(), async (event, sent) => {
        const { body, headers } = await createWebhookDelivery(event, SECRET);
        expect(await outcomeOf({ body, headers: { ...headers, 'X-DECNET-Timestamp': sent } })).toBe('accepted');
      }),
      RUNS,
    );
  });
});
