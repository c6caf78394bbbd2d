/**
 * A bus server for the tests of the bus client, written from the contract's
 * facts (CONTRACT 3.1-3.3): it listens on a UNIX socket in a temporary
 * directory, reads HELLO, SUB, UNSUB, PUB and BYE, keeps only `payload` and
 * `type` of a PUB body and builds a new event (fresh id, server ts, v 1,
 * topic from the header), and sends one EVT to every other connection with
 * a matching pattern, through a bounded drop-oldest write queue. A protocol
 * error drops the connection. It can be stopped and started again on the
 * same path, publish events of its own, and send any bytes to its clients.
 * Nothing here writes to the console.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BusFrameDecoder } from '../../src/bus/BusFrameDecoder.js';
import { encodeBusFrame, type BusVerb } from '../../src/bus/frame.js';
import { matches } from '../../src/match/matches.js';

/** One frame a connection sent, as the server logged it. */
export interface LoggedFrame {
  /** The connection's number, from 1, in the order they connected (over restarts too). */
  readonly connection: number;
  readonly verb: BusVerb;
  readonly args: string;
  /** The body, parsed. */
  readonly json: Record<string, unknown>;
}

/** A client connection as the server sees it. */
export interface ServerConnection {
  readonly id: number;
  /** The HELLO name, once sent. */
  readonly name: string | undefined;
  /** Its patterns, as SUB and UNSUB left them. */
  readonly patterns: ReadonlySet<string>;
  /** EVTs dropped because its write queue was full. */
  readonly dropped: number;
  /** Sends bytes as they are, bypassing the queue: for hostile frames. */
  sendRaw(bytes: Uint8Array): void;
}

interface Connection extends ServerConnection {
  name: string | undefined;
  readonly patterns: Set<string>;
  dropped: number;
  readonly socket: Socket;
  readonly queue: Uint8Array[];
  writing: boolean;
}

export interface BusServerOptions {
  /** The write queue of each connection, in frames (default 1,024). */
  readonly queueSize?: number;
}

/** How long `waitFor` waits by default, in ms: well inside vitest's 5 s, so its message is the one seen. */
const WAIT_MS = 3_000;

export class TestBusServer {
  readonly dir: string = mkdtempSync(join(tmpdir(), 'bus-topics-bus-'));
  readonly path: string = join(this.dir, 'bus.sock');
  readonly log: LoggedFrame[] = [];
  readonly #queueSize: number;
  readonly #connections = new Map<number, Connection>();
  readonly #waiters = new Set<() => void>();
  #server: Server | null = null;
  #nextId = 1;
  /** Protocol errors that dropped a connection, by reason. */
  readonly refusals: string[] = [];

  constructor(options: BusServerOptions = {}) {
    this.#queueSize = options.queueSize ?? 1_024;
  }

