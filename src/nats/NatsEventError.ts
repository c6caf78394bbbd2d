import type { EventIssue } from '../errors/EventValidationError.js';
import { _showName, _showValue } from '../internal/escape.js';

/**
 * Why an event could not be published on NATS, or a message received from NATS is not an event.
 *
 * - `unsendable-topic`: the topic cannot be a NATS subject (see {@link NatsSubjectFault}); nothing was sent;
 * - `too-large`: the body is over the limit (1 MiB by default, DECNET's own bus limit);
 * - `not-utf8`: the body is not UTF-8;
 * - `not-json`: the body is not JSON text (received), or the event cannot be written as JSON (published: a
 *   `BigInt`, a cycle);
 * - `topic-mismatch`: the body's `topic` is not the subject the message was published on;
 * - `invalid-event`: the event does not meet the DECNET contract, or its topic is outside it under `strict`;
 * - `outside-pattern`: a JetStream message arrived on a subject the consumer's pattern does not match.
 *
 * @example
 * ```ts
 * const reason: NatsEventRejection = 'topic-mismatch';
 * ```
 * @category NATS
 * @public
 */
export type NatsEventRejection =
  'unsendable-topic' | 'too-large' | 'not-utf8' | 'not-json' | 'topic-mismatch' | 'invalid-event' | 'outside-pattern';

/**
 * Why a topic cannot be a NATS subject.
 *
 * - `empty`, `empty-token`: NATS refuses empty subjects and empty tokens (`a..b`, `.a`, `a.`);
 * - `wildcard`: `*` or `>` in a token; no DECNET builder makes one, and a whole-token wildcard would reach
 *   subscribers as a pattern;
 * - `whitespace`: one of the 29 whitespace code points; a space or a tab would split the protocol line;
 * - `lone-surrogate`: half of a UTF-16 surrogate pair, which UTF-8 cannot carry;
 * - `leading-bom`: a first U+FEFF, which the NATS JavaScript client drops when it decodes a subject, so the
 *   event would arrive on another subject than its topic;
 * - `too-long`: over {@link NATS_EVENT_LIMITS}`.maxSubjectBytes` bytes of UTF-8; the server would close the
 *   publisher's connection ("maximum control line exceeded").
 *
 * @example
 * ```ts
 * const fault: NatsSubjectFault = 'empty-token';
 * ```
 * @category NATS
 * @public
 */
export type NatsSubjectFault =
  'empty' | 'empty-token' | 'wildcard' | 'whitespace' | 'lone-surrogate' | 'leading-bom' | 'too-long';

/**
 * What a {@link NatsEventError} records; also what an `onInvalid` callback receives (no `Error` is built for a
 * message that is skipped).
 *
 * @example
 * ```ts
 * const details: NatsEventErrorDetails = { reason: 'topic-mismatch', subject: 'attacker.scored', topic: 'attacker.observed' };
 * ```
 * @category NATS
 * @public
 */
export interface NatsEventErrorDetails {
  /** Why the event was refused. */
  readonly reason: NatsEventRejection;
  /** The NATS subject: the one the message arrived on, or the topic that was to be published. */
  readonly subject: string;
  /** For `topic-mismatch`: the `topic` the body claims. */
  readonly topic?: string;
  /** For `unsendable-topic`: what is wrong with the subject, and the UTF-16 offset of the fault. */
  readonly fault?: NatsSubjectFault;
  /** See {@link NatsEventErrorDetails.fault}. */
  readonly index?: number;
  /** For `too-large`: the size of the body in bytes, and the limit it passed. */
  readonly size?: number;
  /** See {@link NatsEventErrorDetails.size}. */
  readonly limit?: number;
  /** For `not-json`: the start of the body (the message shows at most 64 characters of it, escaped). */
  readonly received?: string;
  /** For `invalid-event`: the template the event was checked against, `null` when its topic is outside the contract. */
  readonly template?: string | null;
  /** For `invalid-event`: what is wrong with the event. */
  readonly issues?: readonly EventIssue[];
}

