import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { TOPIC_CATALOGUE, type TopicTemplateEntry } from '../../src/catalogue';
import { EVENT_SCHEMAS, parseEvent, safeParseEvent } from '../../src/schemas';
import { validSegment } from '../support/arbitraries';
import { arbitraryFor, type AnySchema } from '../support/zod-arbitrary';

// Laws over the event schema of every catalogue template, on events generated from the schemas themselves
// (test/support/zod-arbitrary.ts). Each law runs NUM_RUNS times per template, so the file stays fast.

const NUM_RUNS = 50;
const RUNS = { numRuns: NUM_RUNS } as const;

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`expected an object, got ${JSON.stringify(value)}`);
  }
  return value as Json;
}

// Topics. Each `{param}` gets one valid segment, a dotted tail one or two. A topic that a template without
// parameters spells out (`system.bus.health` for `system.{worker}.health`) belongs to that template instead.

const LITERAL_TOPICS = new Set<string>(
  TOPIC_CATALOGUE.filter((row) => row.params.length === 0).map((row) => row.template),
);

interface GeneratedTopic {
  readonly topic: string;
  readonly params: Readonly<Record<string, string>>;
}

function topicFor(row: TopicTemplateEntry): fc.Arbitrary<GeneratedTopic> {
  const last = row.params.length - 1;
  const values = row.params.map((_param, k) =>
    row.dottedTail && k === last
      ? fc.array(validSegment, { minLength: 1, maxLength: 2 }).map((tokens) => tokens.join('.'))
      : validSegment,
  );
  return fc
    .tuple(...values)
    .map((generated) => {
      const params = Object.fromEntries(row.params.map((param, k) => [param, generated[k] ?? '']));
      const topic = row.template
        .split('.')
        .map((token) => (token.startsWith('{') ? (params[token.slice(1, -1)] ?? '') : token))
        .join('.');
      return { topic, params };
    })
    .filter(({ topic }) => row.params.length === 0 || !LITERAL_TOPICS.has(topic));
}

// The shapes of a template. An event schema is an object, a union of objects (chosen by `type`), or a pipe
// into those (`system.log`); a payload schema is an object, a record, or a union of those.

/** One way an event of a template can look: the envelope object schema and one branch of its payload. */
interface EventCase {
  readonly envelope: AnySchema;
  readonly payload: AnySchema;
}

function eventShapes(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def;
  if (def.type === 'object') return [schema];
  if (def.type === 'union') return (def as z.core.$ZodUnionDef).options.flatMap(eventShapes);
  if (def.type === 'pipe') return eventShapes((def as z.core.$ZodPipeDef).out);
  throw new Error(`unexpected event schema of type "${def.type}"`);
}

function payloadBranches(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def;
  if (def.type === 'union') return (def as z.core.$ZodUnionDef).options.flatMap(payloadBranches);
  return [schema];
}

function casesOf(template: string): EventCase[] {
  const schema: AnySchema = EVENT_SCHEMAS[template as keyof typeof EVENT_SCHEMAS];
  return eventShapes(schema).flatMap((envelope) => {
    const payload = (envelope._zod.def as z.core.$ZodObjectDef).shape['payload'];
    if (payload === undefined) throw new Error(`${template}: an event shape without a payload`);
    return payloadBranches(payload).map((branch) => ({ envelope, payload: branch }));
  });
}

/** A field that accepts any value, so no value of a wrong type exists for it. */
function acceptsAnything(field: AnySchema): boolean {
  const def = field._zod.def;
  if (def.type === 'unknown' || def.type === 'any') return true;
  if (def.type === 'nullable' || def.type === 'optional') {
    return acceptsAnything((def as z.core.$ZodNullableDef | z.core.$ZodOptionalDef).innerType);
  }
  return false;
}

