/**
 * Runs one task of the event-parsing benchmark in a child process
 * (bench/schemas/child.ts), for what cannot share the parent's process:
 * counting `Error`s needs the error constructors replaced before any module
 * loads, and `compileEventSchemas()` changes what `safeParseEvent` runs for the
 * rest of the process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The tasks child.ts knows. */
export type ChildTask = 'count-errors' | 'compiled-dispatch';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * Runs `task` in a child process started with the parent's flags (tsx's loader among them) and, where given,
 * `preload` as a module imported before any other.
 *
 * @returns the JSON object the child wrote as its last line of output.
 */
export function runInChild<T extends object>(task: ChildTask, preload?: string): T {
  const imports = preload === undefined ? [] : ['--import', `data:text/javascript,${encodeURIComponent(preload)}`];
  const child = spawnSync(process.execPath, [...childExecArgv(), ...imports, CHILD, task], { encoding: 'utf8' });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`the ${task} child failed (status ${String(child.status)}):\n${child.stderr}`);
  }
  return JSON.parse(line) as T;
}

/** Flags that take code to run, the next argument (or after `=`). */
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print', '-pe']);

// The parent's flags without the code it was told to evaluate: a benchmark started with `node -e` would
// otherwise run that code again in every child, each starting children of its own.
function childExecArgv(): string[] {
  const flags: string[] = [];
  const parent = process.execArgv;
  for (let i = 0; i < parent.length; i++) {
    const flag = parent[i] ?? '';
    if (EVAL_FLAGS.has(flag)) i++;
    else if (!/^--(eval|print)=/.test(flag)) flags.push(flag);
  }
  return flags;
}
