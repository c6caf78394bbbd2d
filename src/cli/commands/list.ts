/// <reference types="node" />
/**
 * `bus-topics list [--family F] [--pattern P]`: the topic tree of the
 * catalogue, family by family, each template with its builder and description.
 *
 * @packageDocumentation
 */
import { TOPIC_CATALOGUE } from '../../topics/catalogue.js';
import { checkSubscriptionPatterns } from '../../webhooks/subscription-patterns.js';
import { _CliUsageError, _EXIT, type _CliCommand } from '../command.js';
import { _builderCall, _columns, _formatOf, type _CatalogueRow } from '../explore/format.js';
import { _stylerFor } from '../io.js';

/** The `list` command. @internal */
export const _LIST_COMMAND: _CliCommand = {
  name: 'list',
  summary: 'the topic tree: families, templates, builders',
  usage: [
    'Usage: bus-topics list [--family F] [--pattern P]',
    '',
    'Prints the topic templates of the contract, family by family, each with the',
    'builder that makes it and what it carries.',
    '',
    'Exit status: 0 when something is listed, 1 when the filters leave nothing,',
    '2 on a usage error (an unknown family included).',
    '',
    'Options:',
    '  --family F              only the family F (its root token, such as decky)',
    '  --pattern P             only the templates the bus delivers to a subscription on P',
    '  --json, --format json   one JSON object: {families: [{family, templates: [{template, params, builder, description}]}]}',
    '  -h, --help              this help',
  ].join('\n'),
  options: { family: { type: 'string' }, pattern: { type: 'string' } },
  run(args, io) {
    const format = _formatOf('list', args);
    if (args.positionals.length > 0)
      throw new _CliUsageError(`bus-topics list: takes no arguments, got ${JSON.stringify(args.positionals[0])}`);
    const family = args.values['family'];
    const pattern = args.values['pattern'];
    const families = [...new Set(TOPIC_CATALOGUE.map((row) => row.family))];
    if (typeof family === 'string' && !families.includes(family as _CatalogueRow['family']))
      throw new _CliUsageError(
        `bus-topics list: no family ${JSON.stringify(family)}; the families are ${families.join(', ')}`,
      );
    const reachable =
      typeof pattern === 'string' ? new Set<string>(checkSubscriptionPatterns([pattern]).entries[0]?.templates) : null;
    const rows = TOPIC_CATALOGUE.filter(
      (row) => (family === undefined || row.family === family) && (reachable === null || reachable.has(row.template)),
    );
    const tree = families
      .map((name) => ({ family: name, templates: rows.filter((row) => row.family === name) }))
      .filter((group) => group.templates.length > 0);
    if (format === 'json') {
      const document = {
        families: tree.map((group) => ({
          family: group.family,
          templates: group.templates.map((row) => ({
            template: row.template,
            params: row.params,
            builder: _builderCall(row),
            description: row.description,
          })),
        })),
      };
      io.stdout.write(`${JSON.stringify(document)}\n`);
    } else {
      const style = _stylerFor(io.stdout, io.env);
      const lines: string[] = [];
      for (const group of tree) {
        const count = group.templates.length === 1 ? '1 template' : `${group.templates.length} templates`;
        lines.push(`${style('bold', group.family)} (${count})`);
        for (const [index, line] of _columns(
          group.templates.map((row) => [row.template, style('cyan', _builderCall(row))]),
        ).entries()) {
          lines.push(line, `      ${style('dim', (group.templates[index] as _CatalogueRow).description)}`);
        }
      }
      if (tree.length === 0) io.stderr.write('no template of the contract fits these filters\n');
      else io.stdout.write(`${lines.join('\n')}\n`);
    }
    return Promise.resolve(rows.length > 0 ? _EXIT.ok : _EXIT.refused);
  },
};
