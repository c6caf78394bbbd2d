import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BusError } from '../../src/bus/BusError';
import { _defaultSocketPaths, resolveBusSocketPath } from '../../src/bus/socket-path';
import { thrownBy } from '../support/calls';

/** The system-wide socket, present only where DECNET's bus daemon runs as a service. */
const SYSTEM = '/run/decnet/bus.sock';

describe('resolveBusSocketPath', () => {
  let home = '';
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'bus-topics-home-'));
  });
  afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('should take the `path` option first, whatever the environment says', () => {
    expect(resolveBusSocketPath({ path: '/x.sock', env: { DECNET_BUS_SOCKET: '/y.sock' } })).toBe('/x.sock');
  });

  it('should take DECNET_BUS_SOCKET next, whether or not it exists', () => {
    expect(resolveBusSocketPath({ env: { DECNET_BUS_SOCKET: '/nowhere/bus.sock', HOME: home } })).toBe(
      '/nowhere/bus.sock',
    );
  });

  it('should try /run/decnet/bus.sock, then ~/.decnet/bus.sock, the first that exists', () => {
    expect(_defaultSocketPaths({ HOME: home })).toEqual([SYSTEM, join(home, '.decnet', 'bus.sock')]);
    mkdirSync(join(home, '.decnet'));
    writeFileSync(join(home, '.decnet', 'bus.sock'), '');
    // An empty DECNET_BUS_SOCKET counts as unset.
    const found = resolveBusSocketPath({ env: { HOME: home, DECNET_BUS_SOCKET: '' } });
    expect(found).toBe(existsSync(SYSTEM) ? SYSTEM : join(home, '.decnet', 'bus.sock'));
  });

  it('should throw a BusError `no-socket` naming the places looked at when none exists', () => {
    if (existsSync(SYSTEM)) return; // A host running DECNET has the system socket: nothing to refuse there.
    const error = thrownBy(() => resolveBusSocketPath({ env: { HOME: home } }));
    expect(error).toBeInstanceOf(BusError);
    expect(error).toMatchObject({ reason: 'no-socket' });
    expect((error as Error).message).toContain(join(home, '.decnet', 'bus.sock'));
  });

  it('should throw a TypeError for a path that is not a non-empty string', () => {
    expect(() => resolveBusSocketPath({ path: '' })).toThrow(TypeError);
    expect(() => resolveBusSocketPath({ path: 1 as never })).toThrow(TypeError);
  });
});
