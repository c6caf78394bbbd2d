// Type-checked in the scratch project against the shipped declarations of /nats, with the consumer's own
// @nats-io/transport-node (an optional peer dependency): events typed by pattern, payloads by topic and type.
// Apart from the other consumers because @nats-io/nats-core 3.3's declarations do not compile under
// exactOptionalPropertyTypes (`MsgImpl implements Msg`), whatever this package does: see tsconfig.nats.*.json.
import {
  NatsEventError,
  isNatsSubject,
  publishEvent,
  subscribeEvents,
  type NatsEventRejection,
} from '@decnet/bus-topics/nats';
import { headers, type NatsConnection } from '@nats-io/transport-node';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const SCORED = {
  attacker_ip: '203.0.113.7',
  event_count: 12,
  service_count: 2,
  decky_count: 1,
  bounty_count: 0,
  credential_count: 1,
  is_traversal: false,
};

export async function natsStates(nc: NatsConnection): Promise<string[]> {
  const states: string[] = [];
  for await (const event of subscribeEvents(nc, 'decky.*.state', { queue: 'reconcilers' })) {
    const exact: Same<typeof event.template, 'decky.{decky_id}.state'> = true;
    // @ts-expect-error: decky.*.state events have a decky_id parameter only
    void event.params.token_id;
    if (exact) states.push(event.payload.state);
    break;
  }
  return states;
}

export function publishScored(nc: NatsConnection): string {
  const sent = publishEvent(nc, 'attacker.scored', SCORED, { type: 'scored', headers });
  const exact: Same<typeof sent.topic, 'attacker.scored'> = true;
  // @ts-expect-error: Nats-Msg-Id needs the NATS client's headers, or msgId: false
  publishEvent(nc, 'attacker.scored', SCORED, { type: 'scored' });
  // @ts-expect-error: an attacker.scored payload has counters, not text
  publishEvent(nc, 'attacker.scored', { ...SCORED, event_count: 'many' }, { type: 'scored', msgId: false });
  return exact && isNatsSubject(sent.topic) ? sent.id : '';
}

export function natsReasonOf(error: unknown): NatsEventRejection | undefined {
  return error instanceof NatsEventError ? error.reason : undefined;
}
