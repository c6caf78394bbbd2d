import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _RingQueue } from '../../src/bus/ring-queue';

describe('_RingQueue', () => {
  it('should keep the newest `capacity` items in order, and say when it dropped one', () => {
    const queue = new _RingQueue<number>(3);
    expect([1, 2, 3, 4, 5].map((n) => queue.push(n))).toEqual([false, false, false, true, true]);
    expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual([3, 4, 5, undefined]);
    expect(queue.size).toBe(0);
  });

  it('should behave like an array that drops its head past the capacity, for any pushes and shifts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.option(fc.integer(), { nil: undefined }), { maxLength: 60 }),
        (capacity, operations) => {
          const queue = new _RingQueue<number>(capacity);
          const model: number[] = [];
          for (const operation of operations) {
            if (operation === undefined) expect(queue.shift()).toBe(model.shift());
            else {
              model.push(operation);
              expect(queue.push(operation)).toBe(model.length > capacity);
              if (model.length > capacity) model.shift();
            }
            expect(queue.size).toBe(model.length);
          }
        },
      ),
    );
  });

  it('should drop everything on clear', () => {
    const queue = new _RingQueue<string>(2);
    queue.push('a');
    queue.push('b');
    queue.clear();
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
