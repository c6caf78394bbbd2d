import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContractTopic,
  TemplateParamName,
  TopicBuilderName,
  TopicFamily,
  TopicOf,
  TopicParams,
  TopicTemplate,
  TopicTemplateEntry,
} from '../../src/catalogue';

describe('TemplateParamName', () => {
  it('should give the union of placeholder names', () => {
    expectTypeOf<TemplateParamName<'topology.{topology_id}.mutation.{state}'>>().toEqualTypeOf<
      'topology_id' | 'state'
    >();
    expectTypeOf<TemplateParamName<'decky.{decky_id}.state'>>().toEqualTypeOf<'decky_id'>();
    expectTypeOf<TemplateParamName<'{a}.{b}.{c}'>>().toEqualTypeOf<'a' | 'b' | 'c'>();
  });

  it('should give never for a template without placeholders', () => {
    expectTypeOf<TemplateParamName<'system.bus.health'>>().toBeNever();
  });
});

describe('TopicParams', () => {
  it('should give a readonly string field per placeholder', () => {
    expectTypeOf<TopicParams<'ttp.rule.fired.{technique_id}'>>().toEqualTypeOf<{ readonly technique_id: string }>();
    expectTypeOf<TopicParams<'topology.{topology_id}.mutation.{state}'>>().toEqualTypeOf<{
      readonly topology_id: string;
      readonly state: string;
    }>();
  });

  it('should give an object type without keys for a template without placeholders', () => {
    // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- resolving to {} is what is tested
    expectTypeOf<keyof TopicParams<'system.log'>>().toBeNever();
  });
});

describe('TopicOf', () => {
  it('should replace each placeholder by string', () => {
    expectTypeOf<TopicOf<'decky.{decky_id}.state'>>().toEqualTypeOf<`decky.${string}.state`>();
    expectTypeOf<
      TopicOf<'topology.{topology_id}.mutation.{state}'>
    >().toEqualTypeOf<`topology.${string}.mutation.${string}`>();
    expectTypeOf<TopicOf<'attacker.observation.{primitive}'>>().toEqualTypeOf<`attacker.observation.${string}`>();
  });

  it('should keep a template without placeholders as it is', () => {
    expectTypeOf<TopicOf<'system.bus.health'>>().toEqualTypeOf<'system.bus.health'>();
  });
});

describe('the catalogue types', () => {
  it('should make TopicTemplate the union of the templates', () => {
    expectTypeOf<'system.bus.health'>().toExtend<TopicTemplate>();
    expectTypeOf<'ttp.rule.fired.{technique_id}'>().toExtend<TopicTemplate>();
    expectTypeOf<'decky.{id}.state'>().not.toExtend<TopicTemplate>();
    expectTypeOf<TopicTemplateEntry['template']>().toEqualTypeOf<TopicTemplate>();
  });

  it('should make TopicFamily the 13 roots', () => {
    expectTypeOf<TopicFamily>().toEqualTypeOf<
      | 'topology'
      | 'decky'
      | 'attacker'
      | 'identity'
      | 'campaign'
      | 'system'
      | 'credential'
      | 'attribution'
      | 'orchestrator'
      | 'canary'
      | 'smtp'
      | 'email'
      | 'ttp'
    >();
  });

  it('should make TopicBuilderName the 22 builders', () => {
    expectTypeOf<TopicBuilderName>().toEqualTypeOf<
      | 'topologyMutation'
      | 'topologyStatus'
      | 'decky'
      | 'deckyMutation'
      | 'deckyLifecycle'
      | 'attacker'
      | 'attackerObservation'
      | 'identity'
      | 'campaign'
      | 'system'
      | 'systemHealth'
      | 'systemControl'
      | 'credential'
      | 'attribution'
      | 'orchestrator'
      | 'canary'
      | 'smtp'
      | 'emailTopic'
      | 'ttp'
      | 'ttpRuleFired'
      | 'ttpRuleReloaded'
      | 'ttpRuleState'
    >();
  });

  it('should make ContractTopic accept contract topics and refuse others', () => {
    expectTypeOf<'decky.d-42.state'>().toExtend<ContractTopic>();
    expectTypeOf<'system.bus.health'>().toExtend<ContractTopic>();
    expectTypeOf<'attacker.observation.motor.input_modality'>().toExtend<ContractTopic>();
    expectTypeOf<'nope.x'>().not.toExtend<ContractTopic>();
    expectTypeOf<'decky.d-42.bogus'>().not.toExtend<ContractTopic>();
  });
});
