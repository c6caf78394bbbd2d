import { describe, expect, it } from 'vitest';
import { AT_LEAST_ONCE_SUBJECTS, eventStreamConfig } from '../../src/nats/stream-config';
import { isValidPattern } from '../../src/index';
import { TOPIC_CATALOGUE } from '../../src/catalogue';

describe('AT_LEAST_ONCE_SUBJECTS', () => {
  it('should be frozen, valid patterns, each matching a catalogue template', () => {
    expect(Object.isFrozen(AT_LEAST_ONCE_SUBJECTS)).toBe(true);
    const templates = TOPIC_CATALOGUE.map(({ template }) => template.replace(/\{[^}]+\}/g, '*'));
    for (const subjects of Object.values(AT_LEAST_ONCE_SUBJECTS)) {
      expect(Object.isFrozen(subjects)).toBe(true);
      for (const subject of subjects) {
        expect(isValidPattern(subject)).toBe(true);
        expect(templates).toContain(subject);
      }
    }
  });
});

describe('eventStreamConfig', () => {
  it('should give a file stream with limits retention, two minutes of deduplication and seven days of events', () => {
    expect(eventStreamConfig('ttp')).toEqual({
      name: 'DECNET_TTP',
      description: 'DECNET events delivered at least once: ttp.rule.reloaded.*, ttp.rule.state.*',
      subjects: ['ttp.rule.reloaded.*', 'ttp.rule.state.*'],
      retention: 'limits',
      storage: 'file',
      discard: 'old',
      duplicate_window: 120_000_000_000,
      max_age: 604_800_000_000_000,
      max_msg_size: 1_052_672,
      num_replicas: 1,
    });
  });

  it('should take the options, in milliseconds, and give nanoseconds', () => {
    const config = eventStreamConfig('email', {
      name: 'mail-events',
      replicas: 3,
      duplicateWindowMs: 5_000,
      maxAgeMs: 3_600_000,
      retention: 'interest',
      storage: 'memory',
    });
    expect(config).toMatchObject({
      name: 'mail-events',
      num_replicas: 3,
      duplicate_window: 5_000_000_000,
      max_age: 3_600_000_000_000,
      retention: 'interest',
      storage: 'memory',
    });
  });

  it('should give a fresh object each time (JetStream clients write to what they are given)', () => {
    const a = eventStreamConfig('canary');
    a.subjects.push('x');
    expect(eventStreamConfig('canary').subjects).toEqual(['canary.*.triggered']);
  });

  it('should refuse an unknown family or a bad option with a TypeError', () => {
    const call = (family: unknown, options: object = {}): unknown => eventStreamConfig(family as 'ttp', options);
    expect(() => call('decky')).toThrow(/must be one of attacker, email, canary, ttp, got "decky"/);
    expect(() => call('toString')).toThrow(TypeError);
    expect(() => call(undefined)).toThrow(TypeError);
    expect(() => call('ttp', { name: 'a.b' })).toThrow(/option "name"/);
    expect(() => call('ttp', { replicas: 0 })).toThrow(/option "replicas"/);
    expect(() => call('ttp', { retention: 'forever' })).toThrow(
      /option "retention" must be one of limits, interest, workqueue/,
    );
    expect(() => call('ttp', { storage: 'tape' })).toThrow(/option "storage"/);
  });
});
