import { describe, expect, it } from 'vitest';
import {
  IDENTITY_CAMPAIGN_ASSIGNED,
  IDENTITY_FORMED,
  IDENTITY_MERGED,
  IDENTITY_OBSERVATION_LINKED,
  IDENTITY_UNMERGED,
  identity,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('identity', () => {
  it.each([
    { leaf: IDENTITY_FORMED, expected: 'identity.formed' },
    { leaf: IDENTITY_OBSERVATION_LINKED, expected: 'identity.observation.linked' },
    { leaf: IDENTITY_MERGED, expected: 'identity.merged' },
    { leaf: IDENTITY_UNMERGED, expected: 'identity.unmerged' },
    { leaf: IDENTITY_CAMPAIGN_ASSIGNED, expected: 'identity.campaign.assigned' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(identity(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => identity(widen('')), { builder: 'identity', argument: 'eventType', reason: 'empty' });
  });
});
