/**
 * What `publish` refuses before anything is written, and what `strict` and
 * `validate` change.
 */
import { describe, expect, it } from 'vitest';
import { BusProtocolError } from '../../src/bus/BusProtocolError';
import { EventValidationError } from '../../src/schemas';
import { TopicSegmentError } from '../../src/index';
import { health, take, useBusHarness } from './harness';

const bus = useBusHarness();

describe('Bus.publish', () => {
  it('should refuse a payload that fails the contract, with the issues', async () => {
    const client = await bus.connect();
    const refused = client.publish('system.a.health', { worker: 1 } as never, { type: 'health' });
    await expect(refused).rejects.toBeInstanceOf(EventValidationError);
    await expect(refused).rejects.toMatchObject({ template: 'system.{worker}.health' });
  });

  it('should refuse a topic outside the contract unless `strict: false`', async () => {
    const strict = await bus.connect();
    await expect(strict.publish('custom.thing', { a: 1 })).rejects.toBeInstanceOf(EventValidationError);
    await expect(strict.publish('custom.thing', { a: 1 }, { validate: false })).rejects.toBeInstanceOf(
      EventValidationError,
    );
    const loose = await bus.connect({ strict: false });
    const consumer = await bus.connect({ strict: false });
    const sub = consumer.subscribe('custom.>');
    await bus.server.waitForSub('custom.>');
    await loose.publish('custom.thing', { a: 1 }, { type: 'x' });
    const [event] = await take(sub, 1);
    expect(event).toMatchObject({ template: null, topic: 'custom.thing', type: 'x', payload: { a: 1 } });
  });

  it('should send a payload unchecked with `validate: false`', async () => {
    const producer = await bus.connect();
    await producer.publish('system.a.health', { worker: 1 } as never, { type: 'health', validate: false });
    await bus.server.waitFor(() => bus.server.frames('PUB').length === 1, 'PUB');
    expect(bus.server.frames('PUB')[0]?.json['payload']).toEqual({ worker: 1 });
  });

  it.each([
    ['a pattern', 'system.*.health'],
    ['an empty topic', ''],
    ['an empty token', 'system..health'],
    ['trailing whitespace, which the header would lose', 'system.a.health '],
    ['a line break', 'system.a\n.health'],
  ])('should refuse %s as a topic with a TopicSegmentError', async (_name, topic) => {
    const client = await bus.connect({ strict: false });
    await expect(client.publish(topic, {})).rejects.toBeInstanceOf(TopicSegmentError);
  });

  it('should refuse a non-ASCII topic, which cannot cross the UNIX-socket bus', async () => {
    const client = await bus.connect();
    await expect(client.publish('system.café.health', health('café'), { type: 'health' })).rejects.toMatchObject({
      name: 'BusProtocolError',
      reason: 'not-ascii',
    });
  });

  it('should refuse payloads that are not objects, or not JSON', async () => {
    const client = await bus.connect({ strict: false });
    await expect(client.publish('custom.a', [] as never)).rejects.toBeInstanceOf(TypeError);
    await expect(client.publish('custom.a', null as never)).rejects.toBeInstanceOf(TypeError);
    await expect(client.publish('custom.a', { n: 1n })).rejects.toBeInstanceOf(BusProtocolError);
    await expect(client.publish('custom.a', {}, { type: 1 as never })).rejects.toBeInstanceOf(TypeError);
    await expect(client.publish('custom.a', {}, { validate: 'no' as never })).rejects.toBeInstanceOf(TypeError);
  });

  it('should write nothing for a refused publish', async () => {
    const client = await bus.connect();
    await expect(client.publish('custom.thing', {})).rejects.toThrow();
    await client.publish('system.a.health', health('a'), { type: 'health' });
    await bus.server.waitFor(() => bus.server.frames('PUB').length === 1, 'PUB');
    expect(bus.server.frames('PUB').map((f) => f.args)).toEqual(['system.a.health']);
  });
});
