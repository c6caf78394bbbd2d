import { _showName } from '../internal/escape.js';

/**
 * One thing wrong with an event: where, what was expected and what arrived.
 *
 * @example
 * ```ts
 * const issue: EventIssue = {
 *   path: ['payload', 'iid_kind'],
 *   expected: 'one of "eui64" | "stable_privacy" | "temporary" | "unknown"',
 *   received: '"bogus"',
 *   message: 'payload.iid_kind: expected one of "eui64" | "stable_privacy" | "temporary" | "unknown", received "bogus"',
 * };
 * ```
 * @category Errors
 * @public
 */
export interface EventIssue {
  /** Keys and indexes from the event's root to the field at fault. */
  readonly path: readonly (string | number)[];
  /** What the contract expects there, in words. */
  readonly expected: string;
  /** What arrived, shown briefly (`nothing` when the key is missing); text is escaped and cut to 64 characters. */
  readonly received: string;
  /** The path, the expectation and what arrived, in one line. */
  readonly message: string;
}

/**
 * Why an event was refused: its topic, the template it was checked against
 * (`null` when the topic is outside the contract) and every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseEvent(input);
 * if (!result.success) result.error.issues.map((issue) => issue.message);
 * ```
 * @category Errors
 * @public
 */
export interface EventValidationDetails {
  /** The event's topic, or `undefined` when the envelope has none. */
  readonly topic: string | undefined;
  /** The catalogue template checked, or `null` when none applies. */
  readonly template: string | null;
  /**
   * The issues found, in the order the schema found them: at most 20, and of a list or a record of the
   * sender's keys, only its first bad item.
   */
  readonly issues: readonly EventIssue[];
}

/**
 * Thrown by `parseEvent` and `parsePayload` when an event does not meet the
 * contract.
 *
 * `safeParseEvent` returns the same details without building an error (building
 * one costs about two microseconds for its stack trace).
 *
 * @example
 * ```ts
 * try {
 *   parseEvent(input);
 * } catch (error) {
 *   if (error instanceof EventValidationError) error.issues[0]?.path; //=> ["payload", "iid_kind"]
 * }
 * ```
 * @category Errors
 * @public
 */
export class EventValidationError extends Error implements EventValidationDetails {
  /** Always `"EventValidationError"`, so the class survives minification. */
  override readonly name: 'EventValidationError' = 'EventValidationError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** {@inheritDoc EventValidationDetails.topic} */
  declare readonly topic: string | undefined;
  /** {@inheritDoc EventValidationDetails.template} */
  declare readonly template: string | null;
  /** {@inheritDoc EventValidationDetails.issues} */
  declare readonly issues: readonly EventIssue[];

  /**
   * @param details - the topic, template and issues; the message lists the issues.
   */
  constructor(details: EventValidationDetails) {
    super(_eventMessage(details));
    this.topic = details.topic;
    this.template = details.template;
    this.issues = details.issues;
  }
}

/** @internal */
function _eventMessage({ topic, template, issues }: EventValidationDetails): string {
  // The topic came from the sender: shown escaped and cut, so it cannot forge a log line.
  const shown = topic === undefined ? '' : _showName(topic);
  const subject = topic === undefined ? 'event' : template === null ? `event on ${shown}` : `${shown} (${template})`;
  const lines = issues.slice(0, 5).map((issue) => `  - ${issue.message}`);
  if (issues.length > 5) lines.push(`  - and ${issues.length - 5} more`);
  // Details built by hand may hold no issue: then the message is one line, with nothing to list.
  if (lines.length === 0) return `${subject} does not meet the DECNET contract`;
  return `${subject} does not meet the DECNET contract:\n${lines.join('\n')}`;
}
