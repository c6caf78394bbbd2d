import { describe, expect, it } from 'vitest';
import { EventValidationError, parseEvent, parsePayload, payloadSchemaFor, safeParseEvent } from '../../src/schemas';
import { ID, TS } from './fixtures/types';

const scored = {
  v: 1,
  id: ID,
  topic: 'attacker.scored',
  type: 'scored',
  ts: TS,
  payload: {
    attacker_ip: '203.0.113.7',
    event_count: 12,
    service_count: 2,
    decky_count: 1,
    bounty_count: 0,
    credential_count: 3,
    is_traversal: false,
  },
};
const leak = {
  v: 1,
  id: ID,
  topic: 'attacker.fingerprinted',
  type: 'ipv6_leak',
  ts: TS,
  payload: {
    attacker_ip: '203.0.113.7',
    addr: 'fe80::a00:27ff:fe4e:66a1',
    iid_kind: 'eui64',
    mac_oui: '08:00:27',
    vector: 'active_echo',
    on_iface: 'eth0',
    observed_at: '2026-11-23T10:00:00+00:00',
  },
};

describe('parseEvent', () => {
  it('should add the template and the named parameters of the topic', () => {
    const ev = parseEvent({ ...scored, topic: 'decky.host-3f2a:web-01.mutate_request', type: '', payload: {} });
    expect(ev.template).toBe('decky.{decky_id}.mutate_request');
    expect(ev.params).toEqual({ decky_id: 'host-3f2a:web-01' });
  });

  it('should return an event outside the contract as unknown, with its envelope checked', () => {
    const ev = parseEvent({ ...scored, topic: 'test.ping', type: 'test', payload: { message: 'hi' } });
    expect(ev.template).toBeNull();
    expect(ev.params).toEqual({});
    expect(() => parseEvent({ ...scored, topic: 'test.ping', v: 2 })).toThrow(EventValidationError);
  });

  it('should refuse an event outside the contract when strict, naming the topic', () => {
    const result = safeParseEvent({ ...scored, topic: 'test.ping' }, { strict: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.topic).toBe('test.ping');
    expect(result.error.issues[0]?.message).toBe(
      'topic: expected a topic of the DECNET contract, received "test.ping"',
    );
  });

  it.each([
    { label: 'null', input: null },
    { label: 'a number', input: 42 },
    { label: 'a string', input: 'text' },
    { label: 'an array', input: [] },
    { label: 'undefined', input: undefined },
  ])('should refuse $label as an event at the envelope', ({ input }) => {
    const result = safeParseEvent(input);
    expect(result.success).toBe(false);
  });

  it('should name the topic, the template, the path, what was expected and what arrived', () => {
    const bad = { ...leak, payload: { ...leak.payload, iid_kind: 'bogus' } };
    const error = (() => {
      try {
        parseEvent(bad);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EventValidationError);
    if (!(error instanceof EventValidationError)) return;
    expect(error.topic).toBe('attacker.fingerprinted');
    expect(error.template).toBe('attacker.fingerprinted');
    expect(error.issues[0]?.path).toEqual(['payload', 'iid_kind']);
    expect(error.message).toContain(
      'attacker.fingerprinted (attacker.fingerprinted) does not meet the DECNET contract',
    );
    expect(error.message).toContain(
      'payload.iid_kind: expected one of "eui64" | "stable_privacy" | "temporary" | "unknown", received "bogus"',
    );
  });

  it('should say a required field is missing', () => {
    const { event_count: _dropped, ...payload } = scored.payload;
    const result = safeParseEvent({ ...scored, payload });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.message).toBe('payload.event_count: expected number, received nothing');
  });

  it('should refuse an unknown fingerprint kind at the type', () => {
    const result = safeParseEvent({ ...leak, type: 'p0f' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['type']);
  });

  it('should refuse with plain data, holding no Error, on the safe path', () => {
    const refusals = [
      safeParseEvent({ ...leak, payload: { ...leak.payload, port: 'x', iid_kind: 1 } }),
      safeParseEvent({ ...scored, payload: { ...scored.payload, event_count: 'many' } }),
      safeParseEvent({ ...scored, topic: 'system.log', type: 'batch_committed', payload: { flushed: 0 } }),
      safeParseEvent({ ...scored, topic: 'test.ping' }, { strict: true }),
    ];
    const holdsError = (value: unknown): boolean =>
      value instanceof Error ||
      (typeof value === 'object' && value !== null && Object.values(value).some((inner) => holdsError(inner)));
    for (const result of refusals) {
      expect(result.success).toBe(false);
      expect(holdsError(result)).toBe(false);
    }
  });
});

describe('prototype safety', () => {
  it('should parse payloads holding __proto__, constructor and prototype keys without polluting Object.prototype', () => {
    const text = `{"v":1,"id":"${ID}","topic":"system.webhook.subscriptions_changed","type":"changed","ts":1,"payload":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}}}`;
    const ev = parseEvent(JSON.parse(text));
    expect(ev.template).toBe('system.webhook.subscriptions_changed');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(ev.payload)).toBe(Object.prototype);
  });

  it('should parse an envelope with a __proto__ key without changing the result prototype', () => {
    const ev = parseEvent(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(scored).slice(1)}`));
    expect(Object.getPrototypeOf(ev)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should not overflow the stack on a deeply nested free-form field', () => {
    let deep: unknown = {};
    for (let i = 0; i < 20_000; i++) deep = { next: deep };
    const ev = parseEvent({
      v: 1,
      id: ID,
      topic: 'decky.web-01.service_config_changed',
      type: '',
      ts: TS,
      payload: { decky_name: 'web-01', service_name: 'ssh', topology_id: null, service_config: deep, recreated: true },
    });
    expect(ev.template).toBe('decky.{decky_id}.service_config_changed');
  });
});

describe('parsePayload and payloadSchemaFor', () => {
  it('should check a bare payload and decode JSON-encoded lists', () => {
    const payload = parsePayload('credential.reuse.detected', {
      id: 'b7e0c6d2-6a4f-4a8e-9a51-2f0d3c1e9b77',
      secret_kind: 'plaintext',
      target_count: 2,
      attacker_uuids: '["a1","a2"]',
      attacker_ips: '["203.0.113.7"]',
      deckies: '["web-01","db-02"]',
      services: '["ssh"]',
    });
    expect(payload).toMatchObject({ deckies: ['web-01', 'db-02'], attacker_uuids: ['a1', 'a2'] });
  });

  it('should need the type where the payload depends on it', () => {
    expect(payloadSchemaFor('attacker.fingerprinted')).toBeUndefined();
    expect(payloadSchemaFor('attacker.fingerprinted', 'ipv6_leak')?.safeParse(leak.payload).success).toBe(true);
    expect(() => parsePayload('attacker.fingerprinted', leak.payload)).toThrow(/type: expected the envelope type/);
    expect(parsePayload('attacker.fingerprinted', leak.payload, 'ipv6_leak')).toEqual(leak.payload);
  });

  it('should report bare payload issues at payload paths', () => {
    try {
      parsePayload('attacker.scored', { ...scored.payload, is_traversal: 'no' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EventValidationError);
      if (error instanceof EventValidationError) expect(error.issues[0]?.path).toEqual(['payload', 'is_traversal']);
    }
  });

  it('should refuse a topic outside the contract', () => {
    expect(payloadSchemaFor('test.ping')).toBeUndefined();
    expect(() => parsePayload('test.ping', {})).toThrow(EventValidationError);
  });

  it('should pick the system.log shape by type', () => {
    expect(parsePayload('system.log', { component: 'ingester', flushed: 3, position: 120 }, 'batch_committed')).toEqual(
      {
        component: 'ingester',
        flushed: 3,
        position: 120,
      },
    );
    const line = {
      decky: 'web-01',
      service: 'ssh',
      event_type: 'auth_fail',
      attacker_ip: '203.0.113.7',
      timestamp: '2026-11-23 10:00:00',
    };
    expect(parsePayload('system.log', line, 'auth_fail')).toEqual(line);
  });
});
