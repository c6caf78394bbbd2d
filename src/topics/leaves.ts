/**
 * Leaf and event-type constants of `decnet/bus/topics.py`, with the Python
 * names and values. A value holding a dot (`session.ended`) is a "dotted leaf":
 * it becomes several tokens on the wire and is accepted only by the builders
 * that take a leaf.
 *
 * @packageDocumentation
 */

// Topology mutation states and status

/**
 * Mutation state: the API accepted a topology mutation and queued it.
 * @example
 * ```ts
 * topologyMutation(id, MUTATION_ENQUEUED); //=> "topology.t-1.mutation.enqueued"
 * ```
 * @public
 */
export const MUTATION_ENQUEUED = 'enqueued';

/**
 * Mutation state: the mutator started applying a queued mutation.
 * @example
 * ```ts
 * topologyMutation(id, MUTATION_APPLYING); //=> "topology.t-1.mutation.applying"
 * ```
 * @public
 */
export const MUTATION_APPLYING = 'applying';

/**
 * Mutation state: the mutator applied a mutation.
 * @example
 * ```ts
 * topologyMutation(id, MUTATION_APPLIED); //=> "topology.t-1.mutation.applied"
 * ```
 * @public
 */
export const MUTATION_APPLIED = 'applied';

/**
 * Mutation state: applying a mutation failed.
 * @example
 * ```ts
 * topologyMutation(id, MUTATION_FAILED); //=> "topology.t-1.mutation.failed"
 * ```
 * @public
 */
export const MUTATION_FAILED = 'failed';

/**
 * Leaf of `topology.{topology_id}.status`, published when a topology changes status.
 * @example
 * ```ts
 * topologyStatus(id); //=> "topology.t-1.status"
 * ```
 * @public
 */
export const TOPOLOGY_STATUS = 'status';

// Decky events

/**
 * Leaf of `decky.{decky_id}.state`: the fleet reconciler's view of a decky.
 * @example
 * ```ts
 * decky(id, DECKY_STATE); //=> "decky.d-1.state"
 * ```
 * @public
 */
export const DECKY_STATE = 'state';

/**
 * Leaf of `decky.{decky_id}.traffic`: sniffer fingerprints seen on a decky.
 * @example
 * ```ts
 * decky(id, DECKY_TRAFFIC); //=> "decky.d-1.traffic"
 * ```
 * @public
 */
export const DECKY_TRAFFIC = 'traffic';

/**
 * Leaf of `decky.{decky_id}.mutate_request`: asks the mutator to wake up for a decky.
 * @example
 * ```ts
 * decky(id, DECKY_MUTATE_REQUEST); //=> "decky.d-1.mutate_request"
 * ```
 * @public
 */
export const DECKY_MUTATE_REQUEST = 'mutate_request';

/**
 * Leaf of `decky.{decky_id}.mutation`: a decky's services changed.
 * @example
 * ```ts
 * deckyMutation(id); //=> "decky.d-1.mutation"
 * ```
 * @public
 */
export const DECKY_MUTATION = 'mutation';

/**
 * Leaf of `decky.{decky_id}.service_added`: a service was added to a running decky.
 * @example
 * ```ts
 * decky(id, DECKY_SERVICE_ADDED); //=> "decky.d-1.service_added"
 * ```
 * @public
 */
export const DECKY_SERVICE_ADDED = 'service_added';

/**
 * Leaf of `decky.{decky_id}.service_removed`: a service was removed from a running decky.
 * @example
 * ```ts
 * decky(id, DECKY_SERVICE_REMOVED); //=> "decky.d-1.service_removed"
 * ```
 * @public
 */
export const DECKY_SERVICE_REMOVED = 'service_removed';

/**
 * Leaf of `decky.{decky_id}.service_config_changed`: a service's configuration changed.
 * @example
 * ```ts
 * decky(id, DECKY_SERVICE_CONFIG_CHANGED); //=> "decky.d-1.service_config_changed"
 * ```
 * @public
 */
export const DECKY_SERVICE_CONFIG_CHANGED = 'service_config_changed';

/**
 * Leaf of `decky.{decky_id}.lifecycle`: progress of a deploy or mutate operation.
 * @example
 * ```ts
 * deckyLifecycle(id); //=> "decky.d-1.lifecycle"
 * ```
 * @public
 */
export const DECKY_LIFECYCLE = 'lifecycle';

