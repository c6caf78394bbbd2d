/**
 * `npm run examples` (scripts/check-examples.mjs) against a small project of its own: what it refuses, where it
 * says so, and what it lets through. The project lives under temp/, so its examples resolve this repository's
 * node_modules and extend its tsconfig.json like the real ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCRIPT = join(ROOT, 'scripts', 'check-examples.mjs');

/** A doc comment, written line by line as in src/. */
const doc = (...lines: string[]): string => ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');

/** src/things.ts of the project; the line of each example's interesting line is noted beside it. */
const THINGS = [
  doc('Doubles a number.', '@example', '```ts', 'double(2); //=> 4', '```', '@public'), // lines 1-8
  'export function double(n: number): number {', // 9
  '  return n * 2;',
  '}',
  doc(
    'Halves a number.', // 13
    '@example',
    '```ts',
    'const double = (n: number): number => n + n; // an example may reuse a public name',
    "halve('4'); // a string", // 17
    'halve(input as number); // `input` comes from the prelude',
    '// @ts-expect-error: a string is not a number',
    "halve('4');",
    '```',
    '@public',
  ),
  'export function halve(n: number): number {', // 24
  '  return n / 2;',
  '}',
  '/** The answer. @example `ANSWER;` @public */', // 27
  'export const ANSWER = 42;',
  doc('A counter.', '@public'), // 29-32
  'export class Counter {', // 33
  '  #count = 0;',
  '  /**',
  '   * Counts one more.',
  '   * @example',
  '   * ```ts',
  "   * import { Counter } from '@decnet/bus-topics';",
  '   * counter.increment(); // no `counter` here', // 40
  '   * // @ts-expect-error', // 41
  '   * new Counter().increment();', // 42
  '   * ```',
  '   * @returns the count.',
  '   */',
  '  increment(): number {',
  '    return ++this.#count;',
  '  }',
  '}',
  doc('Nothing to show.', '@example', '@public'), // 50-54
  'export const NOTHING = 0;',
  '',
].join('\n');

let project: string | undefined;

/** Runs the script on a fresh project made of `files`. */
function check(files: Readonly<Record<string, string>>): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(join(ROOT, 'temp'), { recursive: true });
  project = mkdtempSync(join(ROOT, 'temp', 'check-examples-'));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['src'] }));
  mkdirSync(join(project, 'src'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, 'src', name), text);
  const run = spawnSync(process.execPath, [SCRIPT, '--root', project], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

describe('scripts/check-examples.mjs', () => {
  it('should name the file, line and export of every example that fails, and exit 1', () => {
    const { status, stderr } = check({
      'index.ts': "export { double, halve, ANSWER, Counter, NOTHING } from './things.js';\n",
      'catalogue.ts': 'export {};\n',
      'schemas.ts': 'export {};\n',
      'things.ts': THINGS,
    });
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'src/things.ts:27 (ANSWER): @example without a ```ts block after it',
      'src/things.ts:52 (NOTHING): @example without a ```ts block after it',
      'src/things.ts:41 (Counter.increment): @ts-expect-error needs a reason: `// @ts-expect-error: <why>`',
      "src/things.ts:17 (halve): TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
      "src/things.ts:40 (Counter.increment): TS2552: Cannot find name 'counter'. Did you mean 'Counter'?",
      "src/things.ts:41 (Counter.increment): TS2578: Unused '@ts-expect-error' directive.",
    ]);
    expect(lines.at(-1)).toMatch(/^examples: 6 error\(s\) in 3 examples \(/);
    expect(status).toBe(1);
  }, 60_000);
});
