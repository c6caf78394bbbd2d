/**
 * Typed events across a three-node nats-server cluster: through routes, in queue groups, and across the restart
 * of the node a subscriber is connected to.
 */
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NatsEventError } from '../../src/nats/NatsEventError';
import { publishEvent } from '../../src/nats/publish-event';
import { subscribeEvents } from '../../src/nats/subscribe-events';
import { startNatsCluster, type NatsCluster } from '../support/nats-cluster';
import { awaitInterest, Connections, heartbeat, natsBinary, natsTitle, SKIP_NATS, take, within } from './support';

describe.skipIf(SKIP_NATS)(natsTitle('typed events across a three-node nats-server cluster'), () => {
  let cluster: NatsCluster | undefined;
  const connections = new Connections();
  let worker = 0;
  const freshWorker = (): string => `w${++worker}`;

  const urlOf = (index: number): string => {
    const url = cluster?.urls[index];
    if (url === undefined) throw new Error('the cluster did not start');
    return url;
  };
  const health = (nc: NatsConnection, name: string, seq: number): void => {
    publishEvent(nc, `system.${name}.health`, heartbeat(seq, name), { type: 'health', headers });
  };

  beforeAll(async () => {
    cluster = await startNatsCluster(natsBinary());
  }, 30_000);

  afterEach(async () => {
    await connections.closeAll();
  });

  afterAll(async () => {
    await cluster?.stop();
  }, 20_000);

  it('should deliver events published on one node to a subscription on another, in order', async () => {
    const publisher = await connections.open(urlOf(0));
    const subscriber = await connections.open(urlOf(2));
    const name = freshWorker();
    const events = subscribeEvents(subscriber, `system.${name}.health`);
    await awaitInterest(publisher, subscriber);
    for (let seq = 0; seq < 50; seq++) health(publisher, name, seq);
    const read = await take(events[Symbol.asyncIterator](), 50);
    expect(read.map((event) => event.payload['seq'])).toEqual(Array.from({ length: 50 }, (_, k) => k));
    expect(read.every((event) => event.params.worker === name)).toBe(true);
    events.unsubscribe();
  });

  it('should give each event to one member of a queue group, spreading them over nodes', async () => {
    const publisher = await connections.open(urlOf(0));
    const [left, right] = [await connections.open(urlOf(1)), await connections.open(urlOf(2))];
    const name = freshWorker();
    const pattern = `system.${name}.health`;
    const a = subscribeEvents(left, pattern, { queue: 'scorers' });
    const b = subscribeEvents(right, pattern, { queue: 'scorers' });
    await awaitInterest(publisher, left);
    await awaitInterest(publisher, right);
    const total = 200;
    for (let seq = 0; seq < total; seq++) health(publisher, name, seq);
    await publisher.flush();
    const deadline = Date.now() + 5_000;
    while (a.received + b.received < total && Date.now() < deadline) {
      await Promise.all([left.flush(), right.flush()]);
    }
    expect(a.received + b.received).toBe(total);
    const seqs = [
      ...(await take(a[Symbol.asyncIterator](), a.received)),
      ...(await take(b[Symbol.asyncIterator](), b.received)),
    ].map((event) => event.payload['seq']);
    expect(new Set(seqs).size).toBe(total);
    // The server picks a member at random for each event: both get some (one getting none has odds 2^-199).
    expect(a.received).toBeGreaterThan(0);
    expect(b.received).toBeGreaterThan(0);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('should resubscribe after the node it was on restarts, and go on reading', async () => {
    const nodes = cluster;
    if (nodes === undefined) throw new Error('the cluster did not start');
    const publisher = await connections.open(urlOf(0));
    const subscriber = await connections.open(urlOf(1));
    const name = freshWorker();
    const events = subscribeEvents(subscriber, `system.${name}.health`);
    const iterator = events[Symbol.asyncIterator]();
    await awaitInterest(publisher, subscriber);
    for (let seq = 0; seq < 10; seq++) health(publisher, name, seq);
    expect((await take(iterator, 10)).map((event) => event.payload['seq'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    const reconnected = (async () => {
      for await (const status of subscriber.status()) if (status.type === 'reconnect') return status.server;
      return undefined;
    })();
    await nodes.restartNode(1);
    await within(reconnected, 8_000, 'the subscriber to reconnect');
    // Events published while the subscriber was away are lost (at most once, as on DECNET's bus); once its
    // subscription is known again on the publisher's node, delivery goes on.
    await awaitInterest(publisher, subscriber);
    for (let seq = 10; seq < 20; seq++) health(publisher, name, seq);
    const after = await take(iterator, 10);
    expect(after.map((event) => event.payload['seq'])).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(events.invalid).toBe(0);
    events.unsubscribe();
  }, 20_000);

  it('should carry the longest topic publishEvent accepts through the routes, and refuse one byte more', async () => {
    const publisher = await connections.open(urlOf(0));
    const subscriber = await connections.open(urlOf(2));
    // 4,000 bytes: "system." and ".health" are 14, the worker name holds the rest, in two-byte characters too.
    const name = `${'é'.repeat(1_000)}${'w'.repeat(1_986)}`;
    const events = subscribeEvents(subscriber, 'system.*.health');
    await awaitInterest(publisher, subscriber);
    health(publisher, name, 1);
    const [event] = await take(events[Symbol.asyncIterator](), 1);
    expect(event?.template === 'system.{worker}.health' && event.params.worker).toBe(name);
    expect(() => {
      health(publisher, `${name}w`, 2);
    }).toThrow(expect.objectContaining({ reason: 'unsendable-topic' }) as NatsEventError);
    expect(publisher.isClosed()).toBe(false);
    events.unsubscribe();
  });
});
