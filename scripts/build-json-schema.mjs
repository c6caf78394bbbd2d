#!/usr/bin/env node
// Writes json-schema/: one JSON Schema (draft 2020-12) per topic template of the
// catalogue plus the envelope, from `eventJsonSchema` of the ES build, so Python
// and Go consumers can validate the same contract. Run after `npm run build:esm`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'json-schema');
const { eventJsonSchema, envelopeJsonSchema } = await import(join(root, 'dist', 'esm', 'schemas.js'));
const { TOPIC_CATALOGUE } = await import(join(root, 'dist', 'esm', 'catalogue.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function write(file, document) {
  const id = `https://unpkg.com/@decnet/bus-topics@${version}/json-schema/${encodeURIComponent(file)}`;
  writeFileSync(join(out, file), `${JSON.stringify({ $id: id, ...document }, null, 2)}\n`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
write('envelope.json', envelopeJsonSchema());
const index = { envelope: 'envelope.json', templates: {} };
for (const { template } of TOPIC_CATALOGUE) {
  write(`${template}.json`, eventJsonSchema(template));
  index.templates[template] = `${template}.json`;
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(`json-schema: wrote ${TOPIC_CATALOGUE.length} templates and the envelope to json-schema/\n`);
