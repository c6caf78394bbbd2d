import { describe, expectTypeOf, it } from 'vitest';
import {
  parseEvent,
  safeParseEvent,
  type EventFor,
  type EventOf,
  type ParsedEvent,
  type PayloadOf,
  type UnknownEvent,
} from '../../src/schemas';

declare const input: unknown;

describe('parseEvent types', () => {
  it('should return contract events or unknown events, and only contract events when strict', () => {
    expectTypeOf(parseEvent(input)).toEqualTypeOf<ParsedEvent | UnknownEvent>();
    expectTypeOf(parseEvent(input, { strict: true })).toEqualTypeOf<ParsedEvent>();
    expectTypeOf(parseEvent(input, { strict: false })).toEqualTypeOf<ParsedEvent | UnknownEvent>();
  });

  it('should narrow the payload by template and then by type', () => {
    const ev = parseEvent(input, { strict: true });
    if (ev.template === 'attacker.fingerprinted' && ev.type === 'ipv6_leak') {
      expectTypeOf(ev.payload.iid_kind).toEqualTypeOf<'eui64' | 'stable_privacy' | 'temporary' | 'unknown'>();
    }
    if (ev.template === 'attribution.profile.state_changed') {
      expectTypeOf(ev.payload.new_state).toEqualTypeOf<
        'unknown' | 'stable' | 'drifting' | 'conflicted' | 'multi_actor'
      >();
    }
    if (ev.template === 'decky.{decky_id}.state') {
      expectTypeOf(ev.params).toEqualTypeOf<{ readonly decky_id: string }>();
      expectTypeOf(ev.topic).toEqualTypeOf<`decky.${string}.state`>();
    }
  });

  it('should type safeParseEvent results as a success/failure union', () => {
    const result = safeParseEvent(input, { strict: true });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ParsedEvent>();
    else expectTypeOf(result.error.issues[0]?.path).toEqualTypeOf<readonly (string | number)[] | undefined>();
  });

  it('should decode JSON-encoded lists in the output type', () => {
    expectTypeOf<PayloadOf<'credential.reuse.detected'>['deckies']>().toEqualTypeOf<string[]>();
  });
});

describe('EventFor', () => {
  it('should be the events of every template a pattern can receive', () => {
    expectTypeOf<EventFor<'decky.*.state'>>().toEqualTypeOf<EventOf<'decky.{decky_id}.state'>>();
    expectTypeOf<EventFor<'canary.>'>['template']>().toEqualTypeOf<
      'canary.{token_id}.placed' | 'canary.{token_id}.triggered' | 'canary.{token_id}.revoked'
    >();
    expectTypeOf<EventFor<'attacker.>'>['template']>().toEqualTypeOf<
      | 'attacker.observed'
      | 'attacker.scored'
      | 'attacker.fingerprinted'
      | 'attacker.fingerprint_rotated'
      | 'attacker.session.started'
      | 'attacker.session.ended'
      | 'attacker.intel.enriched'
      | 'attacker.observation.{primitive}'
    >();
    expectTypeOf<EventFor<'>'>>().toEqualTypeOf<ParsedEvent>();
    expectTypeOf<EventFor<'nothing.here'>>().toBeNever();
  });

  it('should include the worker health template and the bus heartbeat for system.*.health', () => {
    expectTypeOf<EventFor<'system.*.health'>['template']>().toEqualTypeOf<
      'system.bus.health' | 'system.{worker}.health'
    >();
  });
});
