/**
 * What the bridge tests share: events of the contract to publish from the test bus server, a NATS inbox that
 * collects raw messages, and a tap on the bus that records the EVT bodies the server sent.
 */
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { connectBus, type Bus } from '../../src/bus/client';
import { ALL_FIXTURES } from '../schemas/fixtures/all';
import type { TestBusServer } from '../support/bus-server';
import { until } from '../nats/support';

/** An event to publish from the bus server: what a DECNET worker would send. */
export interface Publishable {
  readonly topic: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

const asPublishable = ({ topic, type, payload }: { topic: unknown; type: unknown; payload: unknown }): Publishable => ({
  topic: String(topic),
  type: String(type),
  payload: payload as Record<string, unknown>,
});

const ATTACKER = ALL_FIXTURES.filter(({ template }) => template.startsWith('attacker.'));

/** Every valid fixture of the attacker family (26 events, every template and fingerprint kind). */
export const ATTACKER_EVENTS: readonly Publishable[] = ATTACKER.flatMap(({ valid }) =>
  valid.map(({ event }) => asPublishable(event)),
);

/** Attacker events whose payload breaks the contract (the envelope is the server's own, so only payloads can). */
export const INVALID_ATTACKER_EVENTS: readonly Publishable[] = ATTACKER.flatMap(({ invalid }) =>
  invalid.filter(({ path }) => path[0] === 'payload').map(({ event }) => asPublishable(event)),
);

/** Publishes events from the server, as DECNET workers would through it. */
export const publishAll = (server: TestBusServer, events: readonly Publishable[]): void => {
  for (const { topic, payload, type } of events) server.publish(topic, payload, type);
};

/** The id a body carries. */
export const idOf = (body: Uint8Array): string => (JSON.parse(new TextDecoder().decode(body)) as { id: string }).id;

/** Raw NATS messages on a subject, collected as they arrive. */
export class Inbox {
  readonly messages: Msg[] = [];

  constructor(nc: NatsConnection, subject: string, ignore = /^_probe\./u) {
    nc.subscribe(subject, {
      callback: (error, msg) => {
        if (error === null && !ignore.test(msg.subject)) this.messages.push(msg);
      },
    });
  }

  /** Resolves with the first `count` messages once they are in, or fails after `ms`. */
  async first(count: number, ms = 5_000): Promise<Msg[]> {
    await until(() => this.messages.length >= count, ms, `${count} NATS messages (have ${this.messages.length})`);
    return this.messages.slice(0, count);
  }
}

/** A second client of the bus server that records every body it is sent, by event id: what the bridge received. */
export class BusTap {
  readonly bodies = new Map<string, Uint8Array>();
  readonly #bus: Bus<false>;

  private constructor(bus: Bus<false>) {
    this.#bus = bus;
  }

  static async open(server: TestBusServer): Promise<BusTap> {
    const bus = await connectBus({ path: server.path, strict: false, name: 'tap', reconnect: { initialDelayMs: 5 } });
    const tap = new BusTap(bus);
    const sub = bus.subscribe('>', {
      raw: true,
      onInvalid: ({ body }) => tap.bodies.set(idOf(body), body),
    });
    void (async () => {
      for await (const { body } of sub) tap.bodies.set(idOf(body), body);
    })();
    await sub.ready;
    await server.waitForSub('>');
    return tap;
  }

  /** The body the server sent with this id, once the tap has it. */
  async body(id: string): Promise<Uint8Array> {
    await until(() => this.bodies.has(id), 3_000, `the bus body of ${id}`);
    return this.bodies.get(id) as Uint8Array;
  }

  close(): Promise<void> {
    return this.#bus.close();
  }
}