  /** The open connections, oldest first. */
  get connections(): ServerConnection[] {
    return [...this.#connections.values()];
  }

  /** Starts listening on `path` (again, after `stop()`). */
  async start(): Promise<void> {
    rmSync(this.path, { force: true });
    const server = createServer((socket) => {
      this.#accept(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.path, resolve);
    });
    this.#server = server;
  }

  /** Stops listening and drops every connection; resolves once the socket is gone. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const connection of this.#connections.values()) connection.socket.destroy();
    this.#connections.clear();
    if (server !== null)
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    this.#notify();
  }

  /** Stops, and removes the temporary directory. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Publishes an event of the server's own, as the bus daemon does its heartbeat: to every matching connection. */
  publish(topic: string, payload: Record<string, unknown>, type = ''): void {
    this.#fanOut(topic, payload, type, null);
  }

  /** Sends bytes as they are to every open connection. */
  sendRawToAll(bytes: Uint8Array): void {
    for (const connection of this.#connections.values()) connection.sendRaw(bytes);
  }

  /** Resolves once `predicate` holds, checked after every frame and connection change; rejects after `ms`. */
  waitFor(predicate: () => boolean, what = 'a condition', ms = WAIT_MS): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`bus server: timed out waiting for ${what}; log: ${JSON.stringify(this.log.slice(-20))}`));
      }, ms);
      this.#waiters.add(check);
    });
  }

  /** Resolves once some open connection has `pattern`, i.e. its SUB was read. */
  waitForSub(pattern: string, count = 1): Promise<void> {
    return this.waitFor(
      () => this.connections.filter((c) => c.patterns.has(pattern)).length >= count,
      `${count} SUB ${pattern}`,
    );
  }

  /** The frames of one verb in the log. */
  frames(verb: BusVerb): LoggedFrame[] {
    return this.log.filter((frame) => frame.verb === verb);
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  #accept(socket: Socket): void {
    const id = this.#nextId++;
    const connection: Connection = {
      id,
      name: undefined,
      patterns: new Set(),
      dropped: 0,
      socket,
      queue: [],
      writing: false,
      sendRaw: (bytes) => {
        if (!socket.destroyed) socket.write(bytes);
      },
    };
    this.#connections.set(id, connection);
    const decoder = new BusFrameDecoder();
    socket.on('data', (chunk: Uint8Array) => {
      try {
        for (const frame of decoder.push(chunk)) {
          this.log.push({ connection: id, verb: frame.verb, args: frame.args, json: frame.json });
          this.#handle(connection, frame.verb, frame.args, frame.json);
          if (socket.destroyed) break;
        }
      } catch (error) {
        this.refusals.push(error instanceof Error && 'reason' in error ? String(error.reason) : String(error));
        socket.destroy();
      }
      this.#notify();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.#connections.delete(id);
      this.#notify();
    });
    this.#notify();
  }

  #handle(connection: Connection, verb: BusVerb, args: string, body: Record<string, unknown>): void {
    switch (verb) {
      case 'HELLO':
        connection.name = args;
        return;
      case 'SUB':
        if (args === '') throw new Error('bad-args: SUB without a pattern');
        connection.patterns.add(args);
        return;
      case 'UNSUB':
        connection.patterns.delete(args);
        return;
      case 'PUB':
        if (args === '') throw new Error('bad-args: PUB without a topic');
        // Only payload and type are kept; id, ts, v and the body's topic are the server's own.
        this.#fanOut(args, isObject(body['payload']) ? body['payload'] : {}, stringOr(body['type'], ''), connection);
        return;
      case 'BYE':
        connection.socket.end();
        return;
      case 'EVT':
        throw new Error('unknown-verb: EVT goes from server to client only');
    }
  }

  #fanOut(topic: string, payload: Record<string, unknown>, type: string, origin: Connection | null): void {
    const event = { v: 1, id: randomBytes(16).toString('hex'), topic, type, ts: Date.now() / 1000, payload };
    const frame = encodeBusFrame('EVT', topic, event);
    for (const connection of this.#connections.values()) {
      if (connection === origin) continue;
      if (![...connection.patterns].some((pattern) => matches(pattern, topic))) continue;
      this.#enqueue(connection, frame);
    }
  }

  #enqueue(connection: Connection, frame: Uint8Array): void {
    connection.queue.push(frame);
    if (connection.queue.length > this.#queueSize) {
      connection.queue.shift();
      connection.dropped++;
    }
    this.#flush(connection);
  }

  #flush(connection: Connection): void {
    if (connection.writing) return;
    const { socket, queue } = connection;
    for (let frame = queue.shift(); frame !== undefined; frame = queue.shift()) {
      if (socket.destroyed) return;
      if (!socket.write(frame)) {
        connection.writing = true;
        socket.once('drain', () => {
          connection.writing = false;
          this.#flush(connection);
        });
        return;
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** Starts a server on a fresh path. */
export async function startBusServer(options?: BusServerOptions): Promise<TestBusServer> {
  const server = new TestBusServer(options);
  await server.start();
  return server;
}
