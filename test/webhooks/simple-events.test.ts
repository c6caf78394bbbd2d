import { describe, expect, it } from 'vitest';
import { SIMPLE_EVENTS, expandSimpleEvents, mergePatterns, type SimpleEvent } from '../../src/webhooks/simple-events';
import { callLoosely, thrownBy } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

/** CONTRACT 5.2, `tests/webhook/test_enums.py`: every case, exactly. */
describe('SIMPLE_EVENTS', () => {
  it('should have exactly the three keys of DECNET, in order', () => {
    expect(Object.keys(SIMPLE_EVENTS)).toEqual(['AttackerDetail', 'DeckyStatus', 'SystemStatus']);
  });

  it('should expand each preset to the patterns of CONTRACT 5.2', () => {
    expect(SIMPLE_EVENTS).toEqual({
      AttackerDetail: ['attacker.>'],
      DeckyStatus: ['decky.*.state', 'decky.*.traffic'],
      SystemStatus: ['system.>'],
    });
  });

  it('should be frozen, deeply', () => {
    expect(Object.isFrozen(SIMPLE_EVENTS)).toBe(true);
    for (const patterns of Object.values(SIMPLE_EVENTS)) expect(Object.isFrozen(patterns)).toBe(true);
    expect(() => {
      (SIMPLE_EVENTS.DeckyStatus as unknown as string[]).push('decky.>');
    }).toThrow(TypeError);
    expect(SIMPLE_EVENTS.DeckyStatus).toEqual(['decky.*.state', 'decky.*.traffic']);
  });
});

describe('expandSimpleEvents', () => {
  it('should expand ["AttackerDetail"] to ["attacker.>"]', () => {
    expect(expandSimpleEvents(['AttackerDetail'])).toEqual(['attacker.>']);
  });

  it('should expand ["AttackerDetail", "DeckyStatus"] in input order', () => {
    expect(expandSimpleEvents(['AttackerDetail', 'DeckyStatus'])).toEqual([
      'attacker.>',
      'decky.*.state',
      'decky.*.traffic',
    ]);
  });

  it('should drop ["NotAThing"] silently', () => {
    expect(callLoosely(expandSimpleEvents, [['NotAThing']])).toEqual([]);
  });

  it('should keep repeats and follow the order of the names', () => {
    expect(expandSimpleEvents(['SystemStatus', 'AttackerDetail', 'SystemStatus'])).toEqual([
      'system.>',
      'attacker.>',
      'system.>',
    ]);
    expect(expandSimpleEvents([])).toEqual([]);
  });

  it('should drop non-strings, inherited keys and near misses', () => {
    const names = [...NON_STRINGS.map(({ value }) => value), '__proto__', 'constructor', 'toString', 'attackerdetail'];
    expect(callLoosely(expandSimpleEvents, [[...names, 'DeckyStatus']])).toEqual(['decky.*.state', 'decky.*.traffic']);
  });

  it('should treat the holes of a sparse array as unknown names', () => {
    const names: SimpleEvent[] = [];
    names[3] = 'SystemStatus';
    expect(expandSimpleEvents(names)).toEqual(['system.>']);
  });

  it('should return a new array each time, which the caller may change', () => {
    const first = expandSimpleEvents(['AttackerDetail']) as string[];
    first.push('x');
    expect(expandSimpleEvents(['AttackerDetail'])).toEqual(['attacker.>']);
    expect(SIMPLE_EVENTS.AttackerDetail).toEqual(['attacker.>']);
  });

  it.each(NON_STRINGS.filter(({ value }) => !Array.isArray(value)))(
    'should throw a TypeError naming the argument for $label',
    ({ value }) => {
      const error = thrownBy(() => callLoosely(expandSimpleEvents, [value]));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toMatch(/^expandSimpleEvents\(\): argument "names" must be an array, got /u);
    },
  );

  it('should throw a TypeError for a string, never iterating its characters', () => {
    expect(() => callLoosely(expandSimpleEvents, ['AttackerDetail'])).toThrow(TypeError);
  });

  it('should refuse a revoked proxy with a TypeError of its own', () => {
    const { proxy, revoke } = Proxy.revocable<SimpleEvent[]>([], {});
    revoke();
    expect(() => expandSimpleEvents(proxy)).toThrow(
      'expandSimpleEvents(): argument "names" must be an array, got a revoked proxy',
    );
  });
});

describe('mergePatterns', () => {
  it('should put the simple expansions first, and keep each pattern once', () => {
    expect(mergePatterns(['AttackerDetail'], ['attacker.>', 'custom.>'])).toEqual(['attacker.>', 'custom.>']);
  });

  it('should keep the advanced patterns after the simple ones, in order', () => {
    expect(mergePatterns(['SystemStatus'], ['attacker.>', 'decky.*.state'])).toEqual([
      'system.>',
      'attacker.>',
      'decky.*.state',
    ]);
  });

  it('should merge two empty lists, or null and null, into []', () => {
    expect(mergePatterns([], [])).toEqual([]);
    expect(mergePatterns(null, null)).toEqual([]);
    expect(mergePatterns(undefined, undefined)).toEqual([]);
  });

  it('should drop empty strings and non-strings', () => {
    expect(mergePatterns([], ['', 'attacker.>', null])).toEqual(['attacker.>']);
    const junk = NON_STRINGS.map(({ value }) => value);
    expect(mergePatterns(null, [...junk, '', 'a', '', 'a'])).toEqual(['a']);
  });

  it('should dedupe across both lists and within each', () => {
    expect(mergePatterns(['AttackerDetail', 'AttackerDetail'], ['system.>', 'system.>'])).toEqual([
      'attacker.>',
      'system.>',
    ]);
    expect(mergePatterns(['SystemStatus'], ['system.>'])).toEqual(['system.>']);
  });

  it('should not validate patterns, as DECNET does not', () => {
    expect(mergePatterns(null, ['a.>.c', 'decky.*state', ' '])).toEqual(['a.>.c', 'decky.*state', ' ']);
  });

  it('should keep "__proto__" as any other pattern', () => {
    expect(mergePatterns(null, ['__proto__', 'constructor', '__proto__'])).toEqual(['__proto__', 'constructor']);
  });

  it('should drop unknown simple names silently', () => {
    expect(callLoosely(mergePatterns, [['NotAThing', 'DeckyStatus'], null])).toEqual([
      'decky.*.state',
      'decky.*.traffic',
    ]);
  });

  it.each(['simple', 'advanced'] as const)('should throw a TypeError for a non-array %s list', (argument) => {
    for (const value of ['attacker.>', 42, { length: 1, 0: 'a' }, true]) {
      const args = argument === 'simple' ? [value, null] : [null, value];
      const error = thrownBy(() => callLoosely(mergePatterns, args));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toContain(`mergePatterns(): argument "${argument}" must be an array`);
    }
  });

  it('should merge a large list in linear time', () => {
    const advanced = Array.from({ length: 100_000 }, (_, i) => `p.${i % 50_000}`);
    const merged = mergePatterns(['AttackerDetail'], advanced);
    expect(merged).toHaveLength(50_001);
    expect(merged[0]).toBe('attacker.>');
    expect(merged.at(-1)).toBe('p.49999');
  });
});
