/**
 * Publishing DECNET events on NATS, in the envelope DECNET's own bus writes.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { _describeType, _showValue } from '../internal/escape.js';
import type { ContractPayloads } from '../schemas/registry.js';
import type { TypedPayload } from '../schemas/typed-payload.js';
import type { TemplatesFor } from '../schemas/types.js';
import { _encodeEvent } from './encode-event.js';
import { _messageHeaders, type NatsHeadersInput } from './headers.js';
import { _eventId } from '../internal/event-id.js';
import { _booleanOption } from './option-checks.js';
import { _natsSubjectArg } from './subject-rules.js';

/**
 * The `type` and payload pairs a topic may be published with: the contract's where the topic is in it, any type
 * and object otherwise (refused at run time unless `strict: false`), and the same for a topic only known as
 * `string`.
 *
 * @example
 * ```ts
 * type Scored = PublishVariant<'attacker.scored'>; // TypedPayload<'scored', AttackerScoredPayload>
 * ```
 * @category NATS
 * @public
 */
export type PublishVariant<Topic extends string> = string extends Topic
  ? TypedPayload<string, Record<string, unknown>>
  : [TemplatesFor<Topic>] extends [never]
    ? TypedPayload<string, Record<string, unknown>>
    : ContractPayloads[TemplatesFor<Topic>];

/**
 * The payload of a topic published with the envelope type `Type`.
 *
 * @example
 * ```ts
 * type Jarm = PublishPayload<'attacker.fingerprinted', 'jarm'>; // AttackerFingerprintedJarmPayload
 * ```
 * @category NATS
 * @public
 */
export type PublishPayload<Topic extends string, Type extends string> =
  PublishVariant<Topic> extends infer Variant
    ? Variant extends TypedPayload<infer Types, infer Payload>
      ? Type extends Types
        ? Payload
        : never
      : never
    : never;

/**
 * An event as {@link publishEvent} sent it: DECNET's envelope, keys in the order `Event.to_dict()` writes them.
 *
 * @example
 * ```ts
 * declare const sent: PublishedEvent<'attacker.scored', 'scored'>;
 * sent.id; // 32 lowercase hex digits
 * ```
 * @category NATS
 * @public
 */
export interface PublishedEvent<Topic extends string = string, Type extends string = string, Payload = unknown> {
  /** `EVENT_SCHEMA_VERSION`: always 1. */
  readonly v: 1;
  /** A fresh `uuid4().hex`, or the `id` option. */
  readonly id: string;
  /** The subject it was published on. */
  readonly topic: Topic;
  /** The envelope type. */
  readonly type: Type;
  /** Epoch seconds, as a float. */
  readonly ts: number;
  /** The payload, as given. */
  readonly payload: Payload;
}

/**
 * Options of {@link publishEvent}. Headers are needed for the `Nats-Msg-Id` header, which is on unless
 * `msgId: false`: this library holds no NATS code, so it cannot make them itself.
 *
 * @example
 * ```ts
 * import { headers } from '@nats-io/transport-node';
 * const options: PublishEventOptions<'scored'> = { type: 'scored', headers };
 * const plain: PublishEventOptions<'scored'> = { type: 'scored', msgId: false };
 * ```
 * @category NATS
 * @public
 */
export type PublishEventOptions<Type extends string = string> = {
  /** The envelope `type`, DECNET's `event_type`: where the payload depends on it, it chooses the schema. */
  readonly type: Type;
  /** Check the event against the contract before sending it; default `true`. */
  readonly validate?: boolean;
  /** Refuse topics outside the contract; default `true`. */
  readonly strict?: boolean;
  /** The event id, to publish an event again after a failure with the id it had (32 lowercase hex digits). */
  readonly id?: string;
} & (
  | {
      /** Send the event id as `Nats-Msg-Id`, so that a JetStream stream drops a retry; default `true`. */
      readonly msgId?: true;
      /** The NATS client's `headers` function, or headers to add `Nats-Msg-Id` to. */
      readonly headers: NatsHeadersInput;
    }
  | { readonly msgId: false; readonly headers?: NatsHeadersInput }
);

