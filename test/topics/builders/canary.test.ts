import { describe, expect, it } from 'vitest';
import { CANARY, CANARY_PLACED, CANARY_REVOKED, CANARY_TRIGGERED, canary } from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

// CONTRACT 4.4, `tests/canary/test_topics.py`.
describe('canary', () => {
  it('should have the root canary and the leaves placed, triggered, revoked', () => {
    expect([CANARY, CANARY_PLACED, CANARY_TRIGGERED, CANARY_REVOKED]).toEqual([
      'canary',
      'placed',
      'triggered',
      'revoked',
    ]);
  });

  it.each([
    { tokenId: 'abc-123', leaf: CANARY_TRIGGERED, expected: 'canary.abc-123.triggered' },
    { tokenId: 'xyz', leaf: CANARY_PLACED, expected: 'canary.xyz.placed' },
    { tokenId: 'xyz', leaf: CANARY_REVOKED, expected: 'canary.xyz.revoked' },
  ])('should build $expected for ($tokenId, $leaf)', ({ tokenId, leaf, expected }) => {
    expect(canary(tokenId, leaf)).toBe(expected);
  });

  it.each([
    { value: '', reason: 'empty', index: -1 },
    { value: 'with.dot', reason: 'separator', index: 4 },
    { value: 'with*wildcard', reason: 'wildcard', index: 4 },
    { value: 'with>chevron', reason: 'wildcard', index: 4 },
    { value: 'with space', reason: 'whitespace', index: 4 },
  ] as const)('should refuse tokenId with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => canary(widen(value), CANARY_TRIGGERED), {
      builder: 'canary',
      argument: 'tokenId',
      value,
      reason,
      index,
    });
  });

  it.each([
    { value: '', reason: 'empty', index: -1 },
    { value: 'x.y', reason: 'separator', index: 1 },
    { value: '*', reason: 'wildcard', index: 0 },
    { value: '>', reason: 'wildcard', index: 0 },
  ] as const)('should refuse eventType with reason $reason for $value', ({ value, reason, index }) => {
    expectSegmentError(() => canary('abc-123', widen(value)), {
      builder: 'canary',
      argument: 'eventType',
      value,
      reason,
      index,
    });
  });

  it('should name tokenId, which is checked first, for two bad arguments', () => {
    expectSegmentError(() => canary(widen('with.dot'), widen('*')), { argument: 'tokenId', reason: 'separator' });
  });
});
