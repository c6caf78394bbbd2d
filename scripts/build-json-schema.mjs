#!/usr/bin/env node
// Writes json-schema/: one JSON Schema (draft 2020-12) per topic template of the catalogue plus the envelope, from
// `eventJsonSchema` of the ES build, so Python and Go consumers can validate the same contract. Each payload field
// is described with the TSDoc comment beside it in src/, read through the reference model
// (scripts/reference/model.mjs), the one source the typedoc reference and the AsyncAPI document read too. Run after
// `npm run build:esm`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReferenceModel } from './reference/model.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'json-schema');
const { eventJsonSchema, envelopeJsonSchema } = await import(join(root, 'dist', 'esm', 'schemas.js'));
const { TOPIC_CATALOGUE } = await import(join(root, 'dist', 'esm', 'catalogue.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const model = await buildReferenceModel(root);
const rowsOf = new Map(model.templates.map((entry) => [entry.template, entry.rows]));

function write(file, document) {
  const id = `https://unpkg.com/@decnet/bus-topics@${version}/json-schema/${encodeURIComponent(file)}`;
  writeFileSync(join(out, file), `${JSON.stringify({ $id: id, ...document }, null, 2)}\n`);
}

/** The alternatives of a schema (`oneOf`/`anyOf`), or the schema itself. */
const branches = (schema) => schema.oneOf ?? schema.anyOf ?? [schema];

/** The model row an event branch stands for, by the `type` it allows; the catch-all row otherwise. */
function rowOf(rows, branch) {
  const type = branch.properties?.type;
  const types = type?.const === undefined ? (type?.enum ?? []) : [type.const];
  const claimed = rows.find((row) => row.types?.some((value) => types.includes(value)));
  return claimed ?? rows.find((row) => row.types === null) ?? rows[0];
}

/** The fields of the payload shape a payload branch stands for: the model shape closest to its keys. */
function fieldsOf(payload, shape) {
  const keys = Object.keys(shape.properties ?? {});
  // Keys in common, less the fields the branch lacks: a shape whose fields are a subset of another's still wins.
  const score = (candidate) =>
    2 * candidate.fields.filter((field) => keys.includes(field.name)).length - candidate.fields.length;
  const best = (payload.shapes ?? [payload]).reduce((a, b) => (score(b) > score(a) ? b : a));
  return { description: best.description, fields: best.fields };
}

/** Describes a template's payload and each of its fields, in every branch of the event schema. */
function describe(template, document) {
  const rows = rowsOf.get(template);
  for (const branch of branches(document)) {
    const { payload } = rowOf(rows, branch);
    for (const shape of branches(branch.properties.payload)) {
      const { description, fields } = fieldsOf(payload, shape);
      if (description !== '') shape.description ??= description;
      for (const field of fields) {
        const property = shape.properties?.[field.name];
        if (property === undefined || field.description === '') continue;
        // First, so a reader of the file sees what the field is before how it is checked.
        const { description: codec, ...rest } = property;
        const note = codec === undefined ? '' : ` ${codec[0].toUpperCase()}${codec.slice(1)}.`;
        shape.properties[field.name] = { description: `${field.description}${note}`, ...rest };
      }
    }
  }
  return document;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
write('envelope.json', envelopeJsonSchema());
const index = { envelope: 'envelope.json', templates: {} };
for (const { template } of TOPIC_CATALOGUE) {
  write(`${template}.json`, describe(template, structuredClone(eventJsonSchema(template))));
  index.templates[template] = `${template}.json`;
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(`json-schema: wrote ${TOPIC_CATALOGUE.length} templates and the envelope to json-schema/\n`);
