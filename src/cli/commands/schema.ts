/// <reference types="node" />
/**
 * `bus-topics schema TEMPLATE|TOPIC`: the JSON Schema of a contract template's
 * whole event; a concrete topic is resolved to its template with `parseTopic`.
 *
 * @packageDocumentation
 */
import { _showValue } from '../../internal/escape.js';
import { eventJsonSchema } from '../../schemas/json-schema.js';
import { parseTopic } from '../../topics/parse.js';
import { _CliUsageError, _EXIT, type _CliCommand } from '../command.js';
import { _formatOf, _rowOf } from '../explore/format.js';
import { _stylerFor } from '../io.js';

/** The `schema` command. @internal */
export const _SCHEMA_COMMAND: _CliCommand = {
  name: 'schema',
  summary: "the JSON Schema of a template's events",
  usage: [
    'Usage: bus-topics schema TEMPLATE|TOPIC',
    '',
    'Prints the JSON Schema (draft 2020-12) of the whole event of a contract',
    'template, such as decky.{decky_id}.state; a concrete topic, such as',
    'decky.d-1.state, stands for its template (named on stderr).',
    '',
    'Exit status: 0 with the schema, 1 when the argument is neither a template nor',
    'a topic of the contract, 2 on a usage error.',
    '',
    'Options:',
    '  --json, --format json   the schema on one line (else indented)',
    '  -h, --help              this help',
  ].join('\n'),
  options: {},
  run(args, io) {
    const format = _formatOf('schema', args);
    const [given, ...extra] = args.positionals;
    if (given === undefined || extra.length > 0)
      throw new _CliUsageError('bus-topics schema: give exactly one TEMPLATE or TOPIC; see --help');
    const direct = _rowOf(given);
    const parsed = direct === undefined ? parseTopic(given) : null;
    const template = direct?.template ?? parsed?.template;
    if (template === undefined) {
      const style = _stylerFor(io.stderr, io.env);
      io.stderr.write(
        `${_showValue(given)}: ${style('red', 'neither a template nor a topic of the contract')}; see bus-topics list\n`,
      );
      return Promise.resolve(_EXIT.refused);
    }
    if (parsed !== null && format === 'text') io.stderr.write(`${_showValue(given)} is a topic of ${template}\n`);
    const schema = eventJsonSchema(template);
    io.stdout.write(`${format === 'json' ? JSON.stringify(schema) : JSON.stringify(schema, null, 2)}\n`);
    return Promise.resolve(_EXIT.ok);
  },
};