/** DECNET's ids: `uuid4().hex`. @internal */
const _ID = /^[0-9a-f]{32}$/u;

/**
 * Publishes an event on NATS in DECNET's envelope: `{v, id, topic, type, ts, payload}` in that order, as
 * `Event.to_dict()` writes it, with a fresh id and the current time.
 *
 * @param nc - a connection from `@nats-io/transport-node` (or any NATS.js 3 transport).
 * @param topic - the topic, which is the NATS subject: a well-formed topic NATS can carry ({@link isNatsSubject}).
 * @param payload - the payload; its type follows the topic and `options.type`.
 * @param options - `type`, `headers` (or `msgId: false`), and `validate`, `strict`, `id`.
 * @returns the event as sent.
 * @throws {@link NatsEventError}: `unsendable-topic` for a topic NATS cannot carry (an empty token, a wildcard,
 *   whitespace, over 4,000 bytes), `invalid-event` for an event the contract refuses or a topic outside it (unless
 *   `strict: false`), `not-json`, `too-large` (over 1 MiB); `TypeError` for a bad option; the NATS client's
 *   error when the connection is closed. Nothing is sent when it throws.
 * @remarks Like NATS's own `publish`, it only queues the message: `await nc.flush()` to know that the server has
 *   it. To retry after a failure without a duplicate in a JetStream stream, publish again with `id: sent.id`: the
 *   `Nats-Msg-Id` header is the same, and the stream drops the copy within its `duplicate_window`.
 * @example
 * ```ts
 * import { headers, type NatsConnection } from '@nats-io/transport-node';
 * declare const nc: NatsConnection;
 * const sent = publishEvent(nc, 'attacker.scored', {
 *   attacker_ip: '203.0.113.7', event_count: 12, service_count: 2, decky_count: 1,
 *   bounty_count: 0, credential_count: 1, is_traversal: false,
 * }, { type: 'scored', headers });
 * sent.id; // the event id, also sent as Nats-Msg-Id
 * ```
 * @category NATS
 * @public
 */
export function publishEvent<const Topic extends string, const Type extends PublishVariant<Topic>['type']>(
  nc: NatsConnection,
  topic: Topic,
  payload: PublishPayload<Topic, Type>,
  options: PublishEventOptions<Type>,
): PublishedEvent<Topic, Type, PublishPayload<Topic, Type>> {
  const caller = 'publishEvent';
  const subject = _natsSubjectArg(topic, caller) as Topic;
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new TypeError(
      `${caller}(): argument "options" must be an object with a "type", got ${_describeType(options)}`,
    );
  }
  const { type } = options;
  if (typeof type !== 'string') {
    throw new TypeError(`${caller}(): option "type" must be a string, got ${_describeType(type)}`);
  }
  const validate = _booleanOption(options.validate, true, caller, 'validate');
  const strict = _booleanOption(options.strict, true, caller, 'strict');
  const msgId = _booleanOption(options.msgId, true, caller, 'msgId');
  const id = options.id === undefined ? _eventId() : _idOption(options.id, caller);
  const event = { v: 1, id, topic: subject, type, ts: Date.now() / 1000, payload } as const;
  const body = _encodeEvent(event, validate, strict);
  const headers = _messageHeaders(options.headers, msgId ? id : undefined, caller);
  nc.publish(subject, body, headers === undefined ? undefined : { headers });
  return event;
}

/** @internal The `id` option: DECNET's form, 32 lowercase hex digits. */
function _idOption(value: unknown, caller: string): string {
  if (typeof value === 'string' && _ID.test(value)) return value;
  const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
  throw new TypeError(`${caller}(): option "id" must be 32 lowercase hex digits, got ${shown}`);
}
