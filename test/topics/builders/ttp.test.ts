import { describe, expect, it } from 'vitest';
import { TTP_RULE_FIRED, TTP_RULE_RELOADED, TTP_RULE_STATE, TTP_RULE_SUPPRESSED, TTP_TAGGED } from '../../../src/index';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 4.2, `tests/bus/test_ttp_topics.py` (the `matches()` rows belong to the matcher); its topics and bad
// segments are vectors of conformance/builders.json. `ttpRuleFired('T1110.001')` is refused: the dot would add a token.
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

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['ttp']);
});

describe.each(['ttpRuleFired', 'ttpRuleReloaded', 'ttpRuleState'])('%s', (name) => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], [name]);
});
