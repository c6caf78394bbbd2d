/// <reference types="node" />
/**
 * `bus-topics bridge --from bus[:PATH] --to nats://HOST:PORT`: forwards events from DECNET's UNIX-socket bus to
 * NATS until SIGINT or SIGTERM, printing counters on stderr. The work is `bridgeBusToNats`'s; this file reads
 * the flags, connects, reports, and shuts down.
 *
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { bridgeBusToNats } from '../../bridge/bridge.js';
import type { BusNatsBridge } from '../../bridge/BusNatsBridge.js';
import { _prefixOption, type BridgeBusToNatsOptions } from '../../bridge/options.js';
import type { BridgeStats } from '../../bridge/stats.js';
import { _showValue } from '../../internal/escape.js';
import { validatePattern } from '../../match/pattern-rules.js';
import { _CliUsageError, _EXIT, _wantsJson, type _CliArgs, type _CliCommand } from '../command.js';
import type { _CliIo } from '../io.js';

const NAME = 'bus-topics bridge';

/** What the command takes of the NATS client: loaded at run time, as it is an optional peer dependency. @internal */
export type _NatsTransport = Pick<typeof import('@nats-io/transport-node'), 'connect' | 'headers'>;

/** The flags, checked. @internal */
interface _BridgeConfig {
  readonly from: string;
  readonly path: string | undefined;
  readonly servers: readonly string[];
  readonly patterns: readonly string[];
  readonly prefix: string;
  readonly validate: boolean;
  readonly msgId: boolean;
  readonly statsMs: number;
  readonly name: string;
  readonly json: boolean;
}

/** A usage error of this command. @internal */
const _usage = (message: string): _CliUsageError => new _CliUsageError(`${NAME}: ${message}; see ${NAME} --help`);

/** The strings a repeatable flag was given. @internal */
const _strings = (value: _CliArgs['values'][string]): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');

/** One `--to` server, checked: nats:// or tls://, a host, a port from 1 to 65535 if any, nothing after. @internal */
function _server(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw _usage(`--to ${_showValue(text)} is not a URL; write nats://HOST:PORT`);
  }
  const shown = _showValue(`${url.protocol}//${url.host}`);
  if (url.protocol !== 'nats:' && url.protocol !== 'tls:') {
    throw _usage(`--to ${shown}: the scheme must be nats:// or tls://`);
  }
  if (url.hostname === '') throw _usage(`--to ${shown} names no host`);
  if (url.port === '0') throw _usage(`--to ${shown}: the port must be from 1 to 65535`);
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw _usage(`--to ${shown}: a NATS server URL has no path, query or fragment`);
  }
  return text;
}

/** `--stats-every SECONDS`: a number of seconds, 0 for never; in milliseconds. @internal */
function _statsMs(value: _CliArgs['values'][string]): number {
  if (value === undefined) return 60_000;
  const seconds = typeof value === 'string' && /^\d{1,7}(?:\.\d{1,3})?$/u.test(value) ? Number(value) : Number.NaN;
  // The upper bound is setInterval's: 2^31 - 1 ms.
  if (Number.isNaN(seconds) || seconds > 2_147_483) {
    throw _usage('--stats-every must be a number of seconds up to 2147483 (0 for never), like 30 or 0.5');
  }
  return Math.round(seconds * 1000);
}

/** The flags, checked before anything is connected: every mistake is a usage error. @internal */
export function _bridgeConfig(args: _CliArgs, io: _CliIo): _BridgeConfig {
  if (args.positionals.length > 0) throw _usage(`takes no arguments, got ${_showValue(args.positionals[0] ?? '')}`);
  const format = args.values['format'];
  if (format !== undefined && format !== 'text' && format !== 'json') throw _usage('--format must be text or json');
  const from = typeof args.values['from'] === 'string' ? args.values['from'] : 'bus';
  if (from !== 'bus' && !/^bus:./u.test(from)) throw _usage(`--from ${_showValue(from)}: write bus or bus:PATH`);
  const servers = _strings(args.values['to']).flatMap((to) => to.split(',').map(_server));
  if (servers.length === 0) throw _usage('--to nats://HOST:PORT is required');
  const patterns = _strings(args.values['pattern']);
  for (const pattern of patterns) {
    const result = validatePattern(pattern);
    if (!result.ok) throw _usage(`--pattern ${result.message}`);
  }
  const prefix = typeof args.values['prefix'] === 'string' ? args.values['prefix'] : '';
  try {
    _prefixOption(prefix);
  } catch {
    throw _usage(`--prefix ${_showValue(prefix)} must be NATS subject tokens ending with a dot, like decnet.`);
  }
  const name = typeof args.values['name'] === 'string' ? args.values['name'] : 'bus-topics-bridge';
  if (!/^[\x20-\x7e]{1,128}$/u.test(name)) throw _usage('--name must be 1 to 128 printable ASCII characters');
  return {
    from,
    path: from === 'bus' ? undefined : resolve(io.cwd, from.slice(4)),
    servers,
    patterns: patterns.length === 0 ? ['>'] : patterns,
    prefix,
    validate: args.values['no-validate'] !== true,
    msgId: args.values['msg-id'] === true,
    statsMs: _statsMs(args.values['stats-every']),
    name,
    json: _wantsJson(args),
  };
}

