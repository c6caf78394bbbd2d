/**
 * Builds a family's whole bus-event schemas from its payload table: each
 * template's rows wrapped in the bus envelope. A template with one row is that
 * row's event; a template with several needs a combiner (see
 * `rows-by-type.ts`), passed only by the families that have one, so that a
 * bundle of another family's schemas does not carry zod's unions and pipes.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _busEventObject, type _EventObject, type BusEventSchemas } from './envelope.js';
import type { PayloadTable } from './typed-payload.js';

/** A row of any template, as the builders read it. @internal */
export type _AnyRow =
  | { readonly types: readonly [string, ...string[]]; readonly schema: z.ZodMiniType }
  | { readonly schema: z.ZodMiniType };

/** The event schema of each row of a template, in the rows' order. @internal */
export type _RowEvents = readonly [_RowEvent, ..._RowEvent[]];

/** The event schema of one row. @internal */
export type _RowEvent = _EventObject<z.ZodMiniType<string>, z.ZodMiniType>;

/** Makes one event schema of a template's several rows. @internal */
export type _CombineRows = (events: _RowEvents, rows: readonly [_AnyRow, ..._AnyRow[]]) => z.ZodMiniType;

/** The `type` schema of a row: its types, or any string. @internal */
function _typeOf(row: _AnyRow): z.ZodMiniType<string> {
  // One literal schema holds several values too: no enum schema, which one family's bundle would otherwise carry.
  return 'types' in row ? z.literal(row.types) : z.string();
}

/**
 * The whole bus-event schemas of a payload table, one per template. Frozen.
 *
 * @param combineRows - how a template with several rows becomes one schema; required when the table has one.
 * @internal
 */
export function _busEventSchemas<Payloads>(
  table: PayloadTable<Payloads>,
  combineRows?: _CombineRows,
): BusEventSchemas<Payloads> {
  const entries = Object.entries(table as Readonly<Record<string, readonly [_AnyRow, ..._AnyRow[]]>>);
  const schemas = Object.fromEntries(
    entries.map(([template, rows]) => {
      const [first, ...others] = rows.map((row) => _busEventObject(_typeOf(row), row.schema));
      if (first === undefined) throw new Error(`${template}: a template needs at least one payload row`);
      if (others.length === 0) return [template, first];
      if (combineRows === undefined) throw new Error(`${template}: several payload rows need a combiner`);
      return [template, combineRows([first, ...others], rows)];
    }),
  );
  return Object.freeze(schemas) as BusEventSchemas<Payloads>;
}
