/**
 * Events that fail the contract are never delivered: `onInvalid` skips and
 * counts them, throws from the subscription's iterator, or hands them to a
 * handler.
 */
import { describe, expect, it } from 'vitest';
import { BusError } from '../../src/bus/BusError';
import type { BusInvalidEvent } from '../../src/bus/types';
import { EventValidationError } from '../../src/schemas';
import { take, useBusHarness } from './harness';

const bus = useBusHarness();

const BAD = { pid: 'not a number', uptime_sec: 1, ts: 1 };
const GOOD = { pid: 7, uptime_sec: 1, ts: 1 };

describe('invalid events', () => {
  it("should skip them and count them in the subscription's `invalid` with onInvalid 'skip' (the default)", async () => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', BAD, 'bus.health');
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    const [event] = await take(sub, 1);
    expect(event?.payload.pid).toBe(7);
    expect(sub.invalid).toBe(1);
  });

  it("should throw an EventValidationError from the iterator with 'throw', after the events queued before it", async () => {
    const client = await bus.connect({ onInvalid: 'throw' });
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    bus.server.publish('system.bus.health', BAD, 'bus.health');
    const iterator = sub[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ payload: { pid: 7 } });
    await expect(iterator.next()).rejects.toBeInstanceOf(EventValidationError);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(sub.closed).toBe(true);
    // Its pattern had no other subscription: the server is told.
    await bus.server.waitFor(() => bus.server.frames('UNSUB').length === 1, 'UNSUB');
  });

  it('should throw only into the subscriptions that asked for it', async () => {
    const client = await bus.connect();
    const throwing = client.subscribe('system.bus.health', { onInvalid: 'throw' });
    const skipping = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', BAD, 'bus.health');
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    await expect(take(throwing, 1)).rejects.toBeInstanceOf(EventValidationError);
    expect((await take(skipping, 1))[0]?.payload.pid).toBe(7);
    expect(skipping.invalid).toBe(1);
  });

  it('should hand them to a handler, with the topic, pattern, issues and body', async () => {
    const seen: BusInvalidEvent[] = [];
    const client = await bus.connect({ onInvalid: (invalid) => seen.push(invalid) });
    const sub = client.subscribe('system.>');
    await bus.server.waitForSub('system.>');
    bus.server.publish('system.bus.health', BAD, 'bus.health');
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    await take(sub, 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ topic: 'system.bus.health', pattern: 'system.>' });
    expect(seen[0]?.error.issues[0]?.path).toEqual(['payload', 'pid']);
    expect(seen[0]?.body).toBeInstanceOf(Uint8Array);
    expect(sub.invalid).toBe(1);
  });

  it('should report a handler that throws through onError, and go on', async () => {
    const client = await bus.connect({
      onInvalid: () => {
        throw new Error('handler bug');
      },
    });
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    bus.server.publish('system.bus.health', BAD, 'bus.health');
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    await take(sub, 1);
    expect(bus.errors).toEqual([expect.objectContaining({ reason: 'handler-failed' })]);
    expect(bus.errors[0]).toBeInstanceOf(BusError);
    expect(client.errors).toBe(1);
  });

  it('should treat topics outside the contract as invalid when strict, and deliver them when not', async () => {
    const strict = await bus.connect();
    const loose = await bus.connect({ strict: false });
    const strictSub = strict.subscribe('custom.>');
    const looseSub = loose.subscribe('custom.>');
    await bus.server.waitForSub('custom.>', 2);
    bus.server.publish('custom.thing', { a: 1 }, 'x');
    const [event] = await take(looseSub, 1);
    expect(event?.template).toBe(null);
    await bus.server.waitFor(() => strictSub.invalid === 1, 'the strict client to count it');
  });

  it('should refuse an event whose envelope lacks what the bus form requires', async () => {
    const client = await bus.connect();
    const sub = client.subscribe('system.bus.health');
    await bus.server.waitForSub('system.bus.health');
    const { encodeBusFrame } = await import('../../src/bus/frame');
    // No v, no id: what Python's from_dict would fill in, but DECNET's server always sends them.
    bus.server.connections[0]?.sendRaw(
      encodeBusFrame('EVT', 'system.bus.health', { type: 'bus.health', ts: 1, payload: GOOD }),
    );
    bus.server.publish('system.bus.health', GOOD, 'bus.health');
    await take(sub, 1);
    expect(sub.invalid).toBe(1);
  });
});
