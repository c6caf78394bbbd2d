import { describe, expect, it } from 'vitest';
import * as index from '../../src/index';
import { ROOTS } from '../support/contract';

const exported: Readonly<Record<string, unknown>> = index;

// CONTRACT 1.1: renaming a root is a breaking change for every subscriber.
describe('the root prefixes', () => {
  it.each(Object.entries(ROOTS))('should export %s with the value %j', (name, value) => {
    expect(exported[name]).toBe(value);
  });

  it.each(Object.entries(ROOTS))('should make %s a single valid segment', (name) => {
    expect(index.isValidSegment(exported[name])).toBe(true);
  });
});
