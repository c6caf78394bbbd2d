/**
 * `@decnet/bus-topics`: the DECNET service-bus topic contract for TypeScript.
 * Topic constants and builders, the `topics` namespace, segment rules, NATS-style
 * wildcard matching and their errors, with no runtime dependencies. The topic catalogue and `parseTopic` live
 * in `@decnet/bus-topics/catalogue`. Every public name is listed here explicitly.
 *
 * @packageDocumentation
 */

// The whole contract under one namespace: `topics.decky(id, topics.DECKY_STATE)`.
import * as topics from './topics/namespace.js';
export { topics };

// Root tokens
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
export {
  MUTATION_ENQUEUED,
  MUTATION_APPLYING,
  MUTATION_APPLIED,
  MUTATION_FAILED,
  TOPOLOGY_STATUS,
} from './topics/leaves/topology.js';
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
export {
  IDENTITY_FORMED,
  IDENTITY_OBSERVATION_LINKED,
  IDENTITY_MERGED,
  IDENTITY_UNMERGED,
  IDENTITY_CAMPAIGN_ASSIGNED,
} from './topics/leaves/identity.js';
export {
  CAMPAIGN_FORMED,
  CAMPAIGN_IDENTITY_ASSIGNED,
  CAMPAIGN_MERGED,
  CAMPAIGN_UNMERGED,
} from './topics/leaves/campaign.js';
export { CREDENTIAL_CAPTURED, CREDENTIAL_REUSE_DETECTED } from './topics/leaves/credential.js';
export {
  ATTRIBUTION_PROFILE_PREFIX,
  ATTRIBUTION_PROFILE_STATE_CHANGED,
  ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED,
} from './topics/leaves/attribution.js';
export { CANARY_PLACED, CANARY_TRIGGERED, CANARY_REVOKED } from './topics/leaves/canary.js';
export { ORCHESTRATOR_TRAFFIC, ORCHESTRATOR_FILE, ORCHESTRATOR_EMAIL } from './topics/leaves/orchestrator.js';
export {
  SYSTEM_LOG,
  SYSTEM_BUS_HEALTH,
  SYSTEM_HEALTH,
  SYSTEM_CONTROL,
  WORKER_CONTROL_STOP,
  WORKER_CONTROL_START,
} from './topics/leaves/system.js';
export { EMAIL_RECEIVED } from './topics/leaves/mail.js';
export {
  TTP_TAGGED,
  TTP_RULE_FIRED,
  TTP_RULE_SUPPRESSED,
  TTP_RULE_RELOADED,
  TTP_RULE_STATE,
} from './topics/leaves/ttp.js';
export { WEBHOOK_SUBSCRIPTIONS_CHANGED } from './topics/leaves/webhook.js';

// Builders
export { topologyMutation, topologyStatus } from './topics/builders/topology.js';
export { decky, deckyMutation, deckyLifecycle } from './topics/builders/decky.js';
export { attacker, attackerObservation } from './topics/builders/attacker.js';
export { identity } from './topics/builders/identity.js';
export { campaign } from './topics/builders/campaign.js';
export { system, systemHealth, systemControl } from './topics/builders/system.js';
export { credential } from './topics/builders/credential.js';
export { attribution } from './topics/builders/attribution.js';
export { orchestrator } from './topics/builders/orchestrator.js';
export { canary } from './topics/builders/canary.js';
export { smtp, emailTopic } from './topics/builders/mail.js';
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
