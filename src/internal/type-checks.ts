/**
 * Compile-time statements that two facts written in different places agree.
 *
 * @packageDocumentation
 */

/** The type with its intersections and interfaces flattened into one object type. @internal */
export type _Flat<T> = { [Key in keyof T]: T[Key] };

/** `true` when `A` and `B` are the same type, optional and readonly modifiers included. @internal */
export type _Same<A, B> =
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the unused `G` is the trick: TypeScript compares these two deferred signatures only when A and B are identical
  (<G>() => G extends _Flat<A> ? 1 : 2) extends <G>() => G extends _Flat<B> ? 1 : 2 ? true : false;

/**
 * Fails to compile unless `Check` is `true`: `_Expect<_Same<A, B>>` states at
 * compile time that two facts written in different places agree.
 *
 * @internal
 */
export type _Expect<Check extends true> = Check;
