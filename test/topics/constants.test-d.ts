import { describe, expectTypeOf, it } from 'vitest';
import * as index from '../../src/index';

describe('the root and leaf constants', () => {
  // `typeof`, not `expectTypeOf(value)`: a `const` has a widening literal type, which
  // generic inference (such as expectTypeOf's own) widens to string.
  it('should have literal types', () => {
    expectTypeOf<typeof index.TOPOLOGY>().toEqualTypeOf<'topology'>();
    expectTypeOf<typeof index.DECKY>().toEqualTypeOf<'decky'>();
    expectTypeOf<typeof index.ATTACKER>().toEqualTypeOf<'attacker'>();
    expectTypeOf<typeof index.IDENTITY>().toEqualTypeOf<'identity'>();
    expectTypeOf<typeof index.CAMPAIGN>().toEqualTypeOf<'campaign'>();
    expectTypeOf<typeof index.SYSTEM>().toEqualTypeOf<'system'>();
    expectTypeOf<typeof index.CREDENTIAL>().toEqualTypeOf<'credential'>();
    expectTypeOf<typeof index.ATTRIBUTION>().toEqualTypeOf<'attribution'>();
    expectTypeOf<typeof index.ORCHESTRATOR>().toEqualTypeOf<'orchestrator'>();
    expectTypeOf<typeof index.CANARY>().toEqualTypeOf<'canary'>();
    expectTypeOf<typeof index.SMTP>().toEqualTypeOf<'smtp'>();
    expectTypeOf<typeof index.EMAIL>().toEqualTypeOf<'email'>();
    expectTypeOf<typeof index.TTP>().toEqualTypeOf<'ttp'>();
    expectTypeOf<typeof index.MUTATION_APPLIED>().toEqualTypeOf<'applied'>();
    expectTypeOf<typeof index.DECKY_STATE>().toEqualTypeOf<'state'>();
    expectTypeOf<typeof index.DECKY_SERVICE_ADDED>().toEqualTypeOf<'service_added'>();
    expectTypeOf<typeof index.ATTACKER_SESSION_ENDED>().toEqualTypeOf<'session.ended'>();
    expectTypeOf<typeof index.ATTACKER_OBSERVATION_PREFIX>().toEqualTypeOf<'observation'>();
    expectTypeOf<typeof index.IDENTITY_CAMPAIGN_ASSIGNED>().toEqualTypeOf<'campaign.assigned'>();
    expectTypeOf<
      typeof index.ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED
    >().toEqualTypeOf<'profile.multi_actor_suspected'>();
    expectTypeOf<typeof index.CANARY_TRIGGERED>().toEqualTypeOf<'triggered'>();
    expectTypeOf<typeof index.ORCHESTRATOR_TRAFFIC>().toEqualTypeOf<'traffic'>();
    expectTypeOf<typeof index.SYSTEM_BUS_HEALTH>().toEqualTypeOf<'bus.health'>();
    expectTypeOf<typeof index.WORKER_CONTROL_STOP>().toEqualTypeOf<'stop'>();
    expectTypeOf<typeof index.WEBHOOK_SUBSCRIPTIONS_CHANGED>().toEqualTypeOf<'system.webhook.subscriptions_changed'>();
    expectTypeOf<typeof index.EMAIL_RECEIVED>().toEqualTypeOf<'received'>();
    expectTypeOf<typeof index.TTP_RULE_STATE>().toEqualTypeOf<'rule.state'>();
  });

  it('should make every string member of the topics namespace a literal, never string', () => {
    type Members = typeof index.topics;
    type StringMembers = { [K in keyof Members]: Members[K] extends string ? K : never }[keyof Members];
    type Widened = { [K in StringMembers]: string extends Members[K] ? K : never }[StringMembers];
    expectTypeOf<Widened>().toBeNever();
  });
});
