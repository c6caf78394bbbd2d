import { afterEach, describe, expect, it, vi } from 'vitest';
import { _eventId } from '../../src/internal/event-id';

describe('_eventId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should make uuid4().hex ids: 32 lowercase hex digits, version 4, variant 10, all different', () => {
    const ids = Array.from({ length: 1_000 }, () => _eventId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    expect(new Set(ids).size).toBe(1_000);
  });

  it('should say so where the runtime has no Web Crypto', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => _eventId()).toThrow('Web Crypto (globalThis.crypto.getRandomValues) is not available');
  });
});
