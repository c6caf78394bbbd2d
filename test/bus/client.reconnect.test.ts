/**
 * Losing the connection: a server restart and a hostile server both drop it;
 * the client reports why, re-opens it (HELLO and a SUB per live pattern) and
 * keeps delivering, and no error is thrown into an iterator.
 */
import { describe, expect, it } from 'vitest';
import { BusError } from '../../src/bus/BusError';
import { BusProtocolError, type BusProtocolRejection } from '../../src/bus/BusProtocolError';
import { connectBus } from '../../src/bus/client';
import { BUS_MAX_BODY_BYTES, BUS_MAX_HEADER_BYTES, encodeBusFrame } from '../../src/bus/frame';
import { ends, health, take, useBusHarness } from './harness';

const bus = useBusHarness();

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));
const HEARTBEAT = { pid: 1, uptime_sec: 1, ts: 1 };

describe('reconnecting', () => {
  it('should re-open the connection after a server restart, re-send HELLO and SUB, and keep delivering', async () => {
    const client = await bus.connect({ name: 'collector' });
    const sub = client.subscribe('system.bus.health');
    const other = client.subscribe('decky.>');
    await bus.server.waitForSub('decky.>');
    bus.server.publish('system.bus.health', { ...HEARTBEAT, pid: 1 }, 'bus.health');
    expect((await take(sub, 1))[0]?.payload.pid).toBe(1);

    await bus.server.stop();
    await bus.errorCount(1);
    expect(bus.errors[0]).toMatchObject({ name: 'BusError', reason: 'connection-lost' });
    expect(client.connected).toBe(false);
    await expect(client.publish('system.a.health', health('a'), { type: 'health' })).rejects.toMatchObject({
      reason: 'not-connected',
    });

    await bus.server.start();
    await bus.server.waitForSub('decky.>');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', { ...HEARTBEAT, pid: 2 }, 'bus.health');
    expect((await take(sub, 1))[0]?.payload.pid).toBe(2);
    expect(client.connected).toBe(true);
    expect(client.reconnects).toBe(1);
    expect(bus.server.frames('HELLO').map((f) => f.args)).toEqual(['collector', 'collector']);
    other.close();
  });

  it('should not call a subscription ready while down, though its pattern was sent before, until SUB is sent again', async () => {
    const client = await bus.connect();
    const first = client.subscribe('decky.>');
    await first.ready;
    await bus.server.stop();
    await bus.errorCount(1);
    const late = client.subscribe('decky.>');
    // Nothing to await for "not yet": a short wait, then the state.
    const early = await Promise.race([
      late.ready.then(() => 'ready'),
      new Promise((done) =>
        setTimeout(() => {
          done('waiting');
        }, 50),
      ),
    ]);
    expect(early).toBe('waiting');
    await bus.server.start();
    await late.ready;
    await bus.server.waitForSub('decky.>');
    first.close();
    late.close();
  });

  it('should not re-send the patterns whose subscriptions ended while it was down', async () => {
    const client = await bus.connect();
    const gone = client.subscribe('attacker.>');
    client.subscribe('decky.>');
    await bus.server.waitForSub('decky.>');
    await bus.server.stop();
    await bus.errorCount(1);
    gone.close();
    await bus.server.start();
    await bus.server.waitForSub('decky.>');
    const second = bus.server.connections[0]?.id;
    expect(
      bus.server
        .frames('SUB')
        .filter((f) => f.connection === second)
        .map((f) => f.args),
    ).toEqual(['decky.>']);
  });

  it('should keep trying while the socket is missing, reporting each failed attempt', async () => {
    const client = await bus.connect();
    client.subscribe('decky.>');
    await bus.server.waitForSub('decky.>');
    await bus.server.stop();
    await bus.errorCount(3);
    expect(bus.errors.slice(1).every((e) => e instanceof BusError && e.reason === 'connect-failed')).toBe(true);
    await bus.server.start();
    await bus.server.waitForSub('decky.>');
  });

  it('should close the client instead with `reconnect: false`, ending its iterators', async () => {
    const client = await bus.connect({ reconnect: false });
    const sub = client.subscribe('decky.>');
    await bus.server.waitForSub('decky.>');
    const ended = ends(sub);
    await bus.server.stop();
    expect(await ended).toBe(true);
    expect(client.closed).toBe(true);
    expect(bus.errors).toEqual([expect.objectContaining({ reason: 'connection-lost' })]);
  });

  it('should treat a BYE from the server as a lost connection', async () => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.sendRawToAll(encodeBusFrame('BYE'));
    await bus.errorCount(1);
    await bus.server.waitFor(() => bus.server.connections.length === 1 && client.reconnects === 1, 'a reconnect');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', HEARTBEAT, 'bus.health');
    await take(sub, 1);
  });
});

