import { describe, expect, it } from 'vitest';
import {
  SEGMENT_WHITESPACE,
  TopicPatternError,
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
  assertPattern,
  isValidPattern,
  matches,
  validatePattern,
  type PatternRejection,
} from '../../src/index';
import { callLoosely, expectArgumentTypeError, thrownBy } from '../support/calls';
import { ACCEPTED_LOOKALIKES, NON_STRINGS, WHITESPACE_CODE_POINTS, codePointName } from '../support/contract';

const VALID_PATTERNS: readonly string[] = [
  'attacker.>',
  'decky.*.state',
  'ttp.rule.fired.>',
  '>',
  '*',
  '*.>',
  '*.*.*',
  'a',
  'decky.host:web-1.state',
  'caf\u00e9.*',
  '\u{1F98A}.*',
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
];

interface Rejection {
  readonly pattern: string;
  readonly reason: PatternRejection;
  readonly index: number;
  /** What the message must say the DECNET bus does with the pattern. */
  readonly says: string;
}

const EMPTY_TOKEN = 'the DECNET bus compares an empty token literally';
const REJECTIONS: readonly Rejection[] = [
  { pattern: '', reason: 'empty', index: 0, says: 'the DECNET bus matches it only against the empty topic' },
  { pattern: '.a', reason: 'empty-token', index: 0, says: EMPTY_TOKEN },
  { pattern: 'a.', reason: 'empty-token', index: 2, says: EMPTY_TOKEN },
  { pattern: 'a..b', reason: 'empty-token', index: 2, says: EMPTY_TOKEN },
  { pattern: '.', reason: 'empty-token', index: 0, says: EMPTY_TOKEN },
  { pattern: 'a.b.', reason: 'empty-token', index: 4, says: EMPTY_TOKEN },
  { pattern: 'foo*', reason: 'partial-wildcard', index: 0, says: 'compares the token "foo*" literally' },
  { pattern: '*foo', reason: 'partial-wildcard', index: 0, says: 'compares the token "*foo" literally' },
  { pattern: 'a.>x', reason: 'partial-wildcard', index: 2, says: 'compares the token ">x" literally' },
  { pattern: 'a.**', reason: 'partial-wildcard', index: 2, says: 'compares the token "**" literally' },
  { pattern: '>>', reason: 'partial-wildcard', index: 0, says: 'compares the token ">>" literally' },
  { pattern: 'a.b*c.d', reason: 'partial-wildcard', index: 2, says: 'compares the token "b*c" literally' },
  { pattern: 'a.>.c', reason: 'full-wildcard-not-last', index: 2, says: 'behaves like "a.>"' },
  { pattern: '>.a', reason: 'full-wildcard-not-last', index: 0, says: 'behaves like ">"' },
  { pattern: 'a.>.>', reason: 'full-wildcard-not-last', index: 2, says: 'behaves like "a.>"' },
  { pattern: 'a.*.>.c.d', reason: 'full-wildcard-not-last', index: 4, says: 'behaves like "a.*.>"' },
  { pattern: 'a b', reason: 'whitespace', index: 1, says: 'the DECNET bus compares it literally' },
  { pattern: 'a.b\t', reason: 'whitespace', index: 3, says: 'U+0009 at index 3' },
  { pattern: ' ', reason: 'whitespace', index: 0, says: 'U+0020 at index 0' },
];

describe('validatePattern', () => {
  it.each(VALID_PATTERNS)('should accept %j as { ok: true, pattern }', (pattern) => {
    expect(validatePattern(pattern)).toEqual({ ok: true, pattern });
  });

  it.each(REJECTIONS)('should refuse $pattern as $reason at index $index', ({ pattern, reason, index }) => {
    expect(validatePattern(pattern)).toMatchObject({ ok: false, pattern, reason, index });
  });

  it.each(REJECTIONS)('should say for $pattern what the DECNET bus would do: $says', ({ pattern, says }) => {
    const result = validatePattern(pattern);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(says);
    // The message opens with the pattern, quoted, its space and tab shown escaped.
    const shown = pattern.replace(/[\t ]/g, (char) => `<${codePointName(char.charCodeAt(0))}>`);
    expect(result.message.startsWith(`"${shown}": `)).toBe(true);
  });

  it('should tell the truth about the bus when it says what a pattern behaves like', () => {
    // "a.>.c ... behaves like a.>": the bus gives both the same answer on every topic.
    for (const topic of ['a', 'a.b', 'a.b.c', 'a.b.d', 'a.', 'b.c', '', 'a.b.c.d']) {
      expect(matches('a.>.c', topic)).toBe(matches('a.>', topic));
      expect(matches('>.a', topic)).toBe(matches('>', topic));
    }
  });

  it('should tell the truth about the bus when it says a partial wildcard matches only that exact token', () => {
    for (const topic of ['foo', 'foox', 'foo.x', 'fo', 'foo*.x', '']) {
      expect(matches('foo*', topic)).toBe(false);
    }
    expect(matches('foo*', 'foo*')).toBe(true);
  });

  it('should tell the truth about the bus when it says the empty pattern matches only the empty topic', () => {
    expect(matches('', '')).toBe(true);
    for (const topic of ['a', '.', ' ', '*', '>']) expect(matches('', topic)).toBe(false);
  });

  it('should show invisible characters escaped in its message', () => {
    const result = validatePattern('a\u00a0b');
    expect(result).toMatchObject({ ok: false, reason: 'whitespace', index: 1 });
    if (result.ok) return;
    expect(result.message).toContain('"a<U+00A0>b"');
    expect(result.message).toContain('U+00A0 at index 1');
    expect(result.message).not.toContain('\u00a0');
  });

  it('should report the index in UTF-16 code units, after a surrogate pair', () => {
    expect(validatePattern('\u{1F98A}.a b')).toMatchObject({ ok: false, reason: 'whitespace', index: 4 });
    expect(validatePattern('\u{1F98A}..a')).toMatchObject({ ok: false, reason: 'empty-token', index: 3 });
  });

  it('should refuse a lone surrogate, which no UTF-8 encoder can send, and show its code unit', () => {
    const result = validatePattern('a.\ud800');
    expect(result).toMatchObject({ ok: false, reason: 'lone-surrogate', index: 2 });
    if (result.ok) return;
    expect(result.message).toContain('"a.<U+D800>"');
    expect(result.message).toContain('U+D800 at index 2');
    expect(validatePattern('a.\u{1F98A}')).toEqual({ ok: true, pattern: 'a.\u{1F98A}' });
  });

  it.each(NON_STRINGS)('should throw a TypeError naming validatePattern() and "pattern" for $label', ({ value }) => {
    expectArgumentTypeError(() => callLoosely(validatePattern, [value]), 'validatePattern', 'pattern');
  });
});

