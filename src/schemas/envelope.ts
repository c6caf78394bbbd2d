/**
 * The envelope of the bus frame (`decnet/bus/base.py::Event.to_dict()`), and
 * the types of the whole-event schemas built around it.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _loneSurrogateIndex } from '../internal/surrogates.js';
import { _anyObject } from './codecs.js';
import { _exactly } from './exactly.js';
import type { TypedPayload } from './typed-payload.js';

/**
 * The `topic` of every wire form: the subject the event was published on;
 * never with a lone surrogate, which no transport can carry.
 *
 * @internal
 */
export const _TOPIC_FIELD: z.ZodMiniString = z.string().check(
  z.minLength(1),
  z.refine((topic: string) => _loneSurrogateIndex(topic) === -1, { message: 'text without lone surrogates' }),
);

/**
 * The `v` and `id` of the bus and webhook forms: `EVENT_SCHEMA_VERSION` (1),
 * and the event's id (`uuid4().hex`; the UNIX transport re-stamps it on the
 * server, and a webhook body carries a dashed uuid4 when the event had none).
 *
 * @internal
 */
export const _VERSION_FIELD: z.ZodMiniLiteral<1> = z.literal(1);
/** See {@link _VERSION_FIELD}. @internal */
export const _ID_FIELD: z.ZodMiniString = z.string().check(z.minLength(1));

/** The envelope fields every bus event schema shares; `type` and `payload` vary by topic. @internal */
const _ENVELOPE_FIELDS = {
  v: _VERSION_FIELD,
  id: _ID_FIELD,
  topic: _TOPIC_FIELD,
  /** Epoch seconds, as a float. */
  ts: z.number(),
};

/**
 * A bus event whose `type` and `payload` are those of `Variant` (a
 * {@link TypedPayload}, or a union of them, which gives a union of events):
 * what a whole-event schema outputs.
 *
 * @example
 * ```ts
 * type Scored = BusEventWith<TypedPayload<'scored', AttackerScoredPayload>>;
 * declare const ev: Scored;
 * ev.payload.event_count; // number
 * ```
 * @category Envelope
 * @public
 */
export type BusEventWith<Variant> =
  Variant extends TypedPayload<infer Type, infer Payload>
    ? {
        /** Keys a producer adds to the envelope are kept. */
        [key: string]: unknown;
        /** `EVENT_SCHEMA_VERSION`: 1 for every event of this contract. */
        v: 1;
        /** The event's id: `uuid4().hex`. */
        id: string;
        /** The subject the event was published on. */
        topic: string;
        /** The publisher's short discriminator; `""` when none was given. */
        type: Type;
        /** Epoch seconds, as a float. */
        ts: number;
        /** The publisher's dictionary. */
        payload: Payload;
      }
    : never;

/**
 * The schema of a whole bus event whose type and payload are those of
 * `Variant`.
 * @example
 * ```ts
 * declare const schema: BusEventSchemaOf<TypedPayload<'scored', AttackerScoredPayload>>;
 * schema.safeParse(input).success;
 * ```
 * @category Envelope
 * @public
 */
export type BusEventSchemaOf<Variant> = z.ZodMiniType<BusEventWith<Variant>>;

/**
 * The whole-event schemas of some templates, by template.
 * @example
 * ```ts
 * declare const schemas: BusEventSchemas<CredentialPayloads>;
 * schemas['credential.captured'].safeParse(input).success;
 * ```
 * @category Envelope
 * @public
 */
export type BusEventSchemas<Payloads> = {
  readonly [Template in keyof Payloads]: BusEventSchemaOf<Payloads[Template]>;
};

/**
 * Any event on the bus, as {@link BusEventSchema} outputs it.
 * @example
 * ```ts
 * declare const ev: BusEvent;
 * ev.topic; // string
 * ```
 * @category Envelope
 * @public
 */
export type BusEvent = BusEventWith<TypedPayload<string, Record<string, unknown>>>;

/**
 * The envelope every DECNET bus event travels in (`decnet/bus/base.py::Event`).
 *
 * It holds the schema version `v` (always 1), a 32-hex `id`, the `topic`, the
 * publisher's `type`, the epoch-seconds `ts`, and the `payload` object.
 *
 * Unknown envelope keys are kept, as producers may add some.
 *
 * @remarks Validates the envelope only; the payload is any object. Use
 *   `parseEvent` to check the payload against the topic's schema as well.
 * @example
 * ```ts
 * BusEventSchema.parse({ v: 1, id: 'a'.repeat(32), topic: 'system.log', type: 'log', ts: 1.5, payload: {} });
 * ```
 * @category Envelope
 * @public
 */
export const BusEventSchema: z.ZodMiniType<BusEvent> = _exactly<BusEvent>()(_busEventObject(z.string(), _anyObject));

/** The zod object of a bus event with this `type` and `payload` schema. @internal */
export type _EventObject<Type extends z.ZodMiniType<string>, Payload extends z.ZodMiniType> = z.ZodMiniObject<
  {
    v: z.ZodMiniLiteral<1>;
    id: z.ZodMiniString;
    topic: z.ZodMiniString;
    type: Type;
    ts: z.ZodMiniNumber;
    payload: Payload;
  },
  z.core.$loose
>;

/** The bus envelope around a type and a payload schema, in the order of `Event.to_dict()`. @internal */
export function _busEventObject<Type extends z.ZodMiniType<string>, Payload extends z.ZodMiniType>(
  type: Type,
  payload: Payload,
): _EventObject<Type, Payload> {
  const { v, id, topic, ts } = _ENVELOPE_FIELDS;
  return z.looseObject({ v, id, topic, type, ts, payload });
}

/**
 * The schema of a whole bus event with this `type` and `payload`: the
 * envelope of {@link BusEventSchema} with those two fields narrowed.
 *
 * @internal
 */
export function _eventSchema<Type extends string, Payload>(
  type: z.ZodMiniType<Type>,
  payload: z.ZodMiniType<Payload>,
): BusEventSchemaOf<TypedPayload<Type, Payload>> {
  return _busEventObject(type, payload) as z.ZodMiniType as BusEventSchemaOf<TypedPayload<Type, Payload>>;
}
