/**
 * What the tests of src/nats/ share: whether they can run (a nats-server binary), connections that are closed
 * after each file, readers with deadlines, and events of the contract to publish.
 */
import { connect, type NatsConnection, type NodeConnectionOptions } from '@nats-io/transport-node';
import { findNatsServer, isCi } from '../support/nats-server';

/** The nats-server binary, or `null`. */
export const NATS_BINARY: string | null = findNatsServer();
/** Without a binary, the suites are skipped locally and fail in CI, where .ci/run installs it. */
export const SKIP_NATS: boolean = NATS_BINARY === null && !isCi();

/** A suite title that says why it is skipped, when it is. */
export const natsTitle = (title: string): string =>
  SKIP_NATS ? `${title} (skipped: no nats-server on PATH, in /usr/sbin or at NATS_SERVER_BIN)` : title;

/** The binary, or the error that fails a suite in CI without one. */
export function natsBinary(): string {
  if (NATS_BINARY === null) {
    throw new Error(
      'nats-server is required when CI is set, but none was found on PATH, in /usr/sbin or at NATS_SERVER_BIN; ' +
        '.ci/run installs it with apt-get install nats-server',
    );
  }
  return NATS_BINARY;
}

/** Connections opened by a test file, closed together after it. */
export class Connections {
  readonly #open: NatsConnection[] = [];

  /** Connects with short reconnect waits, so that a restarted server is found again within a test's time. */
  async open(servers: string | readonly string[], options: NodeConnectionOptions = {}): Promise<NatsConnection> {
    const nc = await connect({
      servers: typeof servers === 'string' ? servers : [...servers],
      reconnectTimeWait: 50,
      reconnectJitter: 10,
      maxReconnectAttempts: -1,
      name: 'bus-topics test',
      ...options,
    });
    this.#open.push(nc);
    return nc;
  }

  async closeAll(): Promise<void> {
    await Promise.all(
      this.#open
        .splice(0)
        .filter((nc) => !nc.isClosed())
        .map((nc) => nc.close()),
    );
  }
}

/** Rejects after `ms` with a message naming what was awaited; the timer is cleared either way. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads `count` values from an iterator (not ending it, so the subscription stays), each within `ms`.
 * Fails if the iteration ends first.
 */
export async function take<T>(iterator: AsyncIterator<T>, count: number, ms = 5_000): Promise<T[]> {
  const values: T[] = [];
  while (values.length < count) {
    const result = await within(iterator.next(), ms, `value ${values.length + 1} of ${count}`);
    if (result.done === true) throw new Error(`the iteration ended after ${values.length} of ${count} values`);
    values.push(result.value);
  }
  return values;
}

/** The error `action` throws; fails when it throws nothing. */
export function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, and nothing was thrown');
}

/** Polls `condition` every 10 ms until it holds, failing after `ms`. */
export async function until(condition: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let probes = 0;

/**
 * Resolves once messages published on `publisher` reach `subscriber`'s subscriptions, even through routes: a
 * probe subject is subscribed on `subscriber` after every subscription under test, and published on `publisher`
 * until it arrives. Interest travels a route in order, so the earlier subscriptions are known there too.
 */
export async function awaitInterest(publisher: NatsConnection, subscriber: NatsConnection, ms = 5_000): Promise<void> {
  const subject = `_probe.${process.pid}.${++probes}`;
  const probe = subscriber.subscribe(subject, { max: 1 });
  await subscriber.flush();
  const deadline = Date.now() + ms;
  while (probe.getReceived() === 0) {
    if (Date.now() > deadline) throw new Error(`no route from the publisher to the subscriber within ${ms} ms`);
    publisher.publish(subject);
    await publisher.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A worker heartbeat (`system.{worker}.health`) carrying a sequence number, which the contract keeps. */
export const heartbeat = (seq: number, worker = 'mutator'): { worker: string; ts: number; seq: number } => ({
  worker,
  ts: 1_763_900_000.125 + seq,
  seq,
});

/** The UTF-8 bytes of a value's JSON. */
export const jsonBytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** A whole bus event, as DECNET writes it, for raw publishing. */
export const wireEvent = (
  topic: string,
  type: string,
  payload: unknown,
  id = '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
): Record<string, unknown> => ({ v: 1, id, topic, type, ts: 1_763_900_000.125, payload });
