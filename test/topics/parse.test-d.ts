import { describe, expectTypeOf, it } from 'vitest';
import { formatTopic, parseTopic, type ContractTopic, type ParsedTopic } from '../../src/catalogue';

declare const topic: string;

describe('parseTopic', () => {
  it('should return ParsedTopic | null', () => {
    expectTypeOf(parseTopic(topic)).toEqualTypeOf<ParsedTopic | null>();
    expectTypeOf(parseTopic).parameter(0).toEqualTypeOf<string>();
  });

  it('should give typed params once narrowed on template', () => {
    const parsed = parseTopic(topic);
    if (parsed?.template === 'ttp.rule.fired.{technique_id}') {
      expectTypeOf(parsed.family).toEqualTypeOf<'ttp'>();
      expectTypeOf(parsed.params).toEqualTypeOf<{ readonly technique_id: string }>();
      expectTypeOf(parsed.params.technique_id).toEqualTypeOf<string>();
    }
    if (parsed?.template === 'topology.{topology_id}.mutation.{state}') {
      expectTypeOf(parsed.params).toEqualTypeOf<{ readonly topology_id: string; readonly state: string }>();
    }
    if (parsed?.template === 'system.bus.health') {
      expectTypeOf(parsed.family).toEqualTypeOf<'system'>();
      expectTypeOf<keyof typeof parsed.params>().toBeNever();
    }
  });

  it('should not offer params of another template after narrowing', () => {
    const parsed = parseTopic(topic);
    if (parsed?.template === 'canary.{token_id}.placed') {
      expectTypeOf(parsed.params).toHaveProperty('token_id');
      expectTypeOf(parsed.params).not.toHaveProperty('decky_id');
    }
  });
});

describe('formatTopic', () => {
  it('should return the template-literal type of its template', () => {
    expectTypeOf(
      formatTopic('canary.{token_id}.triggered', { token_id: 'x' }),
    ).toEqualTypeOf<`canary.${string}.triggered`>();
    expectTypeOf(formatTopic('system.bus.health', {})).toEqualTypeOf<'system.bus.health'>();
    expectTypeOf(
      formatTopic('topology.{topology_id}.mutation.{state}', { topology_id: 't', state: 'applied' }),
    ).toEqualTypeOf<`topology.${string}.mutation.${string}`>();
    expectTypeOf(formatTopic('ttp.tagged', {})).toExtend<ContractTopic>();
  });

  it('should refuse a missing param or an unknown template at compile time', () => {
    // @ts-expect-error: token_id is missing
    formatTopic('canary.{token_id}.triggered', {});
    // @ts-expect-error: state is missing
    formatTopic('topology.{topology_id}.mutation.{state}', { topology_id: 't' });
    // @ts-expect-error: not a template of the contract
    formatTopic('nope.{x}', { x: 'a' });
    // @ts-expect-error: a concrete topic is not a template
    formatTopic('decky.d-42.state', {});
    // @ts-expect-error: a param must be a string
    formatTopic('decky.{decky_id}.state', { decky_id: 42 });
  });
});
