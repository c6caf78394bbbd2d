import { describe, expect, it } from 'vitest';
import { TopicSegmentError, assertSegment, decky, type TopicSegmentErrorDetails } from '../../src/index';
import { expectSegmentError, widen } from '../support/calls';
import { WHITESPACE_CODE_POINTS, codePointName } from '../support/contract';

const DETAILS: TopicSegmentErrorDetails = {
  builder: 'decky',
  argument: 'deckyId',
  value: 'd\u00a042',
  reason: 'whitespace',
  index: 1,
};

describe('TopicSegmentError', () => {
  it('should be an Error and a TopicSegmentError named TopicSegmentError', () => {
    const error = new TopicSegmentError(DETAILS);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TopicSegmentError);
    expect(error.name).toBe('TopicSegmentError');
    expect(String(error).startsWith('TopicSegmentError: ')).toBe(true);
  });

  it('should carry builder, argument, value, reason and index for the details it is given', () => {
    expect(new TopicSegmentError(DETAILS)).toMatchObject(DETAILS);
  });

  it('should name the builder and the argument, and escape the invisible character, for a no-break space', () => {
    const { message } = new TopicSegmentError(DETAILS);
    expect(message).toContain('decky()');
    expect(message).toContain('"deckyId"');
    expect(message).toContain('"d<U+00A0>42"');
    expect(message).toContain('U+00A0 at index 1');
    expect(message).not.toContain('\u00a0');
  });

  it.each(WHITESPACE_CODE_POINTS.map((code) => ({ code, name: codePointName(code) })))(
    'should never show the raw character in its message for $name',
    ({ code, name }) => {
      const char = String.fromCharCode(code);
      const error = expectSegmentError(() => decky(`x${char}y`, 'state'), { reason: 'whitespace' });
      expect(error.message).toContain(`"x<${name}>y"`);
      // The words of the message are separated by spaces; any other of the 29 must not appear at all.
      expect(error.message).not.toContain(code === 0x20 ? `x${char}y` : char);
    },
  );

  it.each([
    { label: 'BOM', char: '\ufeff', name: 'U+FEFF' },
    { label: 'zero-width space', char: '\u200b', name: 'U+200B' },
    { label: 'Mongolian vowel separator', char: '\u180e', name: 'U+180E' },
    { label: 'soft hyphen', char: '\u00ad', name: 'U+00AD' },
    { label: 'NUL', char: '\u0000', name: 'U+0000' },
    { label: 'DEL', char: '\u007f', name: 'U+007F' },
  ])('should escape an accepted but invisible $label in a value refused for another reason', ({ char, name }) => {
    const error = expectSegmentError(() => decky(widen(`${char}*`), 'state'), { reason: 'wildcard', index: 1 });
    expect(error.message).toContain(`"<${name}>*"`);
    expect(error.message).not.toContain(char);
  });

  it.each([
    { label: 'lone high surrogate', char: '\ud83e', name: 'U+D83E' },
    { label: 'lone low surrogate', char: '\udd8a', name: 'U+DD8A' },
  ])('should refuse a $label and show its code unit escaped', ({ char, name }) => {
    const error = expectSegmentError(() => decky(widen(`x${char}`), 'state'), { reason: 'lone-surrogate', index: 1 });
    expect(error.message).toContain(`"x<${name}>"`);
    expect(error.message).toContain(`${name} at index 1`);
    expect(error.message).not.toContain(char);
  });

  it('should keep visible non-ASCII characters as they are', () => {
    const error = expectSegmentError(() => decky(widen('\u00e9\u{1F98A}.x'), 'state'), { reason: 'separator' });
    expect(error.message).toContain('"\u00e9\u{1F98A}.x"');
  });

  it.each([
    { value: '', reason: 'empty', index: -1, says: 'must not be empty' },
    { value: 'a.b', reason: 'separator', index: 1, says: '"."' },
    { value: 'a*b', reason: 'wildcard', index: 1, says: '"*"' },
    { value: 'a>b', reason: 'wildcard', index: 1, says: '">"' },
    { value: 'a b', reason: 'whitespace', index: 1, says: 'U+0020' },
  ] as const)('should say what was wrong for $reason in $value', ({ value, reason, index, says }) => {
    const error = expectSegmentError(
      () => {
        assertSegment(value, 'deckyId');
      },
      { value, reason, index },
    );
    expect(error.message).toContain('assertSegment()');
    expect(error.message).toContain('"deckyId"');
    expect(error.message).toContain(says);
  });

  it('should say that a dotted leaf has an empty token, and where, for a..b', () => {
    const error = new TopicSegmentError({
      builder: 'system',
      argument: 'eventType',
      value: 'a..b',
      reason: 'empty',
      index: 2,
    });
    expect(error.message).toContain('system()');
    expect(error.message).toContain('"eventType"');
    expect(error.message).toContain('"a..b"');
    expect(error.message).toContain('empty');
    expect(error.message).toContain('index 2');
  });
});
