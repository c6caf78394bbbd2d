import * as z from 'zod/mini';
import { _loneSurrogateIndex } from '../internal/surrogates.js';
import { _anyObject } from './codecs.js';

/** The envelope fields every event schema shares; `type` and `payload` vary by topic. @internal */
const _ENVELOPE_FIELDS = {
  /** `EVENT_SCHEMA_VERSION`: 1 for every event of this contract. */
  v: z.literal(1),
  /** `uuid4().hex`; the UNIX transport re-stamps it on the server. */
  id: z.string().check(z.minLength(1)),
  /** The subject the event was published on; never with a lone surrogate, which no transport can carry. */
  topic: z.string().check(
    z.minLength(1),
    z.refine((topic: string) => _loneSurrogateIndex(topic) === -1, { message: 'text without lone surrogates' }),
  ),
  /** Epoch seconds, as a float. */
  ts: z.number(),
};

/**
 * The envelope every DECNET bus event travels in (`decnet/bus/base.py::Event`):
 * schema version `v` (always 1), a 32-hex `id`, the `topic`, the publisher's
 * `type`, the epoch-seconds `ts`, and the `payload` object. Unknown envelope
 * keys are kept, as producers may add some.
 *
 * @remarks Validates the envelope only; the payload is any object. Use
 *   `parseEvent` to check the payload against the topic's schema as well.
 * @example
 * ```ts
 * BusEventSchema.parse({ v: 1, id: 'a'.repeat(32), topic: 'system.log', type: 'log', ts: 1.5, payload: {} });
 * ```
 * @public
 */
export const BusEventSchema = _eventSchema(
  /** The publisher's short discriminator; `""` when none was given. */
  z.string(),
  /** The publisher's dictionary. */
  _anyObject,
);

/** The output of {@link BusEventSchema}. @public */
export type BusEvent = z.infer<typeof BusEventSchema>;

/**
 * Builds the schema of a whole event whose `type` and `payload` are known:
 * the envelope of {@link BusEventSchema} with those two fields narrowed.
 *
 * @internal
 */
export function _eventSchema<Type extends z.ZodMiniType<string>, Payload extends z.ZodMiniType>(
  type: Type,
  payload: Payload,
) {
  // In the order of `Event.to_dict()`: v, id, topic, type, ts, payload.
  const { v, id, topic, ts } = _ENVELOPE_FIELDS;
  return z.looseObject({ v, id, topic, type, ts, payload });
}
