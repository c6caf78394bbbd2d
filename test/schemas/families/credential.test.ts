import { describe, expect, expectTypeOf, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import {
  _CREDENTIAL_EVENTS,
  CredentialReuseDetectedEventSchema,
  CredentialReuseDetectedPayloadSchema,
} from '../../../src/schemas/families/credential';
import { CREDENTIAL_FIXTURES, REUSE_ARRAYS, REUSE_ENCODED } from '../fixtures/credential';
import { ID, TS, type WireEvent } from '../fixtures/types';

type Template = keyof typeof _CREDENTIAL_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_CREDENTIAL_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no credential schema for ${template}`);
  return _CREDENTIAL_EVENTS[template];
};
const reuse = (payload: unknown): WireEvent => ({
  v: 1,
  id: ID,
  topic: 'credential.reuse.detected',
  type: 'reuse.detected',
  ts: TS,
  payload,
});
const LIST_FIELDS = ['attacker_uuids', 'attacker_ips', 'deckies', 'services'] as const;

describe('the credential schemas', () => {
  it('should have a schema and fixtures for every credential template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'credential')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_CREDENTIAL_EVENTS).sort()).toEqual(templates);
    expect(CREDENTIAL_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });
});

describe.each(CREDENTIAL_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
  it.each(valid)('should accept $name', ({ event }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.error?.issues).toBeUndefined();
  });

  it.each(invalid)('should refuse $name, at $path', ({ event, path }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('the credential.reuse.detected list fields', () => {
  it('should decode the JSON-encoded lists production sends into arrays', () => {
    const result = CredentialReuseDetectedEventSchema.parse(reuse(REUSE_ENCODED));
    expect(result.payload).toEqual(REUSE_ARRAYS);
  });

  it('should keep real arrays as they are', () => {
    expect(CredentialReuseDetectedEventSchema.parse(reuse(REUSE_ARRAYS)).payload).toEqual(REUSE_ARRAYS);
  });

  it('should decode a bare payload too', () => {
    expect(CredentialReuseDetectedPayloadSchema.parse(REUSE_ENCODED)).toEqual(REUSE_ARRAYS);
  });

  it('should output string arrays whatever came in', () => {
    const result = CredentialReuseDetectedEventSchema.parse(reuse(REUSE_ENCODED));
    expectTypeOf(result.payload.deckies).toEqualTypeOf<string[]>();
    expectTypeOf(result.payload.attacker_uuids).toEqualTypeOf<string[]>();
  });

  it('should accept an empty list, encoded or not', () => {
    for (const value of ['[]', []]) {
      const result = CredentialReuseDetectedEventSchema.parse(reuse({ ...REUSE_ENCODED, services: value }));
      expect(result.payload.services).toEqual([]);
    }
  });

  describe.each(LIST_FIELDS)('%s', (field) => {
    it.each([
      { name: 'text that is not JSON', value: 'web-1, db-1' },
      { name: 'an empty string', value: '' },
      { name: 'a JSON object', value: '{"web-1": true}' },
      { name: 'a JSON string', value: '"web-1"' },
      { name: 'JSON null', value: 'null' },
      { name: 'a number', value: 3 },
    ])('should refuse $name at the field', ({ value }) => {
      const result = CredentialReuseDetectedEventSchema.safeParse(reuse({ ...REUSE_ENCODED, [field]: value }));
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', field]]);
    });

    it('should refuse a JSON list holding a non-string at its index', () => {
      const result = CredentialReuseDetectedEventSchema.safeParse(reuse({ ...REUSE_ENCODED, [field]: '["a", 2]' }));
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', field, 1]]);
    });
  });
});
