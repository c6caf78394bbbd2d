/// <reference types="node" />
/**
 * Small pieces the exploring commands (`match`, `explain`, `list`, `schema`,
 * `asyncapi`) share: the output format, and a catalogue row's builder call.
 *
 * @packageDocumentation
 */
import { TOPIC_CATALOGUE } from '../../topics/catalogue.js';
import { _CliUsageError, _wantsJson, type _CliArgs } from '../command.js';

/** One catalogue row. @internal */
export type _CatalogueRow = (typeof TOPIC_CATALOGUE)[number];

/**
 * The output format a command was asked for: `json` for `--json` or
 * `--format json`, else `text`; any other `--format` outside `extra` is a usage error.
 *
 * @internal
 */
export function _formatOf(command: string, args: _CliArgs, extra: readonly string[] = []): string {
  const format = args.values['format'];
  if (_wantsJson(args)) return 'json';
  if (format === undefined || format === 'text') return 'text';
  if (typeof format === 'string' && extra.includes(format)) return format;
  const allowed = ['text', 'json', ...extra].join(', ');
  throw new _CliUsageError(`bus-topics ${command}: --format takes ${allowed}, not ${JSON.stringify(format)}`);
}

/**
 * The call that builds a row's topics, as code: `topics.decky(decky_id, "state")`.
 *
 * @internal
 */
export function _builderCall(row: _CatalogueRow): string {
  const args = row.args.map((arg: string) =>
    arg.startsWith('{') && arg.endsWith('}') ? arg.slice(1, -1) : JSON.stringify(arg),
  );
  return `topics.${row.builder}(${args.join(', ')})`;
}

/** The catalogue row of a template, if it is one. @internal */
export function _rowOf(template: string): _CatalogueRow | undefined {
  return TOPIC_CATALOGUE.find((row) => row.template === template);
}

/** Pads every line's first column to the same width. @internal */
export function _columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([first]) => first.length));
  return rows.map(([first, second]) => `${indent}${first.padEnd(width)}  ${second}`.trimEnd());
}