/** The keys a payload branch requires, other than those that accept anything. */
function requiredKeys(branch: AnySchema): string[] {
  const def = branch._zod.def;
  if (def.type !== 'object') return [];
  return Object.entries((def as z.core.$ZodObjectDef).shape)
    .filter(([, field]) => field._zod.def.type !== 'optional' && !acceptsAnything(field))
    .map(([key]) => key);
}

/** The schema an unknown payload key must meet, or `undefined` when unknown keys are not kept. */
function extraKeySchema(branch: AnySchema): AnySchema | undefined {
  const def = branch._zod.def;
  if (def.type === 'object') {
    const catchall = (def as z.core.$ZodObjectDef).catchall;
    return catchall === undefined || catchall._zod.def.type === 'never' ? undefined : catchall;
  }
  if (def.type === 'record') {
    const { keyType, valueType } = def as z.core.$ZodRecordDef;
    const plainKeys = keyType._zod.def.type === 'string' && (keyType._zod.def.checks ?? []).length === 0;
    return plainKeys ? valueType : undefined;
  }
  return undefined;
}

/** Why a payload branch keeps no unknown key; only asked of a branch without {@link extraKeySchema}. */
function whyNoUnknownKeys(branch: AnySchema): string {
  const def = branch._zod.def;
  if (def.type === 'object') {
    return (def as z.core.$ZodObjectDef).catchall === undefined
      ? 'an object that strips unknown keys'
      : 'a strict object that refuses unknown keys';
  }
  if (def.type === 'record') return 'a record whose key schema refuses keys it does not name';
  return `a "${def.type}" schema, which has no keys`;
}

/**
 * A value of the wrong type for a field, wrong at the field itself rather than inside it: a number for a
 * string, a string for a number, `{}` for an array (`[[]]` is an array, and would fail at an element), `[[]]`
 * for anything else. None is `null`, so a nullable field refuses it too; a codec (pipe from a transform)
 * passes a value that is not text through unchanged, so its output schema decides.
 */
function wrongValueFor(field: AnySchema): unknown {
  const def = field._zod.def;
  switch (def.type) {
    case 'nullable':
      return wrongValueFor((def as z.core.$ZodNullableDef).innerType);
    case 'pipe':
      return wrongValueFor((def as z.core.$ZodPipeDef).out);
    case 'string':
      return 42;
    case 'number':
      return '42';
    case 'array':
      return {};
    default:
      return [[]];
  }
}

/** An event of one case: generated envelope, the generated payload branch, a topic of the template. */
function eventOf(row: TopicTemplateEntry, c: EventCase): fc.Arbitrary<Json> {
  return fc
    .record({ envelope: arbitraryFor(c.envelope), payload: arbitraryFor(c.payload), at: topicFor(row) })
    .map(({ envelope, payload, at }) => ({ ...asRecord(envelope), topic: at.topic, payload }));
}

/** Any event of a template, generated from its whole event schema. */
function anyEventOf(row: TopicTemplateEntry): fc.Arbitrary<{ event: Json; params: Readonly<Record<string, string>> }> {
  const schema: AnySchema = EVENT_SCHEMAS[row.template];
  return fc
    .tuple(arbitraryFor(schema), topicFor(row))
    .map(([event, at]) => ({ event: { ...asRecord(event), topic: at.topic }, params: at.params }));
}

