/**
 * Derives a fast-check arbitrary from a `zod/mini` schema by walking its
 * definition (`schema._zod.def`), for the schema property tests. It covers the
 * kinds of schema this library builds and nothing more: any other kind (or an
 * unknown check) throws, naming it, rather than generating values the schema
 * might refuse.
 *
 * What it generates is what a producer would write: for a pipe whose input is a
 * transform (a codec), the value on the output side; for a `_jsonEncoded` field
 * either that value or its JSON text, as DECNET sends both. Numbers are never
 * `-0`, which JSON cannot carry (`JSON.stringify(-0)` is `"0"`).
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { _isJsonEncoded } from '../../src/schemas/codecs';

/** Any zod schema, classic or mini: the walker only reads `_zod.def`. */
export type AnySchema = z.core.$ZodType;

/** How big generated collections get: the laws need variety, not volume. */
const MAX_ITEMS = 3;
/** How deep a generated `unknown` value nests. */
const MAX_JSON_DEPTH = 2;

/** `-0` becomes `0`, all the way down: JSON has no `-0`, so no producer can send one. */
function withoutNegativeZero(value: fc.JsonValue): fc.JsonValue {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (typeof value !== 'object' || value === null) return value;
  // `Object.fromEntries` defines each key, so a `__proto__` key stays an own key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, item === undefined ? item : withoutNegativeZero(item)]),
  );
}

/** Any JSON value, nested at most {@link MAX_JSON_DEPTH} deep. */
const jsonValue: fc.Arbitrary<fc.JsonValue> = fc.jsonValue({ maxDepth: MAX_JSON_DEPTH }).map(withoutNegativeZero);

/** The checks a schema carries, as their definitions. */
function checksOf(def: z.core.$ZodTypeDef): readonly z.core.$ZodCheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function unsupported(what: string, def: z.core.$ZodTypeDef): Error {
  return new Error(`arbitraryFor(): unsupported ${what} in a schema of type "${def.type}"`);
}

/** Length bounds from `min_length`, `max_length` and `length_equals` checks. */
interface LengthBounds {
  min: number;
  max: number | undefined;
}

function lengthBounds(checks: readonly z.core.$ZodCheckDef[]): LengthBounds {
  const bounds: LengthBounds = { min: 0, max: undefined };
  for (const check of checks) {
    if (check.check === 'min_length') {
      bounds.min = Math.max(bounds.min, (check as z.core.$ZodCheckMinLengthDef).minimum);
    } else if (check.check === 'max_length') {
      const maximum = (check as z.core.$ZodCheckMaxLengthDef).maximum;
      bounds.max = bounds.max === undefined ? maximum : Math.min(bounds.max, maximum);
    } else if (check.check === 'length_equals') {
      const length = (check as z.core.$ZodCheckLengthEqualsDef).length;
      bounds.min = length;
      bounds.max = length;
    }
  }
  return bounds;
}

/** Strings matching `pattern`; the `i` flag (unknown to `fc.stringMatching`) becomes random letter case. */
function matching(pattern: RegExp, maxLength: number | undefined): fc.Arbitrary<string> {
  const constraints = maxLength === undefined ? {} : { maxLength };
  if (!pattern.flags.includes('i')) return fc.stringMatching(pattern, constraints);
  const caseSensitive = new RegExp(pattern.source, pattern.flags.replace('i', ''));
  return fc.mixedCase(fc.stringMatching(caseSensitive, constraints));
}

function stringArbitrary(schema: AnySchema, def: z.core.$ZodStringDef): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const patterns: RegExp[] = [];
  // A string format schema (`z.iso.datetime()`) is its own check: its pattern sits on the definition.
  const format = def as Partial<z.core.$ZodStringFormatDef>;
  if (format.format !== undefined) {
    if (format.pattern === undefined) throw unsupported(`string format "${format.format}" without a pattern`, def);
    patterns.push(format.pattern);
  }
  let opaque = false;
  for (const check of checks) {
    if (check.check === 'string_format') {
      const pattern = (check as z.core.$ZodCheckStringFormatDef).pattern;
      if (pattern === undefined)
        throw unsupported(`string check "${(check as z.core.$ZodCheckStringFormatDef).format}"`, def);
      patterns.push(pattern);
    } else if (check.check === 'custom') {
      opaque = true;
    } else if (check.check !== 'min_length' && check.check !== 'max_length' && check.check !== 'length_equals') {
      throw unsupported(`check "${check.check}"`, def);
    }
  }
  const { min, max } = lengthBounds(checks);
  const [first, ...others] = patterns;
  let arbitrary: fc.Arbitrary<string> =
    first === undefined
      ? fc.oneof(
          fc.string({ minLength: min, maxLength: max ?? Math.max(min, 16) }),
          fc.string({ unit: 'binary', minLength: min, maxLength: max ?? Math.max(min, 8) }),
        )
      : matching(first, max);
  if (first !== undefined || others.length > 0) {
    arbitrary = arbitrary.filter(
      (text) =>
        text.length >= min &&
        (max === undefined || text.length <= max) &&
        others.every((pattern) => {
          pattern.lastIndex = 0;
          return pattern.test(text);
        }),
    );
  }
  // A refinement is a function the walker cannot read: keep the values the schema itself accepts.
  return opaque ? arbitrary.filter((text) => z.safeParse(schema, text).success) : arbitrary;
}

/** The integer range of each number format. */
const INTEGER_FORMATS: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
};

