import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { envelopeJsonSchema, eventJsonSchema } from '../../src/schemas';
import { ALL_FIXTURES } from './fixtures/all';

// The JSON Schemas are for consumers in other languages: a standard validator
// must accept every valid fixture, as the zod schemas do.
const ajv = new Ajv2020({ strict: false, allErrors: true });

describe('JSON Schema export', () => {
  it('should describe the envelope with every field required', () => {
    const schema = envelopeJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toEqual(['v', 'id', 'topic', 'type', 'ts', 'payload']);
  });

  it.each(TOPIC_CATALOGUE.map((row) => row.template))(
    'should give %s a schema a standard validator compiles',
    (template) => {
      const schema = eventJsonSchema(template);
      expect(schema['title']).toBe(template);
      expect(() => ajv.compile(schema)).not.toThrow();
    },
  );

  const valid = ALL_FIXTURES.flatMap(({ template, valid: events }) =>
    events.map((fixture) => ({ template, ...fixture })),
  );
  it.each(valid)('should accept the valid $template fixture "$name" with ajv', ({ template, event }) => {
    const validate = ajv.compile(eventJsonSchema(template));
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
  });

  it('should describe JSON-encoded fields as text or value', () => {
    const schema = JSON.stringify(eventJsonSchema('credential.reuse.detected'));
    expect(schema).toContain('"contentMediaType":"application/json"');
  });

  it('should refuse v 2 with ajv for every template', () => {
    for (const { template, valid: events } of ALL_FIXTURES) {
      const first = events[0];
      if (first === undefined) continue;
      expect(ajv.compile(eventJsonSchema(template))({ ...first.event, v: 2 })).toBe(false);
    }
  });
});
