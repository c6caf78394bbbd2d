/**
 * Builds whole-event schemas from payload tables: each template's rows wrapped
 * in a wire form's envelope (the bus frame's for the families' own event
 * schemas; a webhook body's or an SSE data object's for the other forms, from
 * the registry's joined table). A template with one row is that
 * row's event; a template with several needs a combiner (see
 * `rows-by-type.ts`), passed only by the families that have one, so that a
 * bundle of another family's schemas does not carry zod's unions and pipes.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _busEventObject, type BusEventSchemas } from './envelope.js';
import type { PayloadTable } from './typed-payload.js';

/** A row of any template, as the builders read it. @internal */
export type _AnyRow =
  | { readonly types: readonly [string, ...string[]]; readonly schema: z.ZodMiniType }
  | { readonly schema: z.ZodMiniType };

/** The event schema of each row of a template, in the rows' order. @internal */
export type _RowEvents = readonly [_RowEvent, ..._RowEvent[]];

/** The event schema of one row, in any wire form's envelope: an object with the row's `type` and payload. @internal */
export type _RowEvent = z.ZodMiniObject<_RowShape, z.core.$loose>;

/** The shape of {@link _RowEvent}: `type`, `payload`, and the wire form's other fields. @internal */
export interface _RowShape extends z.core.$ZodLooseShape {
  readonly type: z.ZodMiniType<string>;
  readonly payload: z.ZodMiniType;
}

/** Makes one event schema of a template's several rows. @internal */
export type _CombineRows = (events: _RowEvents, rows: readonly [_AnyRow, ..._AnyRow[]]) => z.ZodMiniType;

/** The `type` schema of a row: its types, or any string. @internal */
function _typeOf(row: _AnyRow): z.ZodMiniType<string> {
  // One literal schema holds several values too: no enum schema, which one family's bundle would otherwise carry.
  return 'types' in row ? z.literal(row.types) : z.string();
}

/**
 * Wraps a type schema and a payload schema in a wire form's envelope: the bus
 * frame's, a webhook body's or an SSE data object's. Its object must have a
 * `type` key, on which the rows of a template are told apart.
 *
 * @internal
 */
export type _Envelope = (type: z.ZodMiniType<string>, payload: z.ZodMiniType) => _RowEvent;

/**
 * The whole-event schemas of a payload table in one wire form's envelope, one
 * per template, by template. Frozen.
 *
 * @param combineRows - how a template with several rows becomes one schema; required when the table has one.
 * @internal
 */
export function _eventSchemasWith(
  envelope: _Envelope,
  table: Readonly<Record<string, readonly [_AnyRow, ..._AnyRow[]]>>,
  combineRows?: _CombineRows,
): Readonly<Record<string, z.ZodMiniType>> {
  const schemas = Object.fromEntries(
    Object.entries(table).map(([template, rows]) => {
      const [first, ...others] = rows.map((row) => envelope(_typeOf(row), row.schema));
      if (first === undefined) throw new Error(`${template}: a template needs at least one payload row`);
      if (others.length === 0) return [template, first];
      if (combineRows === undefined) throw new Error(`${template}: several payload rows need a combiner`);
      return [template, combineRows([first, ...others], rows)];
    }),
  );
  return Object.freeze(schemas);
}

/**
 * The whole bus-event schemas of a family's payload table, one per template.
 * Frozen.
 *
 * @param combineRows - how a template with several rows becomes one schema; required when the table has one.
 * @internal
 */
export function _busEventSchemas<Payloads>(
  table: PayloadTable<Payloads>,
  combineRows?: _CombineRows,
): BusEventSchemas<Payloads> {
  const rows = table as unknown as Readonly<Record<string, readonly [_AnyRow, ..._AnyRow[]]>>;
  return _eventSchemasWith(_busEventObject, rows, combineRows) as unknown as BusEventSchemas<Payloads>;
}
