/// <reference types="node" />
/**
 * `bus-topics validate [FILE ... | -]`: checks every event of NDJSON files or
 * SSE streams (plain or `.gz`, or stdin) against the contract, lists the
 * refused ones and sums them up by template.
 *
 * @packageDocumentation
 */
import { WIRE_FORMS, type WireForm } from '../../schemas/wire-forms.js';
import { _CliUsageError, _EXIT, type _CliArgs, type _CliCommand } from '../command.js';
import { _stylerFor } from '../io.js';
import { _FORMATS, _reporterFor, type _Format } from '../validate/formats.js';
import { _inputsOf, _readError } from '../validate/inputs.js';
import { _Progress } from '../validate/progress.js';
import { _validateInput, type _InputKind } from '../validate/stream.js';
import { _Summary } from '../validate/summary.js';

const NAME = 'bus-topics validate';

/** A string flag that must be one of `choices`. @internal */
function _choice<Choice extends string>(args: _CliArgs, flag: string, choices: readonly Choice[]): Choice | undefined {
  const value = args.values[flag];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as Choice;
  throw new _CliUsageError(`${NAME}: --${flag} must be one of ${choices.join(', ')}; see --help`);
}

/** `--max-errors N`: a whole number, 0 or more. @internal */
function _maxErrors(args: _CliArgs, format: _Format): number {
  const value = args.values['max-errors'];
  if (value === undefined) return format === 'text' ? 20 : Infinity;
  if (typeof value === 'string' && /^\d{1,9}$/u.test(value)) return Number(value);
  throw new _CliUsageError(`${NAME}: --max-errors must be a whole number (0 or more); see --help`);
}

/** The `validate` command. @internal */
export const _VALIDATE_COMMAND: _CliCommand = {
  name: 'validate',
  summary: 'check the events of NDJSON files or SSE streams against the contract',
  usage: [
    'Usage: bus-topics validate [options] [FILE ... | -]',
    '',
    'Checks every event of each FILE (stdin when none is given, or for -): NDJSON, one event a',
    'line in any wire form (bus frame, webhook body, SSE data), or an SSE stream as DECNET',
    "routes write it (event:/data: blocks, ':' keep-alives). Files ending in .gz are",
    'decompressed as they are read. Blank lines are skipped; a line that is not JSON, not an',
    'object, not UTF-8, longer than 16 MiB, or not an event of the contract is reported with',
    'its line number, and the check goes on.',
    '',
    'Options:',
    '  --strict                  refuse topics outside the contract',
    '  --form bus|webhook|sse    the wire form every event must be in (default: told line by line)',
    '  --input ndjson|sse        how the input is framed (default: told from its first line)',
    '  --max-errors N            list at most N refused events (default 20 in text, all otherwise)',
    '  --format text|json|github text (problems, then a table by template), JSON lines (one per',
    '                            refused event, then {"summary": ...}), or GitHub annotations',
    '  --json                    the same as --format json',
    '  -h, --help                this help',
    '',
    'Exit status: 0 every event valid, 1 some refused, 2 a usage error or an unreadable file.',
  ].join('\n'),
  options: {
    strict: { type: 'boolean' },
    form: { type: 'string' },
    input: { type: 'string' },
    'max-errors': { type: 'string' },
  },
  async run(args, io) {
    const format: _Format = args.values['json'] === true ? 'json' : (_choice(args, 'format', _FORMATS) ?? 'text');
    const form: WireForm | undefined = _choice(args, 'form', WIRE_FORMS);
    const input: _InputKind | undefined = _choice(args, 'input', ['ndjson', 'sse'] as const);
    const maxErrors = _maxErrors(args, format);
    const inputs = _inputsOf(args.positionals, io, NAME);
    // The regular parser, not compileEventSchemas(): a capture mixes every template in three forms, so the
    // compiled code is 150 large functions that each warm up on a 150th of the traffic. Measured on 2 cores
    // (bench/cli-validate.ts): 200,000 lines took 2.56 s compiled against 1.95 s not, with 25 MB more peak
    // RSS; at a million lines the two were within noise of each other.
    const summary = new _Summary();
    const reporter = _reporterFor(format, io.stdout, _stylerFor(io.stdout, io.env), maxErrors);
    const progress = new _Progress(io.stderr);
    const strict = args.values['strict'] === true;
    // Waits for a full stdout to drain, so that a flood of refused events does not pile up in memory.
    const out = io.stdout as typeof io.stdout & {
      readonly writableNeedDrain?: boolean;
      once?(event: 'drain', listener: () => void): unknown;
    };
    const drain = (): Promise<void> | undefined =>
      out.writableNeedDrain === true && out.once !== undefined
        ? new Promise<void>((done) => out.once?.('drain', done))
        : undefined;
    for (const source of inputs) {
      summary.files += 1;
      progress.file(source.name, source.size);
      try {
        await _validateInput(source, { strict, form, input, drain }, summary, reporter, progress);
      } catch (error) {
        progress.done();
        summary.unreadable += 1;
        io.stderr.write(`${NAME}: ${source.name}: cannot read it to the end (${_readError(error)})\n`);
      }
    }
    progress.done();
    reporter.finish(summary);
    if (summary.unreadable > 0) return _EXIT.usage;
    return summary.refused > 0 ? _EXIT.refused : _EXIT.ok;
  },
};
