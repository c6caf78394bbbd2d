import type { JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { describe, expectTypeOf, it } from 'vitest';
import type { EventFor, EventOf, ParsedEvent, UnknownEvent } from '../../src/schemas';
import { consumeEvents } from '../../src/nats/consume-events';
import type { EventSubscription } from '../../src/nats/event-subscription';
import { subscribeEvents, type SubscribeEventsOptions } from '../../src/nats/subscribe-events';

declare const nc: NatsConnection;
declare const messages: AsyncIterable<JsMsg>;
declare const options: SubscribeEventsOptions;
declare const dynamic: string;

describe('subscribeEvents types', () => {
  it('should type events by the pattern, in the bus form', () => {
    expectTypeOf(subscribeEvents(nc, 'decky.*.state')).toEqualTypeOf<
      EventSubscription<EventOf<'decky.{decky_id}.state', 'bus'>>
    >();
    expectTypeOf(subscribeEvents(nc, 'attacker.>')).toEqualTypeOf<EventSubscription<EventFor<'attacker.>', 'bus'>>>();
  });

  it('should add events outside the contract only when strict may be false', () => {
    expectTypeOf(subscribeEvents(nc, 'decky.*.state', { strict: true })).toEqualTypeOf<
      EventSubscription<EventOf<'decky.{decky_id}.state', 'bus'>>
    >();
    expectTypeOf(subscribeEvents(nc, 'decky.*.state', { strict: false })).toEqualTypeOf<
      EventSubscription<EventOf<'decky.{decky_id}.state', 'bus'> | UnknownEvent<'bus'>>
    >();
    expectTypeOf(subscribeEvents(nc, 'decky.*.state', { queue: 'q' })).toEqualTypeOf<
      EventSubscription<EventOf<'decky.{decky_id}.state', 'bus'>>
    >();
    expectTypeOf(subscribeEvents(nc, 'decky.*.state', options)).toEqualTypeOf<
      EventSubscription<EventOf<'decky.{decky_id}.state', 'bus'> | UnknownEvent<'bus'>>
    >();
  });

  it('should yield every contract event for a pattern known only as a string', () => {
    expectTypeOf(subscribeEvents(nc, dynamic)).toEqualTypeOf<EventSubscription<ParsedEvent<'bus'>>>();
  });

  it('should narrow payloads and params in a loop', async () => {
    for await (const event of subscribeEvents(nc, 'decky.*.state', { queue: 'q' })) {
      expectTypeOf(event.params.decky_id).toEqualTypeOf<string>();
      expectTypeOf(event.payload.state).toEqualTypeOf<'running' | 'degraded' | 'failed' | 'torn_down'>();
      expectTypeOf(event.id).toEqualTypeOf<string>();
    }
  });

  it('should take options by their types', () => {
    // @ts-expect-error: onInvalid is a policy word or a function
    subscribeEvents(nc, 'a.b', { onInvalid: 'ignore' });
    // @ts-expect-error: the signal is an AbortSignal
    subscribeEvents(nc, 'a.b', { signal: true });
    subscribeEvents(nc, 'a.b', { signal: AbortSignal.timeout(1_000), onInvalid: (details) => details.reason });
  });
});

describe('consumeEvents types', () => {
  it('should type events by the pattern, and keep the message type', async () => {
    for await (const { event, message } of consumeEvents(messages, 'canary.*.triggered')) {
      expectTypeOf(event).toEqualTypeOf<EventOf<'canary.{token_id}.triggered', 'bus'>>();
      expectTypeOf(message).toEqualTypeOf<JsMsg>();
    }
  });
});
