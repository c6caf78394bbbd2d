import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _MAX_JSON_DEPTH, _byCodePoint, _canonicalJson } from '../../src/webhooks/canonical-json';
import { thrownBy } from '../support/calls';

/** What `call` throws, checked to be a TypeError; its message. */
function refusal(call: () => unknown): string {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(TypeError);
  return (error as TypeError).message;
}

/** `depth` arrays, each holding the next; the innermost holds 1. */
function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Compares two strings as lists of code points: what Python's sorted() and orjson do. */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (char) => char.codePointAt(0) ?? 0);
  const y = Array.from(b, (char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

/** A simple recursive writer, the reference for the laws: keys sorted by their code points. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => compareCodePoints(a, b));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item)}`).join(',')}}`;
}

/** JSON values whose numbers are integers JavaScript writes as Python would (no floats, whose notation differs). */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: fc.constantFrom('a', 'B', '1', 'é', '\uE000', '\uFFFF', '\u{1F600}', '"', '\\', '\u0000') }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string({ unit: fc.constantFrom('a', 'b', '1', '9', '10', 'é', '\uE000', '\u{1F600}') }),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

/** A class whose instances are not plain objects, though they hold only data. */
class Point {
  readonly x: number = 1;
}

/** `[1, <hole>, 3]`. */
const holey: unknown[] = [1];
holey[2] = 3;

describe('_canonicalJson', () => {
  describe('as orjson.dumps(value, option=OPT_SORT_KEYS) writes it (outputs of orjson 3.8.3)', () => {
    it.each([
      {
        label: 'nested objects, keys sorted at every depth, non-ASCII raw',
        value: { b: 1, a: { d: [1, { z: 0, y: null }], c: 'é\u{1F600}' } },
        json: '{"a":{"c":"é\u{1F600}","d":[1,{"y":null,"z":0}]},"b":1}',
      },
      {
        label: 'keys in code point order, an astral key after U+E000 to U+FFFF',
        value: { '\uE000': 1, '\u{1F600}': 2, a: 3, Z: 4, é: 5, '\uFFFF': 6, '\u{10FFFF}': 7 },
        json: '{"Z":4,"a":3,"é":5,"\uE000":1,"\uFFFF":6,"\u{1F600}":2,"\u{10FFFF}":7}',
      },
      {
        label: 'non-integral numbers, with orjson’s exponent from 1e-6 to 1e-5',
        value: [0.1, 1.5e-6, 1e-6, 9.99e-6, 1e-5, 1e-7, 123.456, -2.5e-6, 5e-324, 1e-300, 0.5],
        json: '[0.1,1.5e-6,1e-6,9.99e-6,0.00001,1e-7,123.456,-2.5e-6,5e-324,1e-300,0.5]',
      },
      {
        label: 'integers beyond 2 ** 53 with their exact digits',
        value: [2 ** 63, -(2 ** 63), 2 ** 53 + 2, 2 ** 64 - 2048, 0, -1],
        json: '[9223372036854775808,-9223372036854775808,9007199254740994,18446744073709549568,0,-1]',
      },
      {
        label: 'control characters escaped, DEL, U+2028 and "/" raw',
        value: ['\u0000\b\t\n\u000b\f\r\u001f\u007f\u2028\u2029"\\/'],
        json: '["\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f\u007f\u2028\u2029\\"\\\\/"]',
      },
      { label: 'NaN and infinities as null', value: [Number.NaN, Infinity, -Infinity], json: '[null,null,null]' },
      { label: 'empty keys and containers', value: { '': { '': [] }, a: {} }, json: '{"":{"":[]},"a":{}}' },
    ])('should write $label', ({ value, json }) => {
      expect(_canonicalJson(value)).toBe(json);
    });

    it('should write the CONTRACT 5.3 envelope with its keys in the order id, payload, topic, ts, type, v', () => {
      const envelope = {
        v: 1,
        id: '11111111-1111-1111-1111-111111111111',
        ts: '2026-04-24T00:00:00+00:00',
        topic: 'attacker.observed',
        type: 'first_sighting',
        payload: { ip: '1.2.3.4' },
      };
      expect(_canonicalJson(envelope)).toBe(
        '{"id":"11111111-1111-1111-1111-111111111111","payload":{"ip":"1.2.3.4"},"topic":"attacker.observed",' +
          '"ts":"2026-04-24T00:00:00+00:00","type":"first_sighting","v":1}',
      );
    });
  });

  describe('where JavaScript cannot tell what Python held', () => {
    it('should write an integral number as a Python int: 1, not 1.0, and 1e16 in full', () => {
      expect(_canonicalJson([1.0, 1e16])).toBe('[1,10000000000000000]');
    });

    it('should write -0 as 0, where orjson writes the float -0.0', () => {
      expect(_canonicalJson(-0)).toBe('0');
    });
  });

  describe('values it leaves out or accepts', () => {
    it('should leave out a property whose value is undefined, as JSON.stringify does', () => {
      expect(_canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    });

    it('should accept an object without a prototype', () => {
      const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
      expect(_canonicalJson(bare)).toBe('{"a":1,"b":2}');
    });

    it(`should write ${_MAX_JSON_DEPTH} nested arrays, the deepest orjson writes in every version`, () => {
      const json = _canonicalJson(nestedArrays(_MAX_JSON_DEPTH));
      expect(json).toBe(`${'['.repeat(_MAX_JSON_DEPTH)}1${']'.repeat(_MAX_JSON_DEPTH)}`);
    });

    it('should write a wide array of 100,000 objects', () => {
      const wide = Array.from({ length: 100_000 }, (_, i) => ({ i }));
      expect(JSON.parse(_canonicalJson(wide))).toEqual(wide);
    });

    it('should ignore symbol keys and read getters once, as JSON.stringify does', () => {
      let reads = 0;
      const value = {
        [Symbol('hidden')]: 1,
        get a() {
          return ++reads;
        },
      };
      expect(_canonicalJson(value)).toBe('{"a":1}');
      expect(reads).toBe(1);
    });
  });

  describe('values it refuses with a TypeError', () => {
    it.each([
      { label: 'a function', value: { payload: { f: () => 1 } }, where: '"payload.f"' },
      { label: 'a symbol', value: { payload: [Symbol('s')] }, where: '"payload[0]"' },
      { label: 'a bigint', value: { n: 1n }, where: '"n"' },
      { label: 'undefined in an array', value: { a: [1, undefined] }, where: '"a[1]"' },
      { label: 'a hole in an array', value: { a: holey }, where: '"a[1]"' },
      { label: 'a Date, whose toJSON is not called', value: { when: new Date(0) }, where: '"when"' },
      { label: 'a Map', value: [new Map()], where: '"[0]"' },
      { label: 'a class instance', value: { x: new Point() }, where: '"x"' },
      { label: 'a boxed string', value: { s: new String('s') }, where: '"s"' },
      { label: 'a lone surrogate in a string', value: { s: 'a\uD800b' }, where: '"s"' },
      { label: 'a lone low surrogate in a string', value: ['\uDC00'], where: '"[0]"' },
      { label: 'a lone surrogate in a key', value: { p: { '\uDBFF': 1 } }, where: '"p"' },
      { label: 'an integer of 2 ** 64', value: { n: 2 ** 64 }, where: '"n"' },
      { label: 'an integer below -(2 ** 63)', value: { n: -(2 ** 63) - 4096 }, where: '"n"' },
      { label: 'an integral 1e300', value: { n: 1e300 }, where: '"n"' },
      { label: 'a key that needs quoting in the path', value: { 'a b': [undefined] }, where: '"["a<U+0020>b"][0]"' },
    ])('should refuse $label, naming where it sits', ({ value, where }) => {
      const message = refusal(() => _canonicalJson(value));
      expect(message).toContain(where);
      expect(message.startsWith('_canonicalJson(): ')).toBe(true);
    });

    it.each([
      { label: 'undefined', value: undefined },
      { label: 'a function', value: () => 1 },
    ])('should refuse $label as the whole value', ({ value }) => {
      expect(refusal(() => _canonicalJson(value))).toContain('the value is');
    });

    it(`should refuse ${_MAX_JSON_DEPTH + 1} nested arrays, as orjson raises "Recursion limit reached"`, () => {
      expect(refusal(() => _canonicalJson(nestedArrays(_MAX_JSON_DEPTH + 1)))).toContain('nesting deeper than 254');
    });

    it('should refuse a cycle with a TypeError, not a stack overflow', () => {
      const cycle: Record<string, unknown> = { a: 1 };
      cycle['self'] = cycle;
      expect(refusal(() => _canonicalJson(cycle))).toContain('(or a cycle)');
    });

    it('should name the caller it is given', () => {
      expect(refusal(() => _canonicalJson([undefined], 'createWebhookDelivery'))).toMatch(
        /^createWebhookDelivery\(\): /u,
      );
    });

    it('should keep the message short for a deep path of long keys, and show its line breaks escaped', () => {
      let value: unknown = [undefined];
      for (let i = 0; i < 200; i++) value = { [`key\n${'x'.repeat(100)}`]: value };
      const message = refusal(() => _canonicalJson(value));
      expect(message.length).toBeLessThan(300);
      expect(message).not.toContain('\n');
      expect(message).toContain('[0]"');
    });

    it('should let an error thrown by a getter through unchanged', () => {
      const boom = new Error('boom');
      const value = {
        get a(): number {
          throw boom;
        },
      };
      expect(thrownBy(() => _canonicalJson(value))).toBe(boom);
    });
  });

  describe('laws', () => {
    it('should agree with a simple recursive reference on every generated JSON value', () => {
      fc.assert(
        fc.property(jsonValue, (value) => {
          expect(_canonicalJson(value)).toBe(reference(value));
        }),
      );
    });

    it('should read back, through JSON.parse, as the value it wrote', () => {
      fc.assert(
        fc.property(jsonValue, (value) => {
          expect(JSON.parse(_canonicalJson(value))).toEqual(value);
        }),
      );
    });

    it('should not depend on the order in which an object’s keys were inserted', () => {
      const entries = fc.uniqueArray(fc.tuple(fc.string(), fc.integer()), { selector: ([key]) => key, maxLength: 8 });
      fc.assert(
        fc.property(entries, (pairs) => {
          const reversed = Object.fromEntries([...pairs].reverse());
          fc.pre(pairs.every(([key]) => !/\p{Cs}/u.test(key)));
          expect(_canonicalJson(Object.fromEntries(pairs))).toBe(_canonicalJson(reversed));
        }),
      );
    });

    it('should write every non-integral double in the shortest digits that read back exactly', () => {
      const fraction = fc.double({ noDefaultInfinity: true, noNaN: true }).filter((x) => !Number.isInteger(x));
      fc.assert(
        fc.property(fraction, (x) => {
          expect(Number(_canonicalJson(x))).toBe(x);
        }),
      );
    });

    it('should order strings as their arrays of code points are ordered', () => {
      const text = fc.string({ unit: 'grapheme', maxLength: 6 });
      fc.assert(
        fc.property(text, text, (a, b) => {
          expect(Math.sign(_byCodePoint(a, b))).toBe(Math.sign(compareCodePoints(a, b)));
        }),
      );
    });
  });
});