function numberArbitrary(def: z.core.$ZodNumberDef): fc.Arbitrary<number> {
  let min = -Infinity;
  let max = Infinity;
  let minExcluded = false;
  let maxExcluded = false;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') {
      const { value, inclusive } = check as z.core.$ZodCheckGreaterThanDef;
      min = Number(value);
      minExcluded = !inclusive;
    } else if (check.check === 'less_than') {
      const { value, inclusive } = check as z.core.$ZodCheckLessThanDef;
      max = Number(value);
      maxExcluded = !inclusive;
    } else {
      throw unsupported(`check "${check.check}"`, def);
    }
  }
  const format = (def as Partial<z.core.$ZodNumberFormatDef>).format;
  if (format === undefined || format === 'float64') {
    // Only finite bounds are passed on: an explicit infinite bound would let that infinity through.
    const bounds = {
      ...(Number.isFinite(min) ? { min, minExcluded } : {}),
      ...(Number.isFinite(max) ? { max, maxExcluded } : {}),
    };
    return fc.double({ noNaN: true, noDefaultInfinity: true, ...bounds }).map((value) => (value === 0 ? 0 : value));
  }
  const range = INTEGER_FORMATS[format];
  if (range === undefined) throw unsupported(`number format "${format}"`, def);
  const low = Math.max(range[0], minExcluded ? Math.floor(min) + 1 : Math.ceil(min));
  const high = Math.min(range[1], maxExcluded ? Math.ceil(max) - 1 : Math.floor(max));
  // Mostly small values, now and then the ends of the range.
  return fc.oneof(
    { arbitrary: fc.integer({ min: Math.max(low, -1_000_000), max: Math.min(high, 1_000_000) }), weight: 4 },
    { arbitrary: fc.integer({ min: low, max: high }), weight: 1 },
  );
}

function objectArbitrary(def: z.core.$ZodObjectDef): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    if (field._zod.def.type === 'optional') {
      model[key] = arbitraryFor((field._zod.def as z.core.$ZodOptionalDef).innerType);
    } else {
      model[key] = arbitraryFor(field);
      requiredKeys.push(key);
    }
  }
  const fields = fc.record(model, { requiredKeys, noNullPrototype: true });
  const catchall = def.catchall;
  // No catchall strips unknown keys, `never` refuses them: generate none.
  if (catchall === undefined || catchall._zod.def.type === 'never') return fields;
  const known = new Set(Object.keys(def.shape));
  const extras = fc.dictionary(
    fc.string({ maxLength: 8 }).filter((key) => !known.has(key)),
    arbitraryFor(catchall),
    { maxKeys: MAX_ITEMS, noNullPrototype: true },
  );
  return fc.tuple(extras, fields).map(([extra, known_]) => ({ ...extra, ...known_ }));
}

function recordArbitrary(def: z.core.$ZodRecordDef): fc.Arbitrary<Record<string, unknown>> {
  const keys = arbitraryFor(def.keyType).filter((key): key is string => typeof key === 'string');
  return fc.dictionary(keys, arbitraryFor(def.valueType), { maxKeys: MAX_ITEMS, noNullPrototype: true });
}

function arrayArbitrary(def: z.core.$ZodArrayDef): fc.Arbitrary<unknown[]> {
  const checks = checksOf(def);
  for (const check of checks) {
    if (check.check !== 'min_length' && check.check !== 'max_length' && check.check !== 'length_equals') {
      throw unsupported(`check "${check.check}"`, def);
    }
  }
  const { min, max } = lengthBounds(checks);
  return fc.array(arbitraryFor(def.element), { minLength: min, maxLength: max ?? Math.max(min, MAX_ITEMS) });
}

function pipeArbitrary(schema: AnySchema, def: z.core.$ZodPipeDef): fc.Arbitrary<unknown> {
  if (def.in._zod.def.type !== 'transform') throw unsupported('pipe whose input is not a transform', def);
  const output = arbitraryFor(def.out);
  return _isJsonEncoded(schema)
    ? fc.oneof(
        output,
        output.map((value) => JSON.stringify(value)),
      )
    : output;
}

/**
 * An arbitrary of values that `schema` accepts.
 *
 * @param schema - a `zod/mini` (or classic) schema built from objects, strings, numbers, integers, booleans,
 *   literals, enums, arrays, nullables, optionals, unions, records, `unknown`, `null`, `undefined`, and pipes
 *   whose input is a transform; string checks (lengths, regex and other string formats, refinements), number
 *   bounds and array lengths are respected.
 * @throws Error naming the schema type or check that is not supported.
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryFor(schema), (value) => schema.safeParse(value).success));
 * ```
 */
export function arbitraryFor(schema: AnySchema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return objectArbitrary(def as z.core.$ZodObjectDef);
    case 'string':
      return stringArbitrary(schema, def as z.core.$ZodStringDef);
    case 'number':
      return numberArbitrary(def as z.core.$ZodNumberDef);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def as z.core.$ZodLiteralDef<z.core.util.Literal>).values);
    case 'enum':
      return fc.constantFrom(...Object.values((def as z.core.$ZodEnumDef).entries));
    case 'array':
      return arrayArbitrary(def as z.core.$ZodArrayDef);
    case 'nullable':
      return fc.oneof(fc.constant(null), arbitraryFor((def as z.core.$ZodNullableDef).innerType));
    case 'optional':
      return fc.oneof(fc.constant(undefined), arbitraryFor((def as z.core.$ZodOptionalDef).innerType));
    case 'union':
      // A discriminated union is a union with a `discriminator`: every option is a valid value as well.
      return fc.oneof(...(def as z.core.$ZodUnionDef).options.map((option) => arbitraryFor(option)));
    case 'record':
      return recordArbitrary(def as z.core.$ZodRecordDef);
    case 'unknown':
    case 'any':
      return jsonValue;
    case 'pipe':
      return pipeArbitrary(schema, def as z.core.$ZodPipeDef);
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    default:
      throw new Error(`arbitraryFor(): unsupported schema type "${def.type}"`);
  }
}
