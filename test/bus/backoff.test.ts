import { describe, expect, it } from 'vitest';
import { _backoffDelay, _backoffOption } from '../../src/bus/backoff';

describe('_backoffDelay', () => {
  const backoff = { initialDelayMs: 100, maxDelayMs: 1_000 };

  it('should double the step after each attempt, up to the maximum', () => {
    const highest = (attempt: number): number => _backoffDelay(attempt, backoff, () => 1);
    expect([0, 1, 2, 3, 4, 50, 10_000].map(highest)).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000]);
  });

  it('should wait at least half the step, whatever the jitter', () => {
    expect(_backoffDelay(0, backoff, () => 0)).toBe(50);
    expect(_backoffDelay(9, backoff, () => 0)).toBe(500);
  });

  it('should stay finite for any attempt number', () => {
    expect(
      _backoffDelay(Number.MAX_SAFE_INTEGER, { initialDelayMs: 2 ** 31 - 1, maxDelayMs: 2 ** 31 - 1 }),
    ).toBeLessThan(2 ** 31);
  });
});

describe('_backoffOption', () => {
  it('should turn reconnecting off for false, and fill in defaults', () => {
    expect(_backoffOption(false)).toBeNull();
    expect(_backoffOption(undefined)).toEqual({ initialDelayMs: 100, maxDelayMs: 5_000 });
    expect(_backoffOption({ initialDelayMs: 10_000 })).toEqual({ initialDelayMs: 10_000, maxDelayMs: 10_000 });
    expect(_backoffOption({ maxDelayMs: 50 })).toEqual({ initialDelayMs: 50, maxDelayMs: 50 });
  });

  it.each([
    ['a string', 'fast', TypeError],
    ['null', null, TypeError],
    ['a negative delay', { initialDelayMs: -1 }, RangeError],
    ['NaN', { maxDelayMs: Number.NaN }, RangeError],
    ['a delay past what setTimeout can wait', { maxDelayMs: 2 ** 31 }, RangeError],
    ['an initial delay above the maximum', { initialDelayMs: 20, maxDelayMs: 10 }, RangeError],
    ['a delay given as text', { initialDelayMs: '5' }, RangeError],
  ])('should refuse %s', (_name, value, type) => {
    expect(() => _backoffOption(value)).toThrow(type);
  });
});
