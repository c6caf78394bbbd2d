/**
 * Every command of the command line, by name, in the order `--help` lists them.
 *
 * @packageDocumentation
 */
import type { _CliCommand } from '../command.js';
import { _PARSE_COMMAND } from './parse.js';

/** The commands, in the order `bus-topics --help` lists them. @internal */
export const _COMMANDS: readonly _CliCommand[] = Object.freeze([_PARSE_COMMAND]);
