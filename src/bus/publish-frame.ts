/**
 * The `PUB` frame of a publish: the envelope DECNET's `Event.to_dict()`
 * writes, checked against the contract before it is encoded.
 *
 * @packageDocumentation
 */
import { EventValidationError } from '../errors/EventValidationError.js';
import { _stringArg } from '../internal/arguments.js';
import { _describeType, _showValue } from '../internal/escape.js';
import { _eventIssue } from '../schemas/issues.js';
import { safeParseEvent } from '../schemas/parse.js';
import { _segmentArg } from '../topics/segment-arguments.js';
import { parseTopic } from '../topics/parse.js';
import { _eventId } from '../internal/event-id.js';
import { encodeBusFrame } from './frame.js';

/**
 * Builds the `PUB` frame for a payload on a topic: the body is the whole
 * envelope in `Event.to_dict()` order `v, id, topic, type, ts, payload` (the
 * server keeps only `type` and `payload`, and stamps its own `id` and `ts`).
 *
 * @param validate - check the payload against the contract first.
 * @param strict - refuse topics outside the contract.
 * @throws `TopicSegmentError` for a topic that is not concrete and well-formed (a pattern, an empty token,
 *   whitespace); `EventValidationError` for a payload that fails the contract or, when strict, a topic outside
 *   it; `BusProtocolError` for a topic that is not ASCII or too long, or a payload that is not JSON; `TypeError`
 *   for a `type` that is not a string or a payload that is not an object.
 * @internal
 */
export function _publishFrame(
  topic: unknown,
  payload: unknown,
  type: unknown,
  validate: boolean,
  strict: boolean,
): Uint8Array {
  // Checked first: a topic with trailing whitespace would lose it to the header's right-strip, a wildcard
  // would be matched by the server as a topic, and an empty one would be a PUB without arguments.
  const checked = _segmentArg(topic, 'publish', 'topic', true);
  const eventType = _stringArg(type, 'publish', 'options.type');
  const kind = _describeType(payload);
  if (kind !== 'object') throw new TypeError(`publish(): argument "payload" must be an object, got ${kind}`);
  const envelope = { v: 1, id: _eventId(), topic: checked, type: eventType, ts: Date.now() / 1000, payload };
  if (validate) {
    const result = safeParseEvent(envelope, { form: 'bus', strict });
    if (!result.success) throw new EventValidationError(result.error);
  } else if (strict && parseTopic(checked) === null) {
    const issue = _eventIssue(['topic'], 'a topic of the DECNET contract', _showValue(checked));
    throw new EventValidationError({ topic: checked, template: null, issues: [issue] });
  }
  return encodeBusFrame('PUB', checked, envelope);
}
