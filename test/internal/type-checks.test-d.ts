import { describe, expectTypeOf, it } from 'vitest';
import type { _Expect, _Same } from '../../src/internal/type-checks';

// _Same is the equality the schemas' interfaces are held to: exact, modifiers included, intersections flattened.
describe('_Same', () => {
  it('should call a type the same as itself, and an intersection the same as its flattened object', () => {
    expectTypeOf<_Same<{ a: string }, { a: string }>>().toEqualTypeOf<true>();
    expectTypeOf<_Same<{ a: string } & { b: number }, { a: string; b: number }>>().toEqualTypeOf<true>();
    expectTypeOf<_Same<'x' | 'y', 'y' | 'x'>>().toEqualTypeOf<true>();
  });

  it('should tell apart a missing key, an extra key, optional from required, and a wider type', () => {
    expectTypeOf<_Same<{ a: string }, { a: string; b?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<_Same<{ a: string; b: number }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<_Same<{ a?: string }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<_Same<{ a: string }, { a: string | null }>>().toEqualTypeOf<false>();
    expectTypeOf<_Same<'x', 'x' | 'y'>>().toEqualTypeOf<false>();
  });

  it('should make _Expect compile only for true', () => {
    expectTypeOf<_Expect<true>>().toEqualTypeOf<true>();
    // @ts-expect-error: false is no proof
    expectTypeOf<_Expect<false>>().toBeNever();
  });
});
