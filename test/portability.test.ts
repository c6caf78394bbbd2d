import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The library must run unchanged in Node 18+, browsers, Deno and Bun, so its
// sources may use nothing but the language: no Node built-ins, no host globals.
const SRC = join(import.meta.dirname, '..', 'src');
// The exceptions are Node programs: the `bus-topics` command line (src/cli/), the client of DECNET's
// UNIX-socket bus (src/bus/) and the bridge from that bus to NATS (src/bridge/); only their own Node-only
// entries import them.
const NODE_ONLY = /^(?:cli|bus|bridge)\//u;
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !NODE_ONLY.test(file))
  .map((file) => ({ file: relative(SRC, join(SRC, file)), text: readFileSync(join(SRC, file), 'utf8') }));

const HOST_ONLY = [
  { label: 'a node: import', pattern: /from\s+['"]node:/ },
  { label: 'a bare Node built-in import', pattern: /from\s+['"](fs|path|os|util|events|buffer|crypto)['"]/ },
  { label: 'require()', pattern: /\brequire\s*\(/ },
  { label: 'process', pattern: /\bprocess\.[a-z]/ },
  { label: 'Buffer', pattern: /\bBuffer\b/ },
  { label: '__dirname', pattern: /\b__dirname\b/ },
];

describe('portability of src/', () => {
  it('should find the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(HOST_ONLY)('should contain no $label', ({ pattern }) => {
    // Comments may mention these words; only code counts.
    const offenders = sources
      .filter(({ text }) => pattern.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('should import relative modules with a .js extension, as the ES build needs', () => {
    const bare = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.endsWith('.js'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(bare).toEqual([]);
  });

  it('should import zod only under src/schemas/ and src/webhooks/ (built on it), so the root entry has no dependency', () => {
    const offenders = sources
      .filter(({ file, text }) => !/^(?:schemas|webhooks)\//.test(file) && /from\s+'zod/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
