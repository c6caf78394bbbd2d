import { describe, expect, it } from 'vitest';
import { SEGMENT_WHITESPACE, assertSegment, decky, isValidSegment, isValidTopic, system } from '../../src/index';
import { callBuilder, expectSegmentError, thrownBy } from '../support/calls';
import {
  ACCEPTED_LOOKALIKES,
  LEAF_BUILDERS,
  SEGMENT_BUILDERS,
  WHITESPACE_CODE_POINTS,
  codePointName,
} from '../support/contract';

/** Every (builder, argument) pair of the segment builders, with a valid call to vary. */
const segmentArguments = SEGMENT_BUILDERS.flatMap(({ name, params }) =>
  params.map((param, position) => ({
    name,
    param,
    call: (value: string) =>
      callBuilder(
        name,
        params.map((_, k) => (k === position ? value : 'ok')),
      ),
  })),
);

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

    it('should be refused with reason whitespace by every argument of every segment builder', () => {
      for (const { name, param, call } of segmentArguments) {
        const value = `a${char}b`;
        expectSegmentError(() => call(value), {
          builder: name,
          argument: param,
          value,
          reason: 'whitespace',
          index: 1,
        });
      }
    });

    it('should be refused with reason whitespace by every leaf builder, in any token', () => {
      for (const { name, checkedFirst } of LEAF_BUILDERS) {
        const value = `ok.a${char}b`;
        expectSegmentError(() => callBuilder(name, [value]), {
          builder: name,
          argument: checkedFirst,
          value,
          reason: 'whitespace',
          index: 4,
        });
      }
    });

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
  it('should pass through a segment builder unchanged', () => {
    expect(decky(`a${char}b`, 'state')).toBe(`decky.a${char}b.state`);
    expect(decky(char, char)).toBe(`decky.${char}.${char}`);
  });

  it('should pass through a leaf builder unchanged', () => {
    expect(system(`x.a${char}b`)).toBe(`system.x.a${char}b`);
  });

  it('should make isValidSegment and isValidTopic true', () => {
    expect([isValidSegment(char), isValidSegment(`a${char}b`), isValidTopic(`a.${char}.b`)]).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('the segment rules', () => {
  it.each([
    { value: '', reason: 'empty', index: -1 },
    { value: '.', reason: 'separator', index: 0 },
    { value: 'a.b', reason: 'separator', index: 1 },
    { value: '*', reason: 'wildcard', index: 0 },
    { value: '>', reason: 'wildcard', index: 0 },
    { value: 'a>', reason: 'wildcard', index: 1 },
    { value: 'a b.c*', reason: 'whitespace', index: 1 },
    { value: '*.', reason: 'wildcard', index: 0 },
    { value: '\u{1F98A}.', reason: 'separator', index: 2 },
  ] as const)('should report the first fault, $reason at $index, for $value', ({ value, reason, index }) => {
    for (const { name, param, call } of segmentArguments) {
      expectSegmentError(() => call(value), { builder: name, argument: param, value, reason, index });
    }
  });

  it('should refuse a dotted value in every argument of every segment builder', () => {
    for (const { param, call } of segmentArguments) {
      expectSegmentError(() => call('session.ended'), { argument: param, reason: 'separator', index: 7 });
    }
  });

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
