/**
 * Every command of the command line, by name, in the order `--help` lists them.
 *
 * @packageDocumentation
 */
import type { _CliCommand } from '../command.js';
import { _PARSE_COMMAND } from './parse.js';
import { _VALIDATE_COMMAND } from './validate.js';
import { _MATCH_COMMAND } from './match.js';
import { _EXPLAIN_COMMAND } from './explain.js';
import { _LIST_COMMAND } from './list.js';
import { _SCHEMA_COMMAND } from './schema.js';
import { _ASYNCAPI_COMMAND } from './asyncapi.js';
import { _WEBHOOK_COMMAND } from './webhook.js';
import { _BRIDGE_COMMAND } from './bridge.js';

/** The commands, in the order `bus-topics --help` lists them. @internal */
export const _COMMANDS: readonly _CliCommand[] = Object.freeze([
  _PARSE_COMMAND,
  _MATCH_COMMAND,
  _EXPLAIN_COMMAND,
  _LIST_COMMAND,
  _SCHEMA_COMMAND,
  _ASYNCAPI_COMMAND,
  _WEBHOOK_COMMAND,
  _VALIDATE_COMMAND,
  _BRIDGE_COMMAND,
]);
