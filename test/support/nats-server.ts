/**
 * Runs a throwaway `nats-server` for the integration tests in test/nats/: it
 * finds the binary, starts it on a free loopback port, waits until it greets
 * clients, and stops it again. Nothing here writes to the console (that fails
 * a test in this repo); failures carry the server's own stderr instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** Where Debian installs it; /usr/sbin is often not on a non-root user's PATH. */
const WELL_KNOWN_PATHS: readonly string[] = ['/usr/sbin/nats-server', '/usr/local/bin/nats-server'];

/** Keep only the end of a chatty stderr. */
const MAX_STDERR_CHARS = 16_000;

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The `nats-server` binary to run, or `null` when there is none. `NATS_SERVER_BIN`,
 * when set, is the only place looked at; otherwise PATH, then the well-known paths.
 */
export function findNatsServer(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env['NATS_SERVER_BIN'];
  if (override !== undefined && override !== '') return isExecutableFile(override) ? override : null;
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, 'nats-server'));
  return [...onPath, ...WELL_KNOWN_PATHS].find(isExecutableFile) ?? null;
}

/** Whether this run is CI, where a missing server must fail the tests instead of skipping them. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env['CI'] ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** A running server. */
export interface NatsServer {
  /** `nats://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** What the server has written to stderr so far (its log), for failure messages. */
  stderr(): string;
  /** Sends SIGTERM and waits for the process to exit (SIGKILL after `timeoutMs`). Safe to call twice. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Options for {@link startNatsServer}. */
export interface StartOptions {
  /** How long to wait for the server to greet a client, in ms. */
  readonly readyTimeoutMs?: number;
  /** Extra command-line arguments. */
  readonly args?: readonly string[];
  /** The client port; by default a free one. With a fixed port, a start that finds it taken is not retried. */
  readonly port?: number;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** A port that was free a moment ago: the OS picks one for a listener on port 0, which is closed again. */
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
  if (address === null || typeof address === 'string') throw new Error(`unexpected listener address ${address}`);
  return address.port;
}

/** Resolves `true` when something on the port greets a new connection with a NATS `INFO` line. */
function greetsLikeNats(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let received = '';
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => {
      finish(false);
    });
    socket.on('error', () => {
      finish(false);
    });
    socket.on('close', () => {
      resolve(false);
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n') || received.length >= 5) finish(received.startsWith('INFO '));
    });
  });
}

/** Resolves with the exit of a child process, or at once when it has already exited. */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

async function startOnce(binary: string, options: StartOptions): Promise<NatsServer> {
  const port = options.port ?? (await freeLoopbackPort());
  const args = ['-a', '127.0.0.1', '-p', String(port), ...(options.args ?? [])];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-MAX_STDERR_CHARS);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  // Set by the 'error' event (e.g. ENOENT, EACCES); an object, so that TypeScript sees it may change.
  const failure: { spawnError: Error | null } = { spawnError: null };
  child.once('error', (error) => {
    failure.spawnError = error;
  });
  const exit = exited(child);

  const stop = async (timeoutMs = 5_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || failure.spawnError !== null) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exit.then(() => true), sleep(timeoutMs).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exit;
    }
  };
  const describeFailure = (why: string): Error =>
    new Error(`${binary} ${args.join(' ')}: ${why}\n--- server output ---\n${log.trim() || '(none)'}`);

  const deadline = Date.now() + (options.readyTimeoutMs ?? 10_000);
  for (;;) {
    if (failure.spawnError !== null) throw describeFailure(`could not start (${String(failure.spawnError)})`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw describeFailure(`exited early with ${child.exitCode ?? child.signalCode ?? 'unknown status'}`);
    }
    if (await greetsLikeNats(port, 1_000)) break;
    if (Date.now() > deadline) {
      await stop();
      throw describeFailure(`did not accept connections on 127.0.0.1:${port} within the timeout`);
    }
    await sleep(50);
  }
  return { url: `nats://127.0.0.1:${port}`, port, stderr: () => log, stop };
}

/** Whether a start failed because a port it was given was taken meanwhile. */
export function isPortTaken(error: unknown): boolean {
  return error instanceof Error && /address already in use/i.test(error.message);
}

/**
 * Starts `binary` on a free loopback port and waits until it greets clients.
 * Another process may take the port between picking and binding it; the start
 * is then retried on a new port, twice at most.
 *
 * @throws when the server cannot be started, with its output in the message.
 */
export async function startNatsServer(binary: string, options: StartOptions = {}): Promise<NatsServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(binary, options);
    } catch (error) {
      lastError = error;
      if (options.port !== undefined || !isPortTaken(error)) throw error;
    }
  }
  throw lastError;
}
