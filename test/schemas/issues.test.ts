import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  _ISSUE_LIMIT,
  _UNREADABLE,
  _UNREADABLE_ISSUE,
  _eventIssues,
  _pathText,
  _received,
} from '../../src/schemas/issues';
import { codeUnit, controlsIn } from '../support/arbitraries';

/** The issues zod reports for a value the schema refuses, with their inputs, as the library asks for them. */
function zodIssues(schema: z.core.$ZodType, value: unknown): z.core.$ZodIssue[] {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) throw new Error(`expected the schema to refuse ${JSON.stringify(value)}`);
  return result.error.issues;
}

/** An object schema with a string field for each name. */
const stringFields = (names: readonly string[]): z.ZodMiniObject =>
  z.object(Object.fromEntries(names.map((name) => [name, z.string()])));

const names = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, k) => `${prefix}${k}`);

const anyKey: fc.Arbitrary<string> = fc.string({ unit: codeUnit, maxLength: 80 });

const revokedProxyOf = <T extends object>(target: T): T => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

describe('_pathText', () => {
  it.each([
    { label: 'the empty path', path: [], text: '(event)' },
    { label: 'one key', path: ['payload'], text: 'payload' },
    { label: 'keys and an index', path: ['payload', 'commands', 0, 'ts'], text: 'payload.commands[0].ts' },
    { label: 'an index first', path: [0, 'a'], text: '[0].a' },
    { label: 'two indexes', path: ['a', 0, 1], text: 'a[0][1]' },
    { label: '__proto__ and constructor', path: ['__proto__', 'constructor'], text: '__proto__.constructor' },
    { label: 'visible non-ASCII keys', path: ['d\u00e9cky', '\u{1F98A}'], text: 'd\u00e9cky.\u{1F98A}' },
  ] as const)('should write $label as $text', ({ path, text }) => {
    expect(_pathText(path)).toBe(text);
  });

  it.each([
    { label: 'a space', key: 'x y', shown: '["x<U+0020>y"]' },
    { label: 'a line feed', key: 'a\nb', shown: '["a<U+000A>b"]' },
    { label: 'an ANSI escape sequence', key: '\u001b[31mred', shown: '["<U+001B>[31mred"]' },
    { label: 'a zero-width space alone', key: '\u200b', shown: '["<U+200B>"]' },
    { label: 'a lone surrogate', key: 'k\ud800', shown: '["k<U+D800>"]' },
    { label: 'the empty key', key: '', shown: '[""]' },
  ])('should quote a key with $label in brackets, escaped', ({ key, shown }) => {
    expect(_pathText(['payload', key])).toBe(`payload${shown}`);
    expect(_pathText([key])).toBe(shown);
    expect(_pathText([key, 'next'])).toBe(`${shown}.next`);
  });

  it('should quote a key longer than 64 characters cut to 64, and say its length', () => {
    const key = 'k'.repeat(70);
    expect(_pathText(['payload', key])).toBe(`payload["${'k'.repeat(64)}…" (70 characters)]`);
  });

  it('should keep a key of 64 visible characters whole', () => {
    const key = 'k'.repeat(64);
    expect(_pathText(['payload', key])).toBe(`payload.${key}`);
  });

  it('should never hold a control character or a line break, whatever the keys', () => {
    const path = fc.array(fc.oneof(anyKey, fc.nat({ max: 99 })), { maxLength: 5 });
    fc.assert(
      fc.property(path, (keys) => {
        expect(controlsIn(_pathText(keys))).toEqual([]);
      }),
    );
  });
});

