import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
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

type Template = keyof typeof _TTP_EVENTS;
const isTemplate = (template: string): template is Template => Object.hasOwn(_TTP_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no ttp schema for ${template}`);
  return _TTP_EVENTS[template];
};
const event = (topic: string, payload: unknown): WireEvent => ({ v: 1, id: ID, topic, type: '', ts: TS, payload });

describe('the ttp schemas', () => {
  it('should have a schema and fixtures for every ttp template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'ttp')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_TTP_EVENTS).sort()).toEqual(templates);
    expect(TTP_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });
});

describe.each(TTP_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
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
