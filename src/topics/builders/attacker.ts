import { _leafTopic } from '../segment-arguments.js';
import type { LeafArg } from '../segment-types.js';

/**
 * Builds `attacker.{event_type}`.
 *
 * Catalogue templates it makes: `attacker.observed`, `attacker.scored`, `attacker.fingerprinted`,
 * `attacker.fingerprint_rotated`, `attacker.session.started`, `attacker.session.ended`, `attacker.intel.enriched`.
 *
 * @param eventType - the event leaf, usually a constant of this family; may be dotted (`session.ended`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * attacker(ATTACKER_SESSION_ENDED); //=> "attacker.session.ended"
 * attacker(ATTACKER_OBSERVED); //=> "attacker.observed"
 * ```
 * @category Topics
 * @public
 */
export function attacker<const EventType extends string>(eventType: LeafArg<EventType>): `attacker.${EventType}` {
  return _leafTopic('attacker', eventType) as `attacker.${EventType}`;
}

/**
 * Builds `attacker.observation.{primitive}`.
 *
 * Catalogue template it makes: `attacker.observation.{primitive}`.
 *
 * @param primitive - the BEHAVE primitive; may be dotted (`motor.input_modality`).
 * @returns the topic, typed as a literal when the leaf is a literal.
 * @throws {@link TopicSegmentError} when the leaf is empty or one of its dot-separated tokens is not a valid
 *   segment; `TypeError` when it is not a string.
 * @remarks Stricter than the Python builder, which only refuses an empty leaf: a leaf such as `"*"` or `"a..b"` would make a malformed topic, so it is refused here.
 * @example
 * ```ts
 * attackerObservation('motor.input_modality'); //=> "attacker.observation.motor.input_modality"
 * ```
 * @category Topics
 * @public
 */
export function attackerObservation<const Primitive extends string>(
  primitive: LeafArg<Primitive>,
): `attacker.observation.${Primitive}` {
  return _leafTopic(
    'attacker.observation',
    primitive,
    'attackerObservation',
    'primitive',
  ) as `attacker.observation.${Primitive}`;
}
