/**
 * The `topics` namespace: every root, leaf constant and builder of the contract
 * under one name, for `topics.decky(id, topics.DECKY_STATE)`. It is a real ES
 * namespace (the ES build keeps one file per module), so Rollup, Vite and webpack
 * resolve `topics.decky` statically and drop unused members; esbuild keeps the
 * whole namespace (about 2.8 kB gzipped) once `topics` is used, where named
 * imports cost only what they use.
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
} from './roots.js';

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
} from './leaves.js';

// Builders
export { topologyMutation, topologyStatus } from './builders/topology.js';
export { decky, deckyMutation, deckyLifecycle } from './builders/decky.js';
export { attacker, attackerObservation } from './builders/attacker.js';
export { identity } from './builders/identity.js';
export { campaign } from './builders/campaign.js';
export { system, systemHealth, systemControl } from './builders/system.js';
export { credential } from './builders/credential.js';
export { attribution } from './builders/attribution.js';
export { orchestrator } from './builders/orchestrator.js';
export { canary } from './builders/canary.js';
export { smtp, emailTopic } from './builders/mail.js';
export { ttp, ttpRuleFired, ttpRuleReloaded, ttpRuleState } from './builders/ttp.js';