/**
 * Loads the NATS client, an optional peer dependency; its absence is a usage error that says what to install.
 *
 * @internal
 */
export async function _loadNatsTransport(specifier = '@nats-io/transport-node'): Promise<_NatsTransport> {
  try {
    return (await import(specifier)) as _NatsTransport;
  } catch (error) {
    const { code, message } = (error ?? {}) as { readonly code?: unknown; readonly message?: unknown };
    if (code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${specifier}'`)) {
      throw new _CliUsageError(`${NAME}: install @nats-io/transport-node@3.3 to use bridge`);
    }
    throw error;
  }
}

/** One stats line: the counters, then each side. @internal */
export function _statsLine(stats: BridgeStats, json: boolean): string {
  if (json) return JSON.stringify({ stats });
  const side = (name: string, link: BridgeStats['bus']): string =>
    `${name} ${link.connected ? 'connected' : 'disconnected'}, ${link.reconnects} reconnects`;
  const { forwarded, invalid, unroutable, dropped } = stats;
  return (
    `forwarded ${forwarded}, invalid ${invalid}, unroutable ${unroutable}, dropped ${dropped}; ` +
    `${side('bus', stats.bus)}; ${side('nats', stats.nats)}`
  );
}

/** Resolves with the name of the first SIGINT or SIGTERM; a second one then ends the process as usual. @internal */
function _nextSignal(): { readonly received: Promise<string>; dispose(): void } {
  let listener: (signal: string) => void = () => undefined;
  const received = new Promise<string>((resolve) => {
    listener = (signal) => {
      dispose();
      resolve(signal);
    };
  });
  const dispose = (): void => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
  process.once('SIGINT', listener);
  process.once('SIGTERM', listener);
  return { received, dispose };
}

/** A short reason for a message: the error's own. @internal */
const _reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What the command writes on stderr, one line at a time. @internal */
type _Say = (text: string) => void;

/** The bridge's options from the flags: its own bus client, reconnecting quickly, and stats when asked. @internal */
function _bridgeOptions(
  config: _BridgeConfig,
  io: _CliIo,
  nc: NatsConnection,
  nats: _NatsTransport,
  say: _Say,
): BridgeBusToNatsOptions {
  const path = config.path === undefined ? {} : { path: config.path };
  const onStats = (stats: BridgeStats): void => {
    say(_statsLine(stats, config.json));
  };
  return {
    bus: { name: config.name, env: io.env, reconnect: { initialDelayMs: 100, maxDelayMs: 2_000 }, ...path },
    nats: nc,
    patterns: config.patterns,
    subjectPrefix: config.prefix,
    validate: config.validate,
    msgId: config.msgId,
    headers: nats.headers,
    ...(config.statsMs === 0 ? {} : { onStats, statsIntervalMs: config.statsMs }),
  };
}

/** Stops the bridge, prints the last counters, and drains NATS; a server that is gone must not hold the exit. @internal */
async function _shutDown(bridge: BusNatsBridge, nc: NatsConnection, config: _BridgeConfig, say: _Say): Promise<void> {
  await bridge.close();
  say(_statsLine(bridge.stats(), config.json));
  const grace = new Promise((done) => setTimeout(done, 5_000).unref());
  await Promise.race([nc.drain().catch(() => undefined), grace]);
  if (!nc.isClosed()) await nc.close();
}

