import { describe, expect, expectTypeOf, it } from 'vitest';
import { _IDENTITY_EVENTS, IdentityCampaignAssignedEventSchema } from '../../../src/schemas/families/identity';
import { IDENTITY_FIXTURES } from '../fixtures/identity';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _IDENTITY_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_IDENTITY_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no identity schema for ${template}`);
  return _IDENTITY_EVENTS[template];
};

describeFamilyFixtures('identity', ['identity'], _IDENTITY_EVENTS, IDENTITY_FIXTURES);

describe('the identity schemas', () => {
  it('should require the type the clusterer publishes, the leaf without the root', () => {
    for (const { template, valid } of IDENTITY_FIXTURES) {
      const event = valid[0]?.event;
      expect(event?.type).toBe(template.slice('identity.'.length));
      expect(
        schemaFor(template)
          .safeParse({ ...event, type: template })
          .error?.issues.map((i) => i.path),
      ).toEqual([['type']]);
    }
  });
});

describe('the identity.campaign.assigned event schema', () => {
  it('should type prior_campaign_uuid as a string or null', () => {
    const event = IDENTITY_FIXTURES.find((fixtures) => fixtures.template === 'identity.campaign.assigned')?.valid[0];
    const result = IdentityCampaignAssignedEventSchema.parse(event?.event);
    expectTypeOf(result.payload.prior_campaign_uuid).toEqualTypeOf<string | null>();
    expect(result.payload.prior_campaign_uuid).toBeNull();
  });
});
