/**
 * The at-least-once topics on JetStream, in a three-node cluster: the stream configurations of
 * eventStreamConfig as the server takes them, Nats-Msg-Id deduplication of retried publications, and typed
 * reading of a durable consumer with consumeEvents.
 */
import { AckPolicy, jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeEvents } from '../../src/nats/consume-events';
import type { NatsEventErrorDetails } from '../../src/nats/NatsEventError';
import type { CanaryTriggeredPayload } from '../../src/schemas';
import { publishEvent } from '../../src/nats/publish-event';
import { eventStreamConfig, type AtLeastOnceFamily } from '../../src/nats/stream-config';
import { startNatsCluster, type NatsCluster } from '../support/nats-cluster';
import { Connections, jsonBytes, natsBinary, natsTitle, SKIP_NATS, take, until, wireEvent, within } from './support';

const TOKEN = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const TRIGGERED = `canary.${TOKEN}.triggered`;
const hit = (n: number): CanaryTriggeredPayload => ({
  token_id: TOKEN,
  trigger_id: `f00dbabe00000000f00dbabe0000000${n}`,
  decky_name: 'web-01',
  src_ip: '203.0.113.7',
  user_agent: 'aws-cli/2.15.0',
  request_path: '/c/9a8b7c6d',
  dns_qname: null,
});

describe.skipIf(SKIP_NATS)(natsTitle('at-least-once topics on JetStream in a three-node cluster'), () => {
  let cluster: NatsCluster | undefined;
  const connections = new Connections();
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    cluster = await startNatsCluster(natsBinary(), { jetstream: true });
    nc = await connections.open(cluster.urls[0] ?? '');
    jsm = await jetstreamManager(nc);
  }, 30_000);

  afterAll(async () => {
    try {
      await connections.closeAll();
    } finally {
      await cluster?.stop();
    }
  }, 20_000);

  it.each<AtLeastOnceFamily>(['attacker', 'email', 'canary', 'ttp'])(
    'should give a %s stream configuration the server takes as it is, replicated three times',
    async (family) => {
      const config = eventStreamConfig(family, { replicas: 3 });
      // streams.add writes to the object it is given, so the comparison is with a fresh one.
      const info = await jsm.streams.add(config);
      expect(info.config).toMatchObject(eventStreamConfig(family, { replicas: 3 }));
    },
    10_000,
  );

  /** The canary stream: adding an identical configuration again is a no-op, so each test can ask for it. */
  const canaryStream = async (): Promise<string> =>
    (await jsm.streams.add(eventStreamConfig('canary', { replicas: 3 }))).config.name;

  it('should store a retried publication once: the same id is the same Nats-Msg-Id', async () => {
    const stream = await canaryStream();
    const before = (await jsm.streams.info(stream)).state.last_seq;
    const first = publishEvent(nc, TRIGGERED, hit(1), { type: '', headers });
    publishEvent(nc, TRIGGERED, hit(1), { type: '', headers, id: first.id });
    const other = publishEvent(nc, TRIGGERED, hit(2), { type: '', headers });
    await nc.flush();
    // One connection, one stream: the server handles the three in order, so once the third is stored, the second
    // was handled, and it was stored only if the third is not right after the first.
    await until(async () => (await jsm.streams.info(stream)).state.last_seq >= before + 2, 5_000, 'the stream');
    const stored = await jsm.streams.getMessage(stream, { seq: before + 2 });
    expect(stored?.header.get('Nats-Msg-Id')).toBe(other.id);
    expect((await jsm.streams.info(stream)).state.last_seq).toBe(before + 2);
  });

  it('should read a durable consumer as typed events, terminate invalid messages, and redeliver a nak', async () => {
    const stream = await canaryStream();
    const durable = `handler-${Date.now()}`;
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      filter_subject: 'canary.*.triggered',
      deliver_policy: 'new',
    });
    const sent = publishEvent(nc, TRIGGERED, hit(3), { type: '', headers });
    nc.publish(TRIGGERED, jsonBytes(wireEvent(`canary.${TOKEN}.revoked`, '', hit(4)))); // the body lies about its topic
    publishEvent(nc, TRIGGERED, hit(5), { type: '', headers });
    await nc.flush();

    const consumer = await jetstream(nc).consumers.get(stream, durable);
    const messages = await consumer.consume({ max_messages: 10 });
    const invalid: NatsEventErrorDetails[] = [];
    const events = consumeEvents(messages, 'canary.*.triggered', { onInvalid: (details) => invalid.push(details) });
    const iterator = events[Symbol.asyncIterator]();
    const [first] = await take(iterator, 1);
    expect(first?.event.id).toBe(sent.id);
    expect(first?.event.params.token_id).toBe(TOKEN);
    expect(first?.message.redelivered).toBe(false);
    first?.message.nak(); // not handled: JetStream delivers it again
    // The redelivery may come before or after the third message: they are told apart by id.
    const later = await take(iterator, 2);
    const again = later.find((item) => item.event.id === sent.id);
    const third = later.find((item) => item.event.id !== sent.id);
    expect(third?.event.payload.trigger_id).toBe(hit(5).trigger_id);
    expect(again?.message.redelivered).toBe(true);
    expect(await third?.message.ackAck()).toBe(true);
    expect(await again?.message.ackAck()).toBe(true);
    expect(invalid.map((details) => details.reason)).toEqual(['topic-mismatch']);
    expect([events.received, events.invalid]).toEqual([4, 1]);
    await until(async () => (await consumer.info()).num_ack_pending === 0, 5_000, 'every message settled');
    expect((await consumer.info()).num_pending).toBe(0);
    // Leaving the iteration (what `break` does) ends the consumer's own iteration, which close() waits for.
    await iterator.return?.();
    expect(await within(messages.close(), 2_000, 'the consumer to close')).toBeUndefined();
  }, 10_000);
});
