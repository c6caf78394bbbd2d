import { describe, expect, it } from 'vitest';
import {
  TTP_RULE_FIRED,
  TTP_RULE_RELOADED,
  TTP_RULE_STATE,
  TTP_RULE_SUPPRESSED,
  TTP_TAGGED,
  ttp,
  ttpRuleFired,
  ttpRuleReloaded,
  ttpRuleState,
} from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';
import { BAD_SEGMENTS_4_2 } from '../../support/contract';

// CONTRACT 4.2, `tests/bus/test_ttp_topics.py` (the `matches()` rows belong to the matcher).
describe('ttp', () => {
  it('should have the leaves tagged, rule.fired, rule.suppressed, rule.reloaded, rule.state', () => {
    expect([TTP_TAGGED, TTP_RULE_FIRED, TTP_RULE_SUPPRESSED, TTP_RULE_RELOADED, TTP_RULE_STATE]).toEqual([
      'tagged',
      'rule.fired',
      'rule.suppressed',
      'rule.reloaded',
      'rule.state',
    ]);
  });

  it.each([
    { leaf: TTP_TAGGED, expected: 'ttp.tagged' },
    { leaf: TTP_RULE_FIRED, expected: 'ttp.rule.fired' },
    { leaf: TTP_RULE_SUPPRESSED, expected: 'ttp.rule.suppressed' },
  ])('should build $expected for $leaf', ({ leaf, expected }) => {
    expect(ttp(leaf)).toBe(expected);
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => ttp(widen('')), { builder: 'ttp', argument: 'eventType', reason: 'empty' });
  });
});

const perRule: readonly {
  builder: string;
  build: (id: string) => string;
  argument: string;
  prefix: string;
  ids: readonly string[];
}[] = [
  {
    builder: 'ttpRuleFired',
    build: ttpRuleFired,
    argument: 'techniqueId',
    prefix: 'ttp.rule.fired.',
    ids: ['T1110', 'T1059'],
  },
  {
    builder: 'ttpRuleReloaded',
    build: ttpRuleReloaded,
    argument: 'ruleId',
    prefix: 'ttp.rule.reloaded.',
    ids: ['R0001', 'R9999'],
  },
  {
    builder: 'ttpRuleState',
    build: ttpRuleState,
    argument: 'ruleId',
    prefix: 'ttp.rule.state.',
    ids: ['R0001', 'R0042'],
  },
];

describe.each(perRule)('$builder', ({ builder, build, argument, prefix, ids }) => {
  it.each(ids)(`should build ${prefix}%s for %s`, (id) => {
    expect(build(id)).toBe(`${prefix}${id}`);
  });

  it.each(BAD_SEGMENTS_4_2)(`should refuse ${argument} with reason $reason for $value`, ({ value, reason, index }) => {
    expectSegmentError(() => build(value), { builder, argument, value, reason, index });
  });
});

describe('ttpRuleFired', () => {
  it('should refuse the sub-technique T1110.001, whose dot would add a token', () => {
    expectSegmentError(() => ttpRuleFired(widen('T1110.001')), {
      builder: 'ttpRuleFired',
      argument: 'techniqueId',
      reason: 'separator',
      index: 5,
    });
  });
});
