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
 * @category Topics
 * @public
 */
export const TOPOLOGY = 'topology';

/**
 * Root of per-decky topics (`decky.{decky_id}.{event}`).
 * @example
 * ```ts
 * `${DECKY}.*.state`; //=> "decky.*.state"
 * ```
 * @category Topics
 * @public
 */
export const DECKY = 'decky';

/**
 * Root of attacker sightings, scores, fingerprints, sessions and observations.
 * @example
 * ```ts
 * `${ATTACKER}.>`; //=> "attacker.>"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER = 'attacker';

/**
 * Root of identity-resolution events published by the clusterer.
 * @example
 * ```ts
 * `${IDENTITY}.>`; //=> "identity.>"
 * ```
 * @category Topics
 * @public
 */
export const IDENTITY = 'identity';

/**
 * Root of campaign-clustering events.
 * @example
 * ```ts
 * `${CAMPAIGN}.>`; //=> "campaign.>"
 * ```
 * @category Topics
 * @public
 */
export const CAMPAIGN = 'campaign';

/**
 * Root of logs, heartbeats, worker control and webhook reload signals.
 * @example
 * ```ts
 * `${SYSTEM}.*.health`; //=> "system.*.health"
 * ```
 * @category Topics
 * @public
 */
export const SYSTEM = 'system';

/**
 * Root of captured-credential and credential-reuse events.
 * @example
 * ```ts
 * `${CREDENTIAL}.>`; //=> "credential.>"
 * ```
 * @category Topics
 * @public
 */
export const CREDENTIAL = 'credential';

/**
 * Root of attribution-engine profile events.
 * @example
 * ```ts
 * `${ATTRIBUTION}.>`; //=> "attribution.>"
 * ```
 * @category Topics
 * @public
 */
export const ATTRIBUTION = 'attribution';

/**
 * Root of orchestrator activity (`orchestrator.{kind}.{decky_id}`).
 * @example
 * ```ts
 * `${ORCHESTRATOR}.*.*`; //=> "orchestrator.*.*"
 * ```
 * @category Topics
 * @public
 */
export const ORCHESTRATOR = 'orchestrator';

/**
 * Root of canary-token events (`canary.{token_id}.{event}`).
 * @example
 * ```ts
 * `${CANARY}.>`; //=> "canary.>"
 * ```
 * @category Topics
 * @public
 */
export const CANARY = 'canary';

/**
 * Root of SMTP hand-offs between the ingester and the orchestrator.
 * @example
 * ```ts
 * `${SMTP}.>`; //=> "smtp.>"
 * ```
 * @category Topics
 * @public
 */
export const SMTP = 'smtp';

/**
 * Root of received-email events.
 * @example
 * ```ts
 * `${EMAIL}.received`; //=> "email.received"
 * ```
 * @category Topics
 * @public
 */
export const EMAIL = 'email';

/**
 * Root of TTP tagging and detection-rule events.
 * @example
 * ```ts
 * `${TTP}.>`; //=> "ttp.>"
 * ```
 * @category Topics
 * @public
 */
export const TTP = 'ttp';
