/**
 * The thirteen root tokens of the DECNET topic hierarchy, with the names and
 * values of `decnet/bus/topics.py`. Renaming one is a breaking change for every
 * subscriber on the bus, so these values never change.
 *
 * @packageDocumentation
 */

/**
 * Root of topology mutation and status topics.
 * @example
 * ```ts
 * `${TOPOLOGY}.>`; //=> "topology.>"
 * ```
 * @public
 */
export const TOPOLOGY = 'topology';

/**
 * Root of per-decky topics (`decky.{decky_id}.{event}`).
 * @example
 * ```ts
 * `${DECKY}.*.state`; //=> "decky.*.state"
 * ```
 * @public
 */
export const DECKY = 'decky';

/**
 * Root of attacker sightings, scores, fingerprints, sessions and observations.
 * @example
 * ```ts
 * `${ATTACKER}.>`; //=> "attacker.>"
 * ```
 * @public
 */
export const ATTACKER = 'attacker';

/**
 * Root of identity-resolution events published by the clusterer.
 * @example
 * ```ts
 * `${IDENTITY}.>`; //=> "identity.>"
 * ```
 * @public
 */
export const IDENTITY = 'identity';

/**
 * Root of campaign-clustering events.
 * @example
 * ```ts
 * `${CAMPAIGN}.>`; //=> "campaign.>"
 * ```
 * @public
 */
export const CAMPAIGN = 'campaign';

/**
 * Root of logs, heartbeats, worker control and webhook reload signals.
 * @example
 * ```ts
 * `${SYSTEM}.*.health`; //=> "system.*.health"
 * ```
 * @public
 */
export const SYSTEM = 'system';

/**
 * Root of captured-credential and credential-reuse events.
 * @example
 * ```ts
 * `${CREDENTIAL}.>`; //=> "credential.>"
 * ```
 * @public
 */
export const CREDENTIAL = 'credential';

/**
 * Root of attribution-engine profile events.
 * @example
 * ```ts
 * `${ATTRIBUTION}.>`; //=> "attribution.>"
 * ```
 * @public
 */
export const ATTRIBUTION = 'attribution';

/**
 * Root of orchestrator activity (`orchestrator.{kind}.{decky_id}`).
 * @example
 * ```ts
 * `${ORCHESTRATOR}.*.*`; //=> "orchestrator.*.*"
 * ```
 * @public
 */
export const ORCHESTRATOR = 'orchestrator';

/**
 * Root of canary-token events (`canary.{token_id}.{event}`).
 * @example
 * ```ts
 * `${CANARY}.>`; //=> "canary.>"
 * ```
 * @public
 */
export const CANARY = 'canary';

/**
 * Root of SMTP hand-offs between the ingester and the orchestrator.
 * @example
 * ```ts
 * `${SMTP}.>`; //=> "smtp.>"
 * ```
 * @public
 */
export const SMTP = 'smtp';

/**
 * Root of received-email events.
 * @example
 * ```ts
 * `${EMAIL}.received`; //=> "email.received"
 * ```
 * @public
 */
export const EMAIL = 'email';

/**
 * Root of TTP tagging and detection-rule events.
 * @example
 * ```ts
 * `${TTP}.>`; //=> "ttp.>"
 * ```
 * @public
 */
export const TTP = 'ttp';
