/**
 * Leaf constants of the `attacker` family, with the names and values of
 * `decnet/bus/topics.py`. A dotted value (`session.ended`) becomes several tokens
 * on the wire; `attacker` takes a leaf, so it accepts them.
 *
 * @packageDocumentation
 */

/**
 * Leaf of `attacker.observed`: the first sighting of an attacker IP.
 * @example
 * ```ts
 * attacker(ATTACKER_OBSERVED); //=> "attacker.observed"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_OBSERVED = 'observed';

/**
 * Leaf of `attacker.scored`: an attacker profile was re-scored.
 * @example
 * ```ts
 * attacker(ATTACKER_SCORED); //=> "attacker.scored"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_SCORED = 'scored';

/**
 * Leaf of `attacker.fingerprinted`: a prober fingerprinted an attacker; the kind is the envelope `type`.
 * @example
 * ```ts
 * attacker(ATTACKER_FINGERPRINTED); //=> "attacker.fingerprinted"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_FINGERPRINTED = 'fingerprinted';

/**
 * Leaf of `attacker.fingerprint_rotated`: an attacker's fingerprint hash changed.
 * @example
 * ```ts
 * attacker(ATTACKER_FINGERPRINT_ROTATED); //=> "attacker.fingerprint_rotated"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_FINGERPRINT_ROTATED = 'fingerprint_rotated';

/**
 * Dotted leaf of `attacker.session.started` (reserved: nothing publishes it yet).
 * @example
 * ```ts
 * attacker(ATTACKER_SESSION_STARTED); //=> "attacker.session.started"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_SESSION_STARTED = 'session.started';

/**
 * Dotted leaf of `attacker.session.ended`: the collector closed an attacker session.
 * @example
 * ```ts
 * attacker(ATTACKER_SESSION_ENDED); //=> "attacker.session.ended"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_SESSION_ENDED = 'session.ended';

/**
 * Dotted leaf of `attacker.intel.enriched`: threat-intel providers enriched an attacker.
 * @example
 * ```ts
 * attacker(ATTACKER_INTEL_ENRICHED); //=> "attacker.intel.enriched"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_INTEL_ENRICHED = 'intel.enriched';

/**
 * Prefix token of `attacker.observation.{primitive}` behavioural observations.
 * @example
 * ```ts
 * attackerObservation('motor.input_modality'); //=> "attacker.observation.motor.input_modality"
 * ```
 * @category Topics
 * @public
 */
export const ATTACKER_OBSERVATION_PREFIX = 'observation';
