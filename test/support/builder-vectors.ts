/**
 * Runs the builder vectors of conformance/builders.json against the builders
 * of the `topics` namespace: the topic, or the refusal with its argument,
 * value, reason and index (a `TopicSegmentError`), or a `TypeError` naming the
 * builder and the argument for a value that is not a string.
 */
import { describe, expect, it } from 'vitest';
import { callBuilder, expectArgumentTypeError, expectSegmentError } from './calls';
import { builderVectors, readConformance, type BuilderVector } from './conformance';

const PARAMS = new Map(readConformance('builders').builders.map(({ name, params }) => [name, params]));

/** Checks one vector against the library. */
export function checkBuilderVector(vector: BuilderVector): void {
  const call = (): unknown => callBuilder(vector.builder, vector.args);
  if ('topic' in vector) {
    expect(call()).toBe(vector.topic);
    return;
  }
  const { argument, reason, index } = vector.error;
  if (reason === 'not-a-string') {
    expectArgumentTypeError(call, vector.builder, argument);
    return;
  }
  const value = vector.args[PARAMS.get(vector.builder)?.indexOf(argument) ?? -1];
  expectSegmentError(call, {
    builder: vector.builder,
    argument,
    value: value as string,
    reason,
    ...(index === undefined ? {} : { index }),
  });
}

/** JSON text, with every character beyond printable ASCII escaped, so that a title shows what is invisible. */
const show = (value: unknown): string =>
  JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A test title: the call, then what it gives. */
const title = (vector: BuilderVector): string => {
  const call = `${vector.builder}(${vector.args.map(show).join(', ')})`;
  if ('topic' in vector) return `${call} should build ${show(vector.topic)}`;
  const at = vector.error.index === undefined ? '' : ` at ${vector.error.index}`;
  return `${call} should refuse ${vector.error.argument}: ${vector.error.reason}${at}`;
};

/** One `describe` per group, one test per vector of the given groups (and builders, if given). */
export function describeBuilderVectors(groups: readonly string[], builders?: readonly string[]): void {
  const vectors = builderVectors().filter(
    (vector) => groups.includes(vector.group) && (builders === undefined || builders.includes(vector.builder)),
  );
  if (vectors.length === 0) throw new Error(`no builder vectors in ${groups.join(', ')}`);
  describe.each(groups.filter((group) => vectors.some((vector) => vector.group === group)))(
    'conformance/builders.json, group %s',
    (group) => {
      const cases = vectors
        .filter((vector) => vector.group === group)
        .map((vector) => [title(vector), vector] as const);
      it.each(cases)('%s', (_title, vector) => {
        checkBuilderVector(vector);
      });
    },
  );
}
