/**
 * Hostile input, stated as laws: `safeParseEvent` is total. Whatever it is given
 * (JSON values of any depth or width, non-JSON values, Proxies, accessors that
 * throw) it returns, never throws, and a refusal holds at most 20 issues.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseEvent } from '../../src/schemas';
import { ALL_FIXTURES } from '../schemas/fixtures/all';

const ISSUE_LIMIT = 20;
/** Deep and wide values take a while to build and check: a bounded number of runs, each bounded in size. */
const TIMEOUT_MS = 120_000;

/** Checks the law for one input: a result, and a bounded refusal. */
function expectTotal(input: unknown, mustRefuse: boolean): void {
  for (const strict of [false, true]) {
    const result = safeParseEvent(input, { strict });
    if (mustRefuse) expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.length).toBeGreaterThan(0);
      expect(result.error.issues.length).toBeLessThanOrEqual(ISSUE_LIMIT);
    }
  }
}

/** A value nested `depth` levels deep, in arrays or objects. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, inArrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = inArrays ? [value] : { payload: value, commands: value };
    return value;
  });

/** A list or an object of up to 100,000 copies of one value. */
const wide = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean(), fc.jsonValue({ maxDepth: 2 }))
  .map(([width, asList, item]) =>
    asList
      ? Array.from({ length: width }, () => item)
      : Object.fromEntries(Array.from({ length: width }, (_, i) => [`k${i}`, item])),
  );

const thrower = (): never => {
  throw new Error('hostile');
};

/** Values that throw when read: throwing Proxies, revoked Proxies, throwing accessors, throwing `toJSON`. */
const HOSTILE_MAKERS: Readonly<Record<string, () => unknown>> = {
  'a Proxy whose traps throw': () =>
    new Proxy({}, { get: thrower, ownKeys: thrower, has: thrower, getOwnPropertyDescriptor: thrower }),
  'a list Proxy whose get throws': () => new Proxy([], { get: thrower }),
  'a revoked Proxy': () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  'a throwing topic getter': () => Object.defineProperty({}, 'topic', { enumerable: true, get: thrower }),
  'a list with a throwing item getter': () => Object.defineProperty([1, 2], 0, { enumerable: true, get: thrower }),
  'an object whose conversions throw': () => ({
    toJSON: thrower,
    valueOf: thrower,
    toString: thrower,
    [Symbol.toPrimitive]: thrower,
  }),
};

/**
 * Anything a JavaScript caller can pass: JSON, non-JSON values, deep, wide and hostile values. Each comes as a
 * function that makes it, since fast-check itself inspects the values it generates, and a hostile one throws at it.
 */
const anyInput: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .oneof(
      fc.jsonValue(),
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: true,
        withTypedArray: true,
      }),
      deep,
      wide,
    )
    .map((value) => () => value),
  fc.constantFrom(...Object.keys(HOSTILE_MAKERS)).map((kind) => HOSTILE_MAKERS[kind] as () => unknown),
);

const validEvents = ALL_FIXTURES.flatMap((fixtures) => fixtures.valid.map((fixture) => fixture.event));
const FIELDS = ['v', 'id', 'topic', 'type', 'ts', 'payload'] as const;

describe('safeParseEvent', () => {
  it(
    'law: any JSON value that is not an event is refused with at most 20 issues, never thrown',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expectTotal(value, true);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'law: any value, deep, wide or hostile, gets a result with at most 20 issues',
    () => {
      fc.assert(
        fc.property(anyInput, (make) => {
          expectTotal(make(), true);
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'law: a valid event with any field or payload key replaced by any value gets a result',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...validEvents),
          fc.constantFrom(...FIELDS),
          fc.string(),
          anyInput,
          (event, field, key, make) => {
            const value = make();
            expectTotal({ ...event, [field]: value }, false);
            const payload = event.payload as Readonly<Record<string, unknown>>;
            const keys = Object.keys(payload);
            const target = keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
            expectTotal({ ...event, payload: { ...payload, [target]: value } }, false);
          },
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );
});
