/**
 * Type-check cost fixture for `EventFor`: the events of every family and of a
 * few dozen realistic subscription patterns, each used so the compiler
 * resolves it. bench/type-cost.mjs compiles this file against baseline.ts.
 */
import type { EventFor } from '../../src/schemas';

type Use<Event> = Event extends { readonly template: infer Template } ? Template : never;

export type Families = [
  Use<EventFor<'topology.>'>>,
  Use<EventFor<'decky.>'>>,
  Use<EventFor<'attacker.>'>>,
  Use<EventFor<'identity.>'>>,
  Use<EventFor<'campaign.>'>>,
  Use<EventFor<'system.>'>>,
  Use<EventFor<'credential.>'>>,
  Use<EventFor<'attribution.>'>>,
  Use<EventFor<'orchestrator.>'>>,
  Use<EventFor<'canary.>'>>,
  Use<EventFor<'smtp.>'>>,
  Use<EventFor<'email.>'>>,
  Use<EventFor<'ttp.>'>>,
  Use<EventFor<'>'>>,
];

export type Patterns = [
  Use<EventFor<'decky.*.state'>>,
  Use<EventFor<'decky.*.traffic'>>,
  Use<EventFor<'decky.*.*'>>,
  Use<EventFor<'decky.host-3f2a:web-01.>'>>,
  Use<EventFor<'topology.*.mutation.*'>>,
  Use<EventFor<'topology.*.mutation.failed'>>,
  Use<EventFor<'topology.*.status'>>,
  Use<EventFor<'attacker.*'>>,
  Use<EventFor<'attacker.session.*'>>,
  Use<EventFor<'attacker.observation.>'>>,
  Use<EventFor<'attacker.fingerprinted'>>,
  Use<EventFor<'system.*.health'>>,
  Use<EventFor<'system.*.control'>>,
  Use<EventFor<'system.log'>>,
  Use<EventFor<'identity.*'>>,
  Use<EventFor<'identity.campaign.assigned'>>,
  Use<EventFor<'campaign.*'>>,
  Use<EventFor<'credential.reuse.detected'>>,
  Use<EventFor<'attribution.profile.*'>>,
  Use<EventFor<'orchestrator.*.*'>>,
  Use<EventFor<'orchestrator.email.>'>>,
  Use<EventFor<'canary.*.triggered'>>,
  Use<EventFor<'canary.*.*'>>,
  Use<EventFor<'ttp.rule.fired.*'>>,
  Use<EventFor<'ttp.rule.*.*'>>,
  Use<EventFor<'ttp.tagged'>>,
  Use<EventFor<'*.*'>>,
  Use<EventFor<'*.*.*'>>,
  Use<EventFor<'*.>'>>,
  Use<EventFor<'email.received'>>,
  Use<EventFor<'smtp.probe.pending'>>,
  Use<EventFor<'system.webhook.subscriptions_changed'>>,
];

// Spot checks, so the fixture fails to compile if EventFor stops computing what it should.
type Expect<T extends true> = T;
export type Checks = [
  Expect<Use<EventFor<'decky.*.state'>> extends 'decky.{decky_id}.state' ? true : false>,
  Expect<'system.bus.health' extends Use<EventFor<'system.*.health'>> ? true : false>,
];
