// The topic reference as data: every template of the catalogue with its payload rows, field docs, publishers,
// examples and the subscriptions that receive it. Read from the ES build (the catalogue, the payload table, the
// schemas) and from the TypeScript source (the payload interfaces and their TSDoc), so nothing here is written by
// hand but the publishers (publishers.json, from CONTRACT 3.4). scripts/build-reference.mjs renders it as the
// typedoc pages, scripts/build-json-schema.mjs reads the field descriptions from it, and
// scripts/build-asyncapi.mjs builds the AsyncAPI document from it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadExamples } from './examples.mjs';
import { readSource } from './payload-docs.mjs';
import { subscriptions } from './subscriptions.mjs';

/**
 * @typedef {{ name: string, type: string, required: boolean, nullable: boolean, enum: string[] | null,
 *   description: string, jsonEncoded: boolean }} Field
 * @typedef {{ name: string, schema: string, description: string, fields: Field[],
 *   shapes: { name: string, description: string, fields: Field[] }[] | null }} Payload
 *   `fields` joins the shapes of a two-shape payload (a field is required only if every shape requires it);
 *   `shapes` lists them, or is null for a payload of one shape.
 * @typedef {{ bus: object, webhook: object, sse: object }} Examples
 * @typedef {{ types: string[] | null, payload: Payload, examples: Examples }} Row
 *   `types: null`: any envelope `type` its sibling rows do not claim.
 * @typedef {{ template: string, family: string, params: string[], builder: string, args: string[],
 *   dottedTail: boolean, description: string, publishers: string[], rows: Row[], eventSchema: string,
 *   jsonSchemaFile: string, examples: Examples }} Template
 *   `examples`: the first row's.
 * @typedef {{ version: string, families: { family: string, templates: string[] }[], templates: Template[],
 *   subscriptions: import('./subscriptions.mjs').Subscription[], docRefs: Record<string, string> }} ReferenceModel
 *   `docRefs`: each public name's typedoc declaration reference, for `{@link}`.
 */

/**
 * Builds the reference model.
 *
 * @param {string} root - the repository root.
 * @param {{ esm?: string }} [options] - `esm`: the ES build to read (default `dist/esm`, as `npm run build:esm`
 *   writes it).
 * @returns {Promise<ReferenceModel>} the model.
 */
export async function buildReferenceModel(root, { esm = join(root, 'dist', 'esm') } = {}) {
  const built = await loadBuild(esm);
  const { payloadDoc, docRefs } = readSource(root);
  const examplesOf = await loadExamples(root, built.isoformat);
  const { publishers } = JSON.parse(readFileSync(join(root, 'scripts', 'reference', 'publishers.json'), 'utf8'));
  const names = exportNames(built.schemas);
  const templates = built.catalogue.map((entry) => {
    const eventSchema = nameOf(names, built.eventSchemas[entry.template], 'EventSchema', entry.template);
    const tableRows = built.payloads[entry.template];
    const examples = examplesOf(entry.template, tableRows);
    const rows = tableRows.map((row, index) => ({
      types: row.types === undefined ? null : [...row.types],
      payload: payload(built, payloadDoc, nameOf(names, row.schema, 'PayloadSchema', entry.template, eventSchema)),
      examples: examples[index],
    }));
    return {
      ...structuredClone(entry),
      publishers: publishers[entry.template] ?? [],
      rows,
      eventSchema,
      jsonSchemaFile: `json-schema/${entry.template}.json`,
      examples: examples[0],
    };
  });
  const order = templates.map(({ template }) => template);
  const families = [...new Set(templates.map(({ family }) => family))].map((family) => ({
    family,
    templates: templates.filter((entry) => entry.family === family).map(({ template }) => template),
  }));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { version, families, templates, subscriptions: subscriptions(built.webhooks, order), docRefs };
}

/** The modules of the ES build the model reads, internal ones included. */
async function loadBuild(esm) {
  if (!existsSync(join(esm, 'schemas.js'))) throw new Error(`${esm}: no ES build; run \`npm run build:esm\` first`);
  const load = (path) => import(pathToFileURL(join(esm, path)).href);
  const [catalogue, schemas, registry, codecs, timestamps, webhooks] = await Promise.all(
    [
      'catalogue.js',
      'schemas.js',
      'schemas/registry.js',
      'schemas/codecs.js',
      'internal/timestamps.js',
      'webhooks.js',
    ].map(load),
  );
  return {
    catalogue: catalogue.TOPIC_CATALOGUE,
    schemas,
    payloads: registry._PAYLOADS,
    eventSchemas: registry.EVENT_SCHEMAS,
    isJsonEncoded: codecs._isJsonEncoded,
    isoformat: timestamps._isoformatUtc,
    webhooks,
  };
}

