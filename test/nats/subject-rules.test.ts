import { describe, expect, it } from 'vitest';
import { NATS_EVENT_LIMITS } from '../../src/nats/limits';
import { NatsEventError } from '../../src/nats/NatsEventError';
import { _natsSubjectArg, _natsSubjectFault, _queueOption, isNatsSubject } from '../../src/nats/subject-rules';

describe('isNatsSubject', () => {
  it.each([
    'attacker.session.ended',
    'decky.d-42.state',
    'system.décky.health',
    'a',
    'ttp.rule.fired.T1110',
    'x.\ufeffy',
  ])('should accept %j', (topic) => {
    expect(isNatsSubject(topic)).toBe(true);
  });

  it.each([
    ['', 'empty', 0],
    ['a..b', 'empty-token', 2],
    ['.a', 'empty-token', 0],
    ['a.', 'empty-token', 2],
    ['a.*', 'wildcard', 2],
    ['a.>', 'wildcard', 2],
    ['a.b*', 'wildcard', 3],
    ['a b', 'whitespace', 1],
    ['a\u2028b', 'whitespace', 1],
    ['a.\udc00', 'lone-surrogate', 2],
    ['\ufeffa', 'leading-bom', 0],
  ] as const)('should refuse %j (%s at %i)', (topic, fault, index) => {
    expect(isNatsSubject(topic)).toBe(false);
    expect(_natsSubjectFault(topic)).toEqual({ fault, index });
  });

  it('should count the limit in bytes of UTF-8, a surrogate pair as four', () => {
    const limit = NATS_EVENT_LIMITS.maxSubjectBytes;
    expect(isNatsSubject('a'.repeat(limit))).toBe(true);
    expect(_natsSubjectFault('a'.repeat(limit + 1))).toEqual({ fault: 'too-long', index: 0 });
    expect(isNatsSubject('é'.repeat(limit / 2))).toBe(true);
    expect(isNatsSubject(`${'é'.repeat(limit / 2)}a`)).toBe(false);
    expect(isNatsSubject('中'.repeat(Math.floor(limit / 3)))).toBe(true);
    expect(isNatsSubject('🦊'.repeat(limit / 4))).toBe(true);
    expect(isNatsSubject(`${'🦊'.repeat(limit / 4)}a`)).toBe(false);
    // A megabyte costs one early-stopping pass, not a refusal of each character.
    expect(isNatsSubject('a'.repeat(1_048_576))).toBe(false);
  });

  it('should say no to anything that is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['a'], Symbol('a')]) expect(isNatsSubject(value)).toBe(false);
  });
});

describe('_natsSubjectArg', () => {
  it('should throw a NatsEventError naming the fault, and a TypeError for a non-string', () => {
    expect(() => _natsSubjectArg('a..b', 'publishEvent')).toThrow(NatsEventError);
    expect(() => _natsSubjectArg('a..b', 'publishEvent')).toThrow(
      'a..b cannot be published on NATS (at index 2): it has an empty token, which NATS refuses (the DECNET bus would carry it)',
    );
    expect(() => _natsSubjectArg(42, 'publishEvent')).toThrow(
      new TypeError('publishEvent(): argument "topic" must be a string, got number'),
    );
    expect(_natsSubjectArg('a.b', 'publishEvent')).toBe('a.b');
  });
});

describe('_queueOption', () => {
  it('should take a queue name by the subject rules, and refuse the rest with a TypeError', () => {
    expect(_queueOption('scorers', 'subscribeEvents')).toBe('scorers');
    expect(_queueOption('team.scorers', 'subscribeEvents')).toBe('team.scorers');
    for (const bad of ['', 'a b', 'a\nb', '*', 7])
      expect(() => _queueOption(bad, 'subscribeEvents')).toThrow(TypeError);
  });
});
