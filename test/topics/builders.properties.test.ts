import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopicSegmentError, isValidSegment, isValidTopic, type SegmentRejection } from '../../src/index';
import { rowCall, segmentWithForbiddenChar, topicCandidate, validLeaf } from '../support/arbitraries';
import { buildRow, callBuilder, expectSegmentError, thrownBy } from '../support/calls';
import { LEAF_BUILDERS, LEAF_PREFIX, SEGMENT_BUILDERS } from '../support/contract';

const reasonOf = (char: string): SegmentRejection =>
  char === '.' ? 'separator' : char === '*' || char === '>' ? 'wildcard' : 'whitespace';

/** Every argument of every segment builder, with the call that puts a value there. */
const segmentArguments = SEGMENT_BUILDERS.flatMap(({ name, params }) =>
  params.map((param, position) => ({
    name,
    param,
    call: (value: string): unknown =>
      callBuilder(
        name,
        params.map((_, k) => (k === position ? value : 'ok')),
      ),
  })),
);

describe('the builders', () => {
  it('law: every builder turns valid segments into a valid topic', () => {
    fc.assert(
      fc.property(rowCall, ({ row, params }) => {
        expect(isValidTopic(buildRow(row, params))).toBe(true);
      }),
    );
  });

  it('law: a segment builder reports an inserted forbidden character with its reason, argument and index', () => {
    fc.assert(
      fc.property(fc.constantFrom(...segmentArguments), segmentWithForbiddenChar, (target, { value, char, index }) => {
        expectSegmentError(() => target.call(value), {
          builder: target.name,
          argument: target.param,
          value,
          reason: reasonOf(char),
          index,
        });
      }),
    );
  });

  it('law: a leaf builder appends any leaf whose tokens are all valid segments, verbatim', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAF_BUILDERS), validLeaf, ({ name }, leaf) => {
        expect(callBuilder(name, [leaf])).toBe(`${LEAF_PREFIX[name] ?? '?'}${leaf}`);
      }),
    );
  });

  it('law: a leaf builder accepts a leaf exactly when every token of it is a valid segment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAF_BUILDERS), topicCandidate, ({ name }, leaf) => {
        const accepted = leaf.split('.').every((token) => isValidSegment(token));
        if (accepted) expect(callBuilder(name, [leaf])).toBe(`${LEAF_PREFIX[name] ?? '?'}${leaf}`);
        else expect(thrownBy(() => callBuilder(name, [leaf]))).toBeInstanceOf(TopicSegmentError);
      }),
    );
  });
});
