/// <reference types="node" />
/**
 * `bus-topics parse TOPIC...`: the template and parameters of each topic, or
 * why it is not a topic of the contract.
 *
 * @packageDocumentation
 */
import { _showValue } from '../../internal/escape.js';
import { parseTopic } from '../../topics/parse.js';
import { _CliUsageError, _EXIT, _wantsJson, type _CliCommand } from '../command.js';
import { _stylerFor } from '../io.js';

/** The `parse` command. @internal */
export const _PARSE_COMMAND: _CliCommand = {
  name: 'parse',
  summary: 'the template and parameters of each topic',
  usage: [
    'Usage: bus-topics parse TOPIC...',
    '',
    'Prints the contract template each topic belongs to and its named parameters,',
    'or says that it is not a topic of the contract (exit status 1).',
    '',
    'Options:',
    '  --json, --format json   one JSON object per topic',
    '  -h, --help              this help',
  ].join('\n'),
  options: {},
  run({ positionals, ...args }, io) {
    if (positionals.length === 0) throw new _CliUsageError('bus-topics parse: give at least one TOPIC; see --help');
    const style = _stylerFor(io.stdout, io.env);
    let status: number = _EXIT.ok;
    for (const topic of positionals) {
      const parsed = parseTopic(topic);
      if (parsed === null) status = _EXIT.refused;
      if (_wantsJson({ positionals, ...args })) {
        io.stdout.write(
          `${JSON.stringify({ topic, template: parsed?.template ?? null, params: parsed?.params ?? null })}\n`,
        );
      } else if (parsed === null) {
        io.stdout.write(`${_showValue(topic)}: ${style('red', 'not a topic of the contract')}\n`);
      } else {
        const params = Object.entries(parsed.params).map(([name, value]) => `${name}=${_showValue(value)}`);
        io.stdout.write(
          `${_showValue(topic)}: ${style('bold', parsed.template)}${params.length > 0 ? `  ${params.join(' ')}` : ''}\n`,
        );
      }
    }
    return Promise.resolve(status);
  },
};
