import { describe, expect, expectTypeOf, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import { _CAMPAIGN_EVENTS, CampaignIdentityAssignedEventSchema } from '../../../src/schemas/families/campaign';
import { CAMPAIGN_FIXTURES } from '../fixtures/campaign';

type Template = keyof typeof _CAMPAIGN_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_CAMPAIGN_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no campaign schema for ${template}`);
  return _CAMPAIGN_EVENTS[template];
};

describe('the campaign schemas', () => {
  it('should have a schema and fixtures for every campaign template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'campaign')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_CAMPAIGN_EVENTS).sort()).toEqual(templates);
    expect(CAMPAIGN_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });

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

describe.each(CAMPAIGN_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
  it.each(valid)('should accept $name, unchanged', ({ event }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(event);
  });

  it.each(invalid)('should refuse $name, at $path', ({ event, path }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
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
