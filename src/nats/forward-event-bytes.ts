/**
 * Forwarding events that are already bytes, as a bridge from DECNET's UNIX bus receives them.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { _describeType } from '../internal/escape.js';
import { _messageHeaders, _msgIdOption, type NatsHeadersInput } from './headers.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import { NatsEventError } from './NatsEventError.js';
import { _natsSubjectArg } from './subject-rules.js';

/**
 * Options of {@link forwardEventBytes}.
 *
 * @example
 * ```ts
 * import { headers } from '@nats-io/transport-node';
 * const options: ForwardEventBytesOptions = { msgId: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7', headers };
 * ```
 * @category NATS
 * @public
 */
export interface ForwardEventBytesOptions {
  /** Sent as `Nats-Msg-Id`, so that a JetStream stream drops a copy: the event's `id`, when the caller knows it. */
  readonly msgId?: string;
  /** The NATS client's `headers` function, or headers to send; needed with `msgId`. */
  readonly headers?: NatsHeadersInput;
}

/**
 * Publishes an event body as it is, on the subject of its topic: no parsing, no re-serialisation.
 *
 * A bridge wants the bytes DECNET wrote: parsing would decode JSON-encoded fields and could reorder keys, and
 * re-serialising would change the bytes consumers can verify.
 *
 * @param nc - a connection from `@nats-io/transport-node` (or any NATS.js 3 transport).
 * @param topic - the topic, which is the NATS subject: a well-formed topic NATS can carry ({@link isNatsSubject}).
 * @param body - the event's bytes, at most 1 MiB (DECNET's bus limit).
 * @param options - `msgId` and `headers`.
 * @throws {@link NatsEventError}: `unsendable-topic`, `too-large`; `TypeError` for a body that is not a
 *   `Uint8Array` or a bad option; the NATS client's error when the connection is closed. Nothing is sent when it
 *   throws.
 * @remarks The body is not checked: subscribers check it ({@link subscribeEvents} refuses a body whose `topic` is
 *   not the subject). Check it before forwarding if the source is not trusted.
 * @example
 * ```ts
 * import type { NatsConnection } from '@nats-io/transport-node';
 * declare const nc: NatsConnection;
 * declare const frame: { readonly topic: string; readonly body: Uint8Array };
 * forwardEventBytes(nc, frame.topic, frame.body);
 * ```
 * @category NATS
 * @public
 */
export function forwardEventBytes(
  nc: NatsConnection,
  topic: string,
  body: Uint8Array,
  options: ForwardEventBytesOptions = {},
): void {
  const caller = 'forwardEventBytes';
  const subject = _natsSubjectArg(topic, caller);
  if (!(body instanceof Uint8Array)) {
    throw new TypeError(`${caller}(): argument "body" must be a Uint8Array, got ${_describeType(body)}`);
  }
  const limit = NATS_EVENT_LIMITS.maxBytes;
  if (body.byteLength > limit) throw new NatsEventError({ reason: 'too-large', subject, size: body.byteLength, limit });
  const msgId = options.msgId === undefined ? undefined : _msgIdOption(options.msgId, caller);
  const headers = _messageHeaders(options.headers, msgId, caller);
  nc.publish(subject, body, headers === undefined ? undefined : { headers });
}
