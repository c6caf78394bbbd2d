import { headers } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { _messageHeaders, _msgIdOption } from '../../src/nats/headers';

describe('_messageHeaders', () => {
  it('should make headers with the client function, or use those given, setting Nats-Msg-Id', () => {
    expect(_messageHeaders(headers, 'abc', 'publishEvent')?.get('Nats-Msg-Id')).toBe('abc');
    const own = headers();
    expect(_messageHeaders(own, 'def', 'publishEvent')).toBe(own);
    expect(own.get('Nats-Msg-Id')).toBe('def');
    expect(_messageHeaders(own, undefined, 'publishEvent')).toBe(own);
  });

  it('should send no headers when none are asked for', () => {
    expect(_messageHeaders(undefined, undefined, 'publishEvent')).toBeUndefined();
  });

  it('should refuse a message id without headers, and headers that are not', () => {
    expect(() => _messageHeaders(undefined, 'abc', 'publishEvent')).toThrow(/needs option "headers"/);
    expect(() => _messageHeaders({}, 'abc', 'publishEvent')).toThrow(/must be MsgHdrs/);
    expect(() => _messageHeaders(() => 1, 'abc', 'publishEvent')).toThrow(/got number/);
  });
});

describe('_msgIdOption', () => {
  it('should take text a header line carries intact, and refuse the rest', () => {
    expect(_msgIdOption('3f2a9c1e-5b7d', 'x')).toBe('3f2a9c1e-5b7d');
    for (const bad of ['', 'a b', 'a\r\nX-Injected: 1', 'a\u0000', 'a\ud800', 'x'.repeat(257), 42]) {
      expect(() => _msgIdOption(bad, 'x')).toThrow(TypeError);
    }
  });
});
