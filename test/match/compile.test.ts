import { describe, expect, it } from 'vitest';
import { TopicPatternError, compilePattern, matches, validatePattern, type CompiledPattern } from '../../src/index';
import { callLoosely, expectArgumentTypeError, thrownBy } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

// Topics around the shapes the compiler specialises (literal, `>`, `prefix.>`, `*` runs).
// prettier-ignore
const TOPICS: readonly string[] = [
  '', '.', '..', 'a', 'a.', '.a', 'a.b', 'a.b.', 'a..b', 'a.b.c', 'a.b.c.d', 'ab', 'ab.c', 'a.bc', 'b.c',
  'system.bus.health', 'system.sniffer.health', 'system.health', 'system..health', 'system.bus.health.x',
  'decky.d-42.state', 'decky.d-42.state.x', 'decky.state', 'decky..state', 'decky.d.42.state',
  '*', '>', 'a.*', 'a.>', '\u{1F98A}.b', 'a.\u{1F98A}',
];

// prettier-ignore
const PATTERNS: readonly string[] = [
  'a', 'a.b', 'a.b.c', 'system.bus.health', '>', 'a.>', 'a.b.>', 'system.>', '*', '*.*', 'a.*', '*.b', 'a.*.c',
  '*.>', 'a.*.>', '*.*.>', 'system.*.health', 'decky.*.state', '*.bus.*', '\u{1F98A}.*',
];

describe('compilePattern', () => {
  it('should follow the examples of its documentation', () => {
    const isHealth = compilePattern('system.*.health');
    expect(isHealth('system.mutator.health')).toBe(true);
    expect(isHealth('system.sniffer.health')).toBe(true);
    expect(isHealth('system.health')).toBe(false);
    expect(isHealth.pattern).toBe('system.*.health');
  });

  it.each(PATTERNS)('should keep the pattern %j on the predicate as .pattern', (pattern) => {
    const compiled: CompiledPattern = compilePattern(pattern);
    expect(typeof compiled).toBe('function');
    expect(compiled.pattern).toBe(pattern);
  });

  it.each(PATTERNS)('should build a predicate for %j that agrees with matches on every topic', (pattern) => {
    const compiled = compilePattern(pattern);
    for (const topic of TOPICS) {
      expect(compiled(topic), JSON.stringify([pattern, topic])).toBe(matches(pattern, topic));
    }
  });

  it('should give a literal pattern a predicate that accepts only that exact topic', () => {
    const isBusHealth = compilePattern('system.bus.health');
    expect(isBusHealth('system.bus.health')).toBe(true);
    for (const topic of [
      'system.bus.health.x',
      'system.bus',
      'system.bus.healt',
      'system.bus.health ',
      'System.bus.health',
    ]) {
      expect(isBusHealth(topic)).toBe(false);
    }
  });

  it('should let `>` alone accept every topic, the empty topic included, as the bus does', () => {
    const everything = compilePattern('>');
    for (const topic of ['', '.', 'a', 'a.b.c', '..']) expect(everything(topic)).toBe(true);
  });

  it('should let `prefix.>` need one more token, which may be empty, as the bus does', () => {
    const attacker = compilePattern('attacker.>');
    expect(attacker('attacker.observed')).toBe(true);
    expect(attacker('attacker.session.ended')).toBe(true);
    expect(attacker('attacker.')).toBe(true);
    expect(attacker('attacker')).toBe(false);
    expect(attacker('attackers.observed')).toBe(false);
    expect(attacker('xattacker.observed')).toBe(false);
  });

  it('should never let `*` take an empty token or two tokens', () => {
    const state = compilePattern('decky.*.state');
    expect(state('decky.d-42.state')).toBe(true);
    expect(state('decky..state')).toBe(false);
    expect(state('decky.a.b.state')).toBe(false);
    expect(compilePattern('*')('')).toBe(false);
    expect(compilePattern('a.*')('a.')).toBe(false);
    expect(compilePattern('*.b')('.b')).toBe(false);
  });

  it('should make independent predicates', () => {
    const first = compilePattern('a.*');
    const second = compilePattern('b.*');
    expect(first('a.x')).toBe(true);
    expect(second('a.x')).toBe(false);
    expect(first.pattern).toBe('a.*');
    expect(second.pattern).toBe('b.*');
  });

  it.each(['', '.a', 'a.', 'a..b', 'foo*', 'a.>x', 'a.>.c', '>.a', 'a b', 'a.\u3000'])(
    'should throw a TopicPatternError with the reason, pattern, index and message of validatePattern for %j',
    (pattern) => {
      const error = thrownBy(() => compilePattern(pattern));
      expect(error).toBeInstanceOf(TopicPatternError);
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

  it('should explain that a.>.c behaves on the bus like a.>', () => {
    const error = thrownBy(() => compilePattern('a.>.c'));
    expect(error).toMatchObject({ reason: 'full-wildcard-not-last', index: 2 });
    expect((error as TopicPatternError).message).toContain('behaves like "a.>"');
  });

  it.each(NON_STRINGS)('should throw a TypeError naming compilePattern() and "pattern" for $label', ({ value }) => {
    expectArgumentTypeError(() => callLoosely(compilePattern, [value]), 'compilePattern', 'pattern');
  });

  describe.each(['system.bus.health', '>', 'a.>', 'a.*.c', '*.>'])('the predicate for %j', (pattern) => {
    it.each(NON_STRINGS)('should throw a TypeError naming the "topic" argument for $label', ({ value }) => {
      const error = thrownBy(() => callLoosely(compilePattern(pattern), [value]));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toContain('"topic"');
    });
  });
});
