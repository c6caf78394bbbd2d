import { describe, expect, it } from 'vitest';
import { callBuilder, expectSegmentError } from '../support/calls';
import { LEAF_BUILDERS, LEAF_PREFIX, SEGMENT_BUILDERS } from '../support/contract';

// CONTRACT 0, decision 3: dotted leaves are accepted, but every token must be a valid segment.
describe.each(LEAF_BUILDERS)('$name', ({ name, checkedFirst }) => {
  it.each(['session.started', 'a.b.c', 'x', 'host:web-1.\u{1F98A}'])(
    'should append the leaf verbatim for %s',
    (leaf) => {
      expect(callBuilder(name, [leaf])).toBe(`${LEAF_PREFIX[name] ?? '?'}${leaf}`);
    },
  );

  it.each([
    { leaf: '', reason: 'empty', index: -1 },
    { leaf: '*', reason: 'wildcard', index: 0 },
    { leaf: '>', reason: 'wildcard', index: 0 },
    { leaf: 'a..b', reason: 'empty', index: 2 },
    { leaf: ' x', reason: 'whitespace', index: 0 },
    { leaf: '.a', reason: 'empty', index: 0 },
    { leaf: 'a.', reason: 'empty', index: 2 },
    { leaf: '.', reason: 'empty', index: 0 },
    { leaf: 'a.*', reason: 'wildcard', index: 2 },
    { leaf: 'a.b\u00a0c', reason: 'whitespace', index: 3 },
  ] as const)('should refuse the leaf with reason $reason at $index for $leaf', ({ leaf, reason, index }) => {
    expectSegmentError(() => callBuilder(name, [leaf]), {
      builder: name,
      argument: checkedFirst,
      value: leaf,
      reason,
      index,
    });
  });
});

describe('the segment builders', () => {
  it.each(SEGMENT_BUILDERS)('should never accept a dotted leaf for $name', ({ name, params }) => {
    const args = params.map(() => 'a.b');
    expectSegmentError(() => callBuilder(name, args), { builder: name, reason: 'separator', index: 1 });
  });
});
