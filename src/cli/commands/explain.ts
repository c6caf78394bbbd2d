/// <reference types="node" />
/**
 * `bus-topics explain PATTERN`: `validatePattern`'s verdict on a pattern, and
 * the contract templates a subscription to it can receive (the runtime twin of
 * the `EventFor` type), with their builders.
 *
 * @packageDocumentation
 */
import { _showValue } from '../../internal/escape.js';
import { validatePattern } from '../../match/pattern-rules.js';
import { checkSubscriptionPatterns } from '../../webhooks/subscription-patterns.js';
import { _CliUsageError, _EXIT, type _CliCommand } from '../command.js';
import { _builderCall, _columns, _formatOf, _rowOf } from '../explore/format.js';
import { _stylerFor } from '../io.js';

/** The `explain` command. @internal */
export const _EXPLAIN_COMMAND: _CliCommand = {
  name: 'explain',
  summary: 'whether a pattern is valid, and the templates it can receive',
  usage: [
    'Usage: bus-topics explain PATTERN',
    '',
    "Prints validatePattern's verdict on PATTERN (with what the DECNET bus does with",
    'an invalid one), and every contract template some of whose topics the bus',
    'delivers to it, quirks included, with the builder that makes them.',
    '',
    'Exit status: 0 for a valid pattern that can receive some template, 1 for an',
    'invalid pattern or one that receives nothing of the contract, 2 on a usage error.',
    '',
    'Options:',
    '  --json, --format json   one JSON object: {pattern, valid, reason, message, templates: [{template, family, builder}]}',
    '  -h, --help              this help',
  ].join('\n'),
  options: {},
  run(args, io) {
    const format = _formatOf('explain', args);
    const [pattern, ...extra] = args.positionals;
    if (pattern === undefined || extra.length > 0)
      throw new _CliUsageError('bus-topics explain: give exactly one PATTERN; see --help');
    const validation = validatePattern(pattern);
    const entry = checkSubscriptionPatterns([pattern]).entries[0];
    const rows = (entry?.templates ?? []).flatMap((template) => {
      const row = _rowOf(template);
      return row === undefined ? [] : [row];
    });
    const status = validation.ok && rows.length > 0 ? _EXIT.ok : _EXIT.refused;
    if (format === 'json') {
      const templates = rows.map((row) => ({ template: row.template, family: row.family, builder: _builderCall(row) }));
      const document = {
        pattern,
        valid: validation.ok,
        reason: validation.ok ? null : validation.reason,
        message: validation.ok ? null : validation.message,
        templates,
      };
      io.stdout.write(`${JSON.stringify(document)}\n`);
      return Promise.resolve(status);
    }
    const style = _stylerFor(io.stdout, io.env);
    const lines = [
      validation.ok
        ? `${_showValue(pattern)}: ${style('green', 'valid')}`
        : `${_showValue(pattern)}: ${style('red', `invalid (${validation.reason})`)}: ${validation.message}`,
    ];
    if (rows.length === 0) {
      lines.push(style('yellow', 'receives no topic of the contract'));
    } else {
      const count = rows.length === 1 ? '1 contract template' : `${rows.length} contract templates`;
      lines.push(`receives ${count}:`);
      lines.push(..._columns(rows.map((row) => [row.template, style('dim', _builderCall(row))])));
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return Promise.resolve(status);
  },
};
