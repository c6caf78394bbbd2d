/**
 * NATS, against a `nats-server` this benchmark starts on loopback (skipped, saying why, when there is none):
 *
 * (a) events per second through `subscribeEvents(nc, 'attacker.>')` (UTF-8, JSON, the subject check and the
 *     contract), against a floor reading the same messages with a raw `nc.subscribe` + strict TextDecoder +
 *     `JSON.parse`. 50,000 DECNET-shaped events of the attacker family (the valid bus-form fixtures, each with
 *     its own id) are published at once, then read; the rate runs from the first message read to the last.
 *     Stated goal: validation costs at most 2x the floor (subscribeEvents' rate at least half the floor's).
 * (b) the bridge end to end: the test bus server -> `bridgeBusToNats` -> nats-server -> a subscriber (see
 *     nats/bridge.ts). 50,000 events from a bus server in a child process give events per second (first to last
 *     received); then 5,000 events paced at about 5,000 a second give the latency from the bus server's publish
 *     to the subscriber's callback, p50 and p99. No goal is set for (b): these are figures to compare over time.
 *
 * The readers, the bridge and the subscriber share this one thread (and, for the latency, the bus server too):
 * each figure is a floor on what separate processes would do. With `npm run bench`, or alone with
 * `npx tsx bench/nats.ts`; about 25 s.
 */
import { availableParallelism } from 'node:os';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { subscribeEvents } from '../src/nats/subscribe-events';
import { compileEventSchemas } from '../src/schemas/compiled';
import { findNatsServer, startNatsServer } from '../test/support/nats-server';
import { bridgeLatency, bridgeThroughput, PACED } from './nats/bridge';
import { attackerMessages } from './nats/events';

/** Events per timed run. */
const EVENTS = 50_000;
/** Timed runs of each candidate; the best is kept (the least disturbed by the rest of the machine). */
const RUNS = 3;
/** Goal of (a): subscribeEvents' cost at most this many times the floor's. */
const RATIO_GOAL = 2;

export interface NatsBenchResult {
  readonly skipped?: string;
  readonly cpus: number;
  readonly bytes: number;
  readonly floorRate: number;
  readonly typedRate: number;
  /** The same after `compileEventSchemas()`, with the floor measured again beside it. */
  readonly compiledFloorRate: number;
  readonly compiledRate: number;
  readonly bridgeRate: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** A reader under test: resolves once it has read `count` messages, with the time of the first and the last. */
type Reader = (nc: NatsConnection, count: number) => { ready: Promise<void>; done: Promise<[number, number]> };

const floorReader: Reader = (nc, count) => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const sub = nc.subscribe('attacker.>');
  const done = (async (): Promise<[number, number]> => {
    let read = 0;
    let first = 0;
    for await (const msg of sub) {
      if (read === 0) first = performance.now();
      JSON.parse(decoder.decode(msg.data));
      if (++read === count) break;
    }
    return [first, performance.now()];
  })();
  return { ready: nc.flush(), done };
};

const typedReader: Reader = (nc, count) => {
  const events = subscribeEvents(nc, 'attacker.>', { maxPending: count, maxPendingBytes: 1 << 30 });
  const done = (async (): Promise<[number, number]> => {
    let read = 0;
    let first = 0;
    for await (const event of events) {
      if (read === 0) first = performance.now();
      if (event.template === 'attacker.scored' && event.payload.event_count < 0) throw new Error('unreachable');
      if (++read === count) break;
    }
    if (events.invalid > 0 || events.dropped > 0)
      throw new Error(`${events.invalid} invalid, ${events.dropped} dropped`);
    return [first, performance.now()];
  })();
  return { ready: nc.flush(), done };
};

/** Events per second one reader manages on the messages, published all at once from another connection. */
async function readRate(url: string, reader: Reader, messages: readonly { subject: string; body: Uint8Array }[]) {
  const [pub, sub] = [await connect({ servers: url }), await connect({ servers: url })];
  try {
    const { ready, done } = reader(sub, messages.length);
    await ready;
    for (const { subject, body } of messages) pub.publish(subject, body);
    await pub.flush();
    const [first, last] = await done;
    return ((messages.length - 1) / (last - first)) * 1000;
  } finally {
    await Promise.all([pub.close(), sub.close()]);
  }
}