// Attacker events

/**
 * Leaf of `attacker.observed`: the first sighting of an attacker IP.
 * @example
 * ```ts
 * attacker(ATTACKER_OBSERVED); //=> "attacker.observed"
 * ```
 * @public
 */
export const ATTACKER_OBSERVED = 'observed';

/**
 * Leaf of `attacker.scored`: an attacker profile was re-scored.
 * @example
 * ```ts
 * attacker(ATTACKER_SCORED); //=> "attacker.scored"
 * ```
 * @public
 */
export const ATTACKER_SCORED = 'scored';

/**
 * Leaf of `attacker.fingerprinted`: a prober fingerprinted an attacker; the kind is the envelope `type`.
 * @example
 * ```ts
 * attacker(ATTACKER_FINGERPRINTED); //=> "attacker.fingerprinted"
 * ```
 * @public
 */
export const ATTACKER_FINGERPRINTED = 'fingerprinted';

/**
 * Leaf of `attacker.fingerprint_rotated`: an attacker's fingerprint hash changed.
 * @example
 * ```ts
 * attacker(ATTACKER_FINGERPRINT_ROTATED); //=> "attacker.fingerprint_rotated"
 * ```
 * @public
 */
export const ATTACKER_FINGERPRINT_ROTATED = 'fingerprint_rotated';

/**
 * Dotted leaf of `attacker.session.started` (reserved: nothing publishes it yet).
 * @example
 * ```ts
 * attacker(ATTACKER_SESSION_STARTED); //=> "attacker.session.started"
 * ```
 * @public
 */
export const ATTACKER_SESSION_STARTED = 'session.started';

/**
 * Dotted leaf of `attacker.session.ended`: the collector closed an attacker session.
 * @example
 * ```ts
 * attacker(ATTACKER_SESSION_ENDED); //=> "attacker.session.ended"
 * ```
 * @public
 */
export const ATTACKER_SESSION_ENDED = 'session.ended';

/**
 * Dotted leaf of `attacker.intel.enriched`: threat-intel providers enriched an attacker.
 * @example
 * ```ts
 * attacker(ATTACKER_INTEL_ENRICHED); //=> "attacker.intel.enriched"
 * ```
 * @public
 */
export const ATTACKER_INTEL_ENRICHED = 'intel.enriched';

/**
 * Prefix token of `attacker.observation.{primitive}` behavioural observations.
 * @example
 * ```ts
 * attackerObservation(primitive); //=> "attacker.observation.motor.input_modality"
 * ```
 * @public
 */
export const ATTACKER_OBSERVATION_PREFIX = 'observation';

// Identity and campaign events

/**
 * Leaf of `identity.formed`: the clusterer formed a new identity.
 * @example
 * ```ts
 * identity(IDENTITY_FORMED); //=> "identity.formed"
 * ```
 * @public
 */
export const IDENTITY_FORMED = 'formed';

/**
 * Dotted leaf of `identity.observation.linked`: an observation joined an identity.
 * @example
 * ```ts
 * identity(IDENTITY_OBSERVATION_LINKED); //=> "identity.observation.linked"
 * ```
 * @public
 */
export const IDENTITY_OBSERVATION_LINKED = 'observation.linked';

/**
 * Leaf of `identity.merged`: two identities were merged.
 * @example
 * ```ts
 * identity(IDENTITY_MERGED); //=> "identity.merged"
 * ```
 * @public
 */
export const IDENTITY_MERGED = 'merged';

/**
 * Leaf of `identity.unmerged`: a merge was revoked.
 * @example
 * ```ts
 * identity(IDENTITY_UNMERGED); //=> "identity.unmerged"
 * ```
 * @public
 */
export const IDENTITY_UNMERGED = 'unmerged';

/**
 * Dotted leaf of `identity.campaign.assigned`: an identity joined a campaign.
 * @example
 * ```ts
 * identity(IDENTITY_CAMPAIGN_ASSIGNED); //=> "identity.campaign.assigned"
 * ```
 * @public
 */
export const IDENTITY_CAMPAIGN_ASSIGNED = 'campaign.assigned';

/**
 * Leaf of `campaign.formed`: the campaign clusterer formed a campaign.
 * @example
 * ```ts
 * campaign(CAMPAIGN_FORMED); //=> "campaign.formed"
 * ```
 * @public
 */
