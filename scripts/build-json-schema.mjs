#!/usr/bin/env node
// Writes json-schema/: one JSON Schema (draft 2020-12) per topic template of the
// catalogue, plus the envelope, generated from the zod schemas of the ES build,
// so Python and Go consumers can validate the same contract. Run after
// `npm run build:esm`. The schemas describe the input side: a JSON-encoded
// field is accepted as text or as its decoded value, as the zod schemas accept it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'json-schema');
const { EVENT_SCHEMAS, BusEventSchema } = await import(join(root, 'dist', 'esm', 'schemas', 'index.js'));
const { TOPIC_CATALOGUE } = await import(join(root, 'dist', 'esm', 'catalogue.js'));
const { version } = JSON.parse(
  await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8')),
);

// A field DECNET may send JSON-encoded (marked by the schemas in zod's global registry) is described as
// "JSON text, or the value itself", since the zod schema accepts both.
const JSON_ENCODED = 'x-decnet-json-encoded';
function override({ zodSchema, jsonSchema }) {
  if (z.globalRegistry.get(zodSchema)?.[JSON_ENCODED] !== true) return;
  const value = { ...jsonSchema };
  delete value[JSON_ENCODED];
  delete value.description;
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, {
    description: 'the value, or its JSON-encoded text',
    anyOf: [{ type: 'string', contentMediaType: 'application/json', contentSchema: value }, value],
  });
}
const OPTIONS = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override };
const fileFor = (template) => `${template}.json`;

function write(file, schema, title, description) {
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/@decnet/bus-topics@${version}/json-schema/${encodeURIComponent(file)}`,
    title,
    description,
    ...z.toJSONSchema(schema, OPTIONS),
  };
  writeFileSync(join(out, file), `${JSON.stringify(document, null, 2)}\n`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
write('envelope.json', BusEventSchema, 'DECNET bus event envelope', 'Any event: {v, id, topic, type, ts, payload}.');
const index = { envelope: 'envelope.json', templates: {} };
for (const row of TOPIC_CATALOGUE) {
  const schema = EVENT_SCHEMAS[row.template];
  if (schema === undefined) throw new Error(`no schema for ${row.template}`);
  write(fileFor(row.template), schema, row.template, row.description);
  index.templates[row.template] = fileFor(row.template);
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(`json-schema: wrote ${TOPIC_CATALOGUE.length} templates and the envelope to json-schema/\n`);
