/**
 * Runs a throwaway cluster of `nats-server`s for the integration tests in test/nats/: every node on loopback
 * ports picked free, with routes to the others and a monitoring port, optionally JetStream with a store under a
 * temporary directory. It waits until the cluster has formed (every route up, and a JetStream meta leader), and
 * stops and starts single nodes on the same ports, as a server restart would. Nothing here writes to the
 * console; failures carry the servers' own output instead.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeLoopbackPort, isPortTaken, startNatsServer, type NatsServer } from './nats-server';

/** Options of {@link startNatsCluster}. */
export interface ClusterOptions {
  /** How many nodes; default 3. */
  readonly size?: number;
  /** Start each node with JetStream (`-js`), its store in the cluster's temporary directory. */
  readonly jetstream?: boolean;
  /** How long to wait for the cluster to form, in ms; default 15,000. */
  readonly readyTimeoutMs?: number;
}

/** One node of the cluster. Its ports stay the same across restarts. */
export interface ClusterNode {
  /** `node-0`, `node-1`, ...: the server name, also its JetStream peer name. */
  readonly name: string;
  /** `nats://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Where the other nodes route to. */
  readonly clusterPort: number;
  /** The HTTP monitoring port (`/routez`, `/jsz`). */
  readonly monitorPort: number;
  /** Whether the node runs. */
  isRunning(): boolean;
  /** What the node has written so far, for failure messages (the current run, or the last one). */
  stderr(): string;
}

/** A running cluster. */
export interface NatsCluster {
  readonly nodes: readonly ClusterNode[];
  /** Every node's client URL. */
  readonly urls: readonly string[];
  /** Resolves once every running node has a route to every other running node (and, with JetStream, knows the meta leader). */
  waitUntilFormed(timeoutMs?: number): Promise<void>;
  /** Stops one node (SIGTERM, then SIGKILL after a timeout). */
  stopNode(index: number): Promise<void>;
  /** Starts a stopped node again, on its ports and with its store, and waits until the cluster has formed again. */
  startNode(index: number): Promise<void>;
  /** Stops, then starts one node. */
  restartNode(index: number): Promise<void>;
  /** Stops every node and removes the temporary directory. Safe to call twice. */
  stop(): Promise<void>;
}

const CLUSTER_NAME = 'bus-topics-test';

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** `count` distinct ports that were free a moment ago. */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freeLoopbackPort());
  return [...ports];
}

/** A node's monitoring endpoint as JSON, or `undefined` while it does not answer. */
async function monitor(node: ClusterNode, path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${node.monitorPort}${path}`, { signal: AbortSignal.timeout(1_000) });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The slot of one node: its fixed ports and arguments, and its current process. */
interface Slot {
  readonly node: ClusterNode;
  readonly args: readonly string[];
  server: NatsServer | undefined;
  lastLog: string;
}

async function startSlots(binary: string, options: ClusterOptions, dir: string): Promise<Slot[]> {
  const size = options.size ?? 3;
  const ports = await freePorts(size * 3);
  const slots: Slot[] = [];
  for (let k = 0; k < size; k++) {
    const [port, clusterPort, monitorPort] = [ports[k * 3], ports[k * 3 + 1], ports[k * 3 + 2]] as [
      number,
      number,
      number,
    ];
    const name = `node-${k}`;
    const routes = ports.filter((_, i) => i % 3 === 1 && i !== k * 3 + 1).map((p) => `nats://127.0.0.1:${p}`);
    const args = [
      ...['-n', name, '--cluster_name', CLUSTER_NAME, '--cluster', `nats://127.0.0.1:${clusterPort}`],
      ...['--routes', routes.join(','), '-m', String(monitorPort)],
      ...(options.jetstream === true ? ['-js', '-sd', join(dir, name)] : []),
    ];
    const slot: Slot = {
      args,
      server: undefined,
      lastLog: '',
      node: {
        name,
        url: `nats://127.0.0.1:${port}`,
        port,
        clusterPort,
        monitorPort,
        isRunning: () => slot.server !== undefined,
        stderr: () => slot.server?.stderr() ?? slot.lastLog,
      },
    };
    slots.push(slot);
  }
  const started = await Promise.allSettled(slots.map((slot) => startSlot(binary, slot)));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(slots.map((slot) => stopSlot(slot)));
    throw failed.reason;
  }
  return slots;
}

async function startSlot(binary: string, slot: Slot): Promise<void> {
  slot.server = await startNatsServer(binary, { port: slot.node.port, args: slot.args });
}

async function stopSlot(slot: Slot): Promise<void> {
  const server = slot.server;
  if (server === undefined) return;
  slot.server = undefined;
  await server.stop();
  slot.lastLog = server.stderr();
}

/** Whether every running node routes to every other running node and, with JetStream, knows a meta leader. */
async function formed(slots: readonly Slot[], jetstream: boolean): Promise<boolean> {
  const running = slots.filter((slot) => slot.server !== undefined).map((slot) => slot.node);
  const checks = running.map(async (node) => {
    const routez = await monitor(node, '/routez');
    if (routez === undefined || Number(routez['num_routes']) < running.length - 1) return false;
    if (!jetstream) return true;
    const jsz = await monitor(node, '/jsz');
    const meta = jsz?.['meta_cluster'] as { readonly leader?: string } | undefined;
    return typeof meta?.leader === 'string' && meta.leader !== '';
  });
  return (await Promise.all(checks)).every(Boolean);
}

/** Starts the nodes; a port taken meanwhile makes them all start again on new ports, twice at most. */
async function startSlotsWithRetries(binary: string, options: ClusterOptions, dir: string): Promise<Slot[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startSlots(binary, options, dir);
    } catch (error) {
      if (attempt >= 2 || !isPortTaken(error)) throw error;
    }
  }
}

/**
 * Starts a cluster of `nats-server`s on loopback and waits until it has formed. A port taken between picking and
 * binding it makes the whole cluster start again on new ports, twice at most.
 *
 * @throws when the cluster cannot start or form, with the servers' output in the message.
 */
export async function startNatsCluster(binary: string, options: ClusterOptions = {}): Promise<NatsCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'bus-topics-nats-cluster-'));
  const jetstream = options.jetstream === true;
  let all: Slot[];
  try {
    all = await startSlotsWithRetries(binary, options, dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const slotAt = (index: number): Slot => {
    const slot = all[index];
    if (slot === undefined) throw new Error(`the cluster has no node ${index}`);
    return slot;
  };

  const waitUntilFormed = async (timeoutMs = options.readyTimeoutMs ?? 15_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(await formed(all, jetstream))) {
      if (Date.now() > deadline) {
        const logs = all.map((slot) => `--- ${slot.node.name} ---\n${slot.node.stderr().trim() || '(none)'}`);
        throw new Error(`the cluster did not form within ${timeoutMs} ms\n${logs.join('\n')}`);
      }
      await sleep(25);
    }
  };
  let stopped = false;
  const cluster: NatsCluster = {
    nodes: all.map((slot) => slot.node),
    urls: all.map((slot) => slot.node.url),
    waitUntilFormed,
    stopNode: (index) => stopSlot(slotAt(index)),
    startNode: async (index) => {
      const slot = slotAt(index);
      if (slot.server !== undefined) throw new Error(`${slot.node.name} is running already`);
      await startSlot(binary, slot);
      await waitUntilFormed();
    },
    restartNode: async (index) => {
      await cluster.stopNode(index);
      await cluster.startNode(index);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await Promise.all(all.map((slot) => stopSlot(slot)));
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilFormed();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
