import { describe, expect, it } from 'vitest';
import {
  DECKY_LIFECYCLE,
  DECKY_MUTATE_REQUEST,
  DECKY_MUTATION,
  DECKY_SERVICE_ADDED,
  DECKY_SERVICE_CONFIG_CHANGED,
  DECKY_SERVICE_REMOVED,
  DECKY_STATE,
  DECKY_TRAFFIC,
  decky,
  deckyLifecycle,
  deckyMutation,
} from '../../../src/index';
import { expectSegmentError } from '../../support/calls';
import { BAD_SEGMENTS_4_1 } from '../../support/contract';

describe('decky', () => {
  it.each([
    { leaf: DECKY_STATE, expected: 'decky.d-42.state' },
    { leaf: DECKY_TRAFFIC, expected: 'decky.d-42.traffic' },
    { leaf: DECKY_MUTATE_REQUEST, expected: 'decky.d-42.mutate_request' },
    { leaf: DECKY_MUTATION, expected: 'decky.d-42.mutation' },
    { leaf: DECKY_SERVICE_ADDED, expected: 'decky.d-42.service_added' },
    { leaf: DECKY_SERVICE_REMOVED, expected: 'decky.d-42.service_removed' },
    { leaf: DECKY_SERVICE_CONFIG_CHANGED, expected: 'decky.d-42.service_config_changed' },
    { leaf: DECKY_LIFECYCLE, expected: 'decky.d-42.lifecycle' },
  ])('should build $expected for (d-42, $leaf)', ({ leaf, expected }) => {
    expect(decky('d-42', leaf)).toBe(expected);
  });

  it('should keep a fleet id with a colon as one segment', () => {
    expect(decky('host-uuid:web-1', DECKY_STATE)).toBe('decky.host-uuid:web-1.state');
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse deckyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => decky(value, DECKY_STATE), {
      builder: 'decky',
      argument: 'deckyId',
      value,
      reason,
      index,
    });
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse eventType with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => decky('d-42', value), { builder: 'decky', argument: 'eventType', value, reason, index });
  });

  it.each([
    { leaf: 'a.b', index: 1 },
    { leaf: 'service.added', index: 7 },
  ])('should refuse the dotted leaf $leaf, which is why DECNET renamed service.added', ({ leaf, index }) => {
    expectSegmentError(() => decky('x', leaf), { argument: 'eventType', reason: 'separator', index });
  });
});

describe('deckyMutation', () => {
  it('should build decky.d-42.mutation for d-42', () => {
    expect(deckyMutation('d-42')).toBe('decky.d-42.mutation');
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse deckyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => deckyMutation(value), { builder: 'deckyMutation', argument: 'deckyId', reason, index });
  });
});

describe('deckyLifecycle', () => {
  it('should build decky.d-42.lifecycle for d-42', () => {
    expect(deckyLifecycle('d-42')).toBe('decky.d-42.lifecycle');
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse deckyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => deckyLifecycle(value), { builder: 'deckyLifecycle', argument: 'deckyId', reason, index });
  });
});
