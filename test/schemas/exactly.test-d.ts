import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { _exactly } from '../../src/schemas/exactly';

interface Point {
  x: number;
  label?: string | undefined;
  [key: string]: unknown;
}

// Every exported schema is typed by an interface through _exactly: the two may not drift apart.
describe('_exactly', () => {
  it('should type a schema that outputs exactly the interface by the interface', () => {
    const schema = _exactly<Point>()(z.looseObject({ x: z.number(), label: z.optional(z.string()) }));
    expectTypeOf(schema).toEqualTypeOf<z.ZodMiniType<Point>>();
  });

  it('should refuse a schema missing a field, with an extra field, or with a field of another type', () => {
    // @ts-expect-error: `label` is missing from the schema
    _exactly<Point>()(z.looseObject({ x: z.number() }));
    // @ts-expect-error: `y` is not in the interface
    _exactly<Point>()(z.looseObject({ x: z.number(), label: z.optional(z.string()), y: z.number() }));
    // @ts-expect-error: `x` is a string in the schema
    _exactly<Point>()(z.looseObject({ x: z.string(), label: z.optional(z.string()) }));
    // @ts-expect-error: a strict object drops unknown keys, which the interface keeps
    _exactly<Point>()(z.object({ x: z.number(), label: z.optional(z.string()) }));
  });
});