export const CAMPAIGN_FORMED = 'formed';

/**
 * Dotted leaf of `campaign.identity.assigned`: a campaign gained an identity.
 * @example
 * ```ts
 * campaign(CAMPAIGN_IDENTITY_ASSIGNED); //=> "campaign.identity.assigned"
 * ```
 * @public
 */
export const CAMPAIGN_IDENTITY_ASSIGNED = 'identity.assigned';

/**
 * Leaf of `campaign.merged`: two campaigns were merged.
 * @example
 * ```ts
 * campaign(CAMPAIGN_MERGED); //=> "campaign.merged"
 * ```
 * @public
 */
export const CAMPAIGN_MERGED = 'merged';

/**
 * Leaf of `campaign.unmerged`: a campaign merge was revoked.
 * @example
 * ```ts
 * campaign(CAMPAIGN_UNMERGED); //=> "campaign.unmerged"
 * ```
 * @public
 */
export const CAMPAIGN_UNMERGED = 'unmerged';

// Credential and attribution events

/**
 * Leaf of `credential.captured`: the ingester stored a captured secret.
 * @example
 * ```ts
 * credential(CREDENTIAL_CAPTURED); //=> "credential.captured"
 * ```
 * @public
 */
export const CREDENTIAL_CAPTURED = 'captured';

/**
 * Dotted leaf of `credential.reuse.detected`: one secret was tried on several targets.
 * @example
 * ```ts
 * credential(CREDENTIAL_REUSE_DETECTED); //=> "credential.reuse.detected"
 * ```
 * @public
 */
export const CREDENTIAL_REUSE_DETECTED = 'reuse.detected';

/**
 * Prefix token of the attribution profile topics; no builder uses it, it is kept for patterns.
 * @example
 * ```ts
 * `${ATTRIBUTION}.${ATTRIBUTION_PROFILE_PREFIX}.>`; //=> "attribution.profile.>"
 * ```
 * @public
 */
export const ATTRIBUTION_PROFILE_PREFIX = 'profile';

/**
 * Dotted leaf of `attribution.profile.state_changed`: a primitive's attribution state changed.
 * @example
 * ```ts
 * attribution(ATTRIBUTION_PROFILE_STATE_CHANGED); //=> "attribution.profile.state_changed"
 * ```
 * @public
 */
export const ATTRIBUTION_PROFILE_STATE_CHANGED = 'profile.state_changed';

/**
 * Dotted leaf of `attribution.profile.multi_actor_suspected`: an identity looks like several actors.
 * @example
 * ```ts
 * attribution(ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED); //=> "attribution.profile.multi_actor_suspected"
 * ```
 * @public
 */
export const ATTRIBUTION_PROFILE_MULTI_ACTOR_SUSPECTED = 'profile.multi_actor_suspected';

// Canary and orchestrator events

/**
 * Leaf of `canary.{token_id}.placed`: a canary token was planted.
 * @example
 * ```ts
 * canary(tokenId, CANARY_PLACED); //=> "canary.tok-1.placed"
 * ```
 * @public
 */
export const CANARY_PLACED = 'placed';

/**
 * Leaf of `canary.{token_id}.triggered`: a canary token was used.
 * @example
 * ```ts
 * canary(tokenId, CANARY_TRIGGERED); //=> "canary.tok-1.triggered"
 * ```
 * @public
 */
export const CANARY_TRIGGERED = 'triggered';

/**
 * Leaf of `canary.{token_id}.revoked`: a canary token was withdrawn.
 * @example
 * ```ts
 * canary(tokenId, CANARY_REVOKED); //=> "canary.tok-1.revoked"
 * ```
 * @public
 */
export const CANARY_REVOKED = 'revoked';

/**
 * Kind token of `orchestrator.traffic.{decky_id}`: synthetic traffic between deckies.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_TRAFFIC, deckyId); //=> "orchestrator.traffic.d-1"
 * ```
 * @public
 */
export const ORCHESTRATOR_TRAFFIC = 'traffic';

/**
 * Kind token of `orchestrator.file.{decky_id}`: a file was created or edited on a decky.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_FILE, deckyId); //=> "orchestrator.file.d-1"
 * ```
 * @public
 */
export const ORCHESTRATOR_FILE = 'file';

