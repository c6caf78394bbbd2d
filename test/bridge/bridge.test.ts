/**
 * bridgeBusToNats end to end: the test bus server -> the bridge -> a three-node nats-server cluster (the bridge on
 * node A, readers on node C). Bytes, ids and timestamps as the bus sent them; the prefix; invalid and unroutable
 * events; overlapping patterns; a bus server restart, a NATS node restart, and every way of stopping.
 */
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../../src/bridge/BridgeError';
import { bridgeBusToNats } from '../../src/bridge/bridge';
import type { BusNatsBridge } from '../../src/bridge/BusNatsBridge';
import type { BridgeBusToNatsOptions } from '../../src/bridge/options';
import type { BridgeUnroutable } from '../../src/bridge/stats';
import { connectBus } from '../../src/bus/client';
import { NatsEventError } from '../../src/nats/NatsEventError';
import { subscribeEvents } from '../../src/nats/subscribe-events';
import { startBusServer, type TestBusServer } from '../support/bus-server';
import { startNatsCluster, type NatsCluster } from '../support/nats-cluster';
import { awaitInterest, Connections, natsBinary, natsTitle, SKIP_NATS, take, until, within } from '../nats/support';
import { ATTACKER_EVENTS, BusTap, Inbox, INVALID_ATTACKER_EVENTS, idOf, publishAll, type Publishable } from './support';

const FAST_RECONNECT = { initialDelayMs: 5, maxDelayMs: 40 } as const;
const decode = (bytes: Uint8Array): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const health = (worker: string, seq = 0): Publishable => ({
  topic: `system.${worker}.health`,
  type: 'health',
  payload: { worker, ts: 1_763_900_000 + seq, seq },
});

