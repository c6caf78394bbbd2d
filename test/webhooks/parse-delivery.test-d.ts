import { describe, expectTypeOf, it } from 'vitest';
import type { AttackerSessionCommand, ParsedEvent, UnknownEvent } from '../../src/schemas';
import {
  parseWebhookDelivery,
  type WebhookDeliveryInput,
  type WebhookEvent,
  type WebhookTestPing,
} from '../../src/webhooks';

declare const delivery: WebhookDeliveryInput;

describe('parseWebhookDelivery types', () => {
  it('should return contract events, unknown events and the test ping, in the webhook form', async () => {
    const event = await parseWebhookDelivery(delivery, { secret: 's' });
    expectTypeOf(event).toEqualTypeOf<ParsedEvent<'webhook'> | UnknownEvent<'webhook'> | WebhookTestPing>();
    expectTypeOf(event.form).toEqualTypeOf<'webhook'>();
    expectTypeOf(event.tsText).toEqualTypeOf<string>();
    expectTypeOf(event.ts).toEqualTypeOf<number>();
  });

  it('should remove unknown events when strict is true, and only then', async () => {
    const strict = await parseWebhookDelivery(delivery, { secret: ['new', 'old'], strict: true });
    expectTypeOf(strict).toEqualTypeOf<ParsedEvent<'webhook'> | WebhookTestPing>();
    expectTypeOf<Extract<typeof strict, { template: null }>>().toBeNever();
    const loose = await parseWebhookDelivery(delivery, { secret: 's', strict: false });
    expectTypeOf(loose).toEqualTypeOf<ParsedEvent<'webhook'> | UnknownEvent<'webhook'> | WebhookTestPing>();
    expectTypeOf<Extract<typeof loose, { template: null }>>().toEqualTypeOf<UnknownEvent<'webhook'>>();
  });

  it('should narrow on template: attacker.session.ended has its commands typed', async () => {
    const event = await parseWebhookDelivery(delivery, { secret: 's', strict: true });
    if (event.template === 'attacker.session.ended') {
      expectTypeOf(event.payload.commands).toEqualTypeOf<AttackerSessionCommand[]>();
      expectTypeOf(event.payload.commands[0]?.command_text).toEqualTypeOf<string | undefined>();
    }
    if (event.template === 'decky.{decky_id}.traffic') {
      expectTypeOf(event.params).toEqualTypeOf<{ readonly decky_id: string }>();
    }
  });

  it('should include test.ping among the templates, narrowing to the ping', async () => {
    const event = await parseWebhookDelivery(delivery, { secret: 's', strict: true });
    expectTypeOf<'test.ping'>().toExtend<typeof event.template>();
    if (event.template === 'test.ping') {
      expectTypeOf(event).toEqualTypeOf<WebhookTestPing>();
      expectTypeOf(event.payload.triggered_by).toEqualTypeOf<string>();
      expectTypeOf(event.type).toEqualTypeOf<'test'>();
    }
  });

  it('should name its result WebhookEvent under the same options', () => {
    expectTypeOf(parseWebhookDelivery(delivery, { secret: 's', strict: true })).resolves.toEqualTypeOf<
      WebhookEvent<{ secret: string; strict: true }>
    >();
  });

  it('should refuse deliveries and options of the wrong shape at compile time', () => {
    // @ts-expect-error: the secret is required
    void parseWebhookDelivery(delivery, {});
    // @ts-expect-error: a secret is text, not a number
    void parseWebhookDelivery(delivery, { secret: 42 });
    // @ts-expect-error: the body is bytes or text, not a number
    void parseWebhookDelivery({ body: 42, headers: {} }, { secret: 's' });
    // @ts-expect-error: a header value is text or a list of text
    void parseWebhookDelivery({ body: '', headers: { 'x-decnet-signature': 42 } }, { secret: 's' });
  });
});