describe('_received', () => {
  it.each([
    { label: 'undefined', value: undefined, shown: 'nothing' },
    { label: 'null', value: null, shown: 'null' },
    { label: 'the unreadable marker', value: _UNREADABLE, shown: 'a value that threw when read' },
    { label: 'the empty string', value: '', shown: '""' },
    { label: 'a string', value: 'bogus', shown: '"bogus"' },
    { label: 'a string with a line feed', value: 'a\nINFO forged', shown: '"a<U+000A>INFO<U+0020>forged"' },
    { label: 'an integer', value: 42, shown: '42' },
    { label: 'a fraction', value: -1.5, shown: '-1.5' },
    { label: 'NaN', value: Number.NaN, shown: 'NaN' },
    { label: 'Infinity', value: Number.POSITIVE_INFINITY, shown: 'Infinity' },
    { label: 'true', value: true, shown: 'true' },
    { label: 'false', value: false, shown: 'false' },
    { label: 'an empty array', value: [], shown: 'an array of 0' },
    { label: 'an array', value: ['a', 'b', 'c'], shown: 'an array of 3' },
    { label: 'an object', value: { a: 1 }, shown: 'an object' },
    { label: 'a null-prototype object', value: Object.create(null) as object, shown: 'an object' },
    { label: 'a Map', value: new Map([['a', 1]]), shown: 'an object' },
    { label: 'a bigint', value: 10n, shown: 'bigint' },
    { label: 'another symbol', value: Symbol('unreadable'), shown: 'symbol' },
    { label: 'a function', value: () => 1, shown: 'function' },
  ])('should show $label as $shown', ({ value, shown }) => {
    expect(_received(value)).toBe(shown);
  });

  it('should quote a string longer than 64 characters cut to 64, and say its length', () => {
    const value = `${'v'.repeat(64)}\nnever shown`;
    expect(_received(value)).toBe(`"${'v'.repeat(64)}…" (${value.length} characters)`);
  });

  it('should show the length of an array seen through a Proxy', () => {
    expect(_received(new Proxy(['a', 'b'], {}))).toBe('an array of 2');
  });

  it.each([
    { label: 'a revoked Proxy of an object', value: revokedProxyOf({}) },
    { label: 'a revoked Proxy of an array', value: revokedProxyOf([1]) },
    {
      label: 'an array Proxy whose get trap throws',
      value: new Proxy([1], {
        get() {
          throw new Error('trap');
        },
      }),
    },
  ])('should say that $label threw when read, without throwing', ({ value }) => {
    expect(_received(value)).toBe('a value that threw when read');
  });

  it('should call a revoked Proxy of a function a function, as typeof reads nothing', () => {
    expect(_received(revokedProxyOf(() => 1))).toBe('function');
  });

  it('should not read the properties of an object, so a throwing accessor cannot make it throw', () => {
    const value = {
      get field(): never {
        throw new Error('accessor');
      },
    };
    expect(_received(value)).toBe('an object');
  });
});

