import { describe, expect, it } from 'vitest';
import { CREDENTIAL_CAPTURED, CREDENTIAL_REUSE_DETECTED, credential } from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('credential', () => {
  it.each([
    { leaf: CREDENTIAL_CAPTURED, expected: 'credential.captured' },
    { leaf: CREDENTIAL_REUSE_DETECTED, expected: 'credential.reuse.detected' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(credential(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => credential(widen('')), { builder: 'credential', argument: 'eventType', reason: 'empty' });
  });
});
