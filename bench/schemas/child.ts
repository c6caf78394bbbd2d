/**
 * The entry point of the event-parsing benchmark's child processes (started
 * by spawn.ts): runs the task its argument names and writes the result as one
 * line of JSON.
 */
import { timeCompiledDispatchHere } from './compiled-dispatch';
import { countErrorsHere } from './errors';
import type { ChildTask } from './spawn';

const TASKS: Readonly<Record<ChildTask, () => object>> = {
  'count-errors': countErrorsHere,
  'compiled-dispatch': timeCompiledDispatchHere,
};

const task = process.argv[2] ?? '';
if (!Object.hasOwn(TASKS, task)) throw new Error(`unknown benchmark task: ${JSON.stringify(task)}`);
process.stdout.write(`${JSON.stringify(TASKS[task as ChildTask]())}\n`);
