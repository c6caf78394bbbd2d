import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED,
  ATTRIBUTION_PROFILE_STATE_CHANGED,
  attribution,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('attribution', () => {
  it.each([
    { leaf: ATTRIBUTION_PROFILE_STATE_CHANGED, expected: 'attribution.profile.state_changed' },
    { leaf: ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED, expected: 'attribution.profile.multi_actor_suspected' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(attribution(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => attribution(widen('')), {
      builder: 'attribution',
      argument: 'eventType',
      reason: 'empty',
    });
  });
});
