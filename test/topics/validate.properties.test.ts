import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSegment, isValidSegment, isValidTopic, type SegmentRejection } from '../../src/index';
import {
  segmentCandidate,
  segmentWithForbiddenChar,
  topicCandidate,
  validLeaf,
  validSegment,
} from '../support/arbitraries';
import { expectSegmentError } from '../support/calls';
import { WHITESPACE_CODE_POINTS } from '../support/contract';

// An oracle written from CONTRACT 2.4 alone: a Set of the 29 code points and the three characters.
const WHITESPACE = new Set(WHITESPACE_CODE_POINTS);
const reasonOf = (char: string): SegmentRejection | null => {
  if (char === '.') return 'separator';
  if (char === '*' || char === '>') return 'wildcard';
  return WHITESPACE.has(char.charCodeAt(0)) ? 'whitespace' : null;
};
const oracleIsSegment = (text: string): boolean =>
  text.length > 0 && text.split('').every((char) => reasonOf(char) === null);

describe('isValidSegment', () => {
  it('law: isValidSegment(s) holds exactly when s is non-empty and has no forbidden character', () => {
    fc.assert(
      fc.property(segmentCandidate, (text) => {
        expect(isValidSegment(text)).toBe(oracleIsSegment(text));
      }),
    );
  });

  it('law: every generated valid segment is a valid segment', () => {
    fc.assert(
      fc.property(validSegment, (segment) => {
        expect(isValidSegment(segment)).toBe(true);
      }),
    );
  });
});

describe('isValidTopic', () => {
  it("law: isValidTopic(t) === t.split('.').every(isValidSegment)", () => {
    fc.assert(
      fc.property(topicCandidate, (text) => {
        expect(isValidTopic(text)).toBe(text.split('.').every((token) => isValidSegment(token)));
      }),
    );
  });

  it('law: valid segments joined by dots make a valid topic', () => {
    fc.assert(
      fc.property(validLeaf, (topic) => {
        expect(isValidTopic(topic)).toBe(true);
      }),
    );
  });
});

describe('assertSegment', () => {
  it('law: one forbidden character inserted anywhere is reported with its reason and index', () => {
    fc.assert(
      fc.property(segmentWithForbiddenChar, ({ value, char, index }) => {
        expectSegmentError(
          () => {
            assertSegment(value);
          },
          { value, reason: reasonOf(char) ?? 'empty', index },
        );
      }),
    );
  });
});