/**
 * Kind token of `orchestrator.email.{decky_id}`: a synthetic email was sent.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_EMAIL, deckyId); //=> "orchestrator.email.d-1"
 * ```
 * @public
 */
export const ORCHESTRATOR_EMAIL = 'email';

// System events and worker control

/**
 * Leaf of `system.log`: parsed log lines and ingester batch commits.
 * @example
 * ```ts
 * system(SYSTEM_LOG); //=> "system.log"
 * ```
 * @public
 */
export const SYSTEM_LOG = 'log';

/**
 * Dotted leaf of `system.bus.health`: the bus daemon's own heartbeat.
 * @example
 * ```ts
 * system(SYSTEM_BUS_HEALTH); //=> "system.bus.health"
 * ```
 * @public
 */
export const SYSTEM_BUS_HEALTH = 'bus.health';

/**
 * Leaf of `system.{worker}.health`: a worker's heartbeat.
 * @example
 * ```ts
 * systemHealth(worker); //=> "system.sniffer.health"
 * ```
 * @public
 */
export const SYSTEM_HEALTH = 'health';

/**
 * Leaf of `system.{worker}.control`: a control request sent to a worker.
 * @example
 * ```ts
 * systemControl(worker); //=> "system.mutator.control"
 * ```
 * @public
 */
export const SYSTEM_CONTROL = 'control';

/**
 * Control action that asks a worker to stop; the only action listeners act on.
 * @example
 * ```ts
 * const request = { action: WORKER_CONTROL_STOP }; //=> { action: "stop" }
 * ```
 * @public
 */
export const WORKER_CONTROL_STOP = 'stop';

/**
 * Control action reserved for starting a worker; listeners ignore it today.
 * @example
 * ```ts
 * const request = { action: WORKER_CONTROL_START }; //=> { action: "start" }
 * ```
 * @public
 */
export const WORKER_CONTROL_START = 'start';

// Email and TTP events

/**
 * Leaf of `email.received`: the ingester parsed an email sent to a decky.
 * @example
 * ```ts
 * emailTopic(EMAIL_RECEIVED); //=> "email.received"
 * ```
 * @public
 */
export const EMAIL_RECEIVED = 'received';

/**
 * Leaf of `ttp.tagged`: the TTP worker stored new technique tags.
 * @example
 * ```ts
 * ttp(TTP_TAGGED); //=> "ttp.tagged"
 * ```
 * @public
 */
export const TTP_TAGGED = 'tagged';

/**
 * Dotted leaf of `ttp.rule.fired`; per-technique events use `ttpRuleFired(techniqueId)`.
 * @example
 * ```ts
 * ttp(TTP_RULE_FIRED); //=> "ttp.rule.fired"
 * ```
 * @public
 */
export const TTP_RULE_FIRED = 'rule.fired';

/**
 * Dotted leaf of `ttp.rule.suppressed` (reserved: nothing publishes it yet).
 * @example
 * ```ts
 * ttp(TTP_RULE_SUPPRESSED); //=> "ttp.rule.suppressed"
 * ```
 * @public
 */
export const TTP_RULE_SUPPRESSED = 'rule.suppressed';

/**
 * Dotted leaf prefix of `ttp.rule.reloaded.{rule_id}`: a detection rule was reloaded or deleted.
 * @example
 * ```ts
 * ttpRuleReloaded(ruleId); //=> "ttp.rule.reloaded.R0001"
 * ```
 * @public
 */
export const TTP_RULE_RELOADED = 'rule.reloaded';

/**
 * Dotted leaf prefix of `ttp.rule.state.{rule_id}`: a detection rule was enabled, disabled or clipped.
 * @example
 * ```ts
 * ttpRuleState(ruleId); //=> "ttp.rule.state.R0001"
 * ```
 * @public
 */
export const TTP_RULE_STATE = 'rule.state';

// The one constant that is a whole topic rather than a leaf.

/**
 * The complete topic the API publishes after a webhook subscription is created,
 * updated or deleted, so the webhook worker reloads.
 * @remarks
 * Unlike every other constant this is a full topic, not a leaf: pass it to
 * `subscribe` as it is.
 * @example
 * ```ts
 * WEBHOOK_SUBSCRIPTIONS_CHANGED; //=> "system.webhook.subscriptions_changed"
 * ```
 * @public
 */
export const WEBHOOK_SUBSCRIPTIONS_CHANGED = 'system.webhook.subscriptions_changed';
