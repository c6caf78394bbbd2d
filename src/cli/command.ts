/// <reference types="node" />
/**
 * The shape of one command of the command line, and the parsing of its
 * arguments with `node:util`'s `parseArgs`: unknown flags and missing values
 * are usage errors (exit status 2), never ignored.
 *
 * @packageDocumentation
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The flags of a command, as `parseArgs` takes them. @internal */
export type _CliOptions = NonNullable<ParseArgsConfig['options']>;
import type { _CliIo } from './io.js';

/** Exit statuses: 0 all good, 1 the input breaks the contract (or a check failed), 2 a usage or read error. @internal */
export const _EXIT: { readonly ok: 0; readonly refused: 1; readonly usage: 2 } = Object.freeze({
  ok: 0,
  refused: 1,
  usage: 2,
} as const);

/** A usage error: a bad flag, a missing argument, an unreadable file. Printed on stderr, exit status 2. @internal */
export class _CliUsageError extends Error {
  override readonly name: '_CliUsageError' = '_CliUsageError';
}

/** The parsed arguments of one command. @internal */
export interface _CliArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** One command: its name, a one-line summary, its usage text, its flags, and what it does. @internal */
export interface _CliCommand {
  readonly name: string;
  readonly summary: string;
  /** The full `--help` text after the first line, options included. */
  readonly usage: string;
  readonly options: _CliOptions;
  run(args: _CliArgs, io: _CliIo): Promise<number>;
}

/** Flags every command takes. @internal */
export const _COMMON_OPTIONS: _CliOptions = Object.freeze({
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  format: { type: 'string' },
});

/** A command's arguments, parsed strictly: an unknown flag or a missing value is a {@link _CliUsageError}. @internal */
export function _parseCommandArgs(command: _CliCommand, argv: readonly string[]): _CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ..._COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // parseArgs' messages name the flag; they quote only what was typed on this command line.
    const reason = error instanceof Error ? error.message : String(error);
    throw new _CliUsageError(`bus-topics ${command.name}: ${reason}; see bus-topics ${command.name} --help`);
  }
}

/** Whether a command was asked for JSON output (`--json` or `--format json`). @internal */
export function _wantsJson(args: _CliArgs): boolean {
  return args.values['json'] === true || args.values['format'] === 'json';
}
