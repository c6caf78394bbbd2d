/**
 * Hostile input: messages never grow with the input, never carry a control
 * character from it, and predicates never build them. Each test failed on the
 * code before the fix. Time budgets are ratios to a valid input of the same size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TopicPatternError,
  TopicSegmentError,
  assertPattern,
  assertSegment,
  assertTopic,
  decky,
  isValidPattern,
  isValidTopic,
  validatePattern,
} from '../../src/index';
import { EventValidationError, parseEvent, safeParseEvent } from '../../src/schemas';
import { wireEvent } from '../schemas/fixtures/types';
import { callLoosely, thrownBy } from '../support/calls';
import { controlsIn } from '../support/arbitraries';
import { HEAVY_TIMEOUT_MS, costRatio } from '../support/cost';

/** The stated bounds, in characters. */
const SEGMENT_OR_PATTERN_MESSAGE_LIMIT = 1_300;
const ISSUE_MESSAGE_LIMIT = 1_500;
const EVENT_MESSAGE_LIMIT = 8_000;

/** What a message of this library looks like: no control character, and newlines only before a list item. */
function expectSafeMessage(message: string, limit: number): void {
  expect(message.length).toBeLessThanOrEqual(limit);
  // Newlines separate the list items; every other control character must have been escaped.
  expect(controlsIn(message).filter((code) => code !== 0x0a)).toEqual([]);
  for (const line of message.split('\n').slice(1)) expect(line.startsWith('  - ')).toBe(true);
}

describe('predicates, on inputs of megabytes', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('should refuse 4 MB of NUL with empty tokens as fast as they accept a valid pattern of that size', () => {
    const hostile = `${'\u0000'.repeat(4_000_000)}..`;
    const valid = `${'\u0000'.repeat(4_000_000)}.a`;
    expect(isValidPattern(hostile)).toBe(false);
    expect(isValidPattern(valid)).toBe(true);
    expect(
      costRatio(
        () => isValidPattern(hostile),
        () => isValidPattern(valid),
        3,
      ),
    ).toBeLessThan(3);
  });

  it('should answer for a 68 MB pattern without building a message', () => {
    const hostile = `${'\u0000.'.repeat(34_000_000)}.`;
    expect(isValidPattern(hostile)).toBe(false);
  });
});

describe('assertions, on inputs of megabytes', { timeout: HEAVY_TIMEOUT_MS }, () => {
  const tenMegabytes = '\u00a0'.repeat(10_000_000);

  it('should throw for 10 MB of U+00A0 with a short message, at the cost of checking a valid topic that long', () => {
    const error = thrownBy(() => {
      assertTopic(tenMegabytes);
    });
    expect(error).toBeInstanceOf(TopicSegmentError);
    expectSafeMessage((error as Error).message, SEGMENT_OR_PATTERN_MESSAGE_LIMIT);
    expect((error as Error).message).toContain('(10000000 characters)');
    const valid = 'a'.repeat(10_000_000);
    const assertHostile = (): unknown =>
      thrownBy(() => {
        assertTopic(tenMegabytes);
      });
    expect(costRatio(assertHostile, () => isValidTopic(valid), 3)).toBeLessThan(3);
  });

  it('should show the fault of a 10 MB value in its window, wherever it is', () => {
    const value = `${'a'.repeat(5_000_000)}*${'b'.repeat(5_000_000)}`;
    const error = thrownBy(() => {
      assertSegment(value);
    });
    expect((error as TopicSegmentError).index).toBe(5_000_000);
    expect((error as Error).message).toMatch(/"…a+\*b+…" \(10000001 characters\) has "\*" at index 5000000/u);
  });

  it('should bound and escape a pattern of 10 MB in TopicPatternError', () => {
    const error = thrownBy(() => {
      assertPattern(`a.>.${'\n'.repeat(10_000_000)}`);
    });
    expect(error).toBeInstanceOf(TopicPatternError);
    expectSafeMessage((error as Error).message, SEGMENT_OR_PATTERN_MESSAGE_LIMIT);
  });

  it('should refuse an argument name that is not a string with its own TypeError', () => {
    const error = thrownBy(() => callLoosely(assertSegment, ['x', Symbol('name')]));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('assertSegment(): argument "argument" must be a string, got symbol');
  });

  it('should escape and bound an argument name given by the caller', () => {
    const error = thrownBy(() => {
      assertTopic('a..b', `name\n${'x'.repeat(1_000_000)}`);
    });
    expectSafeMessage((error as Error).message, SEGMENT_OR_PATTERN_MESSAGE_LIMIT);
  });
});