describe.skipIf(SKIP_NATS)(natsTitle('bridgeBusToNats, from the test bus server to a nats-server cluster'), () => {
  let cluster: NatsCluster | undefined;
  let server: TestBusServer | undefined;
  const connections = new Connections();
  const cleanups: (() => Promise<unknown>)[] = [];

  const urlOf = (index: number): string => cluster?.urls[index] ?? '';
  const bus = (): TestBusServer => server as TestBusServer;

  /** A bridge on node A, with the given options, and connections to A and C whose interest has crossed. */
  async function start(options: Partial<BridgeBusToNatsOptions> = {}): Promise<{
    bridge: BusNatsBridge;
    a: NatsConnection;
    c: NatsConnection;
  }> {
    const a = await connections.open(urlOf(0));
    const c = await connections.open(urlOf(2));
    const bridge = await bridgeBusToNats({ bus: { path: bus().path, reconnect: FAST_RECONNECT }, nats: a, ...options });
    cleanups.push(() => bridge.close());
    await bridge.ready;
    await bus().waitForSub(bridge.busPattern);
    return { bridge, a, c };
  }

  beforeAll(async () => {
    cluster = await startNatsCluster(natsBinary());
  }, 30_000);
  beforeEach(async () => {
    server = await startBusServer();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await connections.closeAll();
    await server?.dispose();
  });
  afterAll(async () => {
    await cluster?.stop();
  }, 20_000);

  it('should deliver every event once, typed, with the bytes, id and ts the bus server sent', async () => {
    const tap = await BusTap.open(bus());
    cleanups.push(() => tap.close());
    const { bridge, a, c } = await start({ patterns: ['attacker.>'] });
    const typed = subscribeEvents(c, 'attacker.>');
    const raw = new Inbox(c, 'attacker.>');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS);
    const n = ATTACKER_EVENTS.length;
    const messages = await raw.first(n);
    const events = await take(typed[Symbol.asyncIterator](), n);
    expect(messages.map((msg) => msg.subject)).toEqual(ATTACKER_EVENTS.map((event) => event.topic));
    for (const [k, msg] of messages.entries()) {
      const body = await tap.body(idOf(msg.data));
      expect(Buffer.from(msg.data).equals(Buffer.from(body))).toBe(true);
      const sent = decode(body);
      const event = events[k];
      expect(event?.id).toBe(sent['id']);
      expect(event?.ts).toBe(sent['ts']);
      expect(event?.topic).toBe(ATTACKER_EVENTS[k]?.topic);
      expect(decode(msg.data)['payload']).toEqual(ATTACKER_EVENTS[k]?.payload);
    }
    // One more event, and it is the next to arrive: nothing was forwarded twice.
    publishAll(bus(), [health('sentinel')]);
    publishAll(bus(), ATTACKER_EVENTS.slice(0, 1));
    expect((await raw.first(n + 1))[n]?.subject).toBe(ATTACKER_EVENTS[0]?.topic);
    expect(bridge.stats()).toMatchObject({ forwarded: n + 1, invalid: 0, unroutable: 0, dropped: 0 });
    expect(typed.invalid).toBe(0);
  });

  it('should put the prefix before every subject, and send the event id as Nats-Msg-Id when asked', async () => {
    const { a, c } = await start({ subjectPrefix: 'decnet.', msgId: true, headers });
    const raw = new Inbox(c, 'decnet.>');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS.slice(0, 3));
    const messages = await raw.first(3);
    expect(messages.map((msg) => msg.subject)).toEqual(ATTACKER_EVENTS.slice(0, 3).map((e) => `decnet.${e.topic}`));
    for (const msg of messages) expect(msg.headers?.get('Nats-Msg-Id')).toBe(idOf(msg.data));
  });

  it('should skip and count events that fail the contract, or forward them in their place when asked', async () => {
    const [valid, invalid] = [ATTACKER_EVENTS.slice(0, 2), INVALID_ATTACKER_EVENTS.slice(0, 2)];
    const mixed = [valid[0], invalid[0], valid[1], invalid[1]] as Publishable[];
    const skipping = await start({ patterns: ['attacker.>'] });
    const skipped = new Inbox(skipping.c, 'attacker.>');
    await awaitInterest(skipping.a, skipping.c);
    publishAll(bus(), mixed);
    publishAll(bus(), [valid[0] as Publishable]);
    expect((await skipped.first(3)).map((msg) => decode(msg.data)['payload'])).toEqual(
      [valid[0], valid[1], valid[0]].map((event) => event?.payload),
    );
    expect(skipping.bridge.stats()).toMatchObject({ forwarded: 3, invalid: 2 });

    await skipping.bridge.close();
    const forwarding = await start({ patterns: ['attacker.>'], onInvalid: 'forward' });
    const all = new Inbox(forwarding.c, 'attacker.>');
    await awaitInterest(forwarding.a, forwarding.c);
    publishAll(bus(), mixed);
    const payloads = (await all.first(4)).map((msg) => decode(msg.data)['payload']);
    expect(payloads).toEqual(mixed.map((event) => event.payload));
    expect(forwarding.bridge.stats()).toMatchObject({ forwarded: 4, invalid: 2 });
  });

  it('should forward everything, counting nothing invalid, with validate: false', async () => {
    const { bridge, a, c } = await start({ validate: false, patterns: ['attacker.>', 'lab.>'] });
    const raw = new Inbox(c, '>');
    await awaitInterest(a, c);
    const outside: Publishable = { topic: 'lab.experiment.started', type: '', payload: { n: 1 } };
    publishAll(bus(), [...INVALID_ATTACKER_EVENTS.slice(0, 2), outside]);
    expect((await raw.first(3)).map((msg) => msg.subject)).toEqual([
      ...INVALID_ATTACKER_EVENTS.slice(0, 2).map((event) => event.topic),
      outside.topic,
    ]);
    expect(bridge.stats()).toMatchObject({ forwarded: 3, invalid: 0 });
  });

  it('should count topics NATS cannot carry as unroutable, tell why, and go on', async () => {
    const unroutable: BridgeUnroutable[] = [];
    const { bridge, a, c } = await start({
      patterns: ['system.*.health'],
      onUnroutable: (one) => unroutable.push(one),
    });
    const raw = new Inbox(c, 'system.*.health');
    await awaitInterest(a, c);
    // A valid topic of the contract that the bus carries (under 4,091 bytes) but NATS does not (over 4,000).
    publishAll(bus(), [health('w'.repeat(3_990)), health('after')]);
    expect((await raw.first(1)).map((msg) => msg.subject)).toEqual(['system.after.health']);
    expect(bridge.stats()).toMatchObject({ forwarded: 1, unroutable: 1 });
    expect(unroutable).toHaveLength(1);
    expect(unroutable[0]?.error).toBeInstanceOf(NatsEventError);
    expect(unroutable[0]?.error).toMatchObject({ reason: 'unsendable-topic', details: { fault: 'too-long' } });
  });

  it('should forward an event that several overlapping patterns select once, in the order the bus sent them', async () => {
    const { bridge, a, c } = await start({
      patterns: ['attacker.>', 'attacker.*', 'attacker.scored', 'system.*.health', 'attacker.>'],
    });
    expect(bridge.busPattern).toBe('>');
    const raw = new Inbox(c, '>');
    await awaitInterest(a, c);
    const decky: Publishable = { topic: 'decky.web-1.state', type: '', payload: { state: 'running' } };
    const sent = [ATTACKER_EVENTS[0], decky, health('one'), ATTACKER_EVENTS[2], decky, ATTACKER_EVENTS[3]];
    publishAll(bus(), sent as Publishable[]);
    publishAll(bus(), [health('last')]);
    const selected = sent.filter((event) => event !== decky).map((event) => event?.topic);
    expect((await raw.first(selected.length + 1)).map((msg) => msg.subject)).toEqual([
      ...selected,
      'system.last.health',
    ]);
    expect(bridge.stats().forwarded).toBe(selected.length + 1);
  });

  it('should subscribe to a pattern that covers the others as it is', async () => {
    const { bridge } = await start({ patterns: ['attacker.scored', 'attacker.>', 'attacker.session.*'] });
    expect(bridge.busPattern).toBe('attacker.>');
    expect(bus().connections.flatMap((connection) => [...connection.patterns])).toEqual(['attacker.>']);
  });

  it('should go on after the bus server restarts, once its client has reconnected', async () => {
    const { bridge, a, c } = await start({ patterns: ['attacker.>'] });
    const raw = new Inbox(c, 'attacker.>');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS.slice(0, 5));
    await raw.first(5);
    await bus().stop();
    await bus().start();
    await bus().waitForSub('attacker.>');
    publishAll(bus(), ATTACKER_EVENTS.slice(5, 10));
    const after = (await raw.first(10)).slice(5).map((msg) => msg.subject);
    expect(after).toEqual(ATTACKER_EVENTS.slice(5, 10).map((event) => event.topic));
    expect(bridge.stats().bus).toEqual({ connected: true, reconnects: 1 });
  });

  it('should go on after the NATS node it is connected to restarts', async () => {
    const nodes = cluster as NatsCluster;
    const { bridge, a, c } = await start({ patterns: ['attacker.>'] });
    const raw = new Inbox(c, 'attacker.>');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS.slice(0, 3));
    await raw.first(3);
    await nodes.restartNode(0);
    await until(() => bridge.stats().nats.reconnects >= 1, 8_000, 'the bridge to reconnect to NATS');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS.slice(3, 6));
    const after = (await raw.first(6)).slice(3).map((msg) => msg.subject);
    expect(after).toEqual(ATTACKER_EVENTS.slice(3, 6).map((event) => event.topic));
    expect(bridge.stats().nats.connected).toBe(true);
  }, 15_000);

  it('should hold no more than its bus queue while NATS is down, counting what it drops, then go on', async () => {
    const nodes = cluster as NatsCluster;
    // A connection to node A alone, which cannot fail over to B or C: while A is down, the link is down.
    const a = await connections.open(urlOf(0), { ignoreClusterUpdates: true });
    const c = await connections.open(urlOf(2));
    const bridge = await bridgeBusToNats({
      bus: { path: bus().path, reconnect: FAST_RECONNECT, queueSize: 4 },
      nats: a,
      patterns: ['attacker.>'],
    });
    cleanups.push(() => bridge.close());
    await bridge.ready;
    await bus().waitForSub(bridge.busPattern);
    await nodes.stopNode(0);
    try {
      await until(() => !bridge.stats().nats.connected, 8_000, 'the bridge to see NATS down');
      const burst = Array.from({ length: 10 }, () => ATTACKER_EVENTS)
        .flat()
        .slice(0, 40);
      // One at a time, so that a bridge that kept pulling would have emptied the bus queue between them.
      for (const event of burst) {
        publishAll(bus(), [event]);
        await new Promise((tick) => setTimeout(tick, 5));
      }
      // The bridge stopped pulling: the bus queue of 4 (and the one event the pump holds) keeps the newest, drops the rest.
      await until(() => bridge.stats().dropped >= burst.length - 6, 8_000, 'the bus queue to overflow');
    } finally {
      await nodes.startNode(0);
    }
    await until(() => bridge.stats().nats.connected, 8_000, 'the bridge to reconnect to NATS');
    // Every event of the burst is either dropped or handed to NATS; once node A has read what was handed (a flush on
    // the bridge's own connection), nothing of the burst is left to reach a subscriber made after it.
    await until(() => bridge.stats().forwarded + bridge.stats().dropped >= 40, 8_000, 'the burst to be settled');
    await a.flush();
    const raw = new Inbox(c, 'attacker.>');
    await awaitInterest(a, c);
    publishAll(bus(), ATTACKER_EVENTS.slice(0, 3));
    const after = await raw.first(3);
    expect(after.map((msg) => msg.subject)).toEqual(ATTACKER_EVENTS.slice(0, 3).map((event) => event.topic));
  }, 30_000);

  it('should close cleanly: closed resolves, the bus connection it opened ends, the NATS connection stays', async () => {
    const { bridge, a } = await start({ patterns: ['attacker.>'] });
    await bridge.close();
    await within(bridge.closed, 1_000, 'closed');
    await bus().waitFor(() => bus().connections.length === 0, 'the bridge to leave the bus');
    expect(a.isClosed()).toBe(false);
    await bridge.close();
  });

  it('should stop when its signal aborts', async () => {
    const controller = new AbortController();
    const { bridge } = await start({ signal: controller.signal });
    controller.abort();
    await within(bridge.closed, 1_000, 'closed');
  });

  it('should leave a bus client it was given open on close(), and stop with bus-closed when its owner closes it', async () => {
    const a = await connections.open(urlOf(0));
    const client = await connectBus({ path: bus().path, reconnect: FAST_RECONNECT });
    cleanups.push(() => client.close());
    const first = await bridgeBusToNats({ bus: client, nats: a });
    await first.close();
    expect(client.closed).toBe(false);
    const second = await bridgeBusToNats({ bus: client, nats: a });
    await client.close();
    await expect(second.closed).rejects.toThrow(BridgeError);
    await expect(second.closed).rejects.toMatchObject({ reason: 'bus-closed' });
  });

  it('should stop with nats-closed when its NATS connection is closed under it, and refuse a closed one', async () => {
    const { bridge, a } = await start();
    await a.close();
    await expect(bridge.closed).rejects.toMatchObject({ name: 'BridgeError', reason: 'nats-closed' });
    await bus().waitFor(() => bus().connections.length === 0, 'the bridge to leave the bus');
    await expect(bridgeBusToNats({ bus: { path: bus().path }, nats: a })).rejects.toMatchObject({
      reason: 'nats-closed',
    });
  });
});