describe('a hostile server', () => {
  const hostile: readonly { name: string; bytes: () => Uint8Array; reason: BusProtocolRejection }[] = [
    {
      name: 'a header line of 4,097 bytes',
      bytes: () => ascii('E'.repeat(BUS_MAX_HEADER_BYTES + 1)),
      reason: 'header-too-long',
    },
    { name: 'an unknown verb', bytes: () => ascii('PING x\n\0\0\0\0'), reason: 'unknown-verb' },
    {
      name: 'a body that is not JSON',
      bytes: () => ascii('EVT system.bus.health\n\0\0\0\u0003{x}'),
      reason: 'not-json-object',
    },
    { name: 'an empty header line', bytes: () => ascii('\n\0\0\0\0'), reason: 'empty-header' },
    {
      name: 'a body length over 1 MiB',
      bytes: () => Uint8Array.from([...ascii('EVT t\n'), 0, 0x10, 0, 1]),
      reason: 'body-too-long',
    },
    {
      name: 'a non-ASCII header',
      bytes: () => Uint8Array.from([...ascii('EVT caf'), 0xc3, 0xa9, 0x0a, 0, 0, 0, 0]),
      reason: 'not-ascii',
    },
    { name: 'an EVT without a topic', bytes: () => encodeBusFrame('EVT'), reason: 'bad-args' },
  ];

  it.each(hostile)('should drop and re-open the connection for $name, reporting it', async ({ bytes, reason }) => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    const first = bus.server.connections[0]?.id;
    bus.server.sendRawToAll(bytes());
    await bus.errorCount(1);
    expect(bus.errors[0]).toBeInstanceOf(BusProtocolError);
    expect(bus.errors[0]).toMatchObject({ reason });
    expect(client.errors).toBe(1);
    await bus.server.waitFor(
      () => bus.server.connections.some((c) => c.id !== first && c.patterns.size > 0),
      'a new connection',
    );
    bus.server.publish('system.bus.health', HEARTBEAT, 'bus.health');
    // The iterator saw no error: it simply goes on.
    expect((await take(sub, 1))[0]?.template).toBe('system.bus.health');
  });

  it('should deliver the events that came before a bad frame in the same chunk', async () => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    const good = encodeBusFrame('EVT', 'system.bus.health', {
      v: 1,
      id: 'a'.repeat(32),
      topic: 'system.bus.health',
      type: 'bus.health',
      ts: 1,
      payload: HEARTBEAT,
    });
    bus.server.sendRawToAll(Uint8Array.from([...good, ...ascii('PING\n')]));
    expect((await take(sub, 1))[0]?.id).toBe('a'.repeat(32));
    await bus.errorCount(1);
  });

  it('should hold no more than the limits allow while a body of 1 MiB trickles in', async () => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    const payload = { ...HEARTBEAT, pad: 'x'.repeat(BUS_MAX_BODY_BYTES - 200) };
    const frame = encodeBusFrame('EVT', 'system.bus.health', {
      v: 1,
      id: 'b'.repeat(32),
      topic: 'system.bus.health',
      type: 'bus.health',
      ts: 1,
      payload,
    });
    const connection = bus.server.connections[0];
    for (let at = 0; at < frame.length; at += 65_536) connection?.sendRaw(frame.subarray(at, at + 65_536));
    expect((await take(sub, 1))[0]?.id).toBe('b'.repeat(32));
    expect(client.errors).toBe(0);
  });
});

describe('onError', () => {
  it('should go on reconnecting when the onError handler itself throws', async () => {
    let calls = 0;
    const client = await bus.connect({
      onError: () => {
        calls++;
        throw new Error('handler bug');
      },
    });
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.sendRawToAll(ascii('PING\n\0\0\0\0'));
    await bus.server.waitFor(
      () => client.reconnects === 1 && bus.server.connections.some((c) => c.patterns.size > 0),
      'a reconnect',
    );
    bus.server.publish('system.bus.health', HEARTBEAT, 'bus.health');
    await take(sub, 1);
    expect(calls).toBe(1);
    expect(client.errors).toBe(1);
  });
});

describe('connecting', () => {
  it('should reject with `connect-failed` when nothing listens on the path', async () => {
    await expect(connectBus({ path: `${bus.server.dir}/missing.sock` })).rejects.toMatchObject({
      name: 'BusError',
      reason: 'connect-failed',
    });
  });

  it('should find the socket through DECNET_BUS_SOCKET in `env`', async () => {
    const client = await connectBus({ env: { DECNET_BUS_SOCKET: bus.server.path }, name: 'from-env' });
    await bus.server.waitFor(() => bus.server.frames('HELLO').length === 1, 'HELLO');
    expect(client.path).toBe(bus.server.path);
    await client.close();
  });

  it('should refuse a name that cannot be sent, before connecting', async () => {
    await expect(connectBus({ path: bus.server.path, name: 'a\nb' })).rejects.toMatchObject({ reason: 'bad-args' });
    await expect(connectBus({ path: bus.server.path, name: 'é' })).rejects.toMatchObject({ reason: 'not-ascii' });
    await expect(connectBus({ path: bus.server.path, name: 1 as never })).rejects.toBeInstanceOf(TypeError);
    await expect(connectBus({ path: bus.server.path, queueSize: -1 })).rejects.toBeInstanceOf(RangeError);
    await expect(connectBus({ path: bus.server.path, reconnect: { initialDelayMs: -1 } })).rejects.toBeInstanceOf(
      RangeError,
    );
    await expect(connectBus({ path: bus.server.path, onError: 1 as never })).rejects.toBeInstanceOf(TypeError);
    expect(bus.server.connections).toEqual([]);
  });
});
