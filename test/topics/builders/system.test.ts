import { describe, expect, it } from 'vitest';
import {
  SYSTEM_BUS_HEALTH,
  SYSTEM_CONTROL,
  SYSTEM_HEALTH,
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
  system,
  systemControl,
  systemHealth,
} from '../../../src/index';
import { describeBuilderVectors } from '../../support/builder-vectors';

describe('system', () => {
  it('should build the full topic WEBHOOK_SUBSCRIPTIONS_CHANGED for the leaf webhook.subscriptions_changed', () => {
    expect(system('webhook.subscriptions_changed')).toBe(WEBHOOK_SUBSCRIPTIONS_CHANGED);
  });

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['system']);
});

describe('systemHealth', () => {
  it('should build the same topic as system(SYSTEM_BUS_HEALTH) for the worker bus', () => {
    expect(systemHealth('bus')).toBe(system(SYSTEM_BUS_HEALTH));
    expect(systemHealth('bus')).toBe(`system.bus.${SYSTEM_HEALTH}`);
  });

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['systemHealth']);
});

describe('systemControl', () => {
  it('should end with SYSTEM_CONTROL', () => {
    expect(systemControl('mutator').endsWith(`.${SYSTEM_CONTROL}`)).toBe(true);
  });

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['systemControl']);
});
