/**
 * Hostile input: `safeParseEvent` and `parsePayload` under hostile input. Each test
 * failed on the code before the fix. Time budgets are ratios to a valid event
 * of about the same size, measured in the same test.
 */
import { describe, expect, it } from 'vitest';
import {
  EventValidationError,
  eventJsonSchema,
  parseEvent,
  parsePayload,
  safeParseEvent,
  type EventValidationDetails,
} from '../../src/schemas';
import { INTEL, SESSION_ENDED } from '../schemas/fixtures/attacker';
import { wireEvent } from '../schemas/fixtures/types';
import { callLoosely, thrownBy } from '../support/calls';
import { HEAVY_TIMEOUT_MS, costRatio } from '../support/cost';

/** The stated budget: at most this many issues in one refusal. */
const ISSUE_LIMIT = 20;
/**
 * The stated budget: a refusal costs at most this many times a valid event of the same JSON size. The densest
 * refusal, a list of `{}`, pays zod's allocation of the output list (about 30 ns an item) before stopping.
 */
const REFUSAL_COST_LIMIT = 8;

/** The refusal of an event that must be refused. */
function refusal(input: unknown, strict = false): EventValidationDetails {
  const result = safeParseEvent(input, { strict });
  expect(result.success).toBe(false);
  if (result.success) throw new Error('accepted');
  return result.error;
}

/**
 * Asserts that `hostile` is refused with the one issue at `path`, that `valid` (of about its size) is accepted,
 * and that the refusal costs less than the budget allows.
 */
function expectBoundedRefusal(hostile: unknown, valid: unknown, path: readonly (string | number)[]): void {
  const error = refusal(hostile);
  expect(error.issues).toHaveLength(1);
  expect(error.issues[0]?.path).toEqual(path);
  expect(safeParseEvent(valid).success).toBe(true);
  const ratio = costRatio(
    () => safeParseEvent(hostile),
    () => safeParseEvent(valid),
    3,
  );
  expect(ratio).toBeLessThan(REFUSAL_COST_LIMIT);
}

const [COMMAND] = SESSION_ENDED.commands;
const sessionEnded = (commands: readonly unknown[]): unknown =>
  wireEvent('attacker.session.ended', 'session.ended', { ...SESSION_ENDED, commands });
/** A list of valid items whose JSON is at least `bytes` long. */
const validItemsOfSize = (item: unknown, bytes: number): unknown[] =>
  Array.from({ length: Math.ceil(bytes / JSON.stringify(item).length) }, () => item);

describe('safeParseEvent, on lists and records of any length', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('should refuse 25,000 empty commands with one item reported, at a bounded multiple of what a valid event costs', () => {
    const hostile = sessionEnded(Array.from({ length: 25_000 }, () => ({})));
    const error = refusal(hostile);
    expect(error.issues.length).toBeLessThanOrEqual(ISSUE_LIMIT);
    expect(error.issues.every((issue) => issue.path[2] === 0)).toBe(true);
    const valid = sessionEnded(validItemsOfSize(COMMAND, JSON.stringify(hostile).length));
    expect(safeParseEvent(valid).success).toBe(true);
    expect(
      costRatio(
        () => safeParseEvent(hostile),
        () => safeParseEvent(valid),
      ),
    ).toBeLessThan(REFUSAL_COST_LIMIT);
  });

  it.each([
    { field: 'abuseipdb_categories', item: 'x', validItem: 18 },
    { field: 'greynoise_tags', item: 7, validItem: 'SSH Bruteforcer' },
  ])('should refuse 200,000 wrong-typed $field items without overflowing the stack', ({ field, item, validItem }) => {
    const event = (items: unknown[]): unknown =>
      wireEvent('attacker.intel.enriched', 'intel.enriched', { ...INTEL, [field]: items });
    const many = (value: unknown): unknown[] => Array.from({ length: 200_000 }, () => value);
    expectBoundedRefusal(event(many(item)), event(many(validItem)), ['payload', field, 0]);
  });

  it('should refuse 200,000 wrong-typed http2_settings values, reporting the first', () => {
    const entries = (value: unknown) => Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, value]));
    const event = (value: unknown): unknown => wireEvent('decky.d-1.traffic', 'http2_settings', entries(value));
    expectBoundedRefusal(event(65_536), event('65536'), ['payload', 'k0']);
  });

  it('should report every wrong field of a wide object, up to the limit', () => {
    const error = refusal(wireEvent('attacker.intel.enriched', 'intel.enriched', {}));
    expect(error.issues.length).toBe(15);
    expect(refusal({ payload: 1 }).issues.length).toBeLessThanOrEqual(ISSUE_LIMIT);
  });
});

