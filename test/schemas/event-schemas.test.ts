import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseEvent, payloadSchemaFor } from '../../src/schemas';
import { _busEventSchemas } from '../../src/schemas/event-schemas';
import { _PAYLOADS } from '../../src/schemas/registry';
import { _rowsByType } from '../../src/schemas/rows-by-type';
import type { PayloadTable, TypedPayload } from '../../src/schemas/typed-payload';
import { ALL_FIXTURES } from './fixtures/all';
import { wireEvent } from './fixtures/types';

interface Sample {
  'sample.one': TypedPayload<'one', { n: number; [key: string]: unknown }>;
  'sample.two':
    | TypedPayload<'a', { a: string; [key: string]: unknown }>
    | TypedPayload<string, { other: boolean; [key: string]: unknown }>;
}
const ONE = z.looseObject({ n: z.number() });
const A = z.looseObject({ a: z.string() });
const OTHER = z.looseObject({ other: z.boolean() });
const SAMPLE: PayloadTable<Sample> = {
  'sample.one': [{ types: ['one'], schema: ONE }],
  'sample.two': [{ types: ['a'], schema: A }, { schema: OTHER }],
};

const pathsOf = (schema: z.ZodMiniType, input: unknown): string[] => {
  const result = z.safeParse(schema, input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('_busEventSchemas', () => {
  const events = _busEventSchemas(SAMPLE, _rowsByType);

  it('should wrap a one-row template in the envelope, its type fixed', () => {
    expect(z.safeParse(events['sample.one'], wireEvent('sample.one', 'one', { n: 1 })).success).toBe(true);
    expect(pathsOf(events['sample.one'], wireEvent('sample.one', 'two', { n: 1 }))).toEqual(['type']);
    expect(pathsOf(events['sample.one'], wireEvent('sample.one', 'one', { n: '1' }))).toEqual(['payload.n']);
  });

  it('should choose the row of a several-row template by type, and report only that row', () => {
    const two = events['sample.two'];
    expect(z.safeParse(two, wireEvent('sample.two', 'a', { a: 'x' })).success).toBe(true);
    expect(z.safeParse(two, wireEvent('sample.two', 'zzz', { other: true })).success).toBe(true);
    expect(pathsOf(two, wireEvent('sample.two', 'a', { other: true }))).toEqual(['payload.a']);
    expect(pathsOf(two, wireEvent('sample.two', 'zzz', { a: 'x' }))).toEqual(['payload.other']);
  });

  it('should return a frozen record, one schema per template', () => {
    expect(Object.isFrozen(events)).toBe(true);
    expect(Object.keys(events)).toEqual(['sample.one', 'sample.two']);
  });

  it('should refuse, when built, a several-row template without a combiner, and a template without rows', () => {
    expect(() => _busEventSchemas(SAMPLE)).toThrow('sample.two: several payload rows need a combiner');
    const empty = { 'sample.none': [] } as unknown as PayloadTable<{ 'sample.none': TypedPayload }>;
    expect(() => _busEventSchemas(empty)).toThrow('sample.none: a template needs at least one payload row');
  });
});

describe('the contract payload table', () => {
  const rowOf = (template: keyof typeof _PAYLOADS, type: string) => {
    const rows: readonly { readonly types?: readonly string[]; readonly schema: z.ZodMiniType }[] = _PAYLOADS[template];
    return rows.find((row) => row.types?.includes(type)) ?? rows.find((row) => row.types === undefined);
  };

  it('should give, for every valid fixture, the row its type selects, which payloadSchemaFor returns and which accepts its payload', () => {
    for (const { template, valid } of ALL_FIXTURES) {
      for (const { name, event } of valid) {
        const row = rowOf(template, String(event.type));
        expect(row, `${template} (${name})`).toBeDefined();
        expect(payloadSchemaFor(String(event.topic), String(event.type)), name).toBe(row?.schema);
        expect(z.safeParse(row?.schema ?? z.never(), event.payload).success, name).toBe(true);
        expect(() => parseEvent(event), name).not.toThrow();
      }
    }
  });

  it('should have every row exercised by a valid fixture', () => {
    const used = new Set<unknown>();
    for (const { template, valid } of ALL_FIXTURES) {
      for (const { event } of valid) used.add(rowOf(template, String(event.type)));
    }
    const unused = Object.entries(_PAYLOADS).flatMap(([template, rows]) =>
      (rows as readonly { readonly types?: readonly string[] }[])
        .filter((row) => !used.has(row))
        .map((row) => `${template} ${JSON.stringify(row.types ?? 'any')}`),
    );
    expect(unused).toEqual([]);
  });

  it('should be frozen at the top', () => {
    expect(Object.isFrozen(_PAYLOADS)).toBe(true);
  });
});
