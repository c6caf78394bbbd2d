/// <reference types="node" />
/**
 * What a command reads and writes: the streams, the environment and the
 * working directory, passed in so that tests run commands without a process.
 *
 * @packageDocumentation
 */
import { styleText } from 'node:util';

/** A stream a command writes to. @internal */
export interface _CliOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

/** The streams, environment and directory of one run of the command line. @internal */
export interface _CliIo {
  readonly stdin: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean | undefined };
  readonly stdout: _CliOutput;
  readonly stderr: _CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The process's own streams, environment and directory. @internal */
export function _processIo(): _CliIo {
  // `bus-topics validate big.ndjson | head`: once the reader is gone, stop quietly, as Unix tools do, instead of
  // dying on an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** The styles the command line uses. @internal */
export type _Style = 'red' | 'green' | 'yellow' | 'dim' | 'bold' | 'cyan';

/**
 * Styles text for one stream: with colour only when the stream is a terminal
 * and `NO_COLOR` is not set (https://no-color.org), else the text unchanged.
 *
 * @internal
 */
export function _stylerFor(stream: _CliOutput, env: _CliIo['env']): (style: _Style, text: string) => string {
  const colour = stream.isTTY === true && (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';
  return colour ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
