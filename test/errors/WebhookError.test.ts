import { describe, expect, it } from 'vitest';
import type { EventIssue } from '../../src/errors/EventValidationError';
import { WebhookError, type WebhookRejection } from '../../src/errors/WebhookError';

const ISSUE: EventIssue = {
  path: ['payload', 'ip'],
  expected: 'a string',
  received: '42',
  message: 'payload.ip: expected a string, received 42',
};

const STATUSES: readonly { readonly reason: WebhookRejection; readonly status: number }[] = [
  { reason: 'missing-signature', status: 401 },
  { reason: 'malformed-signature', status: 401 },
  { reason: 'bad-signature', status: 401 },
  { reason: 'body-too-large', status: 413 },
  { reason: 'malformed-body', status: 400 },
  { reason: 'header-mismatch', status: 400 },
  { reason: 'stale', status: 400 },
  { reason: 'invalid-event', status: 422 },
];

describe('WebhookError', () => {
  it('should be an Error and a WebhookError named WebhookError', () => {
    const error = new WebhookError({ reason: 'bad-signature' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(WebhookError);
    expect(error.name).toBe('WebhookError');
    expect(String(error)).toBe(`WebhookError: ${error.message}`);
    expect(error.stack?.startsWith('WebhookError: ')).toBe(true);
  });

  it.each(STATUSES)('should answer $status for $reason', ({ reason, status }) => {
    expect(new WebhookError({ reason }).status).toBe(status);
  });

  it.each(STATUSES)('should say in one line what was wrong for $reason', ({ reason }) => {
    const { message } = new WebhookError({ reason });
    expect(message.length).toBeGreaterThan(30);
    expect(message).not.toContain('\n');
  });

  it('should give each reason its own message', () => {
    const messages = new Set(STATUSES.map(({ reason }) => new WebhookError({ reason }).message));
    expect(messages.size).toBe(STATUSES.length);
  });

  it('should keep reason, status and issues as own enumerable properties, so JSON.stringify keeps them', () => {
    const error = new WebhookError({ reason: 'invalid-event', issues: [ISSUE] });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ reason: 'invalid-event', status: 422, issues: [ISSUE] });
  });

  describe('issues', () => {
    it('should carry the issues of an invalid event and list them in the message', () => {
      const error = new WebhookError({ reason: 'invalid-event', issues: [ISSUE] });
      expect(error.issues).toEqual([ISSUE]);
      expect(error.message).toContain('  - payload.ip: expected a string, received 42');
    });

    it('should list five issues at most and count the rest', () => {
      const issues = Array.from({ length: 8 }, (_, i) => ({ ...ISSUE, message: `issue ${i}` }));
      const { message } = new WebhookError({ reason: 'invalid-event', issues });
      expect(message).toContain('issue 4');
      expect(message).not.toContain('issue 5');
      expect(message).toContain('and 3 more');
    });

    it('should be empty for every other reason, even when issues are given', () => {
      expect(new WebhookError({ reason: 'stale', issues: [ISSUE] }).issues).toEqual([]);
    });

    it('should be empty for an invalid event given none', () => {
      expect(new WebhookError({ reason: 'invalid-event' }).issues).toEqual([]);
    });
  });

  describe('messages', () => {
    it('should quote a received header value escaped and cut to 64 characters, with its length', () => {
      const received = `sha256=${'A'.repeat(1000)}\r\nX-Injected: 1`;
      const { message } = new WebhookError({ reason: 'malformed-signature', received });
      expect(message).toContain(`(${received.length} characters)`);
      expect(message).not.toContain('\r');
      expect(message).not.toContain('\n');
      expect(message.length).toBeLessThan(300);
    });

    it('should show a line break in a received value as <U+000A>', () => {
      const { message } = new WebhookError({ reason: 'malformed-body', received: 'not\njson' });
      expect(message).toContain('"not<U+000A>json"');
    });

    it('should name the header concerned, escaped, and the received value', () => {
      const { message } = new WebhookError({ reason: 'header-mismatch', header: 'X-DECNET-Event-Id', received: 'abc' });
      expect(message).toContain('X-DECNET-Event-Id "abc"');
      const odd = new WebhookError({ reason: 'header-mismatch', header: 'X-A\nB' }).message;
      expect(odd).toContain('<U+000A>');
    });

    it('should state the limit of a body that is too large, and the greatest age of a stale event', () => {
      expect(new WebhookError({ reason: 'body-too-large', limit: 1_048_576 }).message).toContain('1048576 bytes');
      const stale = new WebhookError({ reason: 'stale', received: '2026-04-24T00:00:00+00:00', limit: 300 }).message;
      expect(stale).toContain('300 seconds');
      expect(stale).toContain('signed body "2026-04-24T00:00:00+00:00"');
      expect(stale).not.toContain('X-DECNET-Timestamp');
    });

    it('should tell a receiver to verify the raw bytes when the signature does not match', () => {
      expect(new WebhookError({ reason: 'bad-signature' }).message).toContain('raw bytes');
    });
  });
});
