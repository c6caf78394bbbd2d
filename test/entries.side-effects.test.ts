/**
 * Importing an entry changes nothing outside the library (`sideEffects: false`
 * in package.json says so): no global, and nothing in zod's global registry,
 * which belongs to the application. Each entry is imported in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['../src/index.ts', '../src/catalogue.ts', '../src/schemas.ts'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

/** Imports `entry` in a fresh Node process and reports what changed outside it. */
function importIn(entry: string): { globals: string[]; registryWrites: number } {
  const script = [
    "const z = await import('zod/mini');",
    'let registryWrites = 0;',
    'const add = z.globalRegistry.add.bind(z.globalRegistry);',
    'z.globalRegistry.add = (...args) => { registryWrites++; return add(...args); };',
    'const before = new Set(Reflect.ownKeys(globalThis).map(String));',
    `await import(${JSON.stringify(entry)});`,
    'const globals = Reflect.ownKeys(globalThis).map(String).filter((key) => !before.has(key));',
    'process.stdout.write(JSON.stringify({ globals, registryWrites }));',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as { globals: string[]; registryWrites: number };
}

describe('importing an entry', () => {
  it.each(ENTRIES)('should add no global and write nothing to zod’s global registry: %s', (entry) => {
    expect(importIn(entry)).toEqual({ globals: [], registryWrites: 0 });
  });
});
