import { describe, expectTypeOf, it } from 'vitest';
import type { EventFor, EventOf, TemplatesFor } from '../../src/schemas/types';
import {
  SIMPLE_EVENTS,
  expandSimpleEvents,
  mergePatterns,
  type SimpleEvent,
  type SimpleEventPattern,
  type SimpleEventPatterns,
  type _ExpandNames,
  type _KeptPattern,
} from '../../src/webhooks/simple-events';

type AttackerTemplate =
  | 'attacker.observed'
  | 'attacker.scored'
  | 'attacker.fingerprinted'
  | 'attacker.fingerprint_rotated'
  | 'attacker.session.started'
  | 'attacker.session.ended'
  | 'attacker.intel.enriched'
  | 'attacker.observation.{primitive}';

type SystemTemplate =
  | 'system.log'
  | 'system.bus.health'
  | 'system.{worker}.health'
  | 'system.{worker}.control'
  | 'system.webhook.subscriptions_changed';

describe('SIMPLE_EVENTS', () => {
  it('should carry its patterns as readonly literal tuples', () => {
    expectTypeOf(SIMPLE_EVENTS.AttackerDetail).toEqualTypeOf<readonly ['attacker.>']>();
    expectTypeOf(SIMPLE_EVENTS.DeckyStatus).toEqualTypeOf<readonly ['decky.*.state', 'decky.*.traffic']>();
    expectTypeOf(SIMPLE_EVENTS.SystemStatus).toEqualTypeOf<readonly ['system.>']>();
  });

  it('should name exactly the three presets', () => {
    expectTypeOf<SimpleEvent>().toEqualTypeOf<'AttackerDetail' | 'DeckyStatus' | 'SystemStatus'>();
    expectTypeOf<SimpleEventPattern>().toEqualTypeOf<'attacker.>' | 'decky.*.state' | 'decky.*.traffic' | 'system.>'>();
  });

  it('should refuse writes', () => {
    // @ts-expect-error: the table is readonly
    SIMPLE_EVENTS.AttackerDetail = ['x'];
  });
});

describe('SimpleEventPatterns', () => {
  it('should expand a tuple of names into a tuple of patterns, in order', () => {
    expectTypeOf<SimpleEventPatterns<['SystemStatus', 'DeckyStatus']>>().toEqualTypeOf<
      ['system.>', 'decky.*.state', 'decky.*.traffic']
    >();
    expectTypeOf<SimpleEventPatterns<readonly ['AttackerDetail', 'AttackerDetail']>>().toEqualTypeOf<
      ['attacker.>', 'attacker.>']
    >();
    expectTypeOf<SimpleEventPatterns<[]>>().toEqualTypeOf<[]>();
  });

  it('should give an array of patterns for an array of names', () => {
    expectTypeOf<SimpleEventPatterns<SimpleEvent[]>>().toEqualTypeOf<SimpleEventPattern[]>();
    expectTypeOf<SimpleEventPatterns<readonly 'DeckyStatus'[]>>().toEqualTypeOf<
      ('decky.*.state' | 'decky.*.traffic')[]
    >();
  });

  it('should follow the examples of _ExpandNames and _KeptPattern', () => {
    expectTypeOf<_ExpandNames<['AttackerDetail']>>().toEqualTypeOf<['attacker.>']>();
    expectTypeOf<_KeptPattern<'' | 'custom.>' | null>>().toEqualTypeOf<'custom.>'>();
    expectTypeOf<_KeptPattern<unknown>>().toEqualTypeOf<string>();
    expectTypeOf<_KeptPattern<string>>().toEqualTypeOf<string>();
  });
});

describe('expandSimpleEvents', () => {
  it('should type a literal list of names as the tuple of its patterns', () => {
    expectTypeOf(expandSimpleEvents(['AttackerDetail'] as const)).toEqualTypeOf<['attacker.>']>();
    expectTypeOf(expandSimpleEvents(['AttackerDetail', 'DeckyStatus'])).toEqualTypeOf<
      ['attacker.>', 'decky.*.state', 'decky.*.traffic']
    >();
  });

  it('should refuse a name that is not a preset', () => {
    // @ts-expect-error: "NotAThing" is not a SimpleEvent (at run time it would be dropped)
    expandSimpleEvents(['NotAThing']);
  });

  it('should give the attacker events for AttackerDetail', () => {
    const patterns = expandSimpleEvents(['AttackerDetail'] as const);
    expectTypeOf(patterns).toEqualTypeOf<['attacker.>']>();
    expectTypeOf<TemplatesFor<(typeof patterns)[number]>>().toEqualTypeOf<AttackerTemplate>();
    expectTypeOf<EventFor<(typeof patterns)[number]>>().toEqualTypeOf<EventOf<AttackerTemplate>>();
  });

  it('should give the decky state and traffic events for DeckyStatus', () => {
    const patterns = expandSimpleEvents(['DeckyStatus']);
    expectTypeOf(patterns).toEqualTypeOf<['decky.*.state', 'decky.*.traffic']>();
    expectTypeOf<TemplatesFor<(typeof patterns)[number]>>().toEqualTypeOf<
      'decky.{decky_id}.state' | 'decky.{decky_id}.traffic'
    >();
    expectTypeOf<EventFor<(typeof patterns)[number]>>().toEqualTypeOf<
      EventOf<'decky.{decky_id}.state'> | EventOf<'decky.{decky_id}.traffic'>
    >();
  });

  it('should give the system events for SystemStatus, and the union for several presets', () => {
    const system = expandSimpleEvents(['SystemStatus']);
    expectTypeOf(system).toEqualTypeOf<['system.>']>();
    expectTypeOf<TemplatesFor<(typeof system)[number]>>().toEqualTypeOf<SystemTemplate>();
    const both = expandSimpleEvents(['SystemStatus', 'AttackerDetail']);
    expectTypeOf(both).toEqualTypeOf<['system.>', 'attacker.>']>();
    expectTypeOf<TemplatesFor<(typeof both)[number]>>().toEqualTypeOf<SystemTemplate | AttackerTemplate>();
  });
});

describe('mergePatterns', () => {
  it('should type the result as the union of the literals kept', () => {
    expectTypeOf(mergePatterns(['AttackerDetail'], ['attacker.>', 'custom.>'])).toEqualTypeOf<
      ('attacker.>' | 'custom.>')[]
    >();
    expectTypeOf(mergePatterns([], ['', 'attacker.>', null])).toEqualTypeOf<'attacker.>'[]>();
  });

  it('should type patterns read at run time as strings', () => {
    const advanced: string[] = [];
    const names: SimpleEvent[] = [];
    expectTypeOf(mergePatterns(names, advanced)).toEqualTypeOf<string[]>();
    expectTypeOf(mergePatterns(null, JSON.parse('[]') as unknown[])).toEqualTypeOf<string[]>();
    // Nothing to infer from: the literal types widen to string.
    expectTypeOf(mergePatterns(null, null)).toEqualTypeOf<string[]>();
  });
});
