// Runs in the scratch project: the conformance vectors ship in the package, resolve through its exports, and the
// installed build passes the matching vectors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { matches } from '@decnet/bus-topics';

const require = createRequire(import.meta.url);
const resolve = (file) => require.resolve(`@decnet/bus-topics/conformance/${file}`);
const matching = JSON.parse(readFileSync(resolve('matching.json'), 'utf8'));
const cases = matching.groups.flatMap(({ quirk, cases: rows }) => rows.map((row) => ({ ...row, quirk })));
assert.ok(cases.length > 200, `only ${cases.length} matching vectors`);
for (const { pattern, topic, matches: expected, quirk } of cases) {
  assert.equal(
    matches(pattern, topic),
    expected,
    `${quirk}: matches(${JSON.stringify(pattern)}, ${JSON.stringify(topic)})`,
  );
}
for (const file of ['builders.json', 'events-bus.json', 'webhook-signatures.json', 'README.md', matching.$schema]) {
  assert.ok(readFileSync(resolve(file.replace(/^\.\//u, '')), 'utf8').length > 0, file);
}
process.stdout.write(`  conformance: ${cases.length} vectors of matching.json pass against the installed matches()\n`);
