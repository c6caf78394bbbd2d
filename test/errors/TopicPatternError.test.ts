import { describe, expect, it } from 'vitest';
import { TopicPatternError, type TopicPatternErrorDetails } from '../../src/errors/TopicPatternError';
import { PatternIndex, assertPattern, compilePattern, pattern, validatePattern } from '../../src/index';
import { thrownBy } from '../support/calls';

const DETAILS: TopicPatternErrorDetails = {
  pattern: 'a.>.c',
  reason: 'full-wildcard-not-last',
  index: 2,
  message: '"a.>.c": ">" must be the last token',
};

/** Every public way to have a pattern refused, each called with `text` as the pattern. */
const THROWERS: readonly { readonly name: string; readonly call: (text: string) => unknown }[] = [
  { name: 'compilePattern', call: (text) => compilePattern(text) },
  {
    name: 'assertPattern',
    call: (text) => {
      assertPattern(text);
    },
  },
  { name: 'pattern', call: (text) => pattern(text) },
  { name: 'PatternIndex.add', call: (text) => new PatternIndex<string>().add(text, 'x') },
  { name: 'PatternIndex.remove', call: (text) => new PatternIndex<string>().remove(text, 'x') },
  { name: 'PatternIndex.has', call: (text) => new PatternIndex<string>().has(text, 'x') },
];

/** What `call` throws, checked to be a TopicPatternError. */
function patternErrorFrom(call: () => unknown): TopicPatternError {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(TopicPatternError);
  return error as TopicPatternError;
}

describe('TopicPatternError', () => {
  it('should be an Error and a TopicPatternError named TopicPatternError', () => {
    const error = new TopicPatternError(DETAILS);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TopicPatternError);
    expect(error.name).toBe('TopicPatternError');
    expect(String(error)).toBe(`TopicPatternError: ${DETAILS.message}`);
    expect(error.stack?.startsWith('TopicPatternError: ')).toBe(true);
  });

  it('should carry pattern, reason, index and message for the details it is given', () => {
    const error = new TopicPatternError(DETAILS);
    expect(error.pattern).toBe('a.>.c');
    expect(error.reason).toBe('full-wildcard-not-last');
    expect(error.index).toBe(2);
    expect(error.message).toBe(DETAILS.message);
  });

  it('should keep pattern, reason and index as own enumerable properties, so JSON.stringify keeps them', () => {
    const { pattern: refused, reason, index } = DETAILS;
    const json: unknown = JSON.parse(JSON.stringify(new TopicPatternError(DETAILS)));
    expect(json).toMatchObject({ pattern: refused, reason, index });
  });

  it('should take only the details from a failed validatePattern result, not its ok flag', () => {
    const result = validatePattern('a..b');
    if (result.ok) throw new Error('expected "a..b" to be refused');
    const error = new TopicPatternError(result);
    expect(error).toMatchObject({ pattern: 'a..b', reason: 'empty-token', index: 2, message: result.message });
    expect(Object.hasOwn(error, 'ok')).toBe(false);
  });

  it('should use the message it is given word for word', () => {
    const message = 'any text, even "quoted" or \u00e9\u{1F98A}';
    expect(new TopicPatternError({ ...DETAILS, message }).message).toBe(message);
  });

  describe('as thrown by the library', () => {
    it.each(THROWERS)('should show a line feed in the pattern as <U+000A>, on one line, for $name', ({ call }) => {
      const error = patternErrorFrom(() => call('decky.a\nb.state'));
      expect(error).toMatchObject({ pattern: 'decky.a\nb.state', reason: 'whitespace', index: 7 });
      expect(error.message).toContain('"decky.a<U+000A>b.state"');
      expect(error.message).not.toContain('\n');
    });

    it.each([
      { label: 'carriage return', char: '\r', name: 'U+000D' },
      { label: 'line separator', char: '\u2028', name: 'U+2028' },
      { label: 'escape, accepted but refused here for the partial wildcard', char: '\u001b', name: 'U+001B' },
    ])('should show a $label in the pattern as <$name>, never raw', ({ char, name }) => {
      const error = patternErrorFrom(() => compilePattern(`a.b${char}*.c`));
      expect(error.message).toContain(`"a.b<${name}>*.c"`);
      expect(error.message).not.toContain(char);
    });

    it('should quote a long pattern cut to 64 characters around the fault and say its length', () => {
      const long = `${'a.'.repeat(100)}b c`;
      const error = patternErrorFrom(() => compilePattern(long));
      expect(error).toMatchObject({ pattern: long, reason: 'whitespace', index: 201 });
      // The fault is near the end: the window is the last 64 code units, with `…` for what was left out.
      const window = long.slice(-64).replace(' ', '<U+0020>');
      expect(error.message.startsWith(`"…${window}" (${long.length} characters): `)).toBe(true);
    });
  });
});
