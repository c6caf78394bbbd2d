import { describe, expectTypeOf, it } from 'vitest';
import {
  ATTACKER_SESSION_ENDED,
  ATTRIBUTION_PROFILE_STATE_CHANGED,
  CAMPAIGN_IDENTITY_ASSIGNED,
  CANARY_TRIGGERED,
  CREDENTIAL_REUSE_DETECTED,
  DECKY_STATE,
  EMAIL_RECEIVED,
  IDENTITY_OBSERVATION_LINKED,
  MUTATION_APPLIED,
  ORCHESTRATOR_TRAFFIC,
  SYSTEM_BUS_HEALTH,
  TTP_RULE_FIRED,
  attacker,
  attackerObservation,
  attribution,
  campaign,
  canary,
  credential,
  decky,
  deckyLifecycle,
  deckyMutation,
  emailTopic,
  identity,
  orchestrator,
  smtp,
  system,
  systemControl,
  systemHealth,
  topologyMutation,
  topologyStatus,
  ttp,
  ttpRuleFired,
  ttpRuleReloaded,
  ttpRuleState,
} from '../../src/index';

declare const s: string;

describe('the segment builders', () => {
  it('should return the exact literal topic for literal arguments', () => {
    expectTypeOf(topologyMutation('abc123', MUTATION_APPLIED)).toEqualTypeOf<'topology.abc123.mutation.applied'>();
    expectTypeOf(topologyStatus('t-1')).toEqualTypeOf<'topology.t-1.status'>();
    expectTypeOf(decky('d-42', DECKY_STATE)).toEqualTypeOf<'decky.d-42.state'>();
    expectTypeOf(deckyMutation('d-42')).toEqualTypeOf<'decky.d-42.mutation'>();
    expectTypeOf(deckyLifecycle('d-42')).toEqualTypeOf<'decky.d-42.lifecycle'>();
    expectTypeOf(orchestrator(ORCHESTRATOR_TRAFFIC, 'd-7')).toEqualTypeOf<'orchestrator.traffic.d-7'>();
    expectTypeOf(canary('abc-123', CANARY_TRIGGERED)).toEqualTypeOf<'canary.abc-123.triggered'>();
    expectTypeOf(systemHealth('sniffer')).toEqualTypeOf<'system.sniffer.health'>();
    expectTypeOf(systemControl('mutator')).toEqualTypeOf<'system.mutator.control'>();
    expectTypeOf(ttpRuleFired('T1110')).toEqualTypeOf<'ttp.rule.fired.T1110'>();
    expectTypeOf(ttpRuleReloaded('R0001')).toEqualTypeOf<'ttp.rule.reloaded.R0001'>();
    expectTypeOf(ttpRuleState('R0042')).toEqualTypeOf<'ttp.rule.state.R0042'>();
  });

  it('should keep accepted look-alikes such as ":" and U+FEFF in the literal type', () => {
    expectTypeOf(decky('host:web-1', DECKY_STATE)).toEqualTypeOf<'decky.host:web-1.state'>();
    expectTypeOf(systemHealth('a\ufeffb')).toEqualTypeOf<'system.a\ufeffb.health'>();
  });

  it('should return a template-literal type for string arguments', () => {
    expectTypeOf(topologyMutation(s, MUTATION_APPLIED)).toEqualTypeOf<`topology.${string}.mutation.applied`>();
    expectTypeOf(topologyMutation(s, s)).toEqualTypeOf<`topology.${string}.mutation.${string}`>();
    expectTypeOf(topologyStatus(s)).toEqualTypeOf<`topology.${string}.status`>();
    expectTypeOf(decky(s, DECKY_STATE)).toEqualTypeOf<`decky.${string}.state`>();
    expectTypeOf(deckyMutation(s)).toEqualTypeOf<`decky.${string}.mutation`>();
    expectTypeOf(deckyLifecycle(s)).toEqualTypeOf<`decky.${string}.lifecycle`>();
    expectTypeOf(orchestrator(ORCHESTRATOR_TRAFFIC, s)).toEqualTypeOf<`orchestrator.traffic.${string}`>();
    expectTypeOf(canary(s, CANARY_TRIGGERED)).toEqualTypeOf<`canary.${string}.triggered`>();
    expectTypeOf(systemHealth(s)).toEqualTypeOf<`system.${string}.health`>();
    expectTypeOf(systemControl(s)).toEqualTypeOf<`system.${string}.control`>();
    expectTypeOf(ttpRuleFired(s)).toEqualTypeOf<`ttp.rule.fired.${string}`>();
    expectTypeOf(ttpRuleReloaded(s)).toEqualTypeOf<`ttp.rule.reloaded.${string}`>();
    expectTypeOf(ttpRuleState(s)).toEqualTypeOf<`ttp.rule.state.${string}`>();
  });

  it('should refuse at compile time what the run time would refuse', () => {
    // @ts-expect-error: a number is not a segment
    decky(42, DECKY_STATE);
    // @ts-expect-error: undefined is not a segment
    decky(undefined, DECKY_STATE);
    // @ts-expect-error: an object is not a segment
    decky({ id: 'd-42' }, DECKY_STATE);
    // @ts-expect-error: null is not a segment
    systemHealth(null);
    // @ts-expect-error: "." would split the segment into two tokens
    decky('a.b', DECKY_STATE);
    // @ts-expect-error: "." in the second argument, as in the old "service.added"
    decky('d-42', 'service.added');
    // @ts-expect-error: "*" is a wildcard
    canary('*', CANARY_TRIGGERED);
    // @ts-expect-error: ">" is a wildcard
    orchestrator(ORCHESTRATOR_TRAFFIC, 'd>');
    // @ts-expect-error: a space is whitespace
    systemControl('a b');
    // @ts-expect-error: a tab is whitespace
    topologyStatus('a\tb');
    // @ts-expect-error: a no-break space is whitespace too
    deckyMutation('d\u00a042');
    // @ts-expect-error: U+3000 is one of the 29 whitespace code points
    deckyLifecycle('d\u300042');
    // @ts-expect-error: an empty segment
    topologyMutation('', MUTATION_APPLIED);
    // @ts-expect-error: an empty state
    topologyMutation('t-1', '');
    // @ts-expect-error: a sub-technique holds a dot
    ttpRuleFired('T1110.001');
    // @ts-expect-error: an empty rule id
    ttpRuleReloaded('');
    // @ts-expect-error: a wildcard rule id
    ttpRuleState('R*');
  });
});

