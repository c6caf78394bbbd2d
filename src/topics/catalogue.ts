/**
 * The topic catalogue: one row per topic template of the DECNET contract. It is
 * the single list of templates in this library: parsing, the schema registry
 * (which fails to compile while a row has no schema) and the docs read it. A new
 * topic also needs its constant, schemas and fixtures: docs/architecture.md lists
 * every file.
 *
 * @packageDocumentation
 */
import { _deepFreeze } from '../internal/freeze.js';

/** The catalogue's rows, as written; exported frozen as {@link TOPIC_CATALOGUE}. @internal */
// prettier-ignore
export const _CATALOGUE_ROWS = [
  { template: 'topology.{topology_id}.mutation.{state}', family: 'topology', params: ['topology_id', 'state'], builder: 'topologyMutation', args: ['{topology_id}', '{state}'], dottedTail: false, description: 'A topology mutation was enqueued, started applying, applied or failed; `state` is the `MUTATION_*` leaf.' },
  { template: 'topology.{topology_id}.status', family: 'topology', params: ['topology_id'], builder: 'topologyStatus', args: ['{topology_id}'], dottedTail: false, description: 'A topology changed status (published as `degraded` after a failed mutation).' },
  { template: 'decky.{decky_id}.state', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'state'], dottedTail: false, description: 'The fleet reconciler inserted, deleted or changed the state of a decky.' },
  { template: 'decky.{decky_id}.traffic', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'traffic'], dottedTail: false, description: 'The sniffer fingerprinted traffic on a decky; the envelope `type` names the fingerprint.' },
  { template: 'decky.{decky_id}.mutate_request', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'mutate_request'], dottedTail: false, description: 'A request for the mutator to reconsider a decky (no publisher in DECNET yet).' },
  { template: 'decky.{decky_id}.mutation', family: 'decky', params: ['decky_id'], builder: 'deckyMutation', args: ['{decky_id}'], dottedTail: false, description: "A decky's set of services changed, with the trigger that changed it." },
  { template: 'decky.{decky_id}.service_added', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'service_added'], dottedTail: false, description: 'A service was added to a running decky.' },
  { template: 'decky.{decky_id}.service_removed', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'service_removed'], dottedTail: false, description: 'A service was removed from a running decky.' },
  { template: 'decky.{decky_id}.service_config_changed', family: 'decky', params: ['decky_id'], builder: 'decky', args: ['{decky_id}', 'service_config_changed'], dottedTail: false, description: "A service's configuration on a running decky changed." },
  { template: 'decky.{decky_id}.lifecycle', family: 'decky', params: ['decky_id'], builder: 'deckyLifecycle', args: ['{decky_id}'], dottedTail: false, description: 'A deploy or mutate operation on a decky changed status.' },
  { template: 'attacker.observed', family: 'attacker', params: [], builder: 'attacker', args: ['observed'], dottedTail: false, description: 'An attacker IP was seen for the first time by this correlator process.' },
  { template: 'attacker.scored', family: 'attacker', params: [], builder: 'attacker', args: ['scored'], dottedTail: false, description: "An attacker profile's counters and score were updated." },
  { template: 'attacker.fingerprinted', family: 'attacker', params: [], builder: 'attacker', args: ['fingerprinted'], dottedTail: false, description: 'A prober fingerprinted an attacker; the envelope `type` is the probe kind.' },
  { template: 'attacker.fingerprint_rotated', family: 'attacker', params: [], builder: 'attacker', args: ['fingerprint_rotated'], dottedTail: false, description: "An attacker's fingerprint hash for one probe changed." },
  { template: 'attacker.session.started', family: 'attacker', params: [], builder: 'attacker', args: ['session.started'], dottedTail: false, description: 'An attacker session started (reserved: no publisher in DECNET yet).' },
  { template: 'attacker.session.ended', family: 'attacker', params: [], builder: 'attacker', args: ['session.ended'], dottedTail: false, description: 'The collector closed an attacker session, with its commands.' },
  { template: 'attacker.intel.enriched', family: 'attacker', params: [], builder: 'attacker', args: ['intel.enriched'], dottedTail: false, description: 'Threat-intel providers enriched an attacker IP.' },
  { template: 'attacker.observation.{primitive}', family: 'attacker', params: ['primitive'], builder: 'attackerObservation', args: ['{primitive}'], dottedTail: true, description: 'A behavioural observation of an attacker; the primitive may span several tokens.' },
  { template: 'identity.formed', family: 'identity', params: [], builder: 'identity', args: ['formed'], dottedTail: false, description: 'The clusterer formed a new identity from observations.' },
  { template: 'identity.observation.linked', family: 'identity', params: [], builder: 'identity', args: ['observation.linked'], dottedTail: false, description: 'An observation was linked to an existing identity.' },
  { template: 'identity.merged', family: 'identity', params: [], builder: 'identity', args: ['merged'], dottedTail: false, description: 'Two identities were merged into one.' },
  { template: 'identity.unmerged', family: 'identity', params: [], builder: 'identity', args: ['unmerged'], dottedTail: false, description: 'An identity merge was revoked.' },
  { template: 'identity.campaign.assigned', family: 'identity', params: [], builder: 'identity', args: ['campaign.assigned'], dottedTail: false, description: 'An identity was assigned to a campaign.' },
  { template: 'campaign.formed', family: 'campaign', params: [], builder: 'campaign', args: ['formed'], dottedTail: false, description: 'The campaign clusterer formed a campaign from identities.' },
  { template: 'campaign.identity.assigned', family: 'campaign', params: [], builder: 'campaign', args: ['identity.assigned'], dottedTail: false, description: 'A campaign gained an identity.' },
  { template: 'campaign.merged', family: 'campaign', params: [], builder: 'campaign', args: ['merged'], dottedTail: false, description: 'Two campaigns were merged into one.' },
  { template: 'campaign.unmerged', family: 'campaign', params: [], builder: 'campaign', args: ['unmerged'], dottedTail: false, description: 'A campaign merge was revoked.' },
  { template: 'system.log', family: 'system', params: [], builder: 'system', args: ['log'], dottedTail: false, description: 'A parsed log line from the collector, or an ingester batch commit (`type` "batch_committed").' },
  { template: 'system.bus.health', family: 'system', params: [], builder: 'system', args: ['bus.health'], dottedTail: false, description: "The bus daemon's own heartbeat, every 10 seconds." },
  { template: 'system.{worker}.health', family: 'system', params: ['worker'], builder: 'systemHealth', args: ['{worker}'], dottedTail: false, description: "A worker's heartbeat, every 30 seconds." },
  { template: 'system.{worker}.control', family: 'system', params: ['worker'], builder: 'systemControl', args: ['{worker}'], dottedTail: false, description: 'A control request (stop) sent to a worker.' },
  { template: 'system.webhook.subscriptions_changed', family: 'system', params: [], builder: 'system', args: ['webhook.subscriptions_changed'], dottedTail: false, description: 'Webhook subscriptions changed; the webhook worker reloads them.' },
  { template: 'credential.captured', family: 'credential', params: [], builder: 'credential', args: ['captured'], dottedTail: false, description: 'The ingester stored a captured secret (as a SHA-256).' },
  { template: 'credential.reuse.detected', family: 'credential', params: [], builder: 'credential', args: ['reuse.detected'], dottedTail: false, description: 'One secret was used against several targets.' },
  { template: 'attribution.profile.state_changed', family: 'attribution', params: [], builder: 'attribution', args: ['profile.state_changed'], dottedTail: false, description: "A primitive's attribution state changed for an identity." },
  { template: 'attribution.profile.multi_actor_suspected', family: 'attribution', params: [], builder: 'attribution', args: ['profile.multi_actor_suspected'], dottedTail: false, description: 'Several primitives suggest that one identity is several actors.' },
  { template: 'orchestrator.traffic.{decky_id}', family: 'orchestrator', params: ['decky_id'], builder: 'orchestrator', args: ['traffic', '{decky_id}'], dottedTail: false, description: 'The orchestrator generated traffic towards a decky.' },
  { template: 'orchestrator.file.{decky_id}', family: 'orchestrator', params: ['decky_id'], builder: 'orchestrator', args: ['file', '{decky_id}'], dottedTail: false, description: 'The orchestrator created or edited a file on a decky.' },
  { template: 'orchestrator.email.{decky_id}', family: 'orchestrator', params: ['decky_id'], builder: 'orchestrator', args: ['email', '{decky_id}'], dottedTail: false, description: 'The orchestrator sent an email through a mail decky.' },
  { template: 'canary.{token_id}.placed', family: 'canary', params: ['token_id'], builder: 'canary', args: ['{token_id}', 'placed'], dottedTail: false, description: 'A canary token was planted on a decky.' },
  { template: 'canary.{token_id}.triggered', family: 'canary', params: ['token_id'], builder: 'canary', args: ['{token_id}', 'triggered'], dottedTail: false, description: 'A canary token was used (an HTTP or DNS hit).' },
  { template: 'canary.{token_id}.revoked', family: 'canary', params: ['token_id'], builder: 'canary', args: ['{token_id}', 'revoked'], dottedTail: false, description: 'A canary token was revoked by the planter or after a fingerprint was collected.' },
  { template: 'smtp.probe.pending', family: 'smtp', params: [], builder: 'smtp', args: ['probe.pending'], dottedTail: false, description: 'The ingester hands a received SMTP probe to the orchestrator.' },
  { template: 'email.received', family: 'email', params: [], builder: 'emailTopic', args: ['received'], dottedTail: false, description: 'The ingester parsed an email sent to a decky (no recipient addresses or bodies).' },
  { template: 'ttp.tagged', family: 'ttp', params: [], builder: 'ttp', args: ['tagged'], dottedTail: false, description: 'The TTP worker stored new technique tags.' },
  { template: 'ttp.rule.fired', family: 'ttp', params: [], builder: 'ttp', args: ['rule.fired'], dottedTail: false, description: 'A detection rule fired (the worker publishes the per-technique topic below).' },
  { template: 'ttp.rule.fired.{technique_id}', family: 'ttp', params: ['technique_id'], builder: 'ttpRuleFired', args: ['{technique_id}'], dottedTail: false, description: 'A detection rule fired for one ATT&CK technique.' },
  { template: 'ttp.rule.suppressed', family: 'ttp', params: [], builder: 'ttp', args: ['rule.suppressed'], dottedTail: false, description: 'A detection rule was suppressed (reserved: no publisher in DECNET yet).' },
  { template: 'ttp.rule.reloaded.{rule_id}', family: 'ttp', params: ['rule_id'], builder: 'ttpRuleReloaded', args: ['{rule_id}'], dottedTail: false, description: 'A detection rule was reloaded or deleted.' },
  { template: 'ttp.rule.state.{rule_id}', family: 'ttp', params: ['rule_id'], builder: 'ttpRuleState', args: ['{rule_id}'], dottedTail: false, description: 'A detection rule was enabled, disabled or clipped, or its state reverted.' },
] as const;

/**
 * Every topic template of the DECNET bus contract, in the order of
 * `decnet/bus/topics.py`.
 *
 * Each row gives:
 * - `template`: the topic with `{name}` placeholders for its parameters;
 * - `family`: its root token;
 * - `params`: the placeholder names, in order;
 * - `builder` and `args`: the call that makes it, where `"{name}"` stands for a
 *   parameter and anything else is passed as written;
 * - `dottedTail`: `true` when the last parameter may span several tokens
 *   (`attacker.observation.motor.input_modality`);
 * - `description`: one line on what the topic carries.
 *
 * Frozen, rows and lists included: no importer can change what others read.
 *
 * @example
 * ```ts
 * TOPIC_CATALOGUE.filter((row) => row.family === 'ttp').map((row) => row.template);
 * //=> ["ttp.tagged", "ttp.rule.fired", "ttp.rule.fired.{technique_id}", ...]
 * ```
 * @category Catalogue
 * @public
 */
export const TOPIC_CATALOGUE: typeof _CATALOGUE_ROWS = /* @__PURE__ */ _deepFreeze(_CATALOGUE_ROWS);
