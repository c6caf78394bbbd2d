/**
 * Part (b) of the NATS benchmark: the bridge end to end, the test bus server -> `bridgeBusToNats` ->
 * nats-server -> a subscriber.
 *
 * Throughput: the bus server runs in a child process (bus-child.ts), as DECNET's bus daemon does, and publishes
 * in batches while at most `WINDOW` events are in flight, so that neither its queue nor the bridge's fills up; the
 * rate runs from the first event received to the last. Latency: the bus server runs in this process, so that the
 * send time it puts in each payload and the receive time share one clock, and publishes a few events each
 * millisecond; each figure is the time from the bus server's publish to the subscriber's callback.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { bridgeBusToNats } from '../../src/bridge/bridge';
import type { BusNatsBridge } from '../../src/bridge/BusNatsBridge';
import { startBusServer } from '../../test/support/bus-server';
import { ATTACKER_EVENTS, type BenchEvent } from './events';

/** Events published per request to the child, and the most in flight. */
const BATCH = 500;
const WINDOW = 4_000;
/** The paced latency run: this many events, this many each millisecond. */
export const PACED = { events: 5_000, perTick: 5 } as const;

const CHILD = fileURLToPath(new URL('./bus-child.ts', import.meta.url));
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print', '-pe']);

/** The parent's flags (tsx's loader among them) without code to evaluate. */
const childExecArgv = (): string[] =>
  process.execArgv.filter((flag, i, all) => !EVAL_FLAGS.has(flag) && !EVAL_FLAGS.has(all[i - 1] ?? ''));

/** A bridge from the bus socket at `path` to NATS at `url`, and a subscriber on another connection. */
async function bridgeTo(url: string, path: string): Promise<{ bridge: BusNatsBridge; ncs: NatsConnection[] }> {
  const [bridgeNc, subNc] = [await connect({ servers: url }), await connect({ servers: url })];
  const bridge = await bridgeBusToNats({ bus: { path, queueSize: 1 << 16 }, nats: bridgeNc, patterns: ['attacker.>'] });
  await bridge.ready;
  return { bridge, ncs: [bridgeNc, subNc] };
}

/** Checks that the bridge lost and refused nothing. */
function checked(bridge: BusNatsBridge): void {
  const stats = bridge.stats();
  if (stats.dropped > 0 || stats.invalid > 0 || stats.unroutable > 0)
    throw new Error(`bridge: ${JSON.stringify(stats)}`);
}

/** The best rate, in events per second, of `runs` runs of `count` events (after one to warm up). */
export async function bridgeThroughput(url: string, count: number, runs: number): Promise<number> {
  const child = spawn(process.execPath, [...childExecArgv(), CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done === true) throw new Error(`the bus server child did not start:\n${stderr}`);
  const { path } = JSON.parse(first.value) as { path: string };
  const { bridge, ncs } = await bridgeTo(url, path);
  const [, subNc] = ncs as [NatsConnection, NatsConnection];
  let round = { target: 0, requested: 0, received: 0, first: 0, done: (_last: number): void => undefined };
  const request = (): void => {
    while (round.requested < round.target && round.requested - round.received <= WINDOW - BATCH) {
      const n = Math.min(BATCH, round.target - round.requested);
      child.stdin.write(`${JSON.stringify({ count: n })}\n`);
      round.requested += n;
    }
  };
  subNc.subscribe('attacker.>', {
    callback: () => {
      if (round.received++ === 0) round.first = performance.now();
      if (round.received === round.target) round.done(performance.now());
      else if (round.received % BATCH === 0) request();
    },
  });
  await subNc.flush();
  const run = async (target: number): Promise<number> => {
    const last = new Promise<number>((done) => {
      round = { target, requested: 0, received: 0, first: 0, done };
    });
    request();
    const end = await last;
    return ((target - 1) / (end - round.first)) * 1000;
  };
  try {
    await run(10_000);
    let best = 0;
    for (let k = 0; k < runs; k++) best = Math.max(best, await run(count));
    checked(bridge);
    return best;
  } finally {
    await bridge.close();
    await Promise.all(ncs.map((nc) => nc.close()));
    child.stdin.end('stop\n');
  }
}

/** The quantile `q` of sorted numbers. */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** p50 and p99 of the time from the bus server's publish to the subscriber's callback, in milliseconds. */
export async function bridgeLatency(url: string): Promise<{ p50: number; p99: number }> {
  const server = await startBusServer();
  const { bridge, ncs } = await bridgeTo(url, server.path);
  const [, subNc] = ncs as [NatsConnection, NatsConnection];
  await server.waitForSub('attacker.>');
  const decoder = new TextDecoder();
  const latencies: number[] = [];
  let all: () => void = () => undefined;
  const finished = new Promise<void>((done) => (all = done));
  subNc.subscribe('attacker.>', {
    callback: (_error, msg) => {
      const now = performance.now();
      const { payload } = JSON.parse(decoder.decode(msg.data)) as { payload: { bench_sent: number } };
      latencies.push(now - payload.bench_sent);
      if (latencies.length === PACED.events) all();
    },
  });
  await subNc.flush();
  try {
    for (let k = 0; k < PACED.events; k++) {
      const { topic, payload, type } = ATTACKER_EVENTS[k % ATTACKER_EVENTS.length] as BenchEvent;
      server.publish(topic, { ...payload, bench_sent: performance.now() }, type);
      if (k % PACED.perTick === PACED.perTick - 1) await new Promise((tick) => setTimeout(tick, 1));
    }
    await finished;
    checked(bridge);
    latencies.sort((a, b) => a - b);
    return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
  } finally {
    await bridge.close();
    await Promise.all(ncs.map((nc) => nc.close()));
    await server.dispose();
  }
}