/**
 * Thrown when an event cannot be published on NATS, or (with `onInvalid: 'throw'`) when a message received
 * from NATS is not a valid DECNET event.
 *
 * @remarks The message quotes the subject and any input escaped and cut to 64 characters, so it can go to a log as
 *   it is; `reason` is what code should branch on.
 * @example
 * ```ts
 * const error = new NatsEventError({ reason: 'unsendable-topic', subject: 'a..b', fault: 'empty-token', index: 2 });
 * error.reason; //=> "unsendable-topic"
 * ```
 * @category NATS
 * @public
 */
export class NatsEventError extends Error {
  /** Always `"NatsEventError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'NatsEventError' = 'NatsEventError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** {@inheritDoc NatsEventErrorDetails.reason} */
  declare readonly reason: NatsEventRejection;
  /** {@inheritDoc NatsEventErrorDetails.subject} */
  declare readonly subject: string;
  /** What is wrong with the event for `invalid-event`; empty for every other reason. */
  declare readonly issues: readonly EventIssue[];
  /** Everything recorded about the refusal. */
  declare readonly details: NatsEventErrorDetails;

  /**
   * @param details - the reason, the subject, and what the message may show; the message is built from them.
   */
  constructor(details: NatsEventErrorDetails) {
    super(_natsEventMessage(details));
    this.reason = details.reason;
    this.subject = details.subject;
    this.issues = details.reason === 'invalid-event' ? (details.issues ?? []) : [];
    this.details = details;
  }
}

/** @internal Why a subject cannot cross NATS, in words. */
const _FAULT_TEXT: Readonly<Record<NatsSubjectFault, string>> = {
  empty: 'it is empty',
  'empty-token': 'it has an empty token, which NATS refuses (the DECNET bus would carry it)',
  wildcard: 'it holds "*" or ">", which subscribers would read as a wildcard',
  whitespace: 'it holds whitespace, which would split the NATS protocol line',
  'lone-surrogate': 'it holds a lone surrogate, which UTF-8 cannot carry',
  'leading-bom': 'it starts with U+FEFF, which NATS clients drop when they decode a subject',
  'too-long': 'it is longer than a NATS control line allows; the server would close the connection',
};

/** @internal The message of each reason: what was wrong, then what it means. */
function _natsEventMessage(details: NatsEventErrorDetails): string {
  const subject = _showName(details.subject);
  switch (details.reason) {
    case 'unsendable-topic': {
      const at = details.index === undefined ? '' : ` (at index ${details.index})`;
      const why = details.fault === undefined ? 'it is not a valid subject' : _FAULT_TEXT[details.fault];
      return `${subject} cannot be published on NATS${at}: ${why}`;
    }
    case 'too-large':
      return `the event on ${subject} is ${details.size ?? '?'} bytes, over the limit of ${details.limit ?? '?'} bytes`;
    case 'not-utf8':
      return `the body on ${subject} is not UTF-8`;
    case 'not-json': {
      const start = details.received === undefined ? '' : `: it starts ${_showValue(details.received)}`;
      return `the body on ${subject} is not JSON${start}`;
    }
    case 'topic-mismatch':
      return `the body on ${subject} claims the topic ${_showName(details.topic ?? '')}: the subject is the event's topic (DECNET ignores the body's), so the body was altered or mis-routed`;
    case 'invalid-event':
      return _invalidEventMessage(subject, details.issues ?? []);
    case 'outside-pattern':
      return `${subject} is not matched by the consumer's pattern: the consumer's filter and the pattern disagree`;
  }
}

/** @internal The issues of an invalid event, five at most, as EventValidationError lists them. */
function _invalidEventMessage(subject: string, issues: readonly EventIssue[]): string {
  const lines = issues.slice(0, 5).map((issue) => `  - ${issue.message}`);
  if (issues.length > 5) lines.push(`  - and ${issues.length - 5} more`);
  const head = `the event on ${subject} does not meet the DECNET contract`;
  return lines.length === 0 ? head : `${head}:\n${lines.join('\n')}`;
}
