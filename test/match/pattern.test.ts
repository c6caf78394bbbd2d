import { describe, expect, it } from 'vitest';
import {
  ATTACKER,
  DECKY,
  DECKY_STATE,
  TopicPatternError,
  compilePattern,
  isValidPattern,
  pattern,
  validatePattern,
} from '../../src/index';
import { callLoosely, thrownBy, widen } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

describe('pattern', () => {
  it('should follow the examples of its documentation', () => {
    expect(pattern(DECKY, '*', DECKY_STATE)).toBe('decky.*.state');
    expect(pattern(ATTACKER, '>')).toBe('attacker.>');
  });

  it.each([
    [['>'], '>'],
    [['*'], '*'],
    [['*', '*', '>'], '*.*.>'],
    [['system', '*', 'health'], 'system.*.health'],
    [['decky', 'host:web-1', 'state'], 'decky.host:web-1.state'],
    [['caf\u00e9', '\u{1F98A}'], 'caf\u00e9.\u{1F98A}'],
  ] as const)('should join %j into %j, a valid pattern', (tokens, expected) => {
    const built: string = callLoosely(pattern, tokens) as string;
    expect(built).toBe(expected);
    expect(isValidPattern(built)).toBe(true);
    expect(compilePattern(built).pattern).toBe(expected);
  });

  it('should validate the joined pattern, so a token typed string may hold several tokens', () => {
    expect(pattern(widen('attacker.session'), '>')).toBe('attacker.session.>');
  });

  it.each([
    { tokens: ['decky', '', 'state'], reason: 'empty-token', index: 6 },
    { tokens: ['a', '>', 'c'], reason: 'full-wildcard-not-last', index: 2 },
    { tokens: ['decky', 'd*', 'state'], reason: 'partial-wildcard', index: 6 },
    { tokens: ['decky', 'd 1'], reason: 'whitespace', index: 7 },
    { tokens: ['a.', 'b'], reason: 'empty-token', index: 2 },
    { tokens: [''], reason: 'empty', index: 0 },
  ] as const)(
    'should throw a TopicPatternError ($reason at $index) for the tokens $tokens typed string',
    ({ tokens, reason, index }) => {
      const joined = tokens.join('.');
      const error = thrownBy(() => pattern(...tokens.map(widen)));
      expect(error).toBeInstanceOf(TopicPatternError);
      expect(error).toMatchObject({ pattern: joined, reason, index });
      const result = validatePattern(joined);
      if (!result.ok) expect((error as TopicPatternError).message).toBe(result.message);
    },
  );

  it('should throw a TopicPatternError for no tokens at all, the empty pattern', () => {
    expect(() => callLoosely(pattern, [])).toThrow(
      expect.objectContaining({ name: 'TopicPatternError', reason: 'empty' }),
    );
  });

  it.each(NON_STRINGS)('should throw a TypeError naming pattern() and the token for $label', ({ value }) => {
    const error = thrownBy(() => callLoosely(pattern, ['decky', value, 'state']));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(TopicPatternError);
    expect((error as TypeError).message).toContain('pattern()');
    expect((error as TypeError).message).toContain('token 1');
  });
});