describe('validatePattern and whitespace', () => {
  it('should use exactly the 29 code points of CONTRACT 2.4 (SEGMENT_WHITESPACE)', () => {
    expect([...SEGMENT_WHITESPACE]).toEqual(WHITESPACE_CODE_POINTS);
  });

  it.each(WHITESPACE_CODE_POINTS.map((code) => ({ code, name: codePointName(code) })))(
    'should refuse $name inside a token as whitespace at its index',
    ({ code, name }) => {
      const pattern = `decky.d${String.fromCharCode(code)}1.>`;
      const result = validatePattern(pattern);
      expect(result).toMatchObject({ ok: false, reason: 'whitespace', index: 7 });
      if (!result.ok) expect(result.message).toContain(`${name} at index 7`);
    },
  );

  it.each(ACCEPTED_LOOKALIKES)('should accept the $label, which Python does not call whitespace', ({ char }) => {
    const pattern = `decky.d${char}1.*`;
    expect(validatePattern(pattern)).toEqual({ ok: true, pattern });
  });

  it('should classify every UTF-16 code unit in a token the same way as CONTRACT 2.4', () => {
    const whitespace = new Set(WHITESPACE_CODE_POINTS);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      let expected: PatternRejection | null = null;
      if (char === '.') expected = 'empty-token';
      else if (char === '*' || char === '>') expected = 'partial-wildcard';
      else if (whitespace.has(code)) expected = 'whitespace';
      else if (code >= 0xd800 && code <= 0xdfff) expected = 'lone-surrogate';
      const result = validatePattern(`a${char}`);
      const actual = result.ok ? null : result.reason;
      if (actual !== expected) wrong.push(`${codePointName(code)}: ${String(actual)} instead of ${String(expected)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('isValidPattern', () => {
  it.each(VALID_PATTERNS)('should be true for %j', (pattern) => {
    expect(isValidPattern(pattern)).toBe(true);
  });

  it.each(REJECTIONS)('should be false for $pattern', ({ pattern }) => {
    expect(isValidPattern(pattern)).toBe(false);
  });

  it.each(NON_STRINGS)('should be false, without throwing, for $label', ({ value }) => {
    expect(isValidPattern(value)).toBe(false);
  });

  it('should be stricter than nats-server, which takes partial wildcards as literal characters', () => {
    // nats-server's TestSublistValidlSubjects accepts these; CONTRACT 0, decision 6 refuses them.
    for (const pattern of ['foo*', 'foo.**', '*bar', 'foo>', 'foo.>>', '>bar', 'foo*.bar']) {
      expect(isValidPattern(pattern)).toBe(false);
    }
  });
});

describe('assertPattern', () => {
  it.each(VALID_PATTERNS)('should return normally for %j', (pattern) => {
    expect(() => {
      assertPattern(pattern);
    }).not.toThrow();
  });

  it.each(REJECTIONS)(
    'should throw a TopicPatternError carrying what validatePattern reports for $pattern',
    ({ pattern }) => {
      const error = thrownBy(() => {
        assertPattern(pattern);
      });
      expect(error).toBeInstanceOf(TopicPatternError);
      expect(error).toBeInstanceOf(Error);
      const result = validatePattern(pattern);
      if (result.ok) throw new Error('expected a rejection');
      expect(error).toMatchObject({
        name: 'TopicPatternError',
        pattern,
        reason: result.reason,
        index: result.index,
        message: result.message,
      });
    },
  );

  it.each(NON_STRINGS)('should throw a TypeError naming assertPattern() and "pattern" for $label', ({ value }) => {
    const error = thrownBy(() => {
      assertPattern(value);
    });
    expect(error).not.toBeInstanceOf(TopicPatternError);
    expectArgumentTypeError(
      () => {
        assertPattern(value);
      },
      'assertPattern',
      'pattern',
    );
  });
});