describe('safeParseEvent, on values that are not plain data', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      ownKeys: () => {
        throw new Error('ownKeys');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor');
      },
    },
  );
  const withGetter = (key: string): unknown =>
    Object.defineProperty({ ...(wireEvent('attacker.scored', 'scored', {}) as object) }, key, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${key}`);
      },
    });

  it.each([
    { label: 'a Proxy whose every trap throws', input: throwing },
    { label: 'a revoked Proxy', input: revoked },
    { label: 'a revoked Proxy as payload', input: wireEvent('attacker.scored', 'scored', revoked) },
    { label: 'a throwing Proxy as payload', input: wireEvent('attacker.scored', 'scored', throwing) },
    { label: 'a throwing getter for topic', input: withGetter('topic') },
    { label: 'a throwing getter for payload', input: withGetter('payload') },
    { label: 'a throwing getter for ts', input: withGetter('ts') },
    {
      label: 'a command list whose item getter throws',
      input: sessionEnded(
        Object.defineProperty([COMMAND], 0, {
          get: () => {
            throw new Error('item');
          },
        }),
      ),
    },
  ])('should refuse $label as unreadable, never throw', ({ input }) => {
    const error = refusal(input);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.received).toBe('a value that threw when read');
    expect(thrownBy(() => parseEvent(input))).toBeInstanceOf(EventValidationError);
  });

  it('should refuse a BigInt, a Symbol and a function where data belongs', () => {
    for (const value of [10n, Symbol('s'), () => 1]) {
      expect(refusal(wireEvent('attacker.scored', 'scored', value)).issues[0]?.received).toBe(typeof value);
    }
  });
});

describe('parsePayload, on hostile arguments', () => {
  it.each([
    { label: 'a Symbol', topic: Symbol('t') },
    { label: 'a BigInt', topic: 10n },
    {
      label: 'an object whose toPrimitive throws',
      topic: {
        [Symbol.toPrimitive]: () => {
          throw new Error('toPrimitive');
        },
      },
    },
    { label: 'null', topic: null },
  ])('should throw EventValidationError for $label as topic', ({ topic }) => {
    const error = thrownBy(() => callLoosely(parsePayload, [topic, {}]));
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).issues[0]?.path).toEqual(['topic']);
  });

  it('should throw EventValidationError for a payload that throws when read', () => {
    const payload = new Proxy({}, { ownKeys: () => [], get: () => 1, getPrototypeOf: () => null });
    const { proxy, revoke } = Proxy.revocable(payload, {});
    revoke();
    expect(thrownBy(() => parsePayload('attacker.scored', proxy))).toBeInstanceOf(EventValidationError);
  });

  it('should quote a 10 MB type escaped and cut', () => {
    const error = thrownBy(() => parsePayload('attacker.fingerprinted', {}, `\n${'x'.repeat(10_000_000)}`));
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as Error).message.length).toBeLessThan(1_000);
    expect((error as Error).message).toContain('"<U+000A>xxx');
  });
});

describe('eventJsonSchema, on hostile templates', () => {
  it.each([
    { label: 'a BigInt', template: 10n, says: 'must be a string, got bigint' },
    { label: 'a Symbol', template: Symbol('t'), says: 'must be a string, got symbol' },
    { label: 'a 10 MB string', template: `\u001b${'x'.repeat(10_000_000)}`, says: '"<U+001B>xxx' },
  ])('should throw its own short TypeError for $label', ({ template, says }) => {
    const error = thrownBy(() => callLoosely(eventJsonSchema, [template]));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(says);
    expect((error as Error).message.length).toBeLessThan(1_000);
  });
});
