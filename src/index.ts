/**
 * `@decnet/bus-topics`: the DECNET service-bus topic contract for TypeScript.
 * Topic constants and builders, segment rules, and the topic catalogue, with no
 * runtime dependencies. Every public name is listed here explicitly.
 *
 * @packageDocumentation
 */

// The whole contract under one namespace: `topics.decky(id, topics.DECKY_STATE)`.
import * as topics from './topics/namespace';
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
} from './topics/roots';

// Leaf and event-type constants
export {
  MUTATION_ENQUEUED,
  MUTATION_APPLYING,
  MUTATION_APPLIED,
  MUTATION_FAILED,
  TOPOLOGY_STATUS,
  DECKY_STATE,
  DECKY_TRAFFIC,
  DECKY_MUTATE_REQUEST,
  DECKY_MUTATION,
  DECKY_SERVICE_ADDED,
  DECKY_SERVICE_REMOVED,
  DECKY_SERVICE_CONFIG_CHANGED,
  DECKY_LIFECYCLE,
  ATTACKER_OBSERVED,
  ATTACKER_SCORED,
  ATTACKER_FINGERPRINTED,
  ATTACKER_FINGERPRINT_ROTATED,
  ATTACKER_SESSION_STARTED,
  ATTACKER_SESSION_ENDED,
  ATTACKER_INTEL_ENRICHED,
  ATTACKER_OBSERVATION_PREFIX,
  IDENTITY_FORMED,
  IDENTITY_OBSERVATION_LINKED,
  IDENTITY_MERGED,
  IDENTITY_UNMERGED,
  IDENTITY_CAMPAIGN_ASSIGNED,
  CAMPAIGN_FORMED,
  CAMPAIGN_IDENTITY_ASSIGNED,
  CAMPAIGN_MERGED,
  CAMPAIGN_UNMERGED,
  CREDENTIAL_CAPTURED,
  CREDENTIAL_REUSE_DETECTED,
  ATTRIBUTION_PROFILE_PREFIX,
  ATTRIBUTION_PROFILE_STATE_CHANGED,
  ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED,
  CANARY_PLACED,
  CANARY_TRIGGERED,
  CANARY_REVOKED,
  ORCHESTRATOR_TRAFFIC,
  ORCHESTRATOR_FILE,
  ORCHESTRATOR_EMAIL,
  SYSTEM_LOG,
  SYSTEM_BUS_HEALTH,
  SYSTEM_HEALTH,
  SYSTEM_CONTROL,
  WORKER_CONTROL_STOP,
  WORKER_CONTROL_START,
  EMAIL_RECEIVED,
  TTP_TAGGED,
  TTP_RULE_FIRED,
  TTP_RULE_SUPPRESSED,
  TTP_RULE_RELOADED,
  TTP_RULE_STATE,
  WEBHOOK_SUBSCRIPTIONS_CHANGED,
} from './topics/leaves';

// Builders
export { topologyMutation, topologyStatus } from './topics/builders/topology';
export { decky, deckyMutation, deckyLifecycle } from './topics/builders/decky';
export { attacker, attackerObservation } from './topics/builders/attacker';
export { identity } from './topics/builders/identity';
export { campaign } from './topics/builders/campaign';
export { system, systemHealth, systemControl } from './topics/builders/system';
export { credential } from './topics/builders/credential';
export { attribution } from './topics/builders/attribution';
export { orchestrator } from './topics/builders/orchestrator';
export { canary } from './topics/builders/canary';
export { smtp, emailTopic } from './topics/builders/mail';
export { ttp, ttpRuleFired, ttpRuleReloaded, ttpRuleState } from './topics/builders/ttp';

// Segment and topic rules
export { isValidSegment, assertSegment, isValidTopic, assertTopic } from './topics/validate';
export { SEGMENT_WHITESPACE } from './topics/segment-rules';
export type { SegmentRejection } from './topics/segment-rules';
export type { SegmentArg, LeafArg, InvalidSegment, SegmentWhitespace } from './topics/segment-types';

// Errors
export { TopicSegmentError } from './errors/TopicSegmentError';
export type { TopicSegmentErrorDetails } from './errors/TopicSegmentError';

// Topic catalogue
export { TOPIC_CATALOGUE } from './topics/catalogue';
export { parseTopic, formatTopic } from './topics/parse';
export type {
  TopicTemplateEntry,
  TopicTemplate,
  TopicFamily,
  TopicBuilderName,
  TemplateParamName,
  TopicParams,
  TopicOf,
  ContractTopic,
  ParsedTopic,
} from './topics/template-types';
