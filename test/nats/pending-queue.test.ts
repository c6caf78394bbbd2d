import { describe, expect, it } from 'vitest';
import { _PendingQueue, type _Pending } from '../../src/nats/pending-queue';

const entry = (n: number, bytes = 10): _Pending => ({ subject: `s.${n}`, body: new Uint8Array(bytes), size: bytes });
const drain = (queue: _PendingQueue): string[] => {
  const out: string[] = [];
  for (let e = queue.shift(); e !== undefined; e = queue.shift()) out.push(e.subject);
  return out;
};

describe('_PendingQueue', () => {
  it('should hand entries out first in, first out', () => {
    const queue = new _PendingQueue(10, 1_000);
    for (let n = 0; n < 3; n++) queue.push(entry(n));
    expect([queue.length, queue.bytes]).toEqual([3, 30]);
    expect(drain(queue)).toEqual(['s.0', 's.1', 's.2']);
    expect([queue.length, queue.bytes, queue.dropped]).toEqual([0, 0, 0]);
  });

  it('should drop the oldest beyond the count, and count them', () => {
    const queue = new _PendingQueue(3, 1_000);
    for (let n = 0; n < 10; n++) queue.push(entry(n));
    expect(queue.dropped).toBe(7);
    expect(drain(queue)).toEqual(['s.7', 's.8', 's.9']);
  });

  it('should drop the oldest beyond the bytes, but keep the newest entry', () => {
    const queue = new _PendingQueue(100, 25);
    for (let n = 0; n < 5; n++) queue.push(entry(n));
    expect([queue.length, queue.bytes, queue.dropped]).toEqual([2, 20, 3]);
    queue.push(entry(9, 25));
    expect(drain(queue)).toEqual(['s.9']);
  });

  it('should not count a body it did not keep', () => {
    const queue = new _PendingQueue(10, 10);
    queue.push({ subject: 'big', body: null, size: 5_000_000 });
    queue.push(entry(1));
    expect([queue.length, queue.bytes, queue.dropped]).toEqual([2, 10, 0]);
  });

  it('should stay in order across compactions', () => {
    const queue = new _PendingQueue(5_000, 1_000_000);
    const seen: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      queue.push(entry(n, 1));
      if (n % 3 !== 0) seen.push(queue.shift()?.subject ?? '');
    }
    seen.push(...drain(queue));
    expect(seen).toEqual(Array.from({ length: 10_000 }, (_, n) => `s.${n}`));
  });

  it('should forget everything on clear, without counting drops', () => {
    const queue = new _PendingQueue(10, 1_000);
    queue.push(entry(1));
    queue.clear();
    expect([queue.length, queue.bytes, queue.dropped, queue.shift()]).toEqual([0, 0, 0, undefined]);
  });
});
