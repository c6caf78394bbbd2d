import { describe, expect, it } from 'vitest';
import { TTP_RULE_STATES } from '../../../src/schemas/enums';
import {
  _TTP_EVENTS,
  TtpRuleFiredBareEventSchema,
  TtpRuleReloadedEventSchema,
  TtpRuleReloadedPayloadSchema,
  TtpRuleStatePayloadSchema,
  TtpRuleSuppressedEventSchema,
} from '../../../src/schemas/families/ttp';
import { ID, TS, type WireEvent } from '../fixtures/types';
import { TTP_FIXTURES } from '../fixtures/ttp';
import { describeFamilyFixtures } from '../support/family-suite';

const event = (topic: string, payload: unknown): WireEvent => ({ v: 1, id: ID, topic, type: '', ts: TS, payload });

describeFamilyFixtures('ttp', ['ttp'], _TTP_EVENTS, TTP_FIXTURES);

describe('the ttp.rule.reloaded payload', () => {
  it('should accept the reload shape, with its version', () => {
    const result = TtpRuleReloadedPayloadSchema.safeParse({ rule_id: 'ssh-bruteforce', rule_version: 4 });
    expect(result.data).toEqual({ rule_id: 'ssh-bruteforce', rule_version: 4 });
    expect(result.data?.deleted).toBeUndefined();
  });

  it('should accept the delete shape, without a version', () => {
    const result = TtpRuleReloadedPayloadSchema.safeParse({ rule_id: 'ssh-bruteforce', deleted: true });
    expect(result.data).toEqual({ rule_id: 'ssh-bruteforce', deleted: true });
    expect(result.data?.deleted).toBe(true);
  });

  it('should read a payload with deleted: true as the delete shape, whatever else it has', () => {
    const payload = { rule_id: 'ssh-bruteforce', deleted: true, rule_version: 'gone' };
    expect(TtpRuleReloadedPayloadSchema.safeParse(payload).data).toEqual(payload);
  });

  it('should parse a __proto__ key from JSON.parse without polluting Object.prototype', () => {
    const hostile: unknown = JSON.parse('{"rule_id": "r-1", "rule_version": 1, "__proto__": {"polluted": 1}}');
    const result = TtpRuleReloadedEventSchema.safeParse(event('ttp.rule.reloaded.r-1', hostile));
    expect(result.success).toBe(true);
    expect(Object.getPrototypeOf(result.data?.payload)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('the ttp.rule.state payload', () => {
  it.each(TTP_RULE_STATES)('should accept the set shape with state %s', (state) => {
    const payload = { rule_id: 'ssh-bruteforce', state, set_by: 'admin' };
    expect(TtpRuleStatePayloadSchema.safeParse(payload).data).toEqual(payload);
  });

  it('should accept the auto-revert shape, without state or set_by', () => {
    const result = TtpRuleStatePayloadSchema.safeParse({ rule_id: 'ssh-bruteforce', auto_revert: true });
    expect(result.data).toEqual({ rule_id: 'ssh-bruteforce', auto_revert: true });
    expect(result.data?.auto_revert).toBe(true);
  });

  it('should point at the state, not the whole payload, for an unknown state', () => {
    const result = TtpRuleStatePayloadSchema.safeParse({ rule_id: 'ssh-bruteforce', state: 'on', set_by: 'admin' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['state']]);
  });
});

describe('the topics without a publisher', () => {
  it.each([
    { name: 'ttp.rule.fired', schema: TtpRuleFiredBareEventSchema },
    { name: 'ttp.rule.suppressed', schema: TtpRuleSuppressedEventSchema },
  ])('should accept any object and any type on $name', ({ name, schema }) => {
    const payload: unknown = JSON.parse('{"a": [1, {"b": null}], "__proto__": {"polluted": 1}, "constructor": 2}');
    const result = schema.safeParse({ ...event(name, payload), type: 'anything.at.all' });
    expect(result.success).toBe(true);
    expect(result.data?.payload['a']).toEqual([1, { b: null }]);
    expect(result.data?.payload['constructor']).toBe(2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
