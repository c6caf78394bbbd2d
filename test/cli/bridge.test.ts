/**
 * `bus-topics bridge`, run as a process between the test bus server and a nats-server: events flow, counters
 * appear on stderr, SIGTERM stops it cleanly with status 0, and configuration mistakes exit 2 before anything is
 * connected. The NATS client's absence is checked in-process.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { _BRIDGE_COMMAND, _bridgeConfig, _loadNatsTransport, _statsLine } from '../../src/cli/commands/bridge';
import { _CliUsageError, _parseCommandArgs } from '../../src/cli/command';
import type { _CliIo } from '../../src/cli/io';
import { ATTACKER_EVENTS, Inbox, publishAll } from '../bridge/support';
import { natsBinary, natsTitle, SKIP_NATS, until, within } from '../nats/support';
import { startBusServer, type TestBusServer } from '../support/bus-server';
import { startNatsServer, type NatsServer } from '../support/nats-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** A run of the command: its stderr so far, and how it ended. */
interface Run {
  stderr(): string;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: string | null }>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `bus-topics bridge ARGS` from the sources, with a clean environment. */
function bridge(args: readonly string[]): Run {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), 'bridge', ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => {
    child.once('exit', (code, signal) => {
      done({ code, signal });
    });
  });
  return { stderr: () => stderr, exited, kill: (signal) => child.kill(signal) };
}

/** A TCP listener that only counts who connects: a --to target that must never be reached. */
async function countingListener(): Promise<{ server: Server; url: string; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { server, url: `nats://127.0.0.1:${port}`, connections: () => count };
}

describe('bus-topics bridge, without servers', () => {
  it('should say what to install when @nats-io/transport-node is missing', async () => {
    const loading = _loadNatsTransport('@nats-io/transport-node-that-is-not-installed');
    await expect(loading).rejects.toThrow(_CliUsageError);
    await expect(loading).rejects.toThrow('bus-topics bridge: install @nats-io/transport-node@3.3 to use bridge');
  });

  /** The flags as the command reads them, checked as it checks them before connecting. */
  const config = (argv: readonly string[]) =>
    _bridgeConfig(_parseCommandArgs(_BRIDGE_COMMAND, ['--to', 'nats://127.0.0.1:4222', ...argv]), {
      cwd: '/srv',
    } as _CliIo);

  it('should read the flags, with their defaults', () => {
    expect(config([])).toMatchObject({ from: 'bus', path: undefined, patterns: ['>'], prefix: '', statsMs: 60_000 });
    expect(
      config(['--from', 'bus:run/bus.sock', '--to', 'tls://a:1,nats://b', '--no-validate', '--msg-id', '--json']),
    ).toMatchObject({
      path: '/srv/run/bus.sock',
      servers: ['nats://127.0.0.1:4222', 'tls://a:1', 'nats://b'],
      validate: false,
      msgId: true,
      json: true,
    });
    expect(config(['--stats-every', '0.25', '--prefix', 'decnet.']).statsMs).toBe(250);
  });

  it.each([
    [['--to', '127.0.0.1:4222'], /--to "127.0.0.1:4222" is not a URL; write nats:\/\/HOST:PORT/u],
    [['--to', 'nats://h/x'], /--to "nats:\/\/h": a NATS server URL has no path, query or fragment/u],
    [['--to', 'nats://h:0'], /the port must be from 1 to 65535/u],
    [['--prefix', 'decnet'], /--prefix "decnet" must be NATS subject tokens ending with a dot/u],
    [['--from', 'nats'], /--from "nats": write bus or bus:PATH/u],
    [['--stats-every', 'often'], /--stats-every must be a number of seconds/u],
    [['--stats-every', '2147484'], /--stats-every must be a number of seconds up to 2147483/u],
    [['--name', 'caf\u00e9'], /--name must be 1 to 128 printable ASCII characters/u],
    [['extra'], /takes no arguments, got "extra"/u],
    [['--format', 'github'], /--format must be text or json/u],
  ])('should refuse %j with a usage error that names it', (argv, message) => {
    expect(() => config(argv)).toThrow(_CliUsageError);
    expect(() => config(argv)).toThrow(message);
  });

  it('should write stats as text or as a JSON line', () => {
    const stats = {
      forwarded: 3,
      invalid: 1,
      unroutable: 0,
      dropped: 2,
      bus: { connected: true, reconnects: 1 },
      nats: { connected: false, reconnects: 0 },
    };
    expect(_statsLine(stats, false)).toBe(
      'forwarded 3, invalid 1, unroutable 0, dropped 2; bus connected, 1 reconnects; nats disconnected, 0 reconnects',
    );
    expect(JSON.parse(_statsLine(stats, true))).toEqual({ stats });
  });
});

