import { describe, expect, it } from 'vitest';
import { WebhookDeduplicator } from '../../src/webhooks/deduplicator';

/** A deduplicator on a clock the test moves. */
function withClock(options: { maxEntries?: number; maxAgeSeconds?: number } = {}) {
  let ms = 1_000_000;
  const dedup = new WebhookDeduplicator({ ...options, now: () => ms });
  return { dedup, advance: (seconds: number) => (ms += seconds * 1000) };
}

describe('WebhookDeduplicator', () => {
  it('should call a first delivery new, a concurrent one in flight, and a later one a duplicate', () => {
    const { dedup } = withClock();
    expect(dedup.begin('a')).toBe('new');
    expect(dedup.begin('a')).toBe('in-flight');
    dedup.complete('a');
    expect(dedup.begin('a')).toBe('duplicate');
    expect(dedup.begin('b')).toBe('new');
  });

  it('should let a retry through after the handling of the first delivery failed', () => {
    const { dedup } = withClock();
    expect(dedup.begin('a')).toBe('new');
    dedup.abandon('a');
    expect(dedup.begin('a')).toBe('new');
  });

  it('should forget a handled id after maxAgeSeconds, and not before', () => {
    const { dedup, advance } = withClock({ maxAgeSeconds: 60 });
    dedup.begin('a');
    dedup.complete('a');
    advance(59);
    expect(dedup.begin('a')).toBe('duplicate');
    advance(2);
    expect(dedup.begin('a')).toBe('new');
  });

  it('should hold at most maxEntries ids, forgetting the oldest handled one first', () => {
    const { dedup } = withClock({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c']) {
      dedup.begin(id);
      dedup.complete(id);
    }
    expect(dedup.begin('d')).toBe('new');
    expect(dedup.size).toBe(3);
    expect(dedup.begin('a')).toBe('new'); // forgotten, the oldest
    expect(dedup.begin('c')).toBe('duplicate');
  });

  it('should stay bounded under 100,000 distinct ids', () => {
    const { dedup } = withClock({ maxEntries: 1000 });
    for (let i = 0; i < 100_000; i++) {
      dedup.begin(`id-${i}`);
      if (i % 2 === 0) dedup.complete(`id-${i}`);
    }
    expect(dedup.size).toBeLessThanOrEqual(1000);
  });

  it('should never remember ids that are not short strings, and never throw on them', () => {
    const { dedup } = withClock();
    const long = 'x'.repeat(129);
    expect(dedup.begin(long)).toBe('new');
    expect(dedup.begin(long)).toBe('new');
    expect(dedup.begin(5 as unknown as string)).toBe('new');
    dedup.complete(Symbol('s') as unknown as string);
    dedup.abandon({} as unknown as string);
    expect(dedup.size).toBe(0);
  });

  it('should treat __proto__ and constructor as ordinary ids', () => {
    const { dedup } = withClock();
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
      expect(dedup.begin(id)).toBe('new');
      dedup.complete(id);
      expect(dedup.begin(id)).toBe('duplicate');
    }
  });

  it('should refuse bounds that are not positive whole numbers, naming the option', () => {
    expect(() => new WebhookDeduplicator({ maxEntries: 0 })).toThrow(
      'option "maxEntries" must be a positive whole number, got 0',
    );
    expect(() => new WebhookDeduplicator({ maxAgeSeconds: 1.5 })).toThrow('"maxAgeSeconds"');
    expect(() => new WebhookDeduplicator({ maxEntries: Symbol('x') as unknown as number })).toThrow('got symbol');
    expect(() => new WebhookDeduplicator({ now: 5 as unknown as () => number })).toThrow(
      'option "now" must be a function',
    );
  });

  it('should forget everything on clear', () => {
    const { dedup } = withClock();
    dedup.begin('a');
    dedup.clear();
    expect(dedup.size).toBe(0);
    expect(dedup.begin('a')).toBe('new');
  });
});
