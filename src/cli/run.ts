/// <reference types="node" />
/**
 * The command line's dispatch: `bus-topics [--help | --version | COMMAND ...]`.
 * Every failure becomes an exit status and a message on stderr; nothing
 * escapes as an exception.
 *
 * @packageDocumentation
 */
import { _CliUsageError, _EXIT, _parseCommandArgs } from './command.js';
import { _COMMANDS } from './commands/index.js';
import type { _CliIo } from './io.js';

/** The top-level help. @internal */
function _help(version: string): string {
  const width = Math.max(...(_COMMANDS.map((command) => command.name.length) as [number]));
  const lines = _COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `bus-topics ${version}: the DECNET bus contract on the command line`,
    '',
    'Usage: bus-topics COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Every command takes --help, and --json (or --format json) for output scripts can read.',
    'Exit status: 0 all good, 1 something was refused, 2 a usage error or an unreadable input.',
    '',
  ].join('\n');
}

/**
 * Runs the command line on `argv` (without `node` and the script) and returns
 * the exit status.
 *
 * @internal
 */
export async function _run(argv: readonly string[], io: _CliIo, version: string): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(_help(version));
    return first === undefined ? _EXIT.usage : _EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version}\n`);
    return _EXIT.ok;
  }
  const command = _COMMANDS.find((candidate) => candidate.name === first);
  try {
    if (command === undefined)
      throw new _CliUsageError(`bus-topics: no command ${JSON.stringify(first)}; see bus-topics --help`);
    const args = _parseCommandArgs(command, rest);
    if (args.values['help'] === true) {
      io.stdout.write(`${command.usage}\n`);
      return _EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof _CliUsageError) {
      io.stderr.write(`${error.message}\n`);
      return _EXIT.usage;
    }
    // A bug, not the user's input: say so, with what is known, and still exit with a status.
    io.stderr.write(`bus-topics: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return _EXIT.usage;
  }
}
