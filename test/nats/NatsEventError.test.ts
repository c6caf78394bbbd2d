import { describe, expect, it } from 'vitest';
import { NatsEventError, type NatsEventErrorDetails } from '../../src/nats/NatsEventError';

const issue = {
  path: ['payload', 'ts'],
  expected: 'a number',
  received: 'nothing',
  message: 'payload.ts: expected a number, received nothing',
};

describe('NatsEventError', () => {
  it.each<[NatsEventErrorDetails, string]>([
    [
      { reason: 'unsendable-topic', subject: 'a.*', fault: 'wildcard', index: 2 },
      'a.* cannot be published on NATS (at index 2): it holds "*" or ">", which subscribers would read as a wildcard',
    ],
    [
      { reason: 'too-large', subject: 'a.b', size: 2_000_000, limit: 1_048_576 },
      'the event on a.b is 2000000 bytes, over the limit of 1048576 bytes',
    ],
    [{ reason: 'not-utf8', subject: 'a.b' }, 'the body on a.b is not UTF-8'],
    [{ reason: 'not-json', subject: 'a.b', received: '{"v":' }, 'the body on a.b is not JSON: it starts "{"v":"'],
    [
      { reason: 'topic-mismatch', subject: 'a.b', topic: 'a.c' },
      "the body on a.b claims the topic a.c: the subject is the event's topic (DECNET ignores the body's), so the body was altered or mis-routed",
    ],
    [
      { reason: 'invalid-event', subject: 'a.b', issues: [issue] },
      'the event on a.b does not meet the DECNET contract:\n  - payload.ts: expected a number, received nothing',
    ],
    [{ reason: 'invalid-event', subject: 'a.b' }, 'the event on a.b does not meet the DECNET contract'],
    [
      { reason: 'outside-pattern', subject: 'a.b' },
      "a.b is not matched by the consumer's pattern: the consumer's filter and the pattern disagree",
    ],
  ])('should say what was wrong: $reason', (details, message) => {
    const error = new NatsEventError(details);
    expect(error.message).toBe(message);
    expect(error).toMatchObject({ name: 'NatsEventError', reason: details.reason, subject: details.subject, details });
    expect(error).toBeInstanceOf(Error);
  });

  it('should keep issues for invalid-event only', () => {
    expect(new NatsEventError({ reason: 'invalid-event', subject: 'a', issues: [issue] }).issues).toEqual([issue]);
    expect(new NatsEventError({ reason: 'not-utf8', subject: 'a', issues: [issue] }).issues).toEqual([]);
  });

  it('should show hostile subjects and bodies escaped and cut, so that no log line can be forged', () => {
    const subject = `a.b\n[INFO] forged ${'x'.repeat(10_000)}`;
    const error = new NatsEventError({ reason: 'not-json', subject, received: `\u202e${'y'.repeat(5_000)}` });
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('\u202e');
    expect(error.message).toContain('<U+000A>');
    expect(error.message).toContain('<U+202E>');
    expect(error.message.length).toBeLessThan(400);
  });

  it('should list five issues at most', () => {
    const issues = Array.from({ length: 8 }, (_, k) => ({ ...issue, message: `issue ${k}` }));
    const message = new NatsEventError({ reason: 'invalid-event', subject: 'a', issues }).message;
    expect(message.split('\n')).toHaveLength(7);
    expect(message).toContain('  - and 3 more');
  });
});
