/**
 * The bus client against the test server: publish and subscribe, what the
 * server does to events, pattern bookkeeping, slow consumers, close.
 */
import { describe, expect, it } from 'vitest';
import { BusError } from '../../src/bus/BusError';
import { connectBus } from '../../src/bus/client';
import { topics } from '../../src/index';
import { ends, health, take, useBusHarness } from './harness';

const bus = useBusHarness();

describe('connectBus', () => {
  describe('publish and subscribe', () => {
    it('should deliver a typed, checked event published by another connection', async () => {
      const consumer = await bus.connect({ name: 'consumer' });
      const producer = await bus.connect({ name: 'siem-bridge' });
      const sub = consumer.subscribe('system.>');
      await sub.ready;
      await producer.publish(topics.systemHealth('siem-bridge'), health('siem-bridge'), { type: 'health' });
      const [event] = await take(sub, 1);
      expect(event).toMatchObject({
        form: 'bus',
        v: 1,
        topic: 'system.siem-bridge.health',
        type: 'health',
        template: 'system.{worker}.health',
        params: { worker: 'siem-bridge' },
        payload: { worker: 'siem-bridge', ts: 1_714_000_000, n: 0 },
      });
      if (event?.template === 'system.{worker}.health') expect(event.payload.worker).toBe('siem-bridge');
      expect(bus.server.connections.map((c) => c.name)).toEqual(['consumer', 'siem-bridge']);
    });

    it('should send HELLO with a default name of bus-topics[<pid>]', async () => {
      await bus.connect();
      await bus.server.waitFor(() => bus.server.frames('HELLO').length === 1, 'HELLO');
      expect(bus.server.frames('HELLO')[0]?.args).toBe(`bus-topics[${process.pid}]`);
    });

    it('should send the whole envelope in to_dict() order, and receive the id and ts the server stamped', async () => {
      const consumer = await bus.connect();
      const producer = await bus.connect();
      const sub = consumer.subscribe('system.*.health');
      await sub.ready;
      const before = Date.now() / 1000;
      await producer.publish('system.prober.health', health('prober'), { type: 'health' });
      const [event] = await take(sub, 1);
      const [pub] = bus.server.frames('PUB');
      expect(Object.keys(pub?.json ?? {})).toEqual(['v', 'id', 'topic', 'type', 'ts', 'payload']);
      expect(pub?.json).toMatchObject({ v: 1, topic: 'system.prober.health', type: 'health' });
      expect(pub?.json['id']).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/u);
      expect(event?.id).toMatch(/^[0-9a-f]{32}$/u);
      expect(event?.id).not.toBe(pub?.json['id']);
      expect(event?.ts).toBeGreaterThanOrEqual(before - 1);
    });

    it('should never deliver an event to the connection that published it', async () => {
      const origin = await bus.connect();
      const other = await bus.connect();
      const third = await bus.connect();
      const own = origin.subscribe('system.*.health');
      const theirs = other.subscribe('system.*.health');
      await Promise.all([own.ready, theirs.ready]);
      await origin.publish('system.a.health', health('a'), { type: 'health' });
      expect((await take(theirs, 1))[0]?.topic).toBe('system.a.health');
      // Had the server echoed the first event, it would be queued on `origin` before this one.
      await third.publish('system.b.health', health('b'), { type: 'health' });
      expect((await take(own, 1))[0]?.topic).toBe('system.b.health');
    });

    it('should fan one EVT out to every local subscription whose pattern matches', async () => {
      const consumer = await bus.connect();
      const producer = await bus.connect();
      const all = consumer.subscribe('>');
      const system = consumer.subscribe('system.>');
      const other = consumer.subscribe('decky.>');
      await Promise.all([all.ready, system.ready, other.ready]);
      await producer.publish('system.a.health', health('a'), { type: 'health' });
      await bus.server.waitFor(() => bus.server.frames('PUB').length === 1, 'PUB');
      const [[fromAll], [fromSystem]] = await Promise.all([take(all, 1), take(system, 1)]);
      expect(fromAll).toBe(fromSystem);
      other.close();
      expect(await ends(other)).toBe(true);
    });

    it('should deliver an event published right after `ready`, without waiting for the server', async () => {
      const consumer = await bus.connect();
      const producer = await bus.connect();
      // Both accepted by the server: a connection not yet accepted is read after everything already there.
      await bus.server.waitFor(() => bus.server.connections.length === 2, 'two connections');
      for (let i = 0; i < 5; i++) {
        const sub = consumer.subscribe(`system.w${i}.health`);
        await sub.ready;
        await producer.publish(`system.w${i}.health`, health(`w${i}`), { type: 'health' });
        expect((await take(sub, 1))[0]?.topic).toBe(`system.w${i}.health`);
        sub.close();
      }
    });

    it("should deliver the server's own events, like its heartbeat", async () => {
      const consumer = await bus.connect();
      const sub = consumer.subscribe('system.bus.health');
      await bus.server.waitForSub('system.bus.health');
      bus.server.publish('system.bus.health', { pid: 42, uptime_sec: 1.5, ts: 1_714_000_000.25 }, 'bus.health');
      const [event] = await take(sub, 1);
      expect(event).toMatchObject({ template: 'system.bus.health', type: 'bus.health', payload: { pid: 42 } });
    });

    it('should yield { topic, event, body } with the raw body bytes for `raw: true`', async () => {
      const consumer = await bus.connect();
      const sub = consumer.subscribe('system.bus.health', { raw: true });
      await bus.server.waitForSub('system.bus.health');
      bus.server.publish('system.bus.health', { pid: 42, uptime_sec: 1.5, ts: 1.25 }, 'bus.health');
      const [delivery] = await take(sub, 1);
      expect(delivery?.topic).toBe('system.bus.health');
      expect(delivery?.event.payload).toEqual({ pid: 42, uptime_sec: 1.5, ts: 1.25 });
      const body = JSON.parse(new TextDecoder().decode(delivery?.body)) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(['v', 'id', 'topic', 'type', 'ts', 'payload']);
      expect(body['id']).toBe(delivery?.event.id);
    });

    it("should take the topic from the frame header, never from the body's own topic key", async () => {
      const consumer = await bus.connect();
      const sub = consumer.subscribe('system.>', { raw: true });
      await bus.server.waitForSub('system.>');
      const { encodeBusFrame } = await import('../../src/bus/frame');
      const body = { v: 1, id: 'x'.repeat(32), topic: 'attacker.scored', type: 'health', ts: 1, payload: health('w') };
      bus.server.connections[0]?.sendRaw(encodeBusFrame('EVT', 'system.w.health', body));
      const [delivery] = await take(sub, 1);
      expect(delivery?.event).toMatchObject({ topic: 'system.w.health', template: 'system.{worker}.health' });
    });
  });

  describe('patterns', () => {
    it('should send SUB once per distinct pattern, and UNSUB only when its last local subscription ends', async () => {
      const client = await bus.connect();
      const first = client.subscribe('attacker.>');
      const second = client.subscribe('attacker.>');
      await Promise.all([first.ready, second.ready]);
      first.close();
      // A later SUB on the same socket proves the server has read everything sent before it.
      const marker = client.subscribe('decky.>');
      await bus.server.waitForSub('decky.>');
      expect(bus.server.frames('SUB').map((f) => f.args)).toEqual(['attacker.>', 'decky.>']);
      expect(bus.server.frames('UNSUB')).toEqual([]);
      second.close();
      marker.close();
      await bus.server.waitFor(() => bus.server.frames('UNSUB').length === 2, 'two UNSUBs');
      expect(bus.server.frames('UNSUB').map((f) => f.args)).toEqual(['attacker.>', 'decky.>']);
      expect(bus.server.connections[0]?.patterns.size).toBe(0);
    });

    it('should resolve `ready` at once for a pattern whose SUB was already written', async () => {
      const client = await bus.connect();
      await client.subscribe('decky.>').ready;
      const again = client.subscribe('decky.>');
      await again.ready;
      await client.subscribe('attacker.>').ready;
      await bus.server.waitForSub('attacker.>');
      expect(bus.server.frames('SUB').map((f) => f.args)).toEqual(['decky.>', 'attacker.>']);
    });

    it('should refuse patterns outside the strict rules, and non-ASCII ones, before registering them', async () => {
      const client = await bus.connect();
      expect(() => client.subscribe('a.>.c')).toThrow(expect.objectContaining({ name: 'TopicPatternError' }));
      expect(() => client.subscribe('café.>')).toThrow(
        expect.objectContaining({ name: 'BusProtocolError', reason: 'not-ascii' }),
      );
      expect(() => client.subscribe('a'.repeat(4092))).toThrow(expect.objectContaining({ reason: 'header-too-long' }));
      expect(() => client.subscribe(42 as unknown as string)).toThrow(TypeError);
      client.subscribe('decky.>');
      await bus.server.waitForSub('decky.>');
      expect(bus.server.frames('SUB').map((f) => f.args)).toEqual(['decky.>']);
    });

    it('should refuse malformed options with typed errors', async () => {
      const client = await bus.connect();
      expect(() => client.subscribe('a', { queueSize: 0 })).toThrow(RangeError);
      expect(() => client.subscribe('a', { queueSize: 1.5 })).toThrow(RangeError);
      expect(() => client.subscribe('a', { onInvalid: 'ignore' as never })).toThrow(TypeError);
      expect(() => client.subscribe('a', { signal: {} as AbortSignal })).toThrow(TypeError);
    });
  });

  describe('a slow consumer', () => {
    it('should keep the newest `queueSize` events and count the ones dropped', async () => {
      const consumer = await bus.connect();
      const producer = await bus.connect();
      const slow = consumer.subscribe('system.*.health', { queueSize: 3 });
      const fast = consumer.subscribe('system.*.health');
      await Promise.all([slow.ready, fast.ready]);
      for (let n = 0; n < 10; n++) await producer.publish('system.p.health', health('p', n), { type: 'health' });
      // Both subscriptions are fed by the same EVT: once the fast one has all ten, so has the slow one.
      await take(fast, 10);
      expect(slow.dropped).toBe(7);
      expect(fast.dropped).toBe(0);
      const kept = await take(slow, 3);
      expect(kept.map((event) => event.payload['n'])).toEqual([7, 8, 9]);
    });
  });

  describe('close', () => {
    it('should send BYE, end every iterator, and be idempotent', async () => {
      const client = await bus.connect();
      const sub = client.subscribe('attacker.>');
      await sub.ready;
      const loop = (async (): Promise<number> => {
        let seen = 0;
        for await (const _event of sub) seen++;
        return seen;
      })();
      const closing = client.close();
      expect(client.close()).toBe(closing);
      await closing;
      expect(await loop).toBe(0);
      expect(client.closed).toBe(true);
      expect(client.connected).toBe(false);
      await bus.server.waitFor(() => bus.server.frames('BYE').length === 1, 'BYE');
    });

    it('should refuse to subscribe or publish afterwards', async () => {
      const client = await bus.connect();
      await client.close();
      expect(() => client.subscribe('a')).toThrow(expect.objectContaining({ reason: 'closed' }));
      await expect(client.publish('system.a.health', health('a'), { type: 'health' })).rejects.toMatchObject({
        reason: 'closed',
      });
    });

    it('should reject `ready` of a subscription closed before its SUB was written', async () => {
      const client = await bus.connect();
      const sub = client.subscribe('decky.>');
      sub.close();
      await expect(sub.ready).rejects.toBeInstanceOf(BusError);
    });

    it('should end a for-await loop broken out of, and UNSUB its pattern', async () => {
      const consumer = await bus.connect();
      const sub = consumer.subscribe('system.bus.health');
      await bus.server.waitForSub('system.bus.health');
      bus.server.publish('system.bus.health', { pid: 1, uptime_sec: 1, ts: 1 }, 'bus.health');
      for await (const _event of sub) break;
      expect(sub.closed).toBe(true);
      await bus.server.waitFor(() => bus.server.frames('UNSUB').length === 1, 'UNSUB');
    });
  });

  describe('AbortSignal', () => {
    it('should close a subscription when its signal aborts, and UNSUB its pattern', async () => {
      const client = await bus.connect();
      const controller = new AbortController();
      const sub = client.subscribe('attacker.>', { signal: controller.signal });
      await sub.ready;
      const ended = ends(sub);
      controller.abort();
      expect(await ended).toBe(true);
      await bus.server.waitFor(() => bus.server.frames('UNSUB').length === 1, 'UNSUB');
    });

    it('should return an ended subscription for a signal already aborted, sending nothing', async () => {
      const client = await bus.connect();
      const sub = client.subscribe('attacker.>', { signal: AbortSignal.abort() });
      expect(sub.closed).toBe(true);
      expect(await ends(sub)).toBe(true);
      await client.subscribe('decky.>').ready;
      await bus.server.waitForSub('decky.>');
      expect(bus.server.frames('SUB').map((f) => f.args)).toEqual(['decky.>']);
    });

    it('should close the client when the signal given to connectBus aborts', async () => {
      const controller = new AbortController();
      const client = await bus.connect({ signal: controller.signal });
      const sub = client.subscribe('attacker.>');
      await sub.ready;
      const ended = ends(sub);
      controller.abort();
      expect(await ended).toBe(true);
      expect(client.closed).toBe(true);
      await bus.server.waitFor(() => bus.server.frames('BYE').length === 1, 'BYE');
    });

    it('should reject connectBus with `aborted` for a signal already aborted', async () => {
      await expect(connectBus({ path: bus.server.path, signal: AbortSignal.abort() })).rejects.toMatchObject({
        name: 'BusError',
        reason: 'aborted',
      });
    });
  });
});
