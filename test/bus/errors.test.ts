/**
 * The bus's error classes: a name, a machine-readable reason, and a bounded
 * message that shows input only escaped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusError, type BusErrorReason } from '../../src/bus/BusError';
import { BusProtocolError, type BusProtocolRejection } from '../../src/bus/BusProtocolError';
import { controlsIn } from '../support/arbitraries';

const REJECTIONS: readonly BusProtocolRejection[] = [
  'header-too-long',
  'body-too-long',
  'not-ascii',
  'unknown-verb',
  'empty-header',
  'not-json-object',
  'bad-args',
];

const REASONS: readonly BusErrorReason[] = [
  'closed',
  'aborted',
  'no-socket',
  'connect-failed',
  'connection-lost',
  'not-connected',
  'handler-failed',
];

describe('BusProtocolError', () => {
  it('should keep at most 64 characters of the input, and a message of about 200 at most, for any input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REJECTIONS),
        fc.string({ unit: 'binary', maxLength: 5_000 }),
        (reason, received) => {
          const error = new BusProtocolError({ reason, received, size: 123_456_789, index: 4_095 });
          expect(error.name).toBe('BusProtocolError');
          expect(error.reason).toBe(reason);
          expect(error.received?.length).toBeLessThanOrEqual(64);
          expect(error.message.length).toBeLessThanOrEqual(220);
          expect(controlsIn(error.message)).toEqual([]);
        },
      ),
    );
  });

  it('should say what was wrong', () => {
    expect(new BusProtocolError({ reason: 'unknown-verb', received: 'PING' }).message).toBe(
      'unknown bus verb "PING": expected HELLO, PUB, SUB, UNSUB, EVT or BYE (case-sensitive)',
    );
    expect(new BusProtocolError({ reason: 'body-too-long', size: 1_048_577 }).message).toBe(
      'bus frame body (1048577 bytes) is longer than 1048576 bytes',
    );
    expect(new BusProtocolError({ reason: 'not-ascii', received: 'PUB café', index: 7 }).message).toContain(
      '"PUB<U+0020>café" is not ASCII at index 7',
    );
  });
});

describe('BusError', () => {
  it.each(REASONS)('should carry the reason %s, a message and the cause', (reason) => {
    const cause = new Error('ECONNREFUSED');
    const error = new BusError(reason, 'detail', cause);
    expect(error).toMatchObject({ name: 'BusError', reason, cause });
    expect(error.message).toMatch(/: detail$/u);
  });

  it('should have no `cause` when none is given', () => {
    expect('cause' in new BusError('closed')).toBe(false);
  });
});
