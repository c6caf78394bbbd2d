import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_FORMED,
  CAMPAIGN_IDENTITY_ASSIGNED,
  CAMPAIGN_MERGED,
  CAMPAIGN_UNMERGED,
  campaign,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('campaign', () => {
  it.each([
    { leaf: CAMPAIGN_FORMED, expected: 'campaign.formed' },
    { leaf: CAMPAIGN_IDENTITY_ASSIGNED, expected: 'campaign.identity.assigned' },
    { leaf: CAMPAIGN_MERGED, expected: 'campaign.merged' },
    { leaf: CAMPAIGN_UNMERGED, expected: 'campaign.unmerged' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(campaign(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => campaign(widen('')), { builder: 'campaign', argument: 'eventType', reason: 'empty' });
  });
});
