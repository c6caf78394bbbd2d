/**
 * DECNET's "send test" button (`POST /webhooks/{uuid}/test`) posts a synthetic
 * event through the same delivery path, signed like any other: topic
 * `test.ping`, type `test`, payload `{message, triggered_by}`. It does not come
 * from the bus and matches no subscription pattern; a receiver answers it 2xx.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { WebhookError } from '../errors/WebhookError.js';
import { _parseRfc3339 } from '../internal/timestamps.js';
import { _check } from '../schemas/check.js';
import { _ID_FIELD, _VERSION_FIELD } from '../schemas/envelope.js';
import { _eventIssues } from '../schemas/issues.js';
import { _TIMESTAMP_TEXT_FIELD } from '../schemas/wire-envelopes.js';

/**
 * The topic of DECNET's test delivery.
 * @example
 * ```ts
 * TEST_PING_TOPIC; //=> "test.ping"
 * ```
 * @category Receiving
 * @public
 */
export const TEST_PING_TOPIC = 'test.ping';

/**
 * DECNET's test delivery, as {@link parseWebhookDelivery} returns it: shaped
 * like a parsed webhook event, with `template: 'test.ping'`.
 * @example
 * ```ts
 * declare const event: WebhookEvent;
 * if (event.template === 'test.ping') event.payload.triggered_by; // the operator who pressed "send test"
 * ```
 * @category Receiving
 * @public
 */
export interface WebhookTestPing {
  /** Keys DECNET adds are kept. */
  [key: string]: unknown;
  readonly template: typeof TEST_PING_TOPIC;
  readonly params: Readonly<Record<string, never>>;
  readonly form: 'webhook';
  topic: typeof TEST_PING_TOPIC;
  type: 'test';
  /** A dashed uuid4, new for each press of the button. */
  id: string;
  v: 1;
  /** When the button was pressed, in epoch seconds. */
  ts: number;
  /** The same, as DECNET sent it. */
  tsText: string;
  payload: {
    /** Keys DECNET adds are kept. */
    [key: string]: unknown;
    /** `"Synthetic test event from DECNET"`. */
    message: string;
    /** The user name of the operator who sent it. */
    triggered_by: string;
  };
}

/** The test delivery's body. @internal */
const _TEST_PING_BODY = z.looseObject({
  id: _ID_FIELD,
  payload: z.looseObject({ message: z.string(), triggered_by: z.string() }),
  topic: z.literal(TEST_PING_TOPIC),
  ts: _TIMESTAMP_TEXT_FIELD,
  type: z.literal('test'),
  v: _VERSION_FIELD,
});

/**
 * The test ping a signed body holds, `null` when its topic is another, or a
 * `WebhookError` (`invalid-event`) when it claims to be one and is not.
 *
 * @internal
 */
export function _testPingOf(body: Record<string, unknown>): WebhookTestPing | null {
  if (body['topic'] !== TEST_PING_TOPIC) return null;
  const result = _check(_TEST_PING_BODY, body);
  if (!result.success) throw new WebhookError({ reason: 'invalid-event', issues: _eventIssues(result.issues) });
  const ping = result.data as Record<string, unknown>;
  const text = ping['ts'] as string;
  return Object.assign(ping, {
    ts: _parseRfc3339(text),
    tsText: text,
    template: TEST_PING_TOPIC,
    params: {},
    form: 'webhook',
  }) as WebhookTestPing;
}
