/**
 * subscribeEvents against a real nats-server: typed events, every onInvalid policy, the subject against the
 * body's topic, a slow reader, and the ways a subscription ends.
 */
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TopicPatternError } from '../../src/errors/TopicPatternError';
import { NatsEventError, type NatsEventErrorDetails } from '../../src/nats/NatsEventError';
import { publishEvent } from '../../src/nats/publish-event';
import type { EventSubscription } from '../../src/nats/event-subscription';
import { subscribeEvents } from '../../src/nats/subscribe-events';
import { startNatsServer, type NatsServer } from '../support/nats-server';
import {
  Connections,
  heartbeat,
  jsonBytes,
  natsBinary,
  natsTitle,
  SKIP_NATS,
  take,
  until,
  wireEvent,
  within,
} from './support';

describe.skipIf(SKIP_NATS)(natsTitle('subscribeEvents on a nats-server'), () => {
  let server: NatsServer | undefined;
  const connections = new Connections();
  let pub: NatsConnection;
  let sub: NatsConnection;
  let worker = 0;
  /** A fresh worker name per test, so that no test reads another's events. */
  const freshWorker = (): string => `w${++worker}`;

  beforeAll(async () => {
    server = await startNatsServer(natsBinary());
    pub = await connections.open(server.url);
    sub = await connections.open(server.url);
  }, 20_000);

  afterAll(async () => {
    try {
      await connections.closeAll();
    } finally {
      await server?.stop();
    }
  }, 15_000);

  /** Publishes on `pub`, then makes sure `sub` has received everything: both round trips go through one server. */
  const settle = async (): Promise<void> => {
    await pub.flush();
    await sub.flush();
  };
  /** Lets a subscription read everything queued (invalid messages are judged as they are read), then ends it. */
  const readAllThenEnd = async (events: EventSubscription<unknown>): Promise<void> => {
    const next = events[Symbol.asyncIterator]().next();
    await until(() => events.pending === 0, 2_000, 'the queue to be read');
    events.unsubscribe();
    expect(await next).toEqual({ done: true, value: undefined });
  };
  const health = (name: string, seq: number): void => {
    publishEvent(pub, `system.${name}.health`, heartbeat(seq, name), { type: 'health', headers });
  };

  it('should yield typed events, parsed, with the topic from the subject', async () => {
    const name = freshWorker();
    const events = subscribeEvents(sub, 'system.*.health');
    await sub.flush();
    health(name, 1);
    const [event] = await take(events[Symbol.asyncIterator](), 1);
    expect(event?.template).toBe('system.{worker}.health');
    expect(event?.form).toBe('bus');
    expect(event?.topic).toBe(`system.${name}.health`);
    if (event?.template === 'system.{worker}.health') {
      expect(event.params.worker).toBe(name);
      expect(event.payload['seq']).toBe(1);
    }
    events.unsubscribe();
  });

  describe('messages that are not valid events', () => {
    /** Five bad messages, then one good one, on the subject `system.<name>.health`. */
    const publishBadThenGood = (name: string): void => {
      const subject = `system.${name}.health`;
      pub.publish(subject, new Uint8Array([0x7b, 0xff, 0x7d])); // not UTF-8
      pub.publish(subject, '{"v":1,'); // not JSON
      pub.publish(
        subject,
        jsonBytes(wireEvent(subject, 'health', { ...heartbeat(0, name), padding: 'x'.repeat(600) })),
      );
      pub.publish(subject, jsonBytes(wireEvent('system.bus.health', 'health', heartbeat(0, name)))); // another topic
      pub.publish(subject, jsonBytes(wireEvent(subject, 'health', { worker: name }))); // no ts
      health(name, 42);
    };
    const REASONS = ['not-utf8', 'not-json', 'too-large', 'topic-mismatch', 'invalid-event'];

    it("should skip them with 'skip', counting each", async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`, { maxBytes: 512, onInvalid: 'skip' });
      await sub.flush();
      publishBadThenGood(name);
      const [event] = await take(events[Symbol.asyncIterator](), 1);
      expect(event?.payload).toMatchObject({ seq: 42 });
      expect(events.invalid).toBe(5);
      expect(events.received).toBe(6);
      events.unsubscribe();
    });

    it('should call a function with the details of each, in order, then go on', async () => {
      const name = freshWorker();
      const seen: NatsEventErrorDetails[] = [];
      const events = subscribeEvents(sub, `system.${name}.health`, { maxBytes: 512, onInvalid: (d) => seen.push(d) });
      await sub.flush();
      publishBadThenGood(name);
      const [event] = await take(events[Symbol.asyncIterator](), 1);
      expect(event?.payload).toMatchObject({ seq: 42 });
      expect(seen.map((details) => details.reason)).toEqual(REASONS);
      expect(seen[2]).toMatchObject({ size: expect.any(Number) as number, limit: 512 });
      // The subject wins: the body claimed another topic, and the event was refused rather than re-labelled.
      expect(seen[3]).toMatchObject({ subject: `system.${name}.health`, topic: 'system.bus.health' });
      expect(seen[4]?.issues?.map((issue) => issue.path)).toEqual([['payload', 'ts']]);
      expect(events.invalid).toBe(5);
      events.unsubscribe();
    });

    it("should end the subscription and throw a NatsEventError with 'throw'", async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`, { onInvalid: 'throw' });
      await sub.flush();
      publishBadThenGood(name);
      const iterator = events[Symbol.asyncIterator]();
      const failure = await iterator.next().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(NatsEventError);
      expect(failure).toMatchObject({ reason: 'not-utf8', subject: `system.${name}.health` });
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      expect(await within(events.closed, 2_000, 'the subscription to close')).toBeUndefined();
    });

    it('should end the subscription and throw what the function throws', async () => {
      const name = freshWorker();
      const stop = new Error('stop here');
      const events = subscribeEvents(sub, `system.${name}.health`, {
        onInvalid: () => {
          throw stop;
        },
      });
      await sub.flush();
      publishBadThenGood(name);
      await expect(events[Symbol.asyncIterator]().next()).rejects.toBe(stop);
      expect(events.invalid).toBe(1);
    });

    it('should refuse, under strict, an event outside the contract, and yield it with strict: false', async () => {
      const strict = subscribeEvents(sub, 'sensor.>');
      const loose = subscribeEvents(sub, 'sensor.>', { strict: false });
      await sub.flush();
      publishEvent(pub, 'sensor.t-1.reading', { celsius: 21 }, { type: 'reading', msgId: false, strict: false });
      publishEvent(pub, 'sensor.t-1.reading', { celsius: 22 }, { type: 'reading', msgId: false, strict: false });
      const [event] = await take(loose[Symbol.asyncIterator](), 1);
      expect(event?.template).toBeNull();
      expect(event?.payload).toEqual({ celsius: 21 });
      await settle();
      await readAllThenEnd(strict);
      expect(strict.invalid).toBe(2);
      loose.unsubscribe();
    });
  });

  describe('a slow reader', () => {
    it('should keep the newest maxPending messages and count the dropped ones', async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`, { maxPending: 10 });
      await sub.flush();
      for (let seq = 0; seq < 100; seq++) health(name, seq);
      await settle();
      expect([events.received, events.pending, events.dropped]).toEqual([100, 10, 90]);
      const read = await take(events[Symbol.asyncIterator](), 10);
      expect(read.map((event) => event.payload['seq'])).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
      expect(events.pending).toBe(0);
      events.unsubscribe();
    });

    it('should keep at most maxPendingBytes of bodies', async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`, { maxBytes: 1_000, maxPendingBytes: 2_000 });
      await sub.flush();
      for (let seq = 0; seq < 50; seq++) health(name, seq);
      await settle();
      // Each body is about 200 bytes: about ten fit in 2,000 bytes.
      expect(events.pending).toBeGreaterThanOrEqual(5);
      expect(events.pending).toBeLessThanOrEqual(12);
      expect(events.pending + events.dropped).toBe(50);
      events.unsubscribe();
    });
  });

  describe('the end of a subscription', () => {
    it('should end after max events, not counting invalid messages', async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`, { max: 2 });
      await sub.flush();
      pub.publish(`system.${name}.health`, 'not json');
      for (let seq = 0; seq < 4; seq++) health(name, seq);
      const read: unknown[] = [];
      for await (const event of events) read.push(event.payload['seq']);
      expect(read).toEqual([0, 1]);
      expect(events.invalid).toBe(1);
      expect(await within(events.closed, 2_000, 'the subscription to close')).toBeUndefined();
    });

    it('should end when its signal fires, and not start with a fired one', async () => {
      const controller = new AbortController();
      const events = subscribeEvents(sub, `system.${freshWorker()}.health`, { signal: controller.signal });
      const waiting = events[Symbol.asyncIterator]().next();
      controller.abort();
      expect(await within(waiting, 2_000, 'the iteration to end')).toEqual({ done: true, value: undefined });
      await within(events.closed, 2_000, 'the subscription to close');

      const never = subscribeEvents(sub, `system.${freshWorker()}.health`, { signal: AbortSignal.abort() });
      expect(await never[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
    });

    it('should unsubscribe when the loop is left', async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`);
      await sub.flush();
      health(name, 1);
      for await (const event of events) {
        expect(event.payload['seq']).toBe(1);
        break;
      }
      await within(events.closed, 2_000, 'the subscription to close');
      health(name, 2);
      await settle();
      expect(events.received).toBe(1);
    });

    it('should read what was in flight after drain, then end', async () => {
      const name = freshWorker();
      const events = subscribeEvents(sub, `system.${name}.health`);
      await sub.flush();
      for (let seq = 0; seq < 3; seq++) health(name, seq);
      await settle();
      await events.drain();
      const read: unknown[] = [];
      for await (const event of events) read.push(event.payload['seq']);
      expect(read).toEqual([0, 1, 2]);
    });

    it('should read what was queued when the connection closes, then end', async () => {
      const own = await connections.open(server?.url ?? '');
      const name = freshWorker();
      const events = subscribeEvents(own, `system.${name}.health`);
      await own.flush();
      for (let seq = 0; seq < 3; seq++) health(name, seq);
      await pub.flush();
      await own.flush();
      await own.close();
      const read: unknown[] = [];
      for await (const event of events) read.push(event.payload['seq']);
      expect(read).toEqual([0, 1, 2]);
    });
  });

  describe('arguments', () => {
    it('should refuse patterns outside the strict rules with a TopicPatternError', () => {
      for (const pattern of ['a.>.c', 'a..b', 'foo*', '', 'a b']) {
        expect(() => subscribeEvents(sub, pattern)).toThrow(TopicPatternError);
      }
    });

    it('should refuse bad options with a TypeError', () => {
      const call = (options: object): unknown => subscribeEvents(sub, 'system.>', options);
      expect(() => call({ queue: 'a b' })).toThrow(/option "queue"/);
      expect(() => call({ max: 0 })).toThrow(/option "max"/);
      expect(() => call({ maxBytes: 1.5 })).toThrow(/option "maxBytes"/);
      expect(() => call({ maxBytes: 2_000, maxPendingBytes: 1_000 })).toThrow(/at least 2000/);
      expect(() => call({ onInvalid: 'ignore' })).toThrow(/option "onInvalid"/);
      expect(() => call({ signal: {} })).toThrow(/option "signal"/);
      expect(() => call({ strict: 'yes' })).toThrow(/option "strict"/);
    });
  });

  it('should count, not keep, bodies over maxBytes', async () => {
    const name = freshWorker();
    const events = subscribeEvents(sub, `system.${name}.health`, { maxBytes: 100 });
    await sub.flush();
    health(name, 1);
    await settle();
    expect([events.received, events.pending]).toEqual([1, 1]);
    await readAllThenEnd(events);
    expect(events.invalid).toBe(1);
  });
});
