/**
 * The `topics` namespace: every root, leaf constant and builder of the contract
 * under one name, for `topics.decky(id, topics.DECKY_STATE)`. Bundlers resolve
 * member accesses on it statically, so unused members still tree-shake.
 *
 * @packageDocumentation
 */

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
} from './roots';

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
} from './leaves';

// Builders
export { topologyMutation, topologyStatus } from './builders/topology';
export { decky, deckyMutation, deckyLifecycle } from './builders/decky';
export { attacker, attackerObservation } from './builders/attacker';
export { identity } from './builders/identity';
export { campaign } from './builders/campaign';
export { system, systemHealth, systemControl } from './builders/system';
export { credential } from './builders/credential';
export { attribution } from './builders/attribution';
export { orchestrator } from './builders/orchestrator';
export { canary } from './builders/canary';
export { smtp, emailTopic } from './builders/mail';
export { ttp, ttpRuleFired, ttpRuleReloaded, ttpRuleState } from './builders/ttp';
