/**
 * Containers whose size the sender chooses: lists, and objects keyed by the
 * sender's own keys. Checked item by item, a hostile event can carry hundreds
 * of thousands of bad items; zod would collect an issue for each and hand the
 * list to the parent with `push(...issues)`, which overflows the stack past
 * about 120,000 issues and costs time and memory in proportion before that.
 * These containers stop at their first bad item instead, so a refusal costs no
 * more than checking the items before it, and reports the issues of one item.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';

/**
 * Makes a container stop at its first bad item: it runs with zod's
 * `abortEarly` parse option (zod 4.6 and later), which every list and object
 * inside it inherits. Containers outside such a list still report all of their
 * fields, so a wrong envelope lists every wrong field.
 *
 * @internal
 */
export function _firstBadItemOnly<Schema extends z.core.$ZodType>(schema: Schema): Schema {
  const internals = schema._zod;
  // `run`, not `parse`: zod installs `parse` itself as `run` on schemas without checks.
  const run = internals.run.bind(internals);
  // The flag goes first: spread after the context's own keys, it makes V8 build a context that costs zod about
  // a microsecond per list on every later parse (measured), not on the first.
  internals.run = (payload, context) =>
    run(payload, context.abortEarly === true ? context : { abortEarly: true, ...context });
  return schema;
}

/**
 * A list of items that stops at its first bad item.
 *
 * @internal
 */
export function _listOf<Item extends z.core.SomeType>(item: Item): z.ZodMiniArray<Item> {
  return _firstBadItemOnly(z.array(item));
}

/**
 * An object of any string keys whose values all follow `value`, stopping at the
 * first bad value. zod's `record` would also check every key and report each
 * symbol key of a non-JSON object, one issue each.
 *
 * @internal
 */
export function _recordOf<Value extends z.core.SomeType>(value: Value): _RecordSchema<Value> {
  return _firstBadItemOnly(z.catchall(z.object({}), value));
}

/**
 * What {@link _recordOf} returns: an object schema with no known key, whose
 * every value follows `Value`.
 *
 * @internal
 */
export type _RecordSchema<Value extends z.core.SomeType> = z.ZodMiniObject<
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- zod's own shape type for `z.object({})`, spelled as zod infers it so that outputs stay the same
  {},
  z.core.$catchall<Value>
>;
