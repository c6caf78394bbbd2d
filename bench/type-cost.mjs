#!/usr/bin/env node
// Measures what the type-level matcher and EventFor cost the compiler: compiles
// bench/types/receivable.ts (32 patterns x 50 templates through `Matches`),
// bench/types/events.ts (EventFor for 13 families and 32 patterns) and
// their baselines (bench/types/baseline*.ts: the same imports, nothing computed) with
// `tsc --extendedDiagnostics`, and prints each against the baseline.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const scratch = join(root, 'temp', 'type-cost');
mkdirSync(scratch, { recursive: true });

const FIELDS = ['Instantiations', 'Types', 'Check time', 'Total time', 'Memory used'];

function diagnostics(fixture) {
  const config = join(scratch, `tsconfig.${fixture}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: true },
      files: [join(root, 'bench', 'types', `${fixture}.ts`)],
      include: [],
    }),
  );
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync('node', [tsc, '-p', config, '--extendedDiagnostics'], { encoding: 'utf8' });
    const values = {};
    for (const line of out.split('\n')) {
      const match = /^([A-Za-z ]+):\s+([\d.]+)(s|K)?$/.exec(line.trim());
      if (match && FIELDS.includes(match[1])) values[match[1]] = Number(match[2]);
    }
    runs.push(values);
  }
  // Counts are deterministic; times get the median of five runs.
  const median = (field) => runs.map((run) => run[field]).sort((a, b) => a - b)[2];
  return Object.fromEntries(FIELDS.map((field) => [field, median(field)]));
}

const unit = { 'Check time': 's', 'Total time': 's', 'Memory used': ' K' };
for (const [fixture, base, label] of [
  ['receivable', 'baseline', 'Matches: 32 patterns x 50 templates'],
  ['events', 'baseline-schemas', 'EventFor: 13 families and 32 patterns'],
]) {
  const baseline = diagnostics(base);
  const measured = diagnostics(fixture);
  process.stdout.write(`\nType-check cost of ${label} (tsc --extendedDiagnostics, median of 5)\n\n`);
  process.stdout.write(
    `${'measure'.padEnd(16)}${'baseline'.padStart(12)}${'fixture'.padStart(14)}${'difference'.padStart(14)}\n`,
  );
  for (const field of FIELDS) {
    const show = (value) => `${value}${unit[field] ?? ''}`;
    const difference = Math.round((measured[field] - baseline[field]) * 100) / 100;
    process.stdout.write(
      `${field.padEnd(16)}${show(baseline[field]).padStart(12)}${show(measured[field]).padStart(14)}${show(difference).padStart(14)}\n`,
    );
  }
}