describe('_eventIssues', () => {
  it('should give each issue its path, what was expected, what was received, and a message saying all three', () => {
    const schema = z.object({ a: z.object({ b: z.string() }) });
    expect(_eventIssues(zodIssues(schema, { a: { b: 42 } }))).toEqual([
      { path: ['a', 'b'], expected: 'string', received: '42', message: 'a.b: expected string, received 42' },
    ]);
  });

  it('should put the prefix before every path', () => {
    const issues = _eventIssues(zodIssues(stringFields(['a', 'b']), {}), ['payload']);
    expect(issues.map((issue) => issue.path)).toEqual([
      ['payload', 'a'],
      ['payload', 'b'],
    ]);
    expect(issues[0]?.message).toBe('payload.a: expected string, received nothing');
  });

  it('should leave symbol keys out of the path and the message', () => {
    const issues = _eventIssues(zodIssues(stringFields(['a']), {}), [Symbol('hidden'), 'payload']);
    expect(issues[0]?.path).toEqual(['payload', 'a']);
    expect(issues[0]?.message).toBe('payload.a: expected string, received nothing');
  });

  it('should return nothing for no issues', () => {
    expect(_eventIssues([])).toEqual([]);
  });

  it.each([
    { label: 'a wrong type', schema: z.number(), value: 'x', expected: 'number', received: '"x"' },
    { label: 'a single literal', schema: z.literal('on'), value: 'off', expected: '"on"', received: '"off"' },
    { label: 'an enum', schema: z.enum(['a', 'b']), value: 'c', expected: 'one of "a" | "b"', received: '"c"' },
    {
      label: 'a number too small',
      schema: z.number().check(z.gte(1)),
      value: 0,
      expected: 'number of at least 1',
      received: '0',
    },
    {
      label: 'a number too big',
      schema: z.number().check(z.lte(9)),
      value: 10,
      expected: 'number of at most 9',
      received: '10',
    },
    {
      label: 'an array too short',
      schema: z.array(z.string()).check(z.minLength(2)),
      value: ['a'],
      expected: 'array of at least 2 item(s)',
      received: 'an array of 1',
    },
    {
      label: 'an array too long',
      schema: z.array(z.string()).check(z.maxLength(1)),
      value: ['a', 'b'],
      expected: 'array of at most 1 item(s)',
      received: 'an array of 2',
    },
    {
      label: 'a number not above an exclusive bound',
      schema: z.number().check(z.positive()),
      value: 0,
      expected: 'number above 0',
      received: '0',
    },
    {
      label: 'a number not below an exclusive bound',
      schema: z.number().check(z.lt(5)),
      value: 5,
      expected: 'number below 5',
      received: '5',
    },
    {
      label: 'a string too short',
      schema: z.string().check(z.minLength(1)),
      value: '',
      expected: 'string of at least 1 character(s)',
      received: '""',
    },
    {
      label: 'a failed refinement',
      schema: z.string().check(z.refine(() => false, 'a string the custom rule accepts')),
      value: 's',
      expected: 'a string the custom rule accepts',
      received: '"s"',
    },
  ])('should say what was expected and received for $label', ({ schema, value, expected, received }) => {
    expect(_eventIssues(zodIssues(schema, value))).toEqual([
      { path: [], expected, received, message: `(event): expected ${expected}, received ${received}` },
    ]);
  });

  it('should name the values a discriminator may take when none of them arrived', () => {
    const schema = z.discriminatedUnion('type', [
      z.object({ type: z.literal('x'), n: z.number() }),
      z.object({ type: z.literal('y') }),
    ]);
    const issues = _eventIssues(zodIssues(schema, { type: 'z' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['type'], expected: 'one of "x" | "y"' });
    expect(issues[0]?.message).toBe('type: expected one of "x" | "y", received "z"');
  });

  it('should report an unreadable value as such', () => {
    expect(_eventIssues([_UNREADABLE_ISSUE])).toEqual([
      {
        path: [],
        expected: 'plain data (JSON values, without accessors that throw or revoked Proxies)',
        received: 'a value that threw when read',
        message:
          '(event): expected plain data (JSON values, without accessors that throw or revoked Proxies), received a value that threw when read',
      },
    ]);
    expect(Object.isFrozen(_UNREADABLE_ISSUE)).toBe(true);
  });

  describe('for a union that no branch matched', () => {
    it('should report the branch whose issue lies deepest, under the path of the union', () => {
      const schema = z.object({
        u: z.union([z.object({ b: z.string() }), z.object({ c: z.object({ d: z.number() }) })]),
      });
      const issues = _eventIssues(zodIssues(schema, { u: { c: { d: 'x' } } }), ['payload']);
      expect(issues).toEqual([
        {
          path: ['payload', 'u', 'c', 'd'],
          expected: 'number',
          received: '"x"',
          message: 'payload.u.c.d: expected number, received "x"',
        },
      ]);
    });

    it('should prefer the deeper branch even when it has more issues', () => {
      const schema = z.union([
        z.object({ a: z.string() }),
        z.object({ n: z.object({ x: z.string(), y: z.string() }) }),
      ]);
      const issues = _eventIssues(zodIssues(schema, { n: {} }));
      expect(issues.map((issue) => issue.path)).toEqual([
        ['n', 'x'],
        ['n', 'y'],
      ]);
    });

    it('should prefer, of branches as deep, the one with fewer issues', () => {
      const schema = z.union([z.object({ p: z.string(), q: z.string() }), z.object({ p: z.number() })]);
      expect(_eventIssues(zodIssues(schema, { p: true }))).toEqual([
        { path: ['p'], expected: 'number', received: 'true', message: 'p: expected number, received true' },
      ]);
    });

    it('should report the first branch of branches as deep and as many issues', () => {
      const schema = z.union([z.string(), z.number()]);
      expect(_eventIssues(zodIssues(schema, null)).map((issue) => issue.expected)).toEqual(['string']);
    });

    it('should follow a union inside the closest branch', () => {
      const inner = z.union([z.object({ x: z.string() }), z.object({ y: z.object({ z: z.number() }) })]);
      const schema = z.union([z.object({ a: inner }), z.number()]);
      expect(_eventIssues(zodIssues(schema, { a: { y: { z: 's' } } })).map((issue) => issue.path)).toEqual([
        ['a', 'y', 'z'],
      ]);
    });

    it('should report the union itself, counting its shapes, when its closest branch holds no issue', () => {
      const issue: z.core.$ZodIssue = {
        code: 'invalid_union',
        errors: [[], []],
        path: ['u'],
        message: 'Invalid input',
        input: 5,
      };
      expect(_eventIssues([issue])).toEqual([
        { path: ['u'], expected: 'one of 2 shapes', received: '5', message: 'u: expected one of 2 shapes, received 5' },
      ]);
    });
  });

  describe('how many', () => {
    it('should report at most 20 issues, as EventValidationDetails documents', () => {
      expect(_ISSUE_LIMIT).toBe(20);
    });

    it(`should keep the first ${_ISSUE_LIMIT} of more issues, in order`, () => {
      const fields = names('f', _ISSUE_LIMIT + 5);
      const issues = _eventIssues(zodIssues(stringFields(fields), {}));
      expect(issues.map((issue) => issue.path)).toEqual(fields.slice(0, _ISSUE_LIMIT).map((field) => [field]));
    });

    it(`should stop at ${_ISSUE_LIMIT} inside a union's branch, counting the issues before it`, () => {
      const before = names('f', _ISSUE_LIMIT - 5);
      const inBranch = names('g', 10);
      const schema = z.object({ ...stringFields(before).shape, u: z.union([stringFields(inBranch), z.number()]) });
      const issues = _eventIssues(zodIssues(schema, { u: {} }));
      expect(issues.map((issue) => issue.path)).toEqual([
        ...before.map((field) => [field]),
        ...inBranch.slice(0, 5).map((field) => ['u', field]),
      ]);
    });

    it(`should report min(n, ${_ISSUE_LIMIT}) issues for n, the first ones`, () => {
      fc.assert(
        fc.property(fc.nat({ max: 3 * _ISSUE_LIMIT }), (count) => {
          const fields = names('f', count);
          const zod = count === 0 ? [] : zodIssues(stringFields(fields), {});
          const issues = _eventIssues(zod);
          expect(issues.map((issue) => issue.path)).toEqual(
            fields.slice(0, Math.min(count, _ISSUE_LIMIT)).map((field) => [field]),
          );
        }),
        { numRuns: 50 },
      );
    });
  });

  it('should write messages without a control character or a line break, whatever the keys and values', () => {
    const entries = fc.dictionary(anyKey, fc.string({ unit: codeUnit, maxLength: 80 }), { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(entries, (record) => {
        const issues = _eventIssues(zodIssues(z.record(z.string(), z.number()), record), ['payload']);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(controlsIn(issue.message)).toEqual([]);
      }),
    );
  });
});
