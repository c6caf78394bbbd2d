import { describe, expect, it } from 'vitest';
import {
  MUTATION_APPLIED,
  MUTATION_APPLYING,
  MUTATION_ENQUEUED,
  MUTATION_FAILED,
  topologyMutation,
  topologyStatus,
} from '../../../src/index';
import { expectSegmentError } from '../../support/calls';
import { BAD_SEGMENTS_4_1 } from '../../support/contract';

describe('topologyMutation', () => {
  it.each([
    { topologyId: 'abc123', state: MUTATION_APPLIED, expected: 'topology.abc123.mutation.applied' },
    { topologyId: 'abc123', state: MUTATION_ENQUEUED, expected: 'topology.abc123.mutation.enqueued' },
    { topologyId: 'abc123', state: MUTATION_APPLYING, expected: 'topology.abc123.mutation.applying' },
    { topologyId: 't-1', state: MUTATION_FAILED, expected: 'topology.t-1.mutation.failed' },
  ])('should build $expected for ($topologyId, $state)', ({ topologyId, state, expected }) => {
    expect(topologyMutation(topologyId, state)).toBe(expected);
  });

  it('should accept a state that is not one of the four constants, as Python does', () => {
    expect(topologyMutation('t', 'bogus')).toBe('topology.t.mutation.bogus');
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse topologyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => topologyMutation(value, MUTATION_APPLIED), {
      builder: 'topologyMutation',
      argument: 'topologyId',
      value,
      reason,
      index,
    });
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse state with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => topologyMutation('abc123', value), {
      builder: 'topologyMutation',
      argument: 'state',
      value,
      reason,
      index,
    });
  });
});

describe('topologyStatus', () => {
  it('should build topology.t-1.status for t-1', () => {
    expect(topologyStatus('t-1')).toBe('topology.t-1.status');
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse topologyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => topologyStatus(value), {
      builder: 'topologyStatus',
      argument: 'topologyId',
      value,
      reason,
      index,
    });
  });
});
