#!/usr/bin/env node
// Writes examples/capture.ndjson, the capture `npm start` (bus-topics validate) and the README run on: every valid
// fixture of every template (test/schemas/fixtures/) in each of the three wire forms (bus frame, webhook body, SSE
// data), then a handful of broken lines spread through it: a line that is not JSON, an array, a payload field of
// the wrong type, a webhook body whose ts is not RFC 3339, and an event on a topic outside the contract (accepted
// unless --strict). Deterministic: the same fixtures give the same file, byte for byte.
//
// Usage: node --import tsx scripts/build-capture.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALL_FIXTURES } from '../test/schemas/fixtures/all.ts';
import { IN_FORM } from '../test/support/wire-forms.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'examples', 'capture.ndjson');
const { values: options } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const FORMS = ['bus', 'webhook', 'sse'];
const valid = ALL_FIXTURES.flatMap(({ valid }) =>
  FORMS.flatMap((form) => valid.map(({ event }) => JSON.stringify(IN_FORM[form](structuredClone(event))))),
);

const first = ALL_FIXTURES[0].valid[0].event;
// A payload field of the wrong type: the first text field of the first fixture, as a number.
const textField = Object.keys(first.payload).find((key) => typeof first.payload[key] === 'string');
const wrongTyped = { ...first, payload: { ...first.payload, [textField]: 42 } };
const broken = [
  '{"topic": "decky.web-1.traffic", "type": "traffic", this is not JSON',
  JSON.stringify([first]),
  JSON.stringify(wrongTyped),
  JSON.stringify({ ...IN_FORM.webhook(structuredClone(first)), ts: 'yesterday' }),
  JSON.stringify({ ...first, topic: 'lab.experiment.started' }),
];

// The broken lines go at fixed, spread-out places.
const lines = [...valid];
const step = Math.floor(lines.length / (broken.length + 1));
broken.forEach((line, index) => lines.splice(step * (index + 1) + index, 0, line));
const text = `${lines.join('\n')}\n`;

if (options.check) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing: stale.
  }
  if (current !== text) {
    console.error('examples/capture.ndjson is stale: run node --import tsx scripts/build-capture.mjs');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`examples/capture.ndjson: ${lines.length} lines (${valid.length} valid, ${broken.length} broken)`);
}
