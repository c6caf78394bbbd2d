import { describe, expect, it } from 'vitest';
import {
  ATTACKER_FINGERPRINTED,
  ATTACKER_FINGERPRINT_ROTATED,
  ATTACKER_INTEL_ENRICHED,
  ATTACKER_OBSERVED,
  ATTACKER_SCORED,
  ATTACKER_SESSION_ENDED,
  ATTACKER_SESSION_STARTED,
  attacker,
  attackerObservation,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('attacker', () => {
  it.each([
    { leaf: ATTACKER_OBSERVED, expected: 'attacker.observed' },
    { leaf: ATTACKER_SCORED, expected: 'attacker.scored' },
    { leaf: ATTACKER_FINGERPRINTED, expected: 'attacker.fingerprinted' },
    { leaf: ATTACKER_SESSION_STARTED, expected: 'attacker.session.started' },
    { leaf: ATTACKER_SESSION_ENDED, expected: 'attacker.session.ended' },
    { leaf: ATTACKER_FINGERPRINT_ROTATED, expected: 'attacker.fingerprint_rotated' },
    { leaf: ATTACKER_INTEL_ENRICHED, expected: 'attacker.intel.enriched' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(attacker(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => attacker(widen('')), {
      builder: 'attacker',
      argument: 'eventType',
      reason: 'empty',
      index: -1,
    });
  });

  it('should refuse the wildcard leaf that Python would have published as attacker.*', () => {
    expectSegmentError(() => attacker(widen('*')), { builder: 'attacker', reason: 'wildcard', index: 0 });
  });
});

describe('attackerObservation', () => {
  it.each([
    { primitive: 'motor', expected: 'attacker.observation.motor' },
    { primitive: 'motor.input_modality', expected: 'attacker.observation.motor.input_modality' },
  ])('should build $expected for $primitive', ({ primitive, expected }) => {
    expect(attackerObservation(primitive)).toBe(expected);
  });

  it.each([
    { primitive: '', reason: 'empty', index: -1 },
    { primitive: '.', reason: 'empty', index: 0 },
    { primitive: 'motor.', reason: 'empty', index: 6 },
    { primitive: 'motor.*', reason: 'wildcard', index: 6 },
  ] as const)('should refuse primitive with reason $reason for $primitive', ({ primitive, reason, index }) => {
    expectSegmentError(() => attackerObservation(widen(primitive)), {
      builder: 'attackerObservation',
      argument: 'primitive',
      reason,
      index,
    });
  });
});
