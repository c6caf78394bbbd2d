import * as z from 'zod/mini';
import { _listOf, _recordOf, type _RecordSchema } from './bounded.js';

/**
 * A field that producers send either as a value or as that value JSON-encoded
 * in a string (DECNET dumps TEXT columns as-is: the list fields of
 * `credential.reuse.detected`, the `payload` of `topology.*.mutation.applying`).
 * The output is always the decoded value, checked by `inner`.
 *
 * @internal
 */
export function _jsonEncoded<Inner extends z.ZodMiniType>(inner: Inner): z.ZodMiniPipe<z.ZodMiniTransform, Inner> {
  const schema = z.pipe(
    z.transform((value: unknown, context) => {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.issues.push({ code: 'custom', message: 'JSON-encoded text', input: value });
        return z.NEVER;
      }
    }),
    inner,
  );
  // Marked for the JSON Schema export, which describes it as "text or value". In a set of this module's own, not
  // zod's global registry: importing the library must leave the application's zod untouched.
  _JSON_ENCODED_FIELDS.add(schema);
  return schema;
}

/** The schemas made by {@link _jsonEncoded}. @internal */
const _JSON_ENCODED_FIELDS = new WeakSet<z.core.$ZodType>();

/** Whether a schema is a field that producers may send JSON-encoded (see {@link _jsonEncoded}). @internal */
export function _isJsonEncoded(schema: z.core.$ZodType): boolean {
  return _JSON_ENCODED_FIELDS.has(schema);
}

/** Any JSON object: the free-form fields (`service_config`, orchestrator `payload`, `errors`). @internal */
export const _anyObject: _RecordSchema<z.ZodMiniUnknown> = _recordOf(z.unknown());

/** A list of strings. @internal */
export const _strings: z.ZodMiniArray<z.ZodMiniString> = _listOf(z.string());

/** `str | None` in Python: the key is always present, the value may be null. @internal */
export const _nullableString: z.ZodMiniNullable<z.ZodMiniString> = z.nullable(z.string());
