/**
 * Helpers for calling the library the way JavaScript callers can: with any
 * value, bypassing the static types, and for asserting what it throws.
 */
import { expect } from 'vitest';
import { TopicSegmentError, topics, type TopicSegmentErrorDetails } from '../../src/index';

/** The `topics` namespace seen as a table of members by name. */
const members: Readonly<Record<string, unknown>> = topics;

/** Calls a function with arguments its types would refuse. */
export function callLoosely(fn: unknown, args: readonly unknown[]): unknown {
  if (typeof fn !== 'function') throw new TypeError(`expected a function, got ${typeof fn}`);
  return Reflect.apply(fn, undefined, args) as unknown;
}

/** Calls the builder `topics[name]` with any arguments. */
export function callBuilder(name: string, args: readonly unknown[]): unknown {
  return callLoosely(members[name], args);
}

/** Returns what `fn` throws; fails the test when it returns normally. */
export function thrownBy(fn: () => unknown): unknown {
  let returned: unknown;
  try {
    returned = fn();
  } catch (error) {
    return error;
  }
  throw new Error(`expected a throw, but it returned ${String(returned)}`);
}

/** Asserts that `fn` throws a {@link TopicSegmentError} carrying these details. */
export function expectSegmentError(fn: () => unknown, details: Partial<TopicSegmentErrorDetails>): TopicSegmentError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(TopicSegmentError);
  expect(error).toMatchObject(details);
  return error as TopicSegmentError;
}

/** Asserts that `fn` throws a plain `TypeError` (not a segment error) naming the function and the argument. */
export function expectArgumentTypeError(fn: () => unknown, builder: string, argument: string): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(TopicSegmentError);
  expect((error as TypeError).message).toContain(`${builder}()`);
  expect((error as TypeError).message).toContain(`"${argument}"`);
}

/** A catalogue row as far as building it is concerned. */
export interface BuildableRow {
  readonly builder: string;
  readonly args: readonly string[];
}

/**
 * Builds a catalogue row's topic with `topics[row.builder](...args)`, where an
 * argument written `"{name}"` is replaced by `values[name]` and any other is
 * passed as written.
 */
export function buildRow(row: BuildableRow, values: Readonly<Record<string, string>>): unknown {
  const args = row.args.map((arg) => {
    if (!(arg.startsWith('{') && arg.endsWith('}'))) return arg;
    const value = values[arg.slice(1, -1)];
    if (value === undefined) throw new Error(`no value for ${arg}`);
    return value;
  });
  return callBuilder(row.builder, args);
}

/**
 * Widens a literal to `string`, so that a value the builders' types would
 * refuse at compile time (`''`, `'a.b'`) can reach the run-time checks.
 */
export const widen = (value: string): string => value;