/** The exported names of every object an entry exports (a schema may be exported under several names). */
function exportNames(entry) {
  const names = new Map();
  for (const [name, value] of Object.entries(entry)) {
    if (typeof value === 'object' && value !== null) names.set(value, [...(names.get(value) ?? []), name]);
  }
  return names;
}

/** The exported name of a schema object, preferring the one named after the template (`DeckyServiceAdded...`). */
function nameOf(names, schema, suffix, template, eventSchema = '') {
  const candidates = (names.get(schema) ?? []).filter((name) => name.endsWith(suffix));
  const preferred = eventSchema.replace(/EventSchema$/u, suffix);
  const name = candidates.includes(preferred) ? preferred : candidates[0];
  if (name === undefined) throw new Error(`${template}: a *${suffix} of it is not exported by /schemas`);
  return name;
}

/** A row's payload: the source's interfaces, fields in the schema's order, with what only the schema knows. */
function payload(built, payloadDoc, schemaName) {
  const doc = payloadDoc(schemaName);
  const zodShapes = objectShapes(built.schemas[schemaName]);
  const shapes = doc.shapes.map((shape) => {
    const zodShape = closest(zodShapes, shape.fields);
    const order = Object.keys(zodShape);
    const rank = (field) => (order.includes(field.name) ? order.indexOf(field.name) : order.length);
    const fields = [...shape.fields]
      .sort((a, b) => rank(a) - rank(b))
      .map((field) => ({ ...field, jsonEncoded: jsonEncoded(built, zodShape[field.name]) }));
    return { name: shape.name, description: shape.description, fields };
  });
  const fields = shapes.length === 1 ? shapes[0].fields : joined(shapes);
  return {
    name: doc.name,
    schema: schemaName,
    description: doc.description,
    fields,
    shapes: shapes.length === 1 ? null : shapes,
  };
}

/** The object shapes (`{ key: schema }`) of an object schema or of each member of a union of them. */
function objectShapes(schema) {
  const { def } = schema._zod;
  if (def.type === 'object') return [def.shape];
  if (def.type === 'union') return def.options.flatMap(objectShapes);
  return [{}];
}

/** The zod shape closest to an interface's fields: keys in common, less the keys the interface lacks. */
function closest(zodShapes, fields) {
  const score = (shape) =>
    2 * fields.filter((field) => Object.hasOwn(shape, field.name)).length - Object.keys(shape).length;
  return zodShapes.reduce((best, shape) => (score(shape) > score(best) ? shape : best));
}

/** Whether a field's schema is a JSON-encoded field (`_jsonEncoded` in src/schemas/codecs.ts), optional or not. */
function jsonEncoded(built, schema) {
  let current = schema;
  while (current !== undefined) {
    if (built.isJsonEncoded(current)) return true;
    const { def } = current._zod;
    current = def.type === 'optional' || def.type === 'nullable' ? def.innerType : undefined;
  }
  return false;
}

/** The fields of a two-shape payload as one list: a field is required only where every shape requires it. */
function joined(shapes) {
  const byName = new Map();
  for (const { fields } of shapes)
    for (const field of fields) byName.set(field.name, [...(byName.get(field.name) ?? []), field]);
  return [...byName].map(([name, all]) => {
    // A shape may declare a field as `?: undefined`, the other shape's only: its type and comment say "absent".
    const present = all.filter((field) => field.type !== 'undefined');
    const real = present.length > 0 ? present : all;
    return {
      name,
      type: [...new Set(real.map((field) => field.type))].join(' | '),
      required: all.length === shapes.length && all.every((field) => field.required),
      nullable: all.some((field) => field.nullable),
      enum: real.every((field) => field.enum !== null) ? [...new Set(real.flatMap((field) => field.enum))] : null,
      description: real.find((field) => field.description !== '')?.description ?? '',
      jsonEncoded: all.some((field) => field.jsonEncoded),
    };
  });
}
