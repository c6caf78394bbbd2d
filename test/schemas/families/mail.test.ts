import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import { _MAIL_EVENTS, EmailReceivedEventSchema } from '../../../src/schemas/families/mail';
import { MAIL_FIXTURES } from '../fixtures/mail';
import type { WireEvent } from '../fixtures/types';

type Template = keyof typeof _MAIL_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_MAIL_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no mail schema for ${template}`);
  return _MAIL_EVENTS[template];
};
const received = (changes: Readonly<Record<string, unknown>>): WireEvent => {
  const event = MAIL_FIXTURES.find((fixtures) => fixtures.template === 'email.received')?.valid[0]?.event;
  if (typeof event?.payload !== 'object' || event.payload === null) throw new Error('no valid email.received fixture');
  return { ...event, payload: { ...event.payload, ...changes } };
};

describe('the mail schemas', () => {
  it('should have a schema and fixtures for every email and smtp template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'email' || row.family === 'smtp')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_MAIL_EVENTS).sort()).toEqual(templates);
    expect(MAIL_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });
});

describe.each(MAIL_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
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

describe('the email.received attachment_count', () => {
  it.each([{ count: '3' }, { count: '0' }, { count: 3 }, { count: null }])(
    'should keep $count as it came',
    ({ count }) => {
      const result = EmailReceivedEventSchema.safeParse(received({ attachment_count: count }));
      expect(result.data?.payload.attachment_count).toBe(count);
    },
  );

  it.each([{ count: '-1' }, { count: -1 }, { count: '1.5' }, { count: 1.5 }, { count: ' 2' }, { count: '' }])(
    'should refuse $count',
    ({ count }) => {
      const result = EmailReceivedEventSchema.safeParse(received({ attachment_count: count }));
      expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['payload', 'attachment_count']);
    },
  );
});

describe('the email.received payload', () => {
  it('should accept an absent mal_hash_match (sent only with attachment hashes)', () => {
    const event = received({});
    if (typeof event.payload !== 'object' || event.payload === null) throw new Error('unreachable');
    const { mal_hash_match: _absent, ...payload } = event.payload as Record<string, unknown>;
    const result = EmailReceivedEventSchema.safeParse({ ...event, payload });
    expect(result.success).toBe(true);
    expect(result.data?.payload.mal_hash_match).toBeUndefined();
  });

  it('should accept a body_simhash in upper-case hex', () => {
    expect(EmailReceivedEventSchema.safeParse(received({ body_simhash: 'A3F1C09E7B2D4E58' })).success).toBe(true);
  });
});
