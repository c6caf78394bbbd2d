/**
 * Kind tokens of the `orchestrator` family (`orchestrator.{kind}.{decky_id}`),
 * with the names and values of `decnet/bus/topics.py`. Each is a single token,
 * because `orchestrator` takes its kind as one segment.
 *
 * @packageDocumentation
 */

/**
 * Kind token of `orchestrator.traffic.{decky_id}`: synthetic traffic between deckies.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_TRAFFIC, 'd-1'); //=> "orchestrator.traffic.d-1"
 * ```
 * @category Topics
 * @public
 */
export const ORCHESTRATOR_TRAFFIC = 'traffic';

/**
 * Kind token of `orchestrator.file.{decky_id}`: a file was created or edited on a decky.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_FILE, 'd-1'); //=> "orchestrator.file.d-1"
 * ```
 * @category Topics
 * @public
 */
export const ORCHESTRATOR_FILE = 'file';

/**
 * Kind token of `orchestrator.email.{decky_id}`: a synthetic email was sent.
 * @example
 * ```ts
 * orchestrator(ORCHESTRATOR_EMAIL, 'd-1'); //=> "orchestrator.email.d-1"
 * ```
 * @category Topics
 * @public
 */
export const ORCHESTRATOR_EMAIL = 'email';
