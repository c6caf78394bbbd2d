import type * as z from 'zod/mini';
import type { _Flat, _Same } from '../internal/type-checks.js';

/**
 * Types a schema by its output, checking at compile time that the schema
 * outputs exactly `Output`, no more and no less. Exported schemas carry their
 * type as an interface (as `isolatedDeclarations` asks, and so that readers
 * and the generated docs see the fields); this keeps the interface and the
 * schema from drifting apart: a field added to one only fails to compile.
 * Written `const XSchema: z.ZodMiniType<X> = _exactly<X>()(z.looseObject({...}))`.
 *
 * @internal
 */
export function _exactly<Output>() {
  return <Schema extends z.ZodMiniType>(
    schema: Schema &
      (_Same<z.output<Schema>, Output> extends true ? unknown : { readonly mismatch: _Flat<z.output<Schema>> }),
  ): z.ZodMiniType<Output> => schema as z.ZodMiniType as z.ZodMiniType<Output>;
}