/** Connects, forwards until a signal or a failure, and shuts down. @internal */
async function _serve(config: _BridgeConfig, io: _CliIo, nats: _NatsTransport): Promise<number> {
  const say: _Say = (text) => {
    io.stderr.write(`${NAME}: ${text}\n`);
  };
  // Hosts and ports only: a URL may carry a user and a password.
  const hosts = config.servers.map((server) => new URL(server).host).join(',');
  let nc: NatsConnection;
  try {
    const reconnect = { maxReconnectAttempts: -1, reconnectTimeWait: 250, reconnectJitter: 100 };
    nc = await nats.connect({ servers: [...config.servers], name: config.name, ...reconnect });
  } catch (error) {
    say(`cannot connect to NATS at ${hosts}: ${_reason(error)}`);
    return _EXIT.refused;
  }
  const signal = _nextSignal();
  let bridge: BusNatsBridge;
  try {
    bridge = await bridgeBusToNats(_bridgeOptions(config, io, nc, nats, say));
  } catch (error) {
    signal.dispose();
    say(`cannot connect to the bus (${config.from}): ${_reason(error)}`);
    await nc.close();
    return _EXIT.refused;
  }
  // A signal counts from here on too: a bus that drops before SUB is written may keep `ready` waiting.
  await Promise.race([bridge.ready, bridge.closed, signal.received]).catch(() => undefined);
  say(
    `forwarding ${config.patterns.join(' ')} from ${config.from} to ${hosts} (bus subscription ${bridge.busPattern})`,
  );
  const ended = await Promise.race([
    signal.received.then((name) => ({ name })),
    bridge.closed.then(
      () => ({ name: 'close' }),
      (error: unknown) => ({ error }),
    ),
  ]);
  signal.dispose();
  await _shutDown(bridge, nc, config, say);
  if ('error' in ended) {
    say(`stopped: ${_reason(ended.error)}`);
    return _EXIT.refused;
  }
  say(`stopped on ${ended.name}`);
  return _EXIT.ok;
}

/** The `bridge` command. @internal */
export const _BRIDGE_COMMAND: _CliCommand = {
  name: 'bridge',
  summary: 'forward events from the DECNET bus to NATS, byte for byte',
  usage: [
    'Usage: bus-topics bridge --to nats://HOST:PORT [options]',
    '',
    "Subscribes to DECNET's UNIX-socket bus and publishes each event on NATS, on the subject",
    'equal to its topic: the bus frame body unchanged, with the id and ts the bus stamped.',
    'Both connections reconnect by themselves. Runs until SIGINT or SIGTERM, then drains',
    'NATS, closes the bus connection and exits 0. Needs @nats-io/transport-node 3.3.',
    '',
    'Options:',
    '  --from bus[:PATH]       the bus socket (default: DECNET_BUS_SOCKET, /run/decnet/bus.sock,',
    '                          ~/.decnet/bus.sock)',
    '  --to URL[,URL...]       NATS servers, nats://HOST:PORT or tls://HOST:PORT (repeatable)',
    '  --pattern P             a pattern to forward, strict NATS rules (repeatable; default >);',
    '                          overlapping patterns forward each event once',
    '  --prefix PREFIX         put before every subject, e.g. decnet. (must end with a dot)',
    '  --no-validate           forward events that fail the contract too (default: skip them)',
    '  --msg-id                send the event id as Nats-Msg-Id, for JetStream deduplication',
    '  --stats-every SECONDS   print the counters on stderr this often (default 60; 0 never)',
    '  --name NAME             the client name on both connections (default bus-topics-bridge)',
    '  --json                  counters as JSON lines ({"stats": ...})',
    '  -h, --help              this help',
    '',
    'Exit status: 0 stopped by a signal, 1 a connection failed or closed for good,',
    '2 a usage error (checked before connecting) or no @nats-io/transport-node.',
  ].join('\n'),
  options: {
    from: { type: 'string' },
    to: { type: 'string', multiple: true },
    pattern: { type: 'string', multiple: true },
    prefix: { type: 'string' },
    'no-validate': { type: 'boolean' },
    'msg-id': { type: 'boolean' },
    'stats-every': { type: 'string' },
    name: { type: 'string' },
  },
  async run(args, io) {
    const config = _bridgeConfig(args, io);
    const nats = await _loadNatsTransport();
    return _serve(config, io, nats);
  },
};
