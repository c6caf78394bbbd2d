/**
 * What the client tests share: a fresh bus server per test, clients that are
 * closed after it, and waits for what arrives (never fixed sleeps).
 */
import { afterEach, beforeEach } from 'vitest';
import type { BusError } from '../../src/bus/BusError';
import type { BusProtocolError } from '../../src/bus/BusProtocolError';
import { connectBus, type Bus } from '../../src/bus/client';
import type { ConnectBusOptions } from '../../src/bus/options';
import { startBusServer, type TestBusServer } from '../support/bus-server';

/** How long a test waits for something that should arrive, in ms: well inside vitest's 5 s. */
export const WAIT_MS = 3_000;

/** Short delays: reconnecting takes milliseconds in the tests, on a slow CI machine too. */
export const FAST_RECONNECT = { initialDelayMs: 5, maxDelayMs: 40 } as const;

export interface Harness {
  readonly server: TestBusServer;
  /** A client of the server, closed after the test; reports go to `errors`. */
  connect<const Options extends ConnectBusOptions>(
    options?: Options,
  ): Promise<Bus<Options extends { strict: false } ? false : true>>;
  /** What every client reported through `onError`, in order. */
  readonly errors: (BusError | BusProtocolError)[];
  /** Resolves once `onError` has been called `count` times in all. */
  errorCount(count: number): Promise<void>;
}

/** Registers the hooks of a test file and returns its harness (its fields are valid inside tests). */
export function useBusHarness(): Harness {
  let server: TestBusServer | undefined;
  const clients: Bus<boolean>[] = [];
  const errors: (BusError | BusProtocolError)[] = [];
  const waiters = new Set<() => void>();

  beforeEach(async () => {
    server = await startBusServer();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((bus) => bus.close()));
    await server?.dispose();
    errors.length = 0;
    waiters.clear();
  });

  return {
    get server(): TestBusServer {
      if (server === undefined) throw new Error('the harness is used outside a test');
      return server;
    },
    errors,
    async connect(options) {
      const bus = await connectBus<ConnectBusOptions>({
        path: this.server.path,
        reconnect: FAST_RECONNECT,
        onError: (error) => {
          errors.push(error);
          for (const check of [...waiters]) check();
        },
        ...options,
      });
      clients.push(bus);
      return bus;
    },
    errorCount(count) {
      return waitUntil(() => errors.length >= count, `${count} errors reported`, waiters);
    },
  };
}

function waitUntil(predicate: () => boolean, what: string, waiters: Set<() => void>): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!predicate()) return;
      clearTimeout(timer);
      waiters.delete(check);
      resolve();
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`timed out waiting for ${what}`));
    }, WAIT_MS);
    waiters.add(check);
  });
}

/** The next `count` items of an async iterable, or a rejection after {@link WAIT_MS}. */
export async function take<Item>(iterable: AsyncIterable<Item>, count: number): Promise<Item[]> {
  const iterator = iterable[Symbol.asyncIterator]();
  const items: Item[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${items.length} of ${count} items`));
    }, WAIT_MS);
  });
  try {
    while (items.length < count) {
      const result = await Promise.race([iterator.next(), timeout]);
      if (result.done === true) throw new Error(`the iterator ended after ${items.length} of ${count} items`);
      items.push(result.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return items;
}

/** Whether the iterator ends (rather than yielding) within {@link WAIT_MS}. */
export async function ends(iterable: AsyncIterable<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, WAIT_MS);
  });
  const result = await Promise.race([iterable[Symbol.asyncIterator]().next(), timeout]);
  clearTimeout(timer);
  return result !== 'timeout' && result.done === true;
}

/** A health payload of the contract (`system.{worker}.health`, type `health`). */
export const health = (worker: string, n = 0): { worker: string; ts: number; n: number } => ({
  worker,
  ts: 1_714_000_000 + n,
  n,
});
