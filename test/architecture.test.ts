/**
 * The layers of src/ point only down, and no module imports itself through
 * others: internal/ (imports nothing of the project) -> errors/ -> topics/ ->
 * match/ -> schemas/ -> webhooks/ -> bus/ -> nats/ -> bridge/ -> cli/ -> the entry files. docs/architecture.md explains why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Entry files: the package's public doors, above every layer. */
const ENTRIES = new Set(['index.ts', 'catalogue.ts', 'schemas.ts', 'webhooks.ts', 'bus.ts', 'nats.ts', 'bridge.ts']);
const LAYERS = [
  'internal',
  'errors',
  'topics',
  'match',
  'schemas',
  'webhooks',
  'bus',
  'nats',
  'bridge',
  'cli',
] as const;

/** Every .ts file under src/, as paths relative to src/. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const pending = [SRC];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.name.endsWith('.ts')) files.push(relative(SRC, path));
    }
  }
  return files.sort();
}

/** The layer of a file: its index in LAYERS, or LAYERS.length for an entry file. */
function layerOf(file: string): number {
  if (ENTRIES.has(file)) return LAYERS.length;
  const layer = LAYERS.indexOf(file.split('/')[0] as (typeof LAYERS)[number]);
  if (layer === -1) throw new Error(`${file} is in no layer: put it under one of ${LAYERS.join(', ')}`);
  return layer;
}

/** The project files a file imports (static, dynamic and type-only imports alike). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu)) {
    const target = relative(SRC, resolve(dirname(join(SRC, file)), match[1] as string)).replace(/\.js$/u, '.ts');
    found.push(target);
  }
  return found;
}

const FILES = sourceFiles();
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

describe('the layers of src/', () => {
  it('should put every file in a layer, and every import at its own layer or below', () => {
    const upward: string[] = [];
    for (const [file, targets] of GRAPH) {
      for (const target of targets) {
        if (!GRAPH.has(target)) upward.push(`${file} imports ${target}, which does not exist`);
        else if (layerOf(target) > layerOf(file)) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('should keep internal/ free of imports from the rest of the project', () => {
    const outward = [...GRAPH]
      .filter(([file]) => file.startsWith('internal/'))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith('internal/')).map((t) => `${file} -> ${t}`));
    expect(outward).toEqual([]);
  });

  it('should have no import cycle', () => {
    // Depth-first search with an explicit stack; a file met again while still open closes a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    for (const start of FILES) {
      if (state.has(start)) continue;
      const path: string[] = [];
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, 'open');
      path.push(start);
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { file: string; next: number };
        const targets = GRAPH.get(top.file) ?? [];
        if (top.next >= targets.length) {
          state.set(top.file, 'done');
          stack.pop();
          path.pop();
          continue;
        }
        const target = targets[top.next++] as string;
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].join(' -> '));
        else if (!state.has(target) && GRAPH.has(target)) {
          state.set(target, 'open');
          path.push(target);
          stack.push({ file: target, next: 0 });
        }
      }
    }
    expect(cycles).toEqual([]);
  });

  it('should see the imports it checks', () => {
    expect(FILES.length).toBeGreaterThan(40);
    expect(GRAPH.get('topics/segment-arguments.ts')).toContain('errors/TopicSegmentError.ts');
  });
});
