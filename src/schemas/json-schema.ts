import { _stringArg } from '../internal/arguments.js';
import { _showValue } from '../internal/escape.js';
import * as z from 'zod/mini';
import { TOPIC_CATALOGUE } from '../topics/catalogue.js';
import type { TopicTemplate } from '../topics/template-types.js';
import { _isJsonEncoded } from './codecs.js';
import { BusEventSchema } from './envelope.js';
import { EVENT_SCHEMAS } from './registry.js';

/**
 * A JSON Schema document, as plain JSON.
 * @example
 * ```ts
 * const doc: JsonSchemaDocument = eventJsonSchema('attacker.scored');
 * ```
 * @category JSON Schema
 * @public
 */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

/** String formats zod emits that JSON Schema does not define. @internal */
const NON_STANDARD_FORMATS: ReadonlySet<string> = new Set(['starts_with', 'ends_with', 'includes']);

/**
 * Cleans what zod generates for JSON Schema validators in other languages. A
 * field DECNET may send JSON-encoded is described as "the value, or its JSON
 * text", as the zod schema accepts both.
 *
 * @internal
 */
function _override({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  // zod names its string checks as formats (`starts_with`); JSON Schema has no such format, and the `pattern`
  // zod writes beside it already says the same.
  if (typeof jsonSchema['format'] === 'string' && NON_STANDARD_FORMATS.has(jsonSchema['format'])) {
    delete jsonSchema['format'];
  }
  if (!_isJsonEncoded(zodSchema as z.core.$ZodType)) return;
  const value = Object.fromEntries(Object.entries(jsonSchema).filter(([key]) => key !== 'description'));
  // zod hands over the object it will emit: it is rewritten in place.
  for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
  Object.assign(jsonSchema, {
    description: 'the value, or its JSON-encoded text',
    anyOf: [{ type: 'string', contentMediaType: 'application/json', contentSchema: value }, value],
  });
}

/** @internal */
function _document(schema: z.core.$ZodType, title: string, description: string): JsonSchemaDocument {
  // The input side: what a producer sends, before any JSON-encoded field is decoded.
  const body = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: _override,
  });
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title, description, ...body };
}

/**
 * The JSON Schema (draft 2020-12) of a template's whole event, generated from
 * its zod schema, for consumers in other languages.
 *
 * The package ships these as files in `json-schema/`.
 *
 * @param template - a catalogue template.
 * @returns the schema document, titled with the template and described with the catalogue's description.
 * @throws `TypeError` when `template` is not a string or not a catalogue template (the message quotes at most 64
 *   characters of it, escaped).
 * @remarks Slightly looser than the zod schema where JSON Schema cannot follow it (a `system.log` line whose
 *   `type` is `batch_committed` is refused by zod only).
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020';
 * const ajvValidate = new Ajv2020().compile(eventJsonSchema('attacker.scored'));
 * ```
 * @category JSON Schema
 * @public
 */
export function eventJsonSchema(template: TopicTemplate): JsonSchemaDocument {
  const text = _stringArg(template, 'eventJsonSchema', 'template');
  const row = TOPIC_CATALOGUE.find((entry) => entry.template === text);
  if (row === undefined) throw new TypeError(`eventJsonSchema(): ${_showValue(text)} is not a contract template`);
  return _document(EVENT_SCHEMAS[template], template, row.description);
}

/**
 * The JSON Schema (draft 2020-12) of the envelope every event travels in.
 *
 * @returns the schema document.
 * @example
 * ```ts
 * envelopeJsonSchema()['required']; //=> ["v", "id", "topic", "type", "ts", "payload"]
 * ```
 * @category JSON Schema
 * @public
 */
export function envelopeJsonSchema(): JsonSchemaDocument {
  return _document(BusEventSchema, 'DECNET bus event envelope', 'Any event: {v, id, topic, type, ts, payload}.');
}
