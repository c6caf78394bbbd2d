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

describe('wire forms in the types', () => {
  it('should type the form it was told, or every form', () => {
    expectTypeOf(parseEvent(input, { strict: true, form: 'webhook' })).toEqualTypeOf<ParsedEvent<'webhook'>>();
    expectTypeOf(parseEvent(input, { form: 'sse' })).toEqualTypeOf<ParsedEvent<'sse'> | UnknownEvent<'sse'>>();
    expectTypeOf(parseEvent(input, { strict: true }).form).toEqualTypeOf<'bus' | 'webhook' | 'sse'>();
  });

  it('should give ts as a number in every form, the text of a webhook ts, and v and id where the form has them', () => {
    const ev = parseEvent(input, { strict: true });
    expectTypeOf(ev.ts).toEqualTypeOf<number>();
    if (ev.form === 'webhook') expectTypeOf(ev.tsText).toEqualTypeOf<string>();
    if (ev.form !== 'sse') {
      expectTypeOf(ev.id).toEqualTypeOf<string>();
      expectTypeOf(ev.v).toEqualTypeOf<1>();
    }
    const sse = parseEvent(input, { strict: true, form: 'sse' });
    // @ts-expect-error: SSE data has no id, so it is no key of the event's own (only the index signature's unknown)
    expectTypeOf(sse.id).toEqualTypeOf<string>();
  });

  it('should narrow by template in any form', () => {
    const ev = parseEvent(input, { strict: true, form: 'sse' });
    if (ev.template === 'attacker.scored') expectTypeOf(ev.payload.event_count).toEqualTypeOf<number>();
  });

  it('should refuse a form that is not a wire form at compile time', () => {
    // @ts-expect-error: "xml" is no wire form
    parseEvent(input, { form: 'xml' });
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

  it('should reach a dotted tail through patterns of several tokens', () => {
    expectTypeOf<
      EventFor<'attacker.observation.motor.input_modality'>['template']
    >().toEqualTypeOf<'attacker.observation.{primitive}'>();
    expectTypeOf<
      EventFor<'attacker.observation.motor.>'>['template']
    >().toEqualTypeOf<'attacker.observation.{primitive}'>();
    expectTypeOf<EventFor<'attacker.observation'>>().toBeNever();
  });

  it('should include the worker health template and the bus heartbeat for system.*.health', () => {
    expectTypeOf<EventFor<'system.*.health'>['template']>().toEqualTypeOf<
      'system.bus.health' | 'system.{worker}.health'
    >();
  });
});
