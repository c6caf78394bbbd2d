/**
 * An envelope as the bytes a NATS message carries, checked before anything is sent.
 *
 * @packageDocumentation
 */
import { _eventIssue, _received } from '../schemas/issues.js';
import { safeParseEvent } from '../schemas/parse.js';
import { parseTopic } from '../topics/parse.js';
import { _utf8Bytes } from '../internal/utf8.js';
import { NATS_EVENT_LIMITS } from './limits.js';
import { NatsEventError } from './NatsEventError.js';

/** The envelope fields, in the order DECNET's `Event.to_dict()` writes them. @internal */
export interface _Envelope {
  readonly v: 1;
  readonly id: string;
  readonly topic: string;
  readonly type: string;
  readonly ts: number;
  readonly payload: unknown;
}

/**
 * The UTF-8 JSON of an envelope, keys in its own order (`v, id, topic, type, ts, payload`, as DECNET writes
 * them), refused unless it can be written as JSON, fits DECNET's 1 MiB, and, when `validate` is on, meets the
 * contract.
 *
 * What is checked is the JSON text parsed back, not the object: that is what every subscriber will read, so a
 * `Date`, a `NaN` or an `undefined` field is judged as it arrives (a string, `null`, absent).
 *
 * @throws {@link NatsEventError}: `not-json`, `too-large`, `invalid-event`.
 * @internal
 */
export function _encodeEvent(envelope: _Envelope, validate: boolean, strict: boolean): Uint8Array {
  const subject = envelope.topic;
  let text: string;
  try {
    text = JSON.stringify(envelope);
  } catch {
    // A BigInt, a cycle, or a toJSON that throws: the serialiser's message may quote the payload, so it is not kept.
    throw new NatsEventError({ reason: 'not-json', subject });
  }
  const body = _utf8Bytes(text);
  const limit = NATS_EVENT_LIMITS.maxBytes;
  if (body.byteLength > limit) {
    throw new NatsEventError({ reason: 'too-large', subject, size: body.byteLength, limit });
  }
  if (validate) {
    const result = safeParseEvent(JSON.parse(text), { form: 'bus', strict });
    if (!result.success) {
      const { template, issues } = result.error;
      throw new NatsEventError({ reason: 'invalid-event', subject, template, issues });
    }
  } else if (strict && parseTopic(subject) === null) {
    const issue = _eventIssue(['topic'], 'a topic of the DECNET contract', _received(subject));
    throw new NatsEventError({ reason: 'invalid-event', subject, template: null, issues: [issue] });
  }
  return body;
}
