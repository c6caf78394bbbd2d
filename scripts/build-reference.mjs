#!/usr/bin/env node
// Writes the topic reference (docs/reference/): an index page, one page per family and one per template, generated
// from the catalogue, the payload schemas and their TSDoc (scripts/reference/model.mjs). typedoc includes the pages
// through `projectDocuments` in typedoc.json, and `npm run docs` runs this first, so the pages are never stale; they
// are not committed. Run after `npm run build:esm` and `npm run build:json-schema`.
//
//   node scripts/build-reference.mjs [out] [--esm <dir>]    out: docs/reference by default
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { familyPage, indexPage } from './reference/index-pages.mjs';
import { familyFile, templateFile } from './reference/markdown.mjs';
import { buildReferenceModel } from './reference/model.mjs';
import { templatePage } from './reference/template-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { esm: { type: 'string' } }, allowPositionals: true });
const out = resolve(positionals[0] ?? join(root, 'docs', 'reference'));
const model = await buildReferenceModel(root, values.esm === undefined ? {} : { esm: resolve(values.esm) });

const pages = new Map([['index.md', indexPage(model)]]);
for (const family of model.families) pages.set(familyFile(family.family), familyPage(model, family));
for (const entry of model.templates) {
  const page = templateFile(entry);
  // Relative to the page, URL-encoded: typedoc copies the file into the site and rewrites the link to the copy.
  const file = relative(dirname(join(out, page)), join(root, entry.jsonSchemaFile));
  const href = file.split(/[\\/]/u).map(encodeURIComponent).join('/');
  pages.set(page, templatePage(model, entry, href));
}

rmSync(out, { recursive: true, force: true });
for (const [page, text] of pages) {
  mkdirSync(dirname(join(out, page)), { recursive: true });
  writeFileSync(join(out, page), text);
}
process.stdout.write(`reference: wrote ${pages.size} pages to ${relative(root, out) || '.'}/\n`);
