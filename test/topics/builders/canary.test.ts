import { describe, expect, it } from 'vitest';
import { CANARY, CANARY_PLACED, CANARY_REVOKED, CANARY_TRIGGERED } from '../../../src/index';
import { describeBuilderVectors } from '../../support/builder-vectors';

// CONTRACT 4.4, `tests/canary/test_topics.py`; its topics and bad segments are vectors of conformance/builders.json.
describe('canary', () => {
  it('should have the root canary and the leaves placed, triggered, revoked', () => {
    expect([CANARY, CANARY_PLACED, CANARY_TRIGGERED, CANARY_REVOKED]).toEqual([
      'canary',
      'placed',
      'triggered',
      'revoked',
    ]);
  });

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['canary']);
});
