/**
 * The fixture checks every family's test runs the same way: the family's
 * schemas and fixtures cover exactly its catalogue templates, each valid
 * fixture parses unchanged with its template's schema, and each invalid one
 * fails with an issue at the fixture's path.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import type { TemplateFixtures } from '../fixtures/types';

type Schemas = Readonly<Record<string, z.ZodMiniType>>;

/** The schema of `template` in a family's record; throws when there is none. */
export function schemaIn(schemas: Schemas, template: string): z.ZodMiniType {
  const schema = Object.hasOwn(schemas, template) ? schemas[template] : undefined;
  if (schema === undefined) throw new Error(`no schema for ${template}`);
  return schema;
}

/**
 * Declares the family's coverage test and one suite per template fixture set.
 *
 * @param label - how the tests name the family, e.g. `identity` or `mail`.
 * @param families - the catalogue families it covers, e.g. `['email', 'smtp']`.
 */
export function describeFamilyFixtures(
  label: string,
  families: readonly string[],
  schemas: Schemas,
  fixtures: readonly TemplateFixtures[],
): void {
  describe(`the ${label} schemas`, () => {
    it(`should have a schema and fixtures for every ${label} template of the catalogue`, () => {
      const templates = TOPIC_CATALOGUE.filter((row) => families.includes(row.family))
        .map((row) => row.template)
        .sort();
      expect(Object.keys(schemas).sort()).toEqual(templates);
      expect(fixtures.map((entry) => entry.template).sort()).toEqual(templates);
    });
  });

  describe.each(fixtures)('the $template event schema', ({ template, valid, invalid }) => {
    it.each(valid)('should accept $name, unchanged', ({ event }) => {
      const result = schemaIn(schemas, template).safeParse(event);
      expect(result.error?.issues).toBeUndefined();
      expect(result.data).toEqual(event);
    });

    it.each(invalid)('should refuse $name, at $path', ({ event, path }) => {
      const result = schemaIn(schemas, template).safeParse(event);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
    });
  });
}
