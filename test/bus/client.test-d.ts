import { describe, expectTypeOf, it } from 'vitest';
import { connectBus, type Bus } from '../../src/bus/client';
import type { BusSubscription } from '../../src/bus/subscription';
import type { BusDelivery, BusEventFor, BusPayloadFor } from '../../src/bus/types';
import { topics } from '../../src/index';
import type { EventFor, PayloadOf, UnknownEvent } from '../../src/schemas';

declare const bus: Bus;
declare const loose: Bus<false>;

describe('connectBus types', () => {
  it('should give a strict client by default, and a loose one only for strict: false', () => {
    expectTypeOf(connectBus()).resolves.toEqualTypeOf<Bus>();
    expectTypeOf(connectBus({ name: 'x' })).resolves.toEqualTypeOf<Bus>();
    expectTypeOf(connectBus({ strict: true })).resolves.toEqualTypeOf<Bus>();
    expectTypeOf(connectBus({ strict: false })).resolves.toEqualTypeOf<Bus<false>>();
    const maybe = { strict: Math.random() > 0.5 };
    expectTypeOf(connectBus(maybe)).resolves.toEqualTypeOf<Bus<boolean>>();
  });
});

describe('Bus.subscribe types', () => {
  it('should yield the events a pattern can receive, in the bus form', () => {
    const sub = bus.subscribe('attacker.>');
    expectTypeOf(sub).toEqualTypeOf<BusSubscription<EventFor<'attacker.>', 'bus'>>>();
    expectTypeOf(bus.subscribe('decky.*.state')).toEqualTypeOf<BusSubscription<EventFor<'decky.*.state', 'bus'>>>();
  });

  it('should narrow the payload on template, and carry id and v', async () => {
    for await (const event of bus.subscribe('system.>')) {
      expectTypeOf(event.id).toEqualTypeOf<string>();
      expectTypeOf(event.v).toEqualTypeOf<1>();
      if (event.template === 'system.bus.health') expectTypeOf(event.payload.pid).toEqualTypeOf<number>();
    }
  });

  it('should add unknown events for a loose client', () => {
    expectTypeOf(loose.subscribe('system.>')).toEqualTypeOf<
      BusSubscription<EventFor<'system.>', 'bus'> | UnknownEvent<'bus'>>
    >();
    expectTypeOf(loose.subscribe('custom.>')).toEqualTypeOf<BusSubscription<UnknownEvent<'bus'>>>();
    expectTypeOf<BusEventFor<'custom.>'>>().toBeNever();
  });

  it('should yield deliveries with the body bytes for raw: true', () => {
    const sub = bus.subscribe('system.bus.health', { raw: true });
    expectTypeOf(sub).toEqualTypeOf<BusSubscription<BusDelivery<EventFor<'system.bus.health', 'bus'>>>>();
    expectTypeOf<BusDelivery<unknown>['body']>().toEqualTypeOf<Uint8Array>();
    const raw = Math.random() > 0.5;
    type Health = EventFor<'system.bus.health', 'bus'>;
    expectTypeOf(bus.subscribe('system.bus.health', { raw })).toEqualTypeOf<
      BusSubscription<Health | BusDelivery<Health>>
    >();
  });
});

describe('Bus.publish types', () => {
  it("should take the payload of the topic's templates", () => {
    void bus.publish(topics.systemHealth('siem-bridge'), { worker: 'siem-bridge', ts: 1 }, { type: 'health' });
    // @ts-expect-error: a health payload's worker is a string
    void bus.publish(topics.systemHealth('siem-bridge'), { worker: 1, ts: 1 }, { type: 'health' });
    expectTypeOf<BusPayloadFor<'system.a.health'>>().toEqualTypeOf<PayloadOf<'system.{worker}.health'>>();
  });

  it('should take any object where the types cannot place the topic', () => {
    expectTypeOf<BusPayloadFor<string>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<BusPayloadFor<'custom.thing'>>().toEqualTypeOf<Record<string, unknown>>();
  });
});