describe.skipIf(SKIP_NATS)(natsTitle('bus-topics bridge, between the test bus server and a nats-server'), () => {
  let nats: NatsServer | undefined;
  let bus: TestBusServer | undefined;
  let nc: NatsConnection | undefined;

  beforeAll(async () => {
    nats = await startNatsServer(natsBinary());
  }, 15_000);
  beforeEach(async () => {
    bus = await startBusServer();
  });
  afterEach(async () => {
    await nc?.close();
    await bus?.dispose();
  });
  afterAll(async () => {
    await nats?.stop();
  });

  it('should forward events, print stats on stderr, and stop with status 0 on SIGTERM', async () => {
    const server = bus as TestBusServer;
    nc = await connect({ servers: nats?.url ?? '' });
    const inbox = new Inbox(nc, 'attacker.>');
    await nc.flush();
    const run = bridge([
      ...['--from', `bus:${server.path}`, '--to', nats?.url ?? ''],
      ...['--pattern', 'attacker.>', '--pattern', 'attacker.scored', '--stats-every', '0.1'],
    ]);
    await until(() => run.stderr().includes('forwarding attacker.> attacker.scored'), 10_000, 'the bridge to start');
    await server.waitForSub('attacker.>');
    publishAll(server, ATTACKER_EVENTS);
    const n = ATTACKER_EVENTS.length;
    expect((await inbox.first(n)).map((msg) => msg.subject)).toEqual(ATTACKER_EVENTS.map((event) => event.topic));
    const line = `forwarded ${n}, invalid 0, unroutable 0, dropped 0; bus connected, 0 reconnects; nats connected, 0 reconnects`;
    await until(() => run.stderr().includes(line), 5_000, `the stats line "${line}"`);
    run.kill('SIGTERM');
    expect(await within(run.exited, 5_000, 'the bridge to exit')).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toMatch(/bus-topics bridge: stopped on SIGTERM\n$/u);
    await server.waitFor(() => server.connections.length === 0, 'the bridge to leave the bus');
    expect(inbox.messages).toHaveLength(n);
  }, 15_000);

  it('should exit 2 before connecting, naming the mistake, for each bad configuration', async () => {
    const server = bus as TestBusServer;
    const target = await countingListener();
    const cases: readonly (readonly [readonly string[], RegExp])[] = [
      [['--to', 'http://127.0.0.1:4222'], /--to "http:\/\/127.0.0.1:4222": the scheme must be nats:\/\/ or tls:\/\//u],
      [['--pattern', 'a.>.c'], /--pattern "a.>.c": ">" must be the last token/u],
      [['--frobnicate'], /Unknown option '--frobnicate'/u],
    ];
    try {
      // All at once: each is a process start, and they share nothing but the two servers they must not reach.
      const runs = cases.map(([args]) => bridge(['--from', `bus:${server.path}`, '--to', target.url, ...args]));
      const exits = await within(Promise.all(runs.map((run) => run.exited)), 12_000, 'every run to exit');
      cases.forEach(([args, message], k) => {
        const stderr = runs[k]?.stderr() ?? '';
        expect({ args, exit: exits[k], stderr }).toMatchObject({ exit: { code: 2, signal: null } });
        expect(stderr, args.join(' ')).toMatch(message);
        expect(stderr, args.join(' ')).toMatch(/^bus-topics bridge: /u);
      });
      expect(target.connections()).toBe(0);
      expect(server.frames('HELLO')).toEqual([]);
    } finally {
      target.server.close();
    }
  }, 15_000);

  it('should exit 1 when NATS or the bus cannot be reached, saying which', async () => {
    const server = bus as TestBusServer;
    const target = await countingListener();
    await new Promise((done) => target.server.close(done));
    const noNats = bridge(['--from', `bus:${server.path}`, '--to', target.url]);
    const noBus = bridge(['--from', `bus:${server.path}.missing`, '--to', nats?.url ?? '']);
    const exits = await within(Promise.all([noNats.exited, noBus.exited]), 12_000, 'both runs to exit');
    expect(exits).toEqual([
      { code: 1, signal: null },
      { code: 1, signal: null },
    ]);
    expect(noNats.stderr()).toContain(`cannot connect to NATS at ${new URL(target.url).host}`);
    expect(noBus.stderr()).toContain(`cannot connect to the bus (bus:${server.path}.missing)`);
    expect(server.frames('HELLO')).toEqual([]);
  }, 15_000);
});