const issuePaths = (input: unknown): (readonly (string | number)[])[] => {
  const result = safeParseEvent(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
};

/** Every template with the payload shapes it can take, and those that keep unknown keys or can be broken. */
const TEMPLATES = TOPIC_CATALOGUE.map((row) => {
  const cases = casesOf(row.template);
  const extendable = cases.filter((c) => extraKeySchema(c.payload) !== undefined);
  const breakable = cases.filter((c) => requiredKeys(c.payload).length > 0);
  return { template: row.template, row, cases, extendable, breakable };
});

/** Law (b) is about unknown payload keys: it applies to a template only if some payload shape of it keeps them. */
const LAW_B_TEMPLATES = TEMPLATES.filter(({ extendable }) => extendable.length > 0);

/** The templates law (b) leaves out, each with why. */
const LAW_B_EXCLUDED = TEMPLATES.filter(({ extendable }) => extendable.length === 0).map(({ template, cases }) => ({
  template,
  why: [...new Set(cases.map((c) => whyNoUnknownKeys(c.payload)))].join('; '),
}));

describe('arbitraryFor', () => {
  it('should generate only values that the schema accepts, for every event schema', () => {
    for (const row of TOPIC_CATALOGUE) {
      const schema: AnySchema = EVENT_SCHEMAS[row.template];
      for (const value of fc.sample(arbitraryFor(schema), { numRuns: 20, seed: 7 })) {
        expect(z.safeParse(schema, value).success, row.template).toBe(true);
      }
    }
  });

  it('should respect regex, datetime, length and bound checks', () => {
    const schemas = [
      z.string().check(z.regex(/^(?:[0-9a-f]{16})?$/i)),
      z.iso.datetime({ offset: true, local: true }),
      z.string().check(z.startsWith('exec:'), z.maxLength(12)),
      z.array(z.string()).check(z.minLength(2)),
      z.int().check(z.positive()),
      z.number().check(z.gte(-1), z.lt(1)),
    ];
    for (const schema of schemas) {
      fc.assert(
        fc.property(arbitraryFor(schema), (value) => {
          expect(z.safeParse(schema, value).success).toBe(true);
        }),
        RUNS,
      );
    }
  });

  it('should generate a JSON-encoded field both as its value and as its JSON text', () => {
    const schema: AnySchema = EVENT_SCHEMAS['credential.reuse.detected'];
    const kinds = new Set(
      fc.sample(arbitraryFor(schema), { numRuns: 100, seed: 7 }).map((event) => {
        const deckies = asRecord(asRecord(event)['payload'])['deckies'];
        return Array.isArray(deckies) ? 'value' : typeof deckies;
      }),
    );
    expect([...kinds].sort()).toEqual(['string', 'value']);
  });

  it('should throw naming the schema type it does not support', () => {
    expect(() => arbitraryFor(z.bigint())).toThrow(/unsupported schema type "bigint"/);
    expect(() => arbitraryFor(z.transform((value: unknown) => value))).toThrow(/"transform"/);
  });
});

describe.each(TEMPLATES)('$template', ({ row, breakable }) => {
  it('law (a): should parse a generated event strictly to its template, the same after a JSON round trip', () => {
    fc.assert(
      fc.property(anyEventOf(row), ({ event, params }) => {
        const parsed = parseEvent(event, { strict: true });
        expect(parsed.template).toBe(row.template);
        expect(parsed.params).toEqual(params);
        expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(parseEvent(event));
      }),
      RUNS,
    );
  });

  const lawC = 'law (c): should refuse a required payload field of the wrong type, at that field';
  if (breakable.length > 0) {
    it(lawC, () => {
      const arbitrary = fc.oneof(
        ...breakable.map((c) => {
          const payloadShape = (c.payload._zod.def as z.core.$ZodObjectDef).shape;
          return fc
            .record({ event: eventOf(row, c), key: fc.constantFrom(...requiredKeys(c.payload)) })
            .map(({ event, key }) => ({ event, key, wrong: wrongValueFor(payloadShape[key] as AnySchema) }));
        }),
      );
      fc.assert(
        fc.property(arbitrary, ({ event, key, wrong }) => {
          const input = { ...event, payload: { ...asRecord(event['payload']), [key]: wrong } };
          expect(safeParseEvent(input).success).toBe(false);
          expect(issuePaths(input)).toEqual([['payload', key]]);
        }),
        RUNS,
      );
    });
  } else {
    // No field to break: such a template (nothing publishes it yet) must accept any JSON object instead.
    it('law (c), for a payload without required fields: should accept any JSON object payload, keeping its keys', () => {
      const payloads = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
      fc.assert(
        fc.property(anyEventOf(row), payloads, ({ event }, payload) => {
          const parsed = asRecord(parseEvent({ ...event, payload }, { strict: true }).payload);
          // zod drops `__proto__` keys (its guard against prototype pollution); every other key stays.
          for (const key of Object.keys(payload))
            if (key !== '__proto__') expect(Object.hasOwn(parsed, key)).toBe(true);
        }),
        RUNS,
      );
    });
  }

  it('law (d): should refuse the envelope version 2, at v', () => {
    fc.assert(
      fc.property(anyEventOf(row), ({ event }) => {
        const input = { ...event, v: 2 };
        expect(safeParseEvent(input).success).toBe(false);
        expect(issuePaths(input)).toEqual([['v']]);
      }),
      RUNS,
    );
  });
});

describe('law (b): unknown payload keys', () => {
  it('should leave out only the templates none of whose payload shapes keeps unknown keys: none today', () => {
    // A template that comes to strip or refuse unknown keys in every payload shape belongs here, with its why.
    expect(LAW_B_EXCLUDED).toEqual([]);
  });

  it.each([
    { label: 'an object', schema: z.object({ a: z.string() }), why: 'an object that strips unknown keys' },
    {
      label: 'a strict object',
      schema: z.strictObject({ a: z.string() }),
      why: 'a strict object that refuses unknown keys',
    },
    {
      label: 'a record of named keys',
      schema: z.record(z.enum(['a', 'b']), z.string()),
      why: 'a record whose key schema refuses keys it does not name',
    },
    {
      label: 'a record of checked keys',
      schema: z.record(z.string().check(z.regex(/^k/)), z.string()),
      why: 'a record whose key schema refuses keys it does not name',
    },
    { label: 'an array', schema: z.array(z.string()), why: 'a "array" schema, which has no keys' },
  ])('should say why it leaves out a payload shape that keeps no unknown key: $label', ({ schema, why }) => {
    expect(extraKeySchema(schema)).toBeUndefined();
    expect(whyNoUnknownKeys(schema)).toBe(why);
  });

  it.each([
    { label: 'a loose object', schema: z.looseObject({ a: z.string() }), extra: 'unknown' },
    { label: 'an object with a catchall', schema: z.catchall(z.object({}), z.string()), extra: 'string' },
    { label: 'a record of any string key', schema: z.record(z.string(), z.number()), extra: 'number' },
  ])('should apply to a payload shape that keeps unknown keys: $label', ({ schema, extra }) => {
    expect(extraKeySchema(schema)?._zod.def.type).toBe(extra);
  });

  describe.each(LAW_B_TEMPLATES)('$template', ({ row, extendable }) => {
    // Traffic payloads keep unknown keys only as strings, as the sniffer logs every value as text.
    const stringExtras = extendable.some((c) => extraKeySchema(c.payload)?._zod.def.type === 'string');
    const lawB = `should keep an unknown payload key${stringExtras ? ' (with a string value: every traffic value must be a string)' : ''}`;
    it(lawB, () => {
      const arbitrary = fc.oneof(
        ...extendable.map((c) =>
          fc.record({
            event: eventOf(row, c),
            n: fc.nat({ max: 999 }),
            value: arbitraryFor(extraKeySchema(c.payload) as AnySchema),
          }),
        ),
      );
      fc.assert(
        fc.property(arbitrary, ({ event, n, value }) => {
          const key = `x_extra_${n}`;
          const input = { ...event, payload: { ...asRecord(event['payload']), [key]: value } };
          const payload = asRecord(parseEvent(input, { strict: true }).payload);
          expect(Object.hasOwn(payload, key)).toBe(true);
          expect(payload[key]).toEqual(value);
        }),
        RUNS,
      );
    });
  });
});