describe('the leaf builders', () => {
  it('should return the exact literal topic for literal leaves, dotted or not', () => {
    expectTypeOf(system(SYSTEM_BUS_HEALTH)).toEqualTypeOf<'system.bus.health'>();
    expectTypeOf(attacker(ATTACKER_SESSION_ENDED)).toEqualTypeOf<'attacker.session.ended'>();
    expectTypeOf(
      attackerObservation('motor.input_modality'),
    ).toEqualTypeOf<'attacker.observation.motor.input_modality'>();
    expectTypeOf(identity(IDENTITY_OBSERVATION_LINKED)).toEqualTypeOf<'identity.observation.linked'>();
    expectTypeOf(campaign(CAMPAIGN_IDENTITY_ASSIGNED)).toEqualTypeOf<'campaign.identity.assigned'>();
    expectTypeOf(credential(CREDENTIAL_REUSE_DETECTED)).toEqualTypeOf<'credential.reuse.detected'>();
    expectTypeOf(attribution(ATTRIBUTION_PROFILE_STATE_CHANGED)).toEqualTypeOf<'attribution.profile.state_changed'>();
    expectTypeOf(smtp('probe.pending')).toEqualTypeOf<'smtp.probe.pending'>();
    expectTypeOf(emailTopic(EMAIL_RECEIVED)).toEqualTypeOf<'email.received'>();
    expectTypeOf(ttp(TTP_RULE_FIRED)).toEqualTypeOf<'ttp.rule.fired'>();
  });

  it('should return a template-literal type for a string leaf', () => {
    expectTypeOf(system(s)).toEqualTypeOf<`system.${string}`>();
    expectTypeOf(attacker(s)).toEqualTypeOf<`attacker.${string}`>();
    expectTypeOf(attackerObservation(s)).toEqualTypeOf<`attacker.observation.${string}`>();
    expectTypeOf(identity(s)).toEqualTypeOf<`identity.${string}`>();
    expectTypeOf(campaign(s)).toEqualTypeOf<`campaign.${string}`>();
    expectTypeOf(credential(s)).toEqualTypeOf<`credential.${string}`>();
    expectTypeOf(attribution(s)).toEqualTypeOf<`attribution.${string}`>();
    expectTypeOf(smtp(s)).toEqualTypeOf<`smtp.${string}`>();
    expectTypeOf(emailTopic(s)).toEqualTypeOf<`email.${string}`>();
    expectTypeOf(ttp(s)).toEqualTypeOf<`ttp.${string}`>();
  });

  it('should refuse at compile time a literal leaf with an empty or bad token', () => {
    // @ts-expect-error: two dots make an empty token
    system('a..b');
    // @ts-expect-error: a leading dot makes an empty token
    attacker('.a');
    // @ts-expect-error: a trailing dot makes an empty token
    ttp('a.');
    // @ts-expect-error: a lone dot is two empty tokens
    attackerObservation('.');
    // @ts-expect-error: an empty leaf
    identity('');
    // @ts-expect-error: "*" would make the pattern attacker.*
    attacker('*');
    // @ts-expect-error: a wildcard token
    campaign('a.*');
    // @ts-expect-error: ">" is a wildcard
    credential('a.>');
    // @ts-expect-error: a leading space
    ttp(' x');
    // @ts-expect-error: a no-break space inside a token
    attribution('profile.state\u00a0changed');
    // @ts-expect-error: a number is not a leaf
    smtp(1);
    // @ts-expect-error: undefined is not a leaf
    emailTopic(undefined);
  });
});
