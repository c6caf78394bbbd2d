import { describe, expect, it } from 'vitest';
import { EMAIL_RECEIVED, emailTopic, smtp } from '../../../src/index';
import { expectSegmentError, widen } from '../../support/calls';

describe('smtp', () => {
  it('should build smtp.probe.pending for the literal leaf probe.pending', () => {
    expect(smtp('probe.pending')).toBe('smtp.probe.pending');
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => smtp(widen('')), { builder: 'smtp', argument: 'eventType', reason: 'empty' });
  });
});

describe('emailTopic', () => {
  it('should have the single-token leaf received for EMAIL_RECEIVED', () => {
    expect(EMAIL_RECEIVED).toBe('received');
    expect(EMAIL_RECEIVED).not.toContain('.');
  });

  it('should build email.received for EMAIL_RECEIVED', () => {
    expect(emailTopic(EMAIL_RECEIVED)).toBe('email.received');
  });

  it('should refuse an empty eventType with reason empty', () => {
    expectSegmentError(() => emailTopic(widen('')), { builder: 'emailTopic', argument: 'eventType', reason: 'empty' });
  });
});
