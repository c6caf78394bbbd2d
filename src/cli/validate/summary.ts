/// <reference types="node" />
/**
 * The totals of a run of `validate`, by template: events seen, refused, wire
 * forms and envelope types seen; and their table for the text output.
 *
 * @packageDocumentation
 */
import type { _Verdict } from './check.js';

/** Rows for records outside any template. @internal */
export const _OUTSIDE_CONTRACT = '(outside the contract)';
/** @internal */
export const _NOT_AN_EVENT = '(not an event)';

/** One row of the summary. @internal */
export interface _TemplateTotals {
  readonly template: string;
  count: number;
  refused: number;
  readonly forms: Set<string>;
  readonly types: Set<string>;
}

/** The totals of a whole run. @internal */
export class _Summary {
  files = 0;
  /** Physical lines read, blank ones included. */
  lines = 0;
  /** Records checked: non-blank NDJSON lines, SSE messages, unreadable lines. */
  events = 0;
  refused = 0;
  /** Files that could not be read to the end. */
  unreadable = 0;
  private readonly rows = new Map<string, _TemplateTotals>();

  /** Counts one checked record. */
  add(verdict: _Verdict): void {
    this.events += 1;
    if (!verdict.valid) this.refused += 1;
    const key = verdict.template === undefined ? _NOT_AN_EVENT : (verdict.template ?? _OUTSIDE_CONTRACT);
    let row = this.rows.get(key);
    if (row === undefined) {
      row = { template: key, count: 0, refused: 0, forms: new Set(), types: new Set() };
      this.rows.set(key, row);
    }
    row.count += 1;
    if (!verdict.valid) row.refused += 1;
    if (verdict.form !== undefined) row.forms.add(verdict.form);
    // Types come from the sender: only a few, and cut, so that a flood of made-up types stays small.
    if (verdict.type !== undefined && row.types.size < 8) row.types.add(verdict.type.slice(0, 40));
  }

  /** The rows, templates in alphabetical order, the rows in parentheses last. */
  templates(): _TemplateTotals[] {
    return [...this.rows.values()].sort(
      (a, b) =>
        Number(a.template.startsWith('(')) - Number(b.template.startsWith('(')) || (a.template < b.template ? -1 : 1),
    );
  }

  /** The totals as JSON output gives them. */
  toJSON(): object {
    const { files, lines, events, refused, unreadable } = this;
    return {
      files,
      lines,
      events,
      valid: events - refused,
      refused,
      unreadable,
      templates: this.templates().map((row) => ({
        template: row.template,
        count: row.count,
        refused: row.refused,
        forms: [...row.forms].sort(),
        types: [...row.types].sort(),
      })),
    };
  }
}

/** The summary as a text table, with a totals line. @internal */
export function _summaryTable(summary: _Summary): string {
  const header = ['template', 'count', 'refused', 'forms', 'types'];
  const rows = summary.templates().map((row) => [
    row.template,
    String(row.count),
    String(row.refused),
    [...row.forms].sort().join(',') || '-',
    [...row.types]
      .sort()
      .map((type) => (type === '' ? '""' : type))
      .join(',') || '-',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([1, 2]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const valid = summary.events - summary.refused;
  const totals =
    `${summary.events} events in ${summary.lines} lines of ${summary.files} file${summary.files === 1 ? '' : 's'}: ` +
    `${valid} valid, ${summary.refused} refused` +
    (summary.unreadable > 0 ? `, ${summary.unreadable} unreadable file${summary.unreadable === 1 ? '' : 's'}` : '');
  return [line(header), ...rows.map(line), '', totals, ''].join('\n');
}
