import { describe, expect, it } from 'vitest';
import { SEGMENT_WHITESPACE, assertSegment, decky, isValidSegment, isValidTopic } from '../../src/index';
import { describeBuilderVectors } from '../support/builder-vectors';
import { thrownBy } from '../support/calls';
import { ACCEPTED_LOOKALIKES, WHITESPACE_CODE_POINTS, codePointName } from '../support/contract';

describe('SEGMENT_WHITESPACE', () => {
  it('should hold exactly the 29 code points of CONTRACT 2.4, in ascending order', () => {
    expect(SEGMENT_WHITESPACE).toEqual(WHITESPACE_CODE_POINTS);
  });

  it('should be frozen, so that no caller can widen or narrow the rule', () => {
    expect(Object.isFrozen(SEGMENT_WHITESPACE)).toBe(true);
  });
});

describe.each(WHITESPACE_CODE_POINTS.map((code) => ({ code, name: codePointName(code) })))(
  'the whitespace code point $name',
  ({ code }) => {
    const char = String.fromCharCode(code);

    it('should make isValidSegment and isValidTopic false', () => {
      expect([isValidSegment(char), isValidSegment(`a${char}b`)]).toEqual([false, false]);
      expect([isValidTopic(`decky.a${char}b.state`), isValidTopic(char)]).toEqual([false, false]);
    });
  },
);

describe('the segment rules against JavaScript \\s', () => {
  it.each([0x1c, 0x1d, 0x1e, 0x1f, 0x85].map(codePointName))(
    'should refuse %s, which \\s does not match but Python calls whitespace',
    (name) => {
      const char = String.fromCharCode(Number.parseInt(name.slice(2), 16));
      expect(/\s/.test(char)).toBe(false);
      expect(isValidSegment(char)).toBe(false);
    },
  );

  it('should accept U+FEFF, which \\s matches but Python does not call whitespace', () => {
    expect(/\s/.test('\ufeff')).toBe(true);
    expect(isValidSegment('\ufeff')).toBe(true);
  });
});

describe.each(ACCEPTED_LOOKALIKES)('the accepted character $label', ({ char }) => {
  it('should make isValidSegment and isValidTopic true', () => {
    expect([isValidSegment(char), isValidSegment(`a${char}b`), isValidTopic(`a.${char}.b`)]).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('the segment rules', () => {
  it('should have no length limit for a 10,000-character segment', () => {
    const long = 'x'.repeat(10_000);
    expect(decky(long, 'state')).toBe(`decky.${long}.state`);
  });

  it('should agree with the contract on every UTF-16 code unit', () => {
    const whitespace = new Set(WHITESPACE_CODE_POINTS);
    const expectedReason = (code: number): string | null => {
      if (code === 0x2e) return 'separator';
      if (code === 0x2a || code === 0x3e) return 'wildcard';
      // A surrogate on its own is half a pair: no UTF-8 encoder can send it.
      if (code >= 0xd800 && code <= 0xdfff) return 'lone-surrogate';
      return whitespace.has(code) ? 'whitespace' : null;
    };
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const expected = expectedReason(code);
      const error = isValidSegment(char)
        ? null
        : thrownBy(() => {
            assertSegment(char);
          });
      const actual = error === null ? null : (error as { reason?: unknown }).reason;
      if (actual !== expected) disagreements.push(`${codePointName(code)}: ${String(actual)} != ${String(expected)}`);
    }
    expect(disagreements).toEqual([]);
  });
});

// Every argument of every builder, against the rules above: the vectors of conformance/builders.json (each of the 29
// whitespace code points, the first fault of a segment, the accepted look-alikes, lone surrogates).
describeBuilderVectors(['segment-rules', 'whitespace', 'accepted-characters', 'lone-surrogate']);
