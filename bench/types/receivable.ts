/**
 * Type-check cost fixture: for 32 subscription patterns, the contract templates
 * each can receive, computed with `Matches` over every template's topic type.
 * bench/type-cost.mjs compiles this file and baseline.ts with
 * `tsc --extendedDiagnostics` and reports the difference.
 */
import type { ContractTopic, TopicOf, TopicTemplate } from '../../src/catalogue';
import type { Matches } from '../../src/index';

/** The templates whose topics a pattern can receive: `true` or `boolean` verdicts. */
type Receivable<Pattern extends string> = {
  [Template in TopicTemplate]: Matches<Pattern, TopicOf<Template>> extends false ? never : Template;
}[TopicTemplate];

export type Patterns = [
  Receivable<'>'>,
  Receivable<'attacker.>'>,
  Receivable<'attacker.*'>,
  Receivable<'attacker.session.*'>,
  Receivable<'attacker.observation.>'>,
  Receivable<'decky.*.state'>,
  Receivable<'decky.*.*'>,
  Receivable<'decky.>'>,
  Receivable<'decky.d-42.>'>,
  Receivable<'decky.d-42.state'>,
  Receivable<'topology.*.mutation.*'>,
  Receivable<'topology.*.mutation.applied'>,
  Receivable<'topology.>'>,
  Receivable<'system.*.health'>,
  Receivable<'system.*.control'>,
  Receivable<'system.>'>,
  Receivable<'system.log'>,
  Receivable<'identity.>'>,
  Receivable<'campaign.>'>,
  Receivable<'credential.*'>,
  Receivable<'credential.reuse.detected'>,
  Receivable<'attribution.profile.*'>,
  Receivable<'orchestrator.*.*'>,
  Receivable<'orchestrator.email.>'>,
  Receivable<'canary.*.triggered'>,
  Receivable<'canary.>'>,
  Receivable<'smtp.>'>,
  Receivable<'email.received'>,
  Receivable<'ttp.>'>,
  Receivable<'ttp.rule.fired.*'>,
  Receivable<'ttp.rule.*.*'>,
  Receivable<'*.*'>,
];

// Spot checks, so the fixture fails to compile if the types stop computing what they should.
type Expect<T extends true> = T;
export type Checks = [
  Expect<Receivable<'canary.*.triggered'> extends 'canary.{token_id}.triggered' ? true : false>,
  Expect<'ttp.rule.fired.{technique_id}' extends Receivable<'ttp.rule.fired.*'> ? true : false>,
  Expect<Receivable<'system.bus.health'> extends 'system.bus.health' | 'system.{worker}.health' ? true : false>,
  Expect<ContractTopic extends string ? true : false>,
];
