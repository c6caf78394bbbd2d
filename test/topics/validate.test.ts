import { describe, expect, it } from 'vitest';
import {
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
  assertSegment,
  assertTopic,
  isValidSegment,
  isValidTopic,
} from '../../src/index';
import { expectArgumentTypeError, expectSegmentError } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

describe('isValidSegment', () => {
  it.each(['d-42', 'host:name', 'T1110', '\u00e9t\u00e9', '\u{1F98A}', 'a\ufeffb', '{state}'])(
    'should be true for %j',
    (value) => {
      expect(isValidSegment(value)).toBe(true);
    },
  );

  it.each(['', 'a.b', '*', '>', 'a b', 'a\tb', 'a\u00a0b', 'a\u3000b', 'a\u0085b'])(
    'should be false for %j',
    (value) => {
      expect(isValidSegment(value)).toBe(false);
    },
  );

  it.each(NON_STRINGS)('should be false, without throwing, for $label', ({ value }) => {
    expect(isValidSegment(value)).toBe(false);
  });
});

describe('assertSegment', () => {
  it('should return normally for a valid segment', () => {
    expect(() => {
      assertSegment('d-42');
    }).not.toThrow();
  });

  it('should name assertSegment and the default argument segment in its error', () => {
    expectSegmentError(
      () => {
        assertSegment('a.b');
      },
      {
        builder: 'assertSegment',
        argument: 'segment',
        value: 'a.b',
        reason: 'separator',
        index: 1,
      },
    );
  });

  it('should name the argument it is given for a refused value', () => {
    expectSegmentError(
      () => {
        assertSegment('', 'deckyId');
      },
      { argument: 'deckyId', reason: 'empty', index: -1 },
    );
  });

  it.each(NON_STRINGS)('should throw a TypeError for $label', ({ value }) => {
    expectArgumentTypeError(
      () => {
        assertSegment(value, 'deckyId');
      },
      'assertSegment',
      'deckyId',
    );
  });
});

describe('isValidTopic', () => {
  it.each(['system.log', 'attacker.session.ended', 'decky.host:web-1.state', WEBHOOK_SUBSCRIPTIONS_CHANGED, 'x'])(
    'should be true for %j',
    (value) => {
      expect(isValidTopic(value)).toBe(true);
    },
  );

  it.each(['', '.', 'a..b', '.a', 'a.', 'attacker.>', 'decky.*.state', 'decky.a b.state', 'a.\u2028'])(
    'should be false for %j',
    (value) => {
      expect(isValidTopic(value)).toBe(false);
    },
  );

  it.each(NON_STRINGS)('should be false, without throwing, for $label', ({ value }) => {
    expect(isValidTopic(value)).toBe(false);
  });
});

describe('assertTopic', () => {
  it('should return normally for a valid topic', () => {
    expect(() => {
      assertTopic('ttp.rule.fired.T1110');
    }).not.toThrow();
  });

  it.each([
    { value: '', reason: 'empty', index: -1 },
    { value: 'a..b', reason: 'empty', index: 2 },
    { value: 'decky.*.state', reason: 'wildcard', index: 6 },
    { value: 'decky.a b.state', reason: 'whitespace', index: 7 },
  ] as const)('should report $reason at $index for $value', ({ value, reason, index }) => {
    expectSegmentError(
      () => {
        assertTopic(value);
      },
      { builder: 'assertTopic', argument: 'topic', value, reason, index },
    );
  });

  it('should name the argument it is given', () => {
    expectSegmentError(
      () => {
        assertTopic('a.', 'subject');
      },
      { argument: 'subject', reason: 'empty', index: 2 },
    );
  });

  it.each(NON_STRINGS)('should throw a TypeError for $label', ({ value }) => {
    expectArgumentTypeError(
      () => {
        assertTopic(value, 'subject');
      },
      'assertTopic',
      'subject',
    );
  });
});
