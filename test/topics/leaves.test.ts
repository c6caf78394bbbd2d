import { describe, expect, it } from 'vitest';
import * as index from '../../src/index';
import { LEAVES } from '../support/contract';

const exported: Readonly<Record<string, unknown>> = index;

/** The constants that go through a segment builder (`decky`, `canary`, `orchestrator`, `topologyMutation`). */
const SEGMENT_LEAVES = Object.keys(LEAVES).filter((name) => /^(DECKY|CANARY|ORCHESTRATOR|MUTATION)_/.test(name));

// CONTRACT 1.2.
describe('the leaf constants', () => {
  it.each(Object.entries(LEAVES))('should export %s with the value %j', (name, value) => {
    expect(exported[name]).toBe(value);
  });

  it.each(Object.keys(LEAVES))('should make %s a well-formed (possibly dotted) topic tail', (name) => {
    expect(index.isValidTopic(exported[name])).toBe(true);
  });

  it.each(SEGMENT_LEAVES)('should make %s a single segment, as its segment builder requires', (name) => {
    expect(index.isValidSegment(exported[name])).toBe(true);
  });

  it('should make WEBHOOK_SUBSCRIPTIONS_CHANGED the only complete topic, under the system root', () => {
    const complete = Object.keys(LEAVES).filter((name) => String(exported[name]).startsWith(`${index.SYSTEM}.`));
    expect(complete).toEqual(['WEBHOOK_SUBSCRIPTIONS_CHANGED']);
  });
});
