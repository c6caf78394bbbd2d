/// <reference types="node" />
/**
 * `bus-topics match PATTERN TOPIC...`: whether the DECNET bus delivers each
 * topic to the pattern, and which token decided it, quirks spelled out
 * (CONTRACT section 2); a warning when the pattern breaks the strict rules.
 *
 * @packageDocumentation
 */
import { _showValue } from '../../internal/escape.js';
import { validatePattern } from '../../match/pattern-rules.js';
import { _CliUsageError, _EXIT, type _CliCommand } from '../command.js';
import { _formatOf } from '../explore/format.js';
import { _explainMatch } from '../explore/why.js';
import { _stylerFor } from '../io.js';

/** The `match` command. @internal */
export const _MATCH_COMMAND: _CliCommand = {
  name: 'match',
  summary: 'whether the bus delivers each topic to a pattern, and why',
  usage: [
    'Usage: bus-topics match PATTERN TOPIC...',
    '',
    'Says whether the DECNET bus delivers each TOPIC to a subscription on PATTERN,',
    'exactly as its matcher does, and which token decided: "*" takes one non-empty',
    'token, ">" one or more (possibly empty) tokens and ends the match wherever it',
    'stands, everything else is compared literally (empty tokens included).',
    'A pattern that breaks the strict rules gets a warning on stderr saying what',
    'the bus does with it instead.',
    '',
    'Exit status: 0 when every topic is delivered, 1 when any is not, 2 on a usage error.',
    '',
    'Options:',
    '  --json, --format json   one JSON object: {pattern, valid, reason, warning, delivered, topics: [...]}',
    '  -h, --help              this help',
  ].join('\n'),
  options: {},
  run(args, io) {
    const format = _formatOf('match', args);
    const [pattern, ...topics] = args.positionals;
    if (pattern === undefined || topics.length === 0)
      throw new _CliUsageError('bus-topics match: give a PATTERN and at least one TOPIC; see --help');
    const validation = validatePattern(pattern);
    const results = topics.map((topic) => _explainMatch(pattern, topic));
    const delivered = results.every((result) => result.matches);
    if (format === 'json') {
      const warning = validation.ok ? null : validation.message;
      const reason = validation.ok ? null : validation.reason;
      const document = { pattern, valid: validation.ok, reason, warning, delivered, topics: results };
      io.stdout.write(`${JSON.stringify(document)}\n`);
    } else {
      if (!validation.ok) {
        const warn = _stylerFor(io.stderr, io.env);
        io.stderr.write(`${warn('yellow', 'warning:')} ${validation.message}\n`);
      }
      const style = _stylerFor(io.stdout, io.env);
      for (const result of results) {
        const verdict = result.matches ? style('green', 'delivered') : style('red', 'not delivered');
        io.stdout.write(`${_showValue(result.topic)}: ${verdict}: ${result.why}\n`);
      }
    }
    return Promise.resolve(delivered ? _EXIT.ok : _EXIT.refused);
  },
};
