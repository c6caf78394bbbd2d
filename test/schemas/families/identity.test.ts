import { describe, expect, expectTypeOf, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import { _IDENTITY_EVENTS, IdentityCampaignAssignedEventSchema } from '../../../src/schemas/families/identity';
import { IDENTITY_FIXTURES } from '../fixtures/identity';

type Template = keyof typeof _IDENTITY_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_IDENTITY_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no identity schema for ${template}`);
  return _IDENTITY_EVENTS[template];
};

describe('the identity schemas', () => {
  it('should have a schema and fixtures for every identity template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'identity')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_IDENTITY_EVENTS).sort()).toEqual(templates);
    expect(IDENTITY_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });

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

describe.each(IDENTITY_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
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

describe('the identity.campaign.assigned event schema', () => {
  it('should type prior_campaign_uuid as a string or null', () => {
    const event = IDENTITY_FIXTURES.find((fixtures) => fixtures.template === 'identity.campaign.assigned')?.valid[0];
    const result = IdentityCampaignAssignedEventSchema.parse(event?.event);
    expectTypeOf(result.payload.prior_campaign_uuid).toEqualTypeOf<string | null>();
    expect(result.payload.prior_campaign_uuid).toBeNull();
  });
});
