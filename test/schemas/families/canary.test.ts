import { describe, expect, it } from 'vitest';
import { CanaryRevokedEventSchema, EVENT_SCHEMAS } from '../../../src/schemas';
import { CANARY_FIXTURES } from '../fixtures/canary';

describe('canary.* schemas', () => {
  for (const { template, valid, invalid } of CANARY_FIXTURES) {
    const schema = EVENT_SCHEMAS[template];
    it.each(valid)(`should accept ${template}: $name, keeping unknown keys`, ({ event }) => {
      const result = schema.safeParse(event);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(event);
    });
    it.each(invalid)(`should refuse ${template}: $name, at $path`, ({ event, path }) => {
      const result = schema.safeParse(event);
      expect(result.success).toBe(false);
      // A two-shaped payload reports a union failure at the payload; its branches name the field.
      const paths = (result.error?.issues ?? []).flatMap((issue) =>
        issue.code === 'invalid_union'
          ? issue.errors.flat().map((inner) => [...issue.path, ...inner.path])
          : [issue.path],
      );
      expect(paths).toContainEqual(path);
    });
  }

  it('should read a revocation with a reason as the fingerprint shape', () => {
    const result = CanaryRevokedEventSchema.safeParse({
      v: 1,
      id: 'x',
      topic: 'canary.t.revoked',
      type: '',
      ts: 1,
      payload: { token_id: 't', trigger_id: 'h', reason: 'fingerprint_collected' },
    });
    expect(result.success).toBe(true);
  });
});
