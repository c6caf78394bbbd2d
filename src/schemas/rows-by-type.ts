/**
 * The one event schema of a template whose payload depends on the envelope
 * `type` (`decky.*.traffic`, `attacker.fingerprinted`, `system.log`,
 * `topology.*.mutation.*`).
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { _check } from './check.js';
import type { _AnyRow, _RowEvents } from './event-schemas.js';

/**
 * Combines a template's rows by their `type`:
 * - rows that all name their types: a union discriminated by `type`, which
 *   refuses any other type at `type`;
 * - rows with one catch-all (the collector lines of `system.log`, whose types
 *   are an open set): the row is chosen by `type` first, and only that row's
 *   issues are reported, never a failure of every shape.
 *
 * @internal
 */
export function _rowsByType(events: _RowEvents, rows: readonly [_AnyRow, ..._AnyRow[]]): z.ZodMiniType {
  const catchAll = rows.findIndex((row) => !('types' in row));
  if (catchAll === -1) return z.discriminatedUnion('type', events);
  const byType = new Map<unknown, z.ZodMiniType>();
  rows.forEach((row, index) => {
    const event = events[index];
    if ('types' in row && event !== undefined) for (const type of row.types) byType.set(type, event);
  });
  const fallback = events[catchAll] as z.ZodMiniType;
  return z.pipe(
    z.transform((event: unknown, context): unknown => {
      const type = typeof event === 'object' && event !== null && 'type' in event ? event.type : undefined;
      const result = _check(byType.get(type) ?? fallback, event);
      if (result.success) return event;
      // The chosen row's issues go back unchanged (code, path, message, and the input, which the outer parse
      // drops unless asked to report it); only their static type differs from the raw issues a transform reports.
      for (const issue of result.issues) context.issues.push(issue as z.core.$ZodRawIssue);
      return z.NEVER;
    }),
    // What the event is read through once accepted, and what its JSON Schema shows.
    z.union(events),
  );
}
