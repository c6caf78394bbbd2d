import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { EventValidationError, parseEvent, parsePayload, safeParseEvent } from '../../src/schemas';
import { ALL_FIXTURES } from './fixtures/all';

const VALID = ALL_FIXTURES.flatMap(({ template, valid }) => valid.map((fixture) => ({ template, ...fixture })));
const INVALID = ALL_FIXTURES.flatMap(({ template, invalid }) => invalid.map((fixture) => ({ template, ...fixture })));

describe('fixtures through parseEvent', () => {
  it('should have valid and invalid fixtures for every template of the catalogue', () => {
    const covered = new Set(
      ALL_FIXTURES.filter((row) => row.valid.length > 0 && row.invalid.length > 0).map((row) => row.template),
    );
    expect(TOPIC_CATALOGUE.map((row) => row.template).filter((template) => !covered.has(template))).toEqual([]);
  });

  it.each(VALID)('should parse $template: $name', ({ template, event }) => {
    const parsed = parseEvent(event, { strict: true });
    expect(parsed.template).toBe(template);
    expect(parsed.topic).toBe(event.topic);
    expect(parsed.type).toBe(event.type);
  });

  it.each(INVALID)('should refuse $template: $name, at $path', ({ template, event, path }) => {
    const result = safeParseEvent(event, { strict: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toContainEqual(path);
    // Where the topic is a contract topic, the error names the template it was checked against.
    if (typeof event.topic === 'string' && event.topic !== '') expect(result.error.template).toBe(template);
    expect(() => parseEvent(event, { strict: true })).toThrow(EventValidationError);
  });

  it.each(VALID)('should parse the bare payload of $template: $name', ({ event }) => {
    const topic = event.topic as string;
    expect(() => parsePayload(topic, event.payload, event.type as string)).not.toThrow();
  });
});
