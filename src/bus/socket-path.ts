/// <reference types="node" />
/**
 * Where DECNET's bus socket is: `DECNET_BUS_SOCKET`, else
 * `/run/decnet/bus.sock`, else `~/.decnet/bus.sock` (`decnet/bus/factory.py`).
 *
 * @packageDocumentation
 */
import { _showValue } from '../internal/escape.js';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BusError } from './BusError.js';

/**
 * Where to look for the bus socket.
 *
 * @example
 * ```ts
 * const options: BusSocketPathOptions = { env: { DECNET_BUS_SOCKET: '/tmp/bus.sock' } };
 * ```
 * @category Bus
 * @public
 */
export interface BusSocketPathOptions {
  /** The socket's path; when given, nothing else is looked at. */
  readonly path?: string;
  /** The environment to read `DECNET_BUS_SOCKET` and `HOME` from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The system-wide socket, where DECNET's bus daemon puts it when it runs as a service. @internal */
const _SYSTEM_SOCKET = '/run/decnet/bus.sock';

/**
 * Finds the socket of DECNET's bus as DECNET's own clients do: the `path`
 * option, else the environment variable `DECNET_BUS_SOCKET` (when set and not
 * empty), else the first of `/run/decnet/bus.sock` and `~/.decnet/bus.sock`
 * that exists.
 *
 * @param options - an explicit `path`, or the `env` to read (for tests and embedding).
 * @returns the path to connect to; a path from the option or the variable is returned whether or not it exists.
 * @throws {@link BusError} `no-socket` when neither default path exists; `TypeError` for a `path` that is not a
 *   string.
 * @example
 * ```ts
 * resolveBusSocketPath({ env: { DECNET_BUS_SOCKET: '/tmp/bus.sock' } }); //=> "/tmp/bus.sock"
 * ```
 * @category Bus
 * @public
 */
export function resolveBusSocketPath(options: BusSocketPathOptions = {}): string {
  const { path, env = process.env } = options;
  if (path !== undefined) {
    if (typeof path !== 'string' || path === '')
      throw new TypeError('resolveBusSocketPath(): option "path" must be a non-empty string');
    return path;
  }
  const fromEnv = env['DECNET_BUS_SOCKET'];
  if (typeof fromEnv === 'string' && fromEnv !== '') return fromEnv;
  const candidates = _defaultSocketPaths(env);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new BusError(
      'no-socket',
      `looked at ${candidates.map((candidate) => _showValue(candidate)).join(' and ')}; set DECNET_BUS_SOCKET or the "path" option`,
    );
  }
  return found;
}

/** @internal The default places, in the order they are tried: the system socket, then the user's. */
export function _defaultSocketPaths(env: Readonly<Record<string, string | undefined>>): readonly string[] {
  const home = env['HOME'];
  return [_SYSTEM_SOCKET, join(typeof home === 'string' && home !== '' ? home : homedir(), '.decnet', 'bus.sock')];
}
