import { describe, expect, it } from 'vitest';
import { EMAIL_RECEIVED } from '../../../src/index';
import { describeBuilderVectors } from '../../support/builder-vectors';

describe('smtp', () => {
  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['smtp']);
});

describe('emailTopic', () => {
  it('should have the single-token leaf received for EMAIL_RECEIVED', () => {
    expect(EMAIL_RECEIVED).toBe('received');
    expect(EMAIL_RECEIVED).not.toContain('.');
  });

  describeBuilderVectors(['contract-topics', 'contract-refusals'], ['emailTopic']);
});
