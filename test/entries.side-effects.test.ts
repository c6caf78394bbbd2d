/**
 * Importing an entry changes nothing outside the library (`sideEffects: false`
 * in package.json says so): no global, nothing in zod's global registry, which
 * belongs to the application, and no handle left open (a socket, a timer).
 * The portable entries load no Node built-in and no NATS code: /nats imports
 * `@nats-io/transport-node` by type only. /bus is for Node and loads `node:`
 * modules, but opens its socket only when `connectBus` is called. Each entry
 * is imported in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Each entry, with the specifiers it must not load (a resolve hook refuses them). */
const ENTRIES = [
  { entry: 'index.ts', refused: ['node:', '@nats-io/'] },
  { entry: 'catalogue.ts', refused: ['node:', '@nats-io/'] },
  { entry: 'schemas.ts', refused: ['node:', '@nats-io/'] },
  { entry: 'nats.ts', refused: ['node:', '@nats-io/'] },
  { entry: 'bus.ts', refused: ['@nats-io/'] },
  // The bridge names NATS's types only; the NATS client is the caller's.
  { entry: 'bridge.ts', refused: ['@nats-io/'] },
].map(({ entry, refused }) => ({ entry, path: fileURLToPath(new URL(`../src/${entry}`, import.meta.url)), refused }));

/** The module of a resolve hook that refuses `refused`: whatever the entry would load from them fails its import. */
function refusingHook(refused: readonly string[]): string {
  const source = [
    `const refused = ${JSON.stringify(refused)};`,
    'export async function resolve(specifier, context, next) {',
    '  if (refused.some((prefix) => specifier.startsWith(prefix))) throw new Error(`the entry loads ${specifier}`);',
    '  return next(specifier, context);',
    '}',
  ].join('\n');
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

/** Imports `path` in a fresh Node process and reports what changed outside it. */
function importIn(
  path: string,
  refused: readonly string[],
): { globals: string[]; registryWrites: number; handles: string[] } {
  const script = [
    "const z = await import('zod/mini');",
    "const { register } = await import('node:module');",
    'let registryWrites = 0;',
    'const add = z.globalRegistry.add.bind(z.globalRegistry);',
    'z.globalRegistry.add = (...args) => { registryWrites++; return add(...args); };',
    `register(${JSON.stringify(refusingHook(refused))});`,
    'const before = new Set(Reflect.ownKeys(globalThis).map(String));',
    'const handlesBefore = process.getActiveResourcesInfo();',
    `await import(${JSON.stringify(path)});`,
    'const globals = Reflect.ownKeys(globalThis).map(String).filter((key) => !before.has(key));',
    // The resources open now that were not before: a socket, a server, a timer.
    'const handles = process.getActiveResourcesInfo();',
    'for (const handle of handlesBefore) handles.splice(handles.indexOf(handle), 1);',
    'process.stdout.write(JSON.stringify({ globals, registryWrites, handles }));',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as { globals: string[]; registryWrites: number; handles: string[] };
}

describe('importing an entry', () => {
  it.each(ENTRIES)(
    'should add no global, write nothing to zod’s global registry, open nothing, and load none of $refused: $entry',
    ({ path, refused }) => {
      expect(importIn(path, refused)).toEqual({ globals: [], registryWrites: 0, handles: [] });
    },
  );

  it('should refuse what an entry must not load', () => {
    const bus = ENTRIES.find(({ entry }) => entry === 'bus.ts');
    expect(() => importIn(bus?.path ?? '', ['node:net'])).toThrow(/the entry loads node:net/u);
  });
});
