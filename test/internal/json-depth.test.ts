import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _MAX_JSON_DEPTH, _nestsDeeperThan } from '../../src/internal/json-depth';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('_nestsDeeperThan', () => {
  it('should allow exactly the limit and refuse one level more', () => {
    expect(_nestsDeeperThan(bytes(nested(_MAX_JSON_DEPTH)), _MAX_JSON_DEPTH)).toBe(false);
    expect(_nestsDeeperThan(bytes(nested(_MAX_JSON_DEPTH + 1)), _MAX_JSON_DEPTH)).toBe(true);
    expect(_nestsDeeperThan(bytes(`{"a":${nested(3)}}`), 3)).toBe(true);
    expect(_nestsDeeperThan(bytes(`{"a":${nested(2)}}`), 3)).toBe(false);
  });

  it('should not count brackets inside strings, escaped quotes included', () => {
    expect(_nestsDeeperThan(bytes(JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[\\"' })), 2)).toBe(false);
    expect(_nestsDeeperThan(bytes(JSON.stringify(['"[[[', ['x']])), 2)).toBe(false);
  });

  it('law: agrees with the depth of any JSON value, measured on the parsed value', () => {
    const depthOf = (value: unknown): number =>
      typeof value === 'object' && value !== null
        ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        expect(_nestsDeeperThan(bytes(JSON.stringify(value)), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });
});
