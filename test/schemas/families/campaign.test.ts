import { describe, expect, expectTypeOf, it } from 'vitest';
import { _CAMPAIGN_EVENTS, CampaignIdentityAssignedEventSchema } from '../../../src/schemas/families/campaign';
import { CAMPAIGN_FIXTURES } from '../fixtures/campaign';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _CAMPAIGN_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_CAMPAIGN_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no campaign schema for ${template}`);
  return _CAMPAIGN_EVENTS[template];
};

describeFamilyFixtures('campaign', ['campaign'], _CAMPAIGN_EVENTS, CAMPAIGN_FIXTURES);

describe('the campaign schemas', () => {
  it('should require the type the clusterer publishes, the leaf without the root', () => {
    for (const { template, valid } of CAMPAIGN_FIXTURES) {
      const event = valid[0]?.event;
      expect(event?.type).toBe(template.slice('campaign.'.length));
      expect(
        schemaFor(template)
          .safeParse({ ...event, type: template })
          .error?.issues.map((i) => i.path),
      ).toEqual([['type']]);
    }
  });
});

describe('the campaign.identity.assigned event schema', () => {
  it('should type prior_campaign_uuid as a string or null', () => {
    const event = CAMPAIGN_FIXTURES.find((fixtures) => fixtures.template === 'campaign.identity.assigned')?.valid[1];
    const result = CampaignIdentityAssignedEventSchema.parse(event?.event);
    expectTypeOf(result.payload.prior_campaign_uuid).toEqualTypeOf<string | null>();
    expect(result.payload.prior_campaign_uuid).toBe('deadbeefdeadbeefdeadbeefdeadbeef');
  });
});
