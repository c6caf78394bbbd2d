/**
 * Hostile input: what `parseTopic` remembers is bounded in bytes, not only in
 * entries. Runs in the `memory` project of vitest.config.ts: its own child
 * process, started with `--expose-gc`, so the heap measured is this file's.
 */
import { describe, expect, it } from 'vitest';
import { parseTopic } from '../../src/catalogue';

const MB = 1024 * 1024;

/** Growth of the live heap, in bytes, that these tests allow after dropping their own references. */
const RETAINED_BUDGET = 4 * MB;

/** The live heap after a full collection, in bytes. */
function liveHeap(): number {
  if (gc === undefined) throw new Error('run with node --expose-gc (the memory project of vitest.config.ts does)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const buffer = Buffer.alloc(MB, 0x78); // "x"

/**
 * A distinct 1 MB topic: `head`, then letters. Decoded from bytes, the way a bus
 * client decodes a subject, so it is one flat string of its own, held by nothing
 * else: all that stays in the heap is what `parseTopic` keeps.
 */
function megabyteTopic(head: string): string {
  buffer.write(head, 'latin1');
  return buffer.toString('utf8');
}

describe('parseTopic, memory', () => {
  // Measured before the first call, so every answer kept counts.
  const baseline = liveHeap();

  it('should retain under 4 MB after 1,024 distinct 1 MB topics, half of them valid', { timeout: 120_000 }, () => {
    for (let i = 0; i < 512; i++) {
      expect(parseTopic(megabyteTopic(`attacker.observation.p${i.toString()}.`))?.family).toBe('attacker');
      expect(parseTopic(megabyteTopic(`decky.d-${i.toString()}.*`))).toBeNull();
    }
    // Before the fix: 1.5 GB, each valid topic kept twice (the key and its `primitive`), each invalid one once.
    expect(liveHeap() - baseline).toBeLessThan(RETAINED_BUDGET);
  });

  it('should retain under 4 MB while remembering as many of the longest remembered topics as it can', () => {
    // 256 UTF-16 code units, two bytes each (U+0436 is not Latin-1): the longest topic remembered.
    const tail = '\u0436'.repeat(256 - 'attacker.observation.'.length - 5);
    for (let i = 0; i < 4096; i++) {
      const topic = `attacker.observation.${(10_000 + i).toString()}${tail}`;
      expect(parseTopic(topic)).toBe(parseTopic(topic));
    }
    expect(liveHeap() - baseline).toBeLessThan(RETAINED_BUDGET);
  });
});
