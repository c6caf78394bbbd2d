import { describe, expect, it } from 'vitest';
import { _MAIL_EVENTS, EmailReceivedEventSchema } from '../../../src/schemas/families/mail';
import { MAIL_FIXTURES } from '../fixtures/mail';
import type { WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

const received = (changes: Readonly<Record<string, unknown>>): WireEvent => {
  const event = MAIL_FIXTURES.find((fixtures) => fixtures.template === 'email.received')?.valid[0]?.event;
  if (typeof event?.payload !== 'object' || event.payload === null) throw new Error('no valid email.received fixture');
  return { ...event, payload: { ...event.payload, ...changes } };
};

describeFamilyFixtures('email and smtp', ['email', 'smtp'], _MAIL_EVENTS, MAIL_FIXTURES);

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