/** The best of `RUNS` rates, after one run to warm up; the candidates take turns. */
async function bestRates(url: string, readers: readonly Reader[], messages: { subject: string; body: Uint8Array }[]) {
  for (const reader of readers) await readRate(url, reader, messages.slice(0, 10_000));
  const best = readers.map(() => 0);
  for (let run = 0; run < RUNS; run++) {
    for (const [k, reader] of readers.entries())
      best[k] = Math.max(best[k] ?? 0, await readRate(url, reader, messages));
  }
  return best;
}

export async function runNatsBench(): Promise<NatsBenchResult> {
  const empty = {
    cpus: availableParallelism(),
    bytes: 0,
    floorRate: 0,
    typedRate: 0,
    compiledFloorRate: 0,
    compiledRate: 0,
    bridgeRate: 0,
    p50Ms: 0,
    p99Ms: 0,
  };
  const binary = findNatsServer();
  if (binary === null) {
    return {
      ...empty,
      skipped: 'no nats-server on PATH, in /usr/sbin or at NATS_SERVER_BIN (apt-get install nats-server)',
    };
  }
  const nats = await startNatsServer(binary);
  try {
    const messages = attackerMessages(EVENTS);
    const bytes = messages.reduce((sum, { body }) => sum + body.byteLength, 0) / messages.length;
    const [floorRate = 0, typedRate = 0] = await bestRates(nats.url, [floorReader, typedReader], messages);
    const bridgeRate = await bridgeThroughput(nats.url, EVENTS, RUNS);
    const { p50, p99 } = await bridgeLatency(nats.url);
    // Last, as it cannot be undone in this process: a long-lived subscriber is where compiling pays off.
    compileEventSchemas();
    const [compiledFloorRate = 0, compiledRate = 0] = await bestRates(nats.url, [floorReader, typedReader], messages);
    return {
      ...empty,
      bytes,
      floorRate,
      typedRate,
      compiledFloorRate,
      compiledRate,
      bridgeRate,
      p50Ms: p50,
      p99Ms: p99,
    };
  } finally {
    await nats.stop();
  }
}

const perSecond = (rate: number): string => `${Math.round(rate).toLocaleString('en')} events/s`;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export function printNatsBench(result: NatsBenchResult): void {
  out('\nNATS (a nats-server on loopback; readers, bridge and subscriber share one thread, see bench/nats.ts)');
  if (result.skipped !== undefined) {
    out(`  skipped: ${result.skipped}`);
    return;
  }
  out(
    `  ${result.cpus} CPU(s); ${EVENTS.toLocaleString('en')} attacker events of ${Math.round(result.bytes)} bytes on average, best of ${RUNS} runs`,
  );
  out(`  (a) floor: nc.subscribe + TextDecoder + JSON.parse   ${perSecond(result.floorRate).padStart(18)}`);
  out(`      subscribeEvents(nc, 'attacker.>')              ${perSecond(result.typedRate).padStart(18)}`);
  const ratio = result.floorRate / result.typedRate;
  out(`      cost ${ratio.toFixed(2)}x the floor; goal <= ${RATIO_GOAL}x${ratio > RATIO_GOAL ? '  MISSED' : '  met'}`);
  const compiled = result.compiledFloorRate / result.compiledRate;
  out(`      after compileEventSchemas()                    ${perSecond(result.compiledRate).padStart(18)}`);
  out(
    `      cost ${compiled.toFixed(2)}x the floor (${perSecond(result.compiledFloorRate)}); goal <= ${RATIO_GOAL}x${compiled > RATIO_GOAL ? '  MISSED' : '  met'}`,
  );
  out(`  (b) bus server (a child process) -> bridgeBusToNats -> nats-server -> subscriber`);
  out(
    `      throughput                                    ${perSecond(result.bridgeRate).padStart(18)}  (no goal set)`,
  );
  out(
    `      latency, ${PACED.events.toLocaleString('en')} events paced at ~${PACED.perTick * 1000}/s: ` +
      `p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms  (no goal set)`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printNatsBench(await runNatsBench());
