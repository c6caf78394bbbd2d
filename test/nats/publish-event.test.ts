/**
 * publishEvent and forwardEventBytes against a real nats-server: the bytes and headers that arrive, and what is
 * refused before anything is sent.
 */
import { headers, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsEventError } from '../../src/nats/NatsEventError';
import { forwardEventBytes } from '../../src/nats/forward-event-bytes';
import { publishEvent } from '../../src/nats/publish-event';
import { startNatsServer, type NatsServer } from '../support/nats-server';
import { Connections, heartbeat, natsBinary, natsTitle, SKIP_NATS, take, thrown, wireEvent } from './support';

const SCORED = {
  attacker_ip: '203.0.113.7',
  event_count: 12,
  service_count: 2,
  decky_count: 1,
  bounty_count: 0,
  credential_count: 1,
  is_traversal: false,
};

describe.skipIf(SKIP_NATS)(natsTitle('publishEvent and forwardEventBytes on a nats-server'), () => {
  let server: NatsServer | undefined;
  const connections = new Connections();
  let nc: NatsConnection;
  /** Every message published in this file, whatever its subject. */
  let all: Subscription;
  let inbox: AsyncIterator<Msg>;

  beforeAll(async () => {
    server = await startNatsServer(natsBinary());
    nc = await connections.open(server.url);
    all = nc.subscribe('>');
    inbox = all[Symbol.asyncIterator]();
    await nc.flush();
  }, 20_000);

  afterAll(async () => {
    try {
      await connections.closeAll();
    } finally {
      await server?.stop();
    }
  }, 15_000);

  /** The next message on the connection; the test publishes and reads on one connection, so order is kept. */
  const nextMessage = async (): Promise<Msg> => (await take(inbox, 1))[0] as Msg;

  /** Proves that nothing was sent: a marker published afterwards is the next message to arrive. */
  const expectNothingSent = async (): Promise<void> => {
    nc.publish('marker', 'after');
    expect((await nextMessage()).subject).toBe('marker');
  };

  describe('publishEvent', () => {
    it("should send DECNET's envelope, keys in the order v, id, topic, type, ts, payload", async () => {
      const before = Date.now() / 1000;
      const sent = publishEvent(nc, 'attacker.scored', SCORED, { type: 'scored', headers });
      const msg = await nextMessage();
      const text = new TextDecoder().decode(msg.data);
      expect(msg.subject).toBe('attacker.scored');
      expect(text).toBe(
        `{"v":1,"id":"${sent.id}","topic":"attacker.scored","type":"scored","ts":${String(sent.ts)},"payload":${JSON.stringify(SCORED)}}`,
      );
      expect(Object.keys(JSON.parse(text) as object)).toEqual(['v', 'id', 'topic', 'type', 'ts', 'payload']);
      expect(JSON.parse(text)).toEqual(sent);
      // uuid4().hex: 32 lowercase hex digits, version 4, variant 10.
      expect(sent.id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
      expect(sent.ts).toBeGreaterThanOrEqual(before);
      expect(sent.ts).toBeLessThanOrEqual(Date.now() / 1000);
    });

    it('should send the event id as Nats-Msg-Id, so that JetStream can drop a retry', async () => {
      const sent = publishEvent(nc, 'system.mutator.health', heartbeat(1), { type: 'health', headers });
      const msg = await nextMessage();
      expect(msg.headers?.get('Nats-Msg-Id')).toBe(sent.id);
    });

    it('should add Nats-Msg-Id to headers the caller made, keeping theirs', async () => {
      const own = headers();
      own.set('X-Trace', 'abc');
      publishEvent(nc, 'system.mutator.health', heartbeat(2), { type: 'health', headers: own });
      const msg = await nextMessage();
      expect(msg.headers?.get('X-Trace')).toBe('abc');
      expect(msg.headers?.get('Nats-Msg-Id')).toMatch(/^[0-9a-f]{32}$/);
    });

    it('should send no headers with msgId: false', async () => {
      publishEvent(nc, 'system.mutator.health', heartbeat(3), { type: 'health', msgId: false });
      expect((await nextMessage()).headers).toBeUndefined();
    });

    it('should publish again with the id of a failed attempt, so that the Msg-Id repeats', async () => {
      const first = publishEvent(nc, 'system.mutator.health', heartbeat(4), { type: 'health', headers });
      const again = publishEvent(nc, 'system.mutator.health', heartbeat(4), { type: 'health', headers, id: first.id });
      const [a, b] = [await nextMessage(), await nextMessage()];
      expect(again.id).toBe(first.id);
      expect(b.headers?.get('Nats-Msg-Id')).toBe(a.headers?.get('Nats-Msg-Id'));
    });

    it.each([
      ['an empty topic', '', 'empty'],
      ['an empty token', 'system..health', 'empty-token'],
      ['a trailing dot', 'system.mutator.', 'empty-token'],
      ['a wildcard token', 'system.*.health', 'wildcard'],
      ['a partial wildcard', 'system.mu*.health', 'wildcard'],
      ['a space', 'system.mu tator.health', 'whitespace'],
      ['a no-break space', 'system.mu\u00a0tator.health', 'whitespace'],
      ['a lone surrogate', 'system.\ud800.health', 'lone-surrogate'],
      ['a leading BOM', '\ufeffsystem.mutator.health', 'leading-bom'],
      ['4,001 bytes', `system.${'w'.repeat(3_987)}.health`, 'too-long'],
    ])('should refuse %s, sending nothing', async (_name, topic, fault) => {
      const publish = (): unknown => publishEvent(nc, topic, heartbeat(5), { type: 'health', headers });
      expect(publish).toThrow(NatsEventError);
      expect(thrown(publish)).toMatchObject({ reason: 'unsendable-topic', details: { fault } });
      await expectNothingSent();
    });

    it('should refuse an event the contract refuses, naming the field', async () => {
      const publish = (): unknown =>
        publishEvent(nc, 'attacker.scored', { ...SCORED, event_count: 'many' } as unknown as typeof SCORED, {
          type: 'scored',
          headers,
        });
      const error = thrown(publish);
      expect(error).toBeInstanceOf(NatsEventError);
      expect((error as NatsEventError).reason).toBe('invalid-event');
      expect((error as NatsEventError).issues.map((issue) => issue.path)).toEqual([['payload', 'event_count']]);
      await expectNothingSent();
    });

    it('should refuse a topic outside the contract unless strict is false', async () => {
      const publish = (strict: boolean): unknown =>
        publishEvent(nc, 'sensor.t-1.reading', { celsius: 21 }, { type: 'reading', msgId: false, strict });
      expect(thrown(() => publish(true))).toMatchObject({ reason: 'invalid-event' });
      expect(() => publish(true)).toThrow(/a topic of the DECNET contract/);
      await expectNothingSent();
      publish(false);
      expect((await nextMessage()).subject).toBe('sensor.t-1.reading');
    });

    it('should send an invalid payload with validate: false (the topic is still checked)', async () => {
      const bad = { ...SCORED, event_count: 'many' } as unknown as typeof SCORED;
      publishEvent(nc, 'attacker.scored', bad, { type: 'scored', msgId: false, validate: false });
      expect((await nextMessage()).subject).toBe('attacker.scored');
      const outside = (): unknown => publishEvent(nc, 'sensor.x', {}, { type: '', msgId: false, validate: false });
      expect(thrown(outside)).toMatchObject({ reason: 'invalid-event' });
    });

    it('should check the JSON that is sent, not the object: undefined keys are absent, NaN is null', async () => {
      const payload = { ...heartbeat(6), ts: Number.NaN };
      const publish = (): unknown => publishEvent(nc, 'system.mutator.health', payload, { type: 'health', headers });
      expect(thrown(publish)).toMatchObject({ reason: 'invalid-event' });
      await expectNothingSent();
    });

    it('should refuse what JSON cannot hold, and bodies over 1 MiB', async () => {
      const bigint = { ...heartbeat(7), big: 1n };
      expect(
        thrown(() => publishEvent(nc, 'system.mutator.health', bigint, { type: 'health', headers })),
      ).toMatchObject({ reason: 'not-json' });
      const large = { ...heartbeat(8), padding: 'x'.repeat(1_048_576) };
      expect(thrown(() => publishEvent(nc, 'system.mutator.health', large, { type: 'health', headers }))).toMatchObject(
        { reason: 'too-large', details: { limit: 1_048_576 } },
      );
      await expectNothingSent();
    });

    it('should refuse bad options with a TypeError', () => {
      const call = (options: unknown): unknown =>
        publishEvent(nc, 'system.mutator.health', heartbeat(9), options as { type: 'health'; msgId: false });
      expect(() => call({ type: 'health' })).toThrow(/needs option "headers"/);
      expect(() => call({ type: 'health', headers: 42 })).toThrow(TypeError);
      expect(() => call({ type: 7, msgId: false })).toThrow(/option "type" must be a string/);
      expect(() => call({ type: 'health', msgId: false, id: 'ABC' })).toThrow(/32 lowercase hex/);
      expect(() => call({ type: 'health', msgId: 'yes' })).toThrow(/option "msgId" must be true or false/);
      expect(() => call(null)).toThrow(TypeError);
    });
  });

  describe('forwardEventBytes', () => {
    it('should send the bytes as they are: key order, spacing and JSON-encoded fields kept', async () => {
      const text = `{"payload": {"worker": "mutator", "ts": 1.5, "tags": "[\\"a\\"]"}, "ts": 1.5, "type": "health", "topic": "system.mutator.health", "id": "abc", "v": 1}`;
      const body = new TextEncoder().encode(text);
      forwardEventBytes(nc, 'system.mutator.health', body);
      const msg = await nextMessage();
      expect(msg.subject).toBe('system.mutator.health');
      expect([...msg.data]).toEqual([...body]);
      expect(msg.headers).toBeUndefined();
    });

    it('should send msgId as Nats-Msg-Id', async () => {
      const body = new TextEncoder().encode(JSON.stringify(wireEvent('system.mutator.health', 'health', heartbeat(1))));
      forwardEventBytes(nc, 'system.mutator.health', body, { msgId: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7', headers });
      expect((await nextMessage()).headers?.get('Nats-Msg-Id')).toBe('3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7');
    });

    it('should refuse a topic NATS cannot carry, a body over 1 MiB and a body that is not bytes', async () => {
      expect(
        thrown(() => {
          forwardEventBytes(nc, 'a..b', new Uint8Array(2));
        }),
      ).toMatchObject({
        reason: 'unsendable-topic',
      });
      expect(
        thrown(() => {
          forwardEventBytes(nc, 'a.b', new Uint8Array(1_048_577));
        }),
      ).toMatchObject({
        reason: 'too-large',
      });
      expect(() => {
        forwardEventBytes(nc, 'a.b', '{}' as unknown as Uint8Array);
      }).toThrow(TypeError);
      expect(() => {
        forwardEventBytes(nc, 'a.b', new Uint8Array(2), { msgId: 'a b', headers });
      }).toThrow(TypeError);
      expect(() => {
        forwardEventBytes(nc, 'a.b', new Uint8Array(2), { msgId: 'abc' });
      }).toThrow(/needs option "headers"/);
      await expectNothingSent();
    });
  });
});
