/// <reference types="node" />
/**
 * `bus-topics asyncapi`: prints the AsyncAPI document of the bus that
 * `npm run build` writes to the package root (`asyncapi.json`, `asyncapi.yaml`).
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { _CliUsageError, _EXIT, type _CliCommand } from '../command.js';
import type { _CliIo } from '../io.js';
import { _formatOf } from '../explore/format.js';

/**
 * The package root: this module is `src/cli/commands/asyncapi.ts` when run
 * from source (tsx) and `dist/esm/cli/commands/asyncapi.js` once built.
 *
 * @internal
 */
export function _packageRoot(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? '../../../' : '../../../../', import.meta.url);
}

/**
 * The `asyncapi` command, reading the documents in `root` (a directory URL).
 *
 * @internal
 */
export function _asyncapiCommand(root: () => URL): _CliCommand {
  return {
    name: 'asyncapi',
    summary: 'the AsyncAPI document of the bus',
    usage: [
      'Usage: bus-topics asyncapi [--format json|yaml]',
      '',
      'Prints the AsyncAPI 3.0 document of the DECNET bus shipped with the package:',
      'asyncapi.json (the default, and with --json), or asyncapi.yaml with --format yaml.',
      '',
      'Exit status: 0 with the document, 2 when it is missing (build it with',
      'npm run build:asyncapi) or on a usage error.',
      '',
      'Options:',
      '  --json, --format json   the JSON document (the default)',
      '  --format yaml           the YAML document',
      '  -h, --help              this help',
    ].join('\n'),
    options: {},
    async run(args, io: _CliIo) {
      const format = _formatOf('asyncapi', args, ['yaml']);
      if (args.positionals.length > 0)
        throw new _CliUsageError(`bus-topics asyncapi: takes no arguments, got ${JSON.stringify(args.positionals[0])}`);
      const name = format === 'yaml' ? 'asyncapi.yaml' : 'asyncapi.json';
      const file = new URL(name, root());
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const why = code === 'ENOENT' ? 'not found' : `unreadable (${String(code)})`;
        throw new _CliUsageError(
          `bus-topics asyncapi: ${name} ${why} in the package root; build it with npm run build:asyncapi`,
        );
      }
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      return _EXIT.ok;
    },
  };
}

/** The `asyncapi` command, reading the package's own documents. @internal */
export const _ASYNCAPI_COMMAND: _CliCommand = _asyncapiCommand(_packageRoot);
