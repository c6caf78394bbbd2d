import { _showName, _showValue } from '../internal/escape.js';
import type { EventIssue } from './EventValidationError.js';

/**
 * Why a webhook delivery was refused.
 *
 * - `missing-signature`: no `X-DECNET-Signature` header, or an empty one;
 * - `malformed-signature`: the header is not `sha256=` and 64 lowercase hex digits (or came several times);
 * - `bad-signature`: the HMAC-SHA256 of the body under every secret tried differs from the header;
 * - `body-too-large`: the body is longer than the receiver accepts;
 * - `malformed-body`: the body is not UTF-8 JSON holding one object;
 * - `header-mismatch`: a header (`X-DECNET-Event-Id`, `X-DECNET-Event-Topic`) says other than the body;
 * - `stale`: the event time in the signed body is older than the receiver accepts (`X-DECNET-Timestamp` is not
 *   signed, so it is never what decides);
 * - `invalid-event`: the event does not meet the DECNET contract.
 *
 * @example
 * ```ts
 * const reason: WebhookRejection = 'bad-signature';
 * ```
 * @category Errors
 * @public
 */
export type WebhookRejection =
  | 'missing-signature'
  | 'malformed-signature'
  | 'bad-signature'
  | 'body-too-large'
  | 'malformed-body'
  | 'header-mismatch'
  | 'stale'
  | 'invalid-event';

/**
 * The HTTP status a receiver should answer for each {@link WebhookRejection}.
 *
 * DECNET retries on 429 and 5xx only, so every one of these ends the delivery:
 * a 4xx tells its operator that retrying cannot help.
 *
 * @example
 * ```ts
 * const status: WebhookStatus = 401;
 * ```
 * @category Errors
 * @public
 */
export type WebhookStatus = 400 | 401 | 413 | 422;

/**
 * What a {@link WebhookError} is built from: the reason, and what the message
 * may show.
 *
 * Never pass a secret here: nothing of it belongs in a message.
 *
 * @example
 * ```ts
 * const details: WebhookErrorDetails = { reason: 'header-mismatch', header: 'X-DECNET-Event-Id', received: 'abc' };
 * ```
 * @category Errors
 * @public
 */
export interface WebhookErrorDetails {
  /** Why the delivery was refused. */
  readonly reason: WebhookRejection;
  /** The header concerned (`header-mismatch`, `stale`), shown escaped. */
  readonly header?: string;
  /** The offending text (a header value, the start of a body): the message quotes at most 64 characters of it. */
  readonly received?: string;
  /** The limit that was passed: bytes for `body-too-large`, the greatest age in seconds for `stale`. */
  readonly limit?: number;
  /** What was wrong with the event, for `invalid-event` only (ignored for every other reason). */
  readonly issues?: readonly EventIssue[];
}

/** The status of each reason: 401 for the signature, so that a wrong secret reads as an authentication failure. */
const STATUS: Readonly<Record<WebhookRejection, WebhookStatus>> = {
  'missing-signature': 401,
  'malformed-signature': 401,
  'bad-signature': 401,
  'body-too-large': 413,
  'malformed-body': 400,
  'header-mismatch': 400,
  stale: 400,
  'invalid-event': 422,
};

/**
 * Thrown (or returned) by a webhook receiver when a delivery is refused.
 *
 * The reasons: a missing or wrong signature, an oversized or unreadable body,
 * headers that contradict the body, a stale timestamp, or an event outside the
 * contract.
 *
 * @remarks
 * `status` is the HTTP status to answer with. The message says what was wrong
 * and what to check; it never holds a secret, and quotes input only escaped
 * and cut to 64 characters, so it can go to a log as it is.
 *
 * @example
 * ```ts
 * const error = new WebhookError({ reason: 'bad-signature' });
 * error.status; //=> 401
 * ```
 * @category Errors
 * @public
 */
export class WebhookError extends Error {
  /** Always `"WebhookError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'WebhookError' = 'WebhookError';
  // `declare` fields: assigned in the constructor, so no class-field initialisers are emitted.
  /** Why the delivery was refused. */
  declare readonly reason: WebhookRejection;
  /** The HTTP status to answer with: 401 for the signature, 413, 400, or 422 for an invalid event. */
  declare readonly status: WebhookStatus;
  /** What was wrong with the event for `invalid-event`; empty for every other reason. */
  declare readonly issues: readonly EventIssue[];

  /**
   * @param details - the reason and what the message may show; the message is built from them.
   */
  constructor(details: WebhookErrorDetails) {
    super(_webhookMessage(details));
    this.reason = details.reason;
    this.status = STATUS[details.reason];
    this.issues = details.reason === 'invalid-event' ? (details.issues ?? []) : [];
  }
}

/** @internal The message of each reason: what was wrong, then what to check. */
function _webhookMessage(details: WebhookErrorDetails): string {
  const shown = details.received === undefined ? '' : ` ${_showValue(details.received)}`;
  const header = details.header === undefined ? 'a header' : _showName(details.header);
  const limit = details.limit === undefined ? '' : ` of ${details.limit}`;
  switch (details.reason) {
    case 'missing-signature':
      return 'the request has no X-DECNET-Signature header: DECNET signs every delivery, so it did not come from DECNET, or a proxy dropped the header';
    case 'malformed-signature':
      return `X-DECNET-Signature${shown} is not "sha256=" followed by 64 lowercase hex digits, sent once: check what sits between DECNET and this receiver`;
    case 'bad-signature':
      return "the body does not match X-DECNET-Signature under any secret tried: check that the secret is the subscription's, and that the raw bytes received are verified (re-serialised JSON never matches)";
    case 'body-too-large':
      return `the body is larger than the limit${limit} bytes: raise the limit if DECNET's events are meant to be this large`;
    case 'malformed-body':
      return `the body is not UTF-8 JSON holding one object${shown ? `: it starts${shown}` : ''}`;
    case 'header-mismatch':
      return `${header}${shown} contradicts the body: the body is signed and the headers are not, so the request was altered on the way`;
    case 'stale':
      return `the event time in the signed body${shown} is older than the limit${limit} seconds: a replay of an old delivery, a delivery delayed past the limit, or clocks that disagree`;
    case 'invalid-event':
      return _invalidEventMessage(details.issues ?? []);
  }
}

/** @internal The issues of an invalid event, five at most, as EventValidationError lists them. */
function _invalidEventMessage(issues: readonly EventIssue[]): string {
  const lines = issues.slice(0, 5).map((issue) => `  - ${issue.message}`);
  if (issues.length > 5) lines.push(`  - and ${issues.length - 5} more`);
  const head = 'the signed event does not meet the DECNET contract';
  return lines.length === 0 ? head : `${head}:\n${lines.join('\n')}`;
}
