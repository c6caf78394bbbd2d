import { describe, expect, it } from 'vitest';
import { systemHealth } from '../../src/index';
import { formatTopic, parseTopic } from '../../src/catalogue';
import { callLoosely, expectArgumentTypeError, expectSegmentError, thrownBy } from '../support/calls';
import { NON_STRINGS } from '../support/contract';

describe('parseTopic', () => {
  it.each([
    {
      topic: 'ttp.rule.fired.T1110',
      parsed: { template: 'ttp.rule.fired.{technique_id}', family: 'ttp', params: { technique_id: 'T1110' } },
    },
    {
      topic: 'topology.abc123.mutation.applied',
      parsed: {
        template: 'topology.{topology_id}.mutation.{state}',
        family: 'topology',
        params: { topology_id: 'abc123', state: 'applied' },
      },
    },
    {
      topic: 'orchestrator.email.d-7',
      parsed: { template: 'orchestrator.email.{decky_id}', family: 'orchestrator', params: { decky_id: 'd-7' } },
    },
    { topic: 'system.log', parsed: { template: 'system.log', family: 'system', params: {} } },
    { topic: 'smtp.probe.pending', parsed: { template: 'smtp.probe.pending', family: 'smtp', params: {} } },
  ])('should identify the template and params for $topic', ({ topic, parsed }) => {
    expect(parseTopic(topic)).toStrictEqual(parsed);
  });

  it('should read system.bus.health as the literal template, not system.{worker}.health', () => {
    expect(parseTopic('system.bus.health')).toStrictEqual({
      template: 'system.bus.health',
      family: 'system',
      params: {},
    });
    expect(parseTopic(systemHealth('bus'))?.template).toBe('system.bus.health');
    expect(parseTopic('system.mutator.health')?.template).toBe('system.{worker}.health');
  });

  it.each([
    { topic: 'attacker.observation.motor', primitive: 'motor' },
    { topic: 'attacker.observation.motor.input_modality', primitive: 'motor.input_modality' },
    { topic: 'attacker.observation.a.b.c.d', primitive: 'a.b.c.d' },
  ])('should keep the whole dotted tail as the primitive for $topic', ({ topic, primitive }) => {
    expect(parseTopic(topic)).toStrictEqual({
      template: 'attacker.observation.{primitive}',
      family: 'attacker',
      params: { primitive },
    });
  });

  it('should keep a parameter named like an Object.prototype member as plain data for decky.__proto__.state', () => {
    const parsed = parseTopic('decky.__proto__.state');
    expect(parsed?.template).toBe('decky.{decky_id}.state');
    expect(Object.entries(parsed?.params ?? {})).toEqual([['decky_id', '__proto__']]);
  });

  it.each([
    'decky.d-1.bogus',
    'nope.x',
    'attacker',
    'attacker.observation',
    'ttp.rule.fired.T1.x',
    'constructor.x',
    '__proto__',
  ])('should return null for %j, which is outside the contract', (topic) => {
    expect(parseTopic(topic)).toBeNull();
  });

  it.each(['a..b', 'decky..state', '', 'decky.*.state', 'decky.a b.state', 'attacker.>', 'system.log.', '.system.log'])(
    'should return null for the malformed topic %j',
    (topic) => {
      expect(parseTopic(topic)).toBeNull();
    },
  );

  it.each(NON_STRINGS)('should return null, without throwing, for $label', ({ value }) => {
    expect(callLoosely(parseTopic, [value])).toBeNull();
  });
});

describe('formatTopic', () => {
  it.each([
    { template: 'canary.{token_id}.triggered', params: { token_id: 'abc-123' }, topic: 'canary.abc-123.triggered' },
    {
      template: 'topology.{topology_id}.mutation.{state}',
      params: { topology_id: 't-1', state: 'failed' },
      topic: 'topology.t-1.mutation.failed',
    },
    { template: 'system.bus.health', params: {}, topic: 'system.bus.health' },
    {
      template: 'attacker.observation.{primitive}',
      params: { primitive: 'motor.input_modality' },
      topic: 'attacker.observation.motor.input_modality',
    },
  ])('should fill in $template for $params', ({ template, params, topic }) => {
    expect(callLoosely(formatTopic, [template, params])).toBe(topic);
  });

  it('should fill in a template through its typed signature', () => {
    expect(formatTopic('decky.{decky_id}.state', { decky_id: 'd-42' })).toBe('decky.d-42.state');
  });

  it.each([
    { params: { topology_id: 'a.b', state: 'ok' }, argument: 'topology_id', reason: 'separator', index: 1 },
    { params: { topology_id: 'ok', state: '' }, argument: 'state', reason: 'empty', index: -1 },
    { params: { topology_id: 'ok', state: '*' }, argument: 'state', reason: 'wildcard', index: 0 },
    { params: { topology_id: 'a\u00a0', state: 'ok' }, argument: 'topology_id', reason: 'whitespace', index: 1 },
  ] as const)('should refuse $argument with reason $reason for $params', ({ params, argument, reason, index }) => {
    expectSegmentError(() => callLoosely(formatTopic, ['topology.{topology_id}.mutation.{state}', params]), {
      builder: 'formatTopic',
      argument,
      reason,
      index,
    });
  });

  it('should refuse a dotted tail with an empty token for attacker.observation.{primitive}', () => {
    expectSegmentError(() => formatTopic('attacker.observation.{primitive}', { primitive: 'a..b' }), {
      builder: 'formatTopic',
      argument: 'primitive',
      reason: 'empty',
      index: 2,
    });
  });

  it('should throw a TypeError naming the param for a missing param', () => {
    expectArgumentTypeError(
      () => callLoosely(formatTopic, ['canary.{token_id}.placed', {}]),
      'formatTopic',
      'token_id',
    );
  });

  it('should throw a TypeError naming the param for a non-string param', () => {
    expectArgumentTypeError(
      () => callLoosely(formatTopic, ['canary.{token_id}.placed', { token_id: 7 }]),
      'formatTopic',
      'token_id',
    );
  });

  it.each(['nope.{x}', 'decky.{id}.state', 'system.{worker}.status', ''])(
    'should throw a TypeError for the unknown template %j',
    (template) => {
      const error = thrownBy(() => callLoosely(formatTopic, [template, { x: 'a', id: 'b', worker: 'c' }]));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toContain('formatTopic()');
    },
  );

  it('should not substitute again a value that looks like a placeholder', () => {
    expect(formatTopic('topology.{topology_id}.mutation.{state}', { topology_id: '{state}', state: 'applied' })).toBe(
      'topology.{state}.mutation.applied',
    );
  });

  it.each(['$&', '$1', '$$', "$'", '$`'])('should insert %s literally, with no replacement pattern', (value) => {
    expect(formatTopic('decky.{decky_id}.state', { decky_id: value })).toBe(`decky.${value}.state`);
  });
});

describe('parseTopic, remembered answers', () => {
  it('should return frozen answers, so a remembered one cannot be changed by a caller', () => {
    const parsed = parseTopic('decky.d-7.state');
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed?.params)).toBe(true);
    expect(parseTopic('decky.d-7.state')).toBe(parsed);
  });

  it('should stay correct past the number of topics it remembers', () => {
    for (let i = 0; i < 3000; i++) {
      expect(parseTopic(`ttp.rule.fired.T${i}`)?.params).toEqual({ technique_id: `T${i}` });
      expect(parseTopic(`decky.d-${i}.bogus`)).toBeNull();
    }
    expect(parseTopic('ttp.rule.fired.T7')?.template).toBe('ttp.rule.fired.{technique_id}');
  });
});
