/**
 * The DECNET service-bus topic contract for TypeScript: topics, segment rules and wildcard matching, with no runtime
 * dependencies.
 *
 * Topic constants and builders, the `topics` namespace, segment rules, NATS-style wildcard matching and their errors.
 * The topic catalogue and `parseTopic` live in `@decnet/bus-topics/catalogue`. Every public name is listed here
 * explicitly.
 *
 * @categoryDescription Topics
 * The root tokens, leaf constants and builders of every topic of the contract, also gathered under `topics`.
 * @categoryDescription Segments
 * What one token of a topic may hold, checked at run time and, for literals, at compile time.
 * @categoryDescription Matching
 * NATS-style wildcard matching as the DECNET bus decides it, strict pattern rules, compiled predicates and an index.
 * @categoryDescription Errors
 * The errors that builders, assertions and pattern compilers throw, with the details they carry.
 * @packageDocumentation
 * @module \@decnet/bus-topics
 */

// The whole contract under one namespace: `topics.decky(id, topics.DECKY_STATE)`. The names in it are documented
// below, where they are exported by name: each of those statements is marked `@primaryExport`, so that typedoc
// documents them in this entry and lists them under `topics` as re-exports (it would otherwise document them under
// `topics`, which comes first, and list bare re-exports here).
import * as topics from './topics/namespace.js';
export { topics };

// Root tokens
/** @primaryExport */
export {
  TOPOLOGY,
  DECKY,
  ATTACKER,
  IDENTITY,
  CAMPAIGN,
  SYSTEM,
  CREDENTIAL,
  ATTRIBUTION,
  ORCHESTRATOR,
  CANARY,
  SMTP,
  EMAIL,
  TTP,
} from './topics/roots.js';

// Leaf and event-type constants, one module per family; `topics` re-exports these modules whole, so this is the
// one list that names them.
/** @primaryExport */
export {
  MUTATION_ENQUEUED,
  MUTATION_APPLYING,
  MUTATION_APPLIED,
  MUTATION_FAILED,
  TOPOLOGY_STATUS,
} from './topics/leaves/topology.js';
/** @primaryExport */
export {
  DECKY_STATE,
  DECKY_TRAFFIC,
  DECKY_MUTATE_REQUEST,
  DECKY_MUTATION,
  DECKY_SERVICE_ADDED,
  DECKY_SERVICE_REMOVED,
  DECKY_SERVICE_CONFIG_CHANGED,
  DECKY_LIFECYCLE,
} from './topics/leaves/decky.js';
/** @primaryExport */
export {
  ATTACKER_OBSERVED,
  ATTACKER_SCORED,
  ATTACKER_FINGERPRINTED,
  ATTACKER_FINGERPRINT_ROTATED,
  ATTACKER_SESSION_STARTED,
  ATTACKER_SESSION_ENDED,
  ATTACKER_INTEL_ENRICHED,
  ATTACKER_OBSERVATION_PREFIX,
} from './topics/leaves/attacker.js';
/** @primaryExport */
export {
  IDENTITY_FORMED,
  IDENTITY_OBSERVATION_LINKED,
  IDENTITY_MERGED,
  IDENTITY_UNMERGED,
  IDENTITY_CAMPAIGN_ASSIGNED,
} from './topics/leaves/identity.js';
/** @primaryExport */
export {
  CAMPAIGN_FORMED,
  CAMPAIGN_IDENTITY_ASSIGNED,
  CAMPAIGN_MERGED,
  CAMPAIGN_UNMERGED,
} from './topics/leaves/campaign.js';
/** @primaryExport */
export { CREDENTIAL_CAPTURED, CREDENTIAL_REUSE_DETECTED } from './topics/leaves/credential.js';
/** @primaryExport */
export {
  ATTRIBUTION_PROFILE_PREFIX,
  ATTRIBUTION_PROFILE_STATE_CHANGED,
  ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED,
} from './topics/leaves/attribution.js';
/** @primaryExport */
export { CANARY_PLACED, CANARY_TRIGGERED, CANARY_REVOKED } from './topics/leaves/canary.js';
/** @primaryExport */
export { ORCHESTRATOR_TRAFFIC, ORCHESTRATOR_FILE, ORCHESTRATOR_EMAIL } from './topics/leaves/orchestrator.js';
/** @primaryExport */
export {
  SYSTEM_LOG,
  SYSTEM_BUS_HEALTH,
  SYSTEM_HEALTH,
  SYSTEM_CONTROL,
  WORKER_CONTROL_STOP,
  WORKER_CONTROL_START,
} from './topics/leaves/system.js';
/** @primaryExport */
export { EMAIL_RECEIVED } from './topics/leaves/mail.js';
/** @primaryExport */
export {
  TTP_TAGGED,
  TTP_RULE_FIRED,
  TTP_RULE_SUPPRESSED,
  TTP_RULE_RELOADED,
  TTP_RULE_STATE,
} from './topics/leaves/ttp.js';
/** @primaryExport */
export { WEBHOOK_SUBSCRIPTIONS_CHANGED } from './topics/leaves/webhook.js';

// Builders
/** @primaryExport */
export { topologyMutation, topologyStatus } from './topics/builders/topology.js';
/** @primaryExport */
export { decky, deckyMutation, deckyLifecycle } from './topics/builders/decky.js';
/** @primaryExport */
export { attacker, attackerObservation } from './topics/builders/attacker.js';
/** @primaryExport */
export { identity } from './topics/builders/identity.js';
/** @primaryExport */
export { campaign } from './topics/builders/campaign.js';
/** @primaryExport */
export { system, systemHealth, systemControl } from './topics/builders/system.js';
/** @primaryExport */
export { credential } from './topics/builders/credential.js';
/** @primaryExport */
export { attribution } from './topics/builders/attribution.js';
/** @primaryExport */
export { orchestrator } from './topics/builders/orchestrator.js';
/** @primaryExport */
export { canary } from './topics/builders/canary.js';
/** @primaryExport */
export { smtp, emailTopic } from './topics/builders/mail.js';
/** @primaryExport */
export { ttp, ttpRuleFired, ttpRuleReloaded, ttpRuleState } from './topics/builders/ttp.js';

// Segment and topic rules
export { isValidSegment, assertSegment, isValidTopic, assertTopic } from './topics/validate.js';
export { SEGMENT_WHITESPACE } from './topics/segment-rules.js';
export type { SegmentRejection } from './errors/TopicSegmentError.js';
export type { SegmentArg, LeafArg, InvalidSegment, SegmentWhitespace } from './topics/segment-types.js';

// Wildcard matching
export { matches } from './match/matches.js';
export { validatePattern, isValidPattern, assertPattern } from './match/pattern-rules.js';
export type { PatternRejection } from './errors/TopicPatternError.js';
export type { PatternValidation } from './match/pattern-rules.js';
export { compilePattern } from './match/compile.js';
export type { CompiledPattern } from './match/compile.js';
export { PatternIndex } from './match/PatternIndex.js';
export { pattern } from './match/pattern.js';
export type { Matches, JoinTokens, PatternTokensArg } from './match/pattern-types.js';
// The steps of `Matches`: internal (only tests use them), exported for the type tests.
export type { _MatchTokens, _TokenMatches, _SplitTokens } from './match/pattern-types.js';

// Errors
export { TopicSegmentError } from './errors/TopicSegmentError.js';
export type { TopicSegmentErrorDetails } from './errors/TopicSegmentError.js';
export { TopicPatternError } from './errors/TopicPatternError.js';
export type { TopicPatternErrorDetails } from './errors/TopicPatternError.js';
