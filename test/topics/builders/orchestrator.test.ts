import { describe, expect, it } from 'vitest';
import { ORCHESTRATOR_EMAIL, ORCHESTRATOR_FILE, ORCHESTRATOR_TRAFFIC, orchestrator } from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';
import { BAD_SEGMENTS_4_1 } from '../../support/contract';

describe('orchestrator', () => {
  it.each([
    { kind: ORCHESTRATOR_TRAFFIC, expected: 'orchestrator.traffic.d-7' },
    { kind: ORCHESTRATOR_FILE, expected: 'orchestrator.file.d-7' },
    { kind: ORCHESTRATOR_EMAIL, expected: 'orchestrator.email.d-7' },
  ])('should put the kind before the decky and build $expected for ($kind, d-7)', ({ kind, expected }) => {
    expect(orchestrator(kind, 'd-7')).toBe(expected);
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse eventType with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => orchestrator(value, 'd-7'), { argument: 'eventType', value, reason, index });
  });

  it.each(BAD_SEGMENTS_4_1)('should refuse deckyId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => orchestrator(ORCHESTRATOR_TRAFFIC, value), { argument: 'deckyId', value, reason, index });
  });

  it('should name eventType, which Python checks first, for two bad arguments', () => {
    expectSegmentError(() => orchestrator(widen('a b'), widen('c.d')), {
      builder: 'orchestrator',
      argument: 'eventType',
      reason: 'whitespace',
    });
  });
});
