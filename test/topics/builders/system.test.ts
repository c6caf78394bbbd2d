import { describe, expect, it } from 'vitest';
import {
  SYSTEM_BUS_HEALTH,
  SYSTEM_CONTROL,
  SYSTEM_HEALTH,
  SYSTEM_LOG,
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
  system,
  systemControl,
  systemHealth,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';
import { BAD_SEGMENTS_4_1 } from '../../support/contract';

describe('system', () => {
  it.each([
    { leaf: SYSTEM_BUS_HEALTH, expected: 'system.bus.health' },
    { leaf: SYSTEM_LOG, expected: 'system.log' },
  ])('should build $expected for the leaf $leaf', ({ leaf, expected }) => {
    expect(system(leaf)).toBe(expected);
  });

  it('should build the full topic WEBHOOK_SUBSCRIPTIONS_CHANGED for the leaf webhook.subscriptions_changed', () => {
    expect(system('webhook.subscriptions_changed')).toBe(WEBHOOK_SUBSCRIPTIONS_CHANGED);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => system(widen('')), {
      builder: 'system',
      argument: 'eventType',
      reason: 'empty',
      index: -1,
    });
  });

  it('should refuse a leaf with an empty token for a..b', () => {
    expectSegmentError(() => system(widen('a..b')), { builder: 'system', reason: 'empty', index: 2 });
  });

  it('should refuse a leaf with whitespace that Python would have published for a b', () => {
    expectSegmentError(() => system(widen('a b')), { builder: 'system', reason: 'whitespace', index: 1 });
  });
});

describe('systemHealth', () => {
  it.each([
    { worker: 'sniffer', expected: 'system.sniffer.health' },
    { worker: 'mutator', expected: 'system.mutator.health' },
  ])('should build $expected for $worker', ({ worker, expected }) => {
    expect(systemHealth(worker)).toBe(expected);
  });

  it('should build the same topic as system(SYSTEM_BUS_HEALTH) for the worker bus', () => {
    expect(systemHealth('bus')).toBe(system(SYSTEM_BUS_HEALTH));
    expect(systemHealth('bus')).toBe(`system.bus.${SYSTEM_HEALTH}`);
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse worker with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => systemHealth(value), {
      builder: 'systemHealth',
      argument: 'worker',
      value,
      reason,
      index,
    });
  });
});

describe('systemControl', () => {
  it.each([
    { worker: 'mutator', expected: 'system.mutator.control' },
    { worker: 'collector', expected: 'system.collector.control' },
  ])('should build $expected for $worker', ({ worker, expected }) => {
    expect(systemControl(worker)).toBe(expected);
    expect(systemControl(worker).endsWith(`.${SYSTEM_CONTROL}`)).toBe(true);
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse worker with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => systemControl(value), {
      builder: 'systemControl',
      argument: 'worker',
      value,
      reason,
      index,
    });
  });
});