describe('EventValidationError, on hostile topics and keys', { timeout: HEAVY_TIMEOUT_MS }, () => {
  const envelope = (topic: string, payload: unknown = {}): unknown => wireEvent(topic, 'scored', payload);

  it.each([
    { label: 'a newline that forges a log line', topic: 'evil\nINFO forged line' },
    { label: 'an ESC sequence', topic: 'evil.\u001b[2J\u001b[31mred' },
    { label: 'a carriage return', topic: 'a\rINFO b' },
    { label: 'a line separator', topic: 'a\u2028b' },
  ])('should escape $label in the topic it quotes', ({ topic }) => {
    for (const strict of [false, true]) {
      const error = thrownBy(() => parseEvent(envelope(topic, 1), { strict }));
      expect(error).toBeInstanceOf(EventValidationError);
      expectSafeMessage((error as Error).message, EVENT_MESSAGE_LIMIT);
    }
  });

  it('should escape record keys of a decky.*.traffic payload in paths', () => {
    const payload = { 'k\nINFO forged\u001b[0m': 5 };
    const error = thrownBy(() => parseEvent(wireEvent('decky.d-1.traffic', 'http2_settings', payload)));
    expectSafeMessage((error as Error).message, EVENT_MESSAGE_LIMIT);
    expect((error as EventValidationError).issues[0]?.message).toBe(
      'payload["k<U+000A>INFO<U+0020>forged<U+001B>[0m"]: expected string, received 5',
    );
    expect((error as EventValidationError).issues[0]?.path).toEqual(['payload', 'k\nINFO forged\u001b[0m']);
  });

  it('should quote a 10 MB topic in a strict refusal with a short message', () => {
    const topic = 'x'.repeat(10_000_000);
    const result = safeParseEvent(envelope(topic), { strict: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expectSafeMessage(result.error.issues[0]?.message ?? '', ISSUE_MESSAGE_LIMIT);
    expectSafeMessage(new EventValidationError(result.error).message, EVENT_MESSAGE_LIMIT);
  });
});

describe('every message, under arbitrary text', { timeout: HEAVY_TIMEOUT_MS }, () => {
  /** Text of any code units, lone surrogates and controls included, sometimes megabytes long. */
  const hostileText = fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 4 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((text) => text.repeat(50_000)), weight: 1 },
  );

  it('law: a builder, an assertion or validatePattern quotes at most a bounded, escaped part of any text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (value, name) => {
        const calls = [
          () => decky(value, 'state'),
          () => {
            assertTopic(value, name);
          },
          () => {
            assertPattern(value);
          },
        ];
        for (const fail of calls) {
          let message: string | undefined;
          try {
            fail();
          } catch (error) {
            message = (error as Error).message;
          }
          if (message !== undefined) expectSafeMessage(message, SEGMENT_OR_PATTERN_MESSAGE_LIMIT);
        }
        const validation = validatePattern(value);
        if (!validation.ok) expectSafeMessage(validation.message, SEGMENT_OR_PATTERN_MESSAGE_LIMIT);
      }),
      { numRuns: 100 },
    );
  });

  it('law: an event refusal quotes at most a bounded, escaped part of any topic, key or value', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (topic, key, value) => {
        for (const input of [
          wireEvent(topic, value, { [key]: value }),
          wireEvent('decky.d-1.traffic', 'http2_settings', { [key]: 1, other: value }),
          wireEvent('attacker.scored', 'scored', { attacker_ip: 1, [key]: value }),
        ]) {
          for (const strict of [false, true]) {
            const result = safeParseEvent(input, { strict });
            if (result.success) continue;
            for (const issue of result.error.issues) expectSafeMessage(issue.message, ISSUE_MESSAGE_LIMIT);
            expectSafeMessage(new EventValidationError(result.error).message, EVENT_MESSAGE_LIMIT);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
