import type { StreamConfig } from '@nats-io/jetstream';
import { headers, type NatsConnection, type WithRequired } from '@nats-io/transport-node';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AttackerFingerprintedJarmPayload,
  AttackerScoredPayload,
  SystemBusHealthPayload,
  SystemWorkerHealthPayload,
} from '../../src/schemas';
import { publishEvent, type PublishPayload, type PublishVariant } from '../../src/nats/publish-event';
import { eventStreamConfig, type EventStreamConfig } from '../../src/nats/stream-config';

declare const nc: NatsConnection;
declare const scored: AttackerScoredPayload;

describe('publishEvent types', () => {
  it('should type the payload by the topic and the type', () => {
    expectTypeOf<PublishPayload<'attacker.scored', 'scored'>>().toEqualTypeOf<AttackerScoredPayload>();
    expectTypeOf<PublishPayload<'attacker.fingerprinted', 'jarm'>>().toEqualTypeOf<AttackerFingerprintedJarmPayload>();
    expectTypeOf<PublishPayload<'system.bus.health', 'bus.health'>>().toEqualTypeOf<SystemBusHealthPayload>();
    expectTypeOf<PublishPayload<`system.${string}.health`, 'health'>>().toEqualTypeOf<SystemWorkerHealthPayload>();
    expectTypeOf<PublishVariant<'sensor.t-1'>['payload']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<PublishVariant<string>['type']>().toEqualTypeOf<string>();
  });

  it('should return the event it sent, typed', () => {
    const sent = publishEvent(nc, 'attacker.scored', scored, { type: 'scored', headers });
    expectTypeOf(sent.topic).toEqualTypeOf<'attacker.scored'>();
    expectTypeOf(sent.type).toEqualTypeOf<'scored'>();
    expectTypeOf(sent.payload).toEqualTypeOf<AttackerScoredPayload>();
    expectTypeOf(sent.v).toEqualTypeOf<1>();
  });

  it('should refuse a wrong type, a wrong payload, and a Msg-Id without headers', () => {
    // @ts-expect-error: attacker.scored is published with type "scored"
    publishEvent(nc, 'attacker.scored', scored, { type: 'observed', headers });
    // @ts-expect-error: event_count is a number
    publishEvent(nc, 'attacker.scored', { ...scored, event_count: 'many' }, { type: 'scored', headers });
    // @ts-expect-error: Nats-Msg-Id needs headers, or msgId: false
    publishEvent(nc, 'attacker.scored', scored, { type: 'scored' });
    publishEvent(nc, 'attacker.scored', scored, { type: 'scored', msgId: false });
    publishEvent(nc, 'sensor.t-1', { celsius: 21 }, { type: 'reading', msgId: false, strict: false });
  });
});

describe('eventStreamConfig types', () => {
  it("should give what @nats-io/jetstream's streams.add() takes", () => {
    expectTypeOf(eventStreamConfig('canary')).toEqualTypeOf<EventStreamConfig>();
    expectTypeOf<EventStreamConfig>().toExtend<WithRequired<Partial<StreamConfig>, 'name'>>();
  });
});
