/// <reference types="node" />
/**
 * Opening the inputs of `validate`: files (`.gz` ones decompressed as they
 * are read) or stdin (`-`). Missing files and directories are found before
 * anything is read, so that a typo costs no output.
 *
 * @packageDocumentation
 */
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { _CliUsageError } from '../command.js';
import type { _CliIo } from '../io.js';

/** One input: its name as given (`<stdin>` for `-`), its size when known, and how to read it. @internal */
export interface _Input {
  readonly name: string;
  readonly size: number | undefined;
  /** The decompressed bytes; `onRead` hears the bytes taken from the file itself. */
  open(onRead: (bytes: number) => void): AsyncIterable<Uint8Array | string>;
}

/** The name stdin is reported under. @internal */
export const _STDIN_NAME = '<stdin>';

/** A read error, in a few words: the system's code and message. @internal */
export function _readError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Counts bytes passing through an async iterable. @internal */
async function* _counted(
  chunks: AsyncIterable<Uint8Array | string>,
  onRead: (bytes: number) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    onRead(chunk.length);
    yield chunk;
  }
}

/**
 * The inputs the arguments name, checked: each file must exist and be a file.
 * @throws {@link _CliUsageError} naming the first that is not.
 * @internal
 */
export function _inputsOf(paths: readonly string[], io: _CliIo, command: string): _Input[] {
  const named = paths.length === 0 ? ['-'] : paths;
  if (named.filter((path) => path === '-').length > 1) throw new _CliUsageError(`${command}: stdin (-) given twice`);
  return named.map((path): _Input => {
    if (path === '-') return { name: _STDIN_NAME, size: undefined, open: (onRead) => _counted(io.stdin, onRead) };
    const full = resolve(io.cwd, path);
    let size: number;
    try {
      const stat = statSync(full);
      if (stat.isDirectory()) throw new _CliUsageError(`${command}: ${path}: is a directory, not a file`);
      size = stat.isFile() ? stat.size : 0;
    } catch (error) {
      if (error instanceof _CliUsageError) throw error;
      throw new _CliUsageError(`${command}: ${path}: cannot read it (${_readError(error)})`);
    }
    return {
      name: path,
      size: size > 0 ? size : undefined,
      open(onRead) {
        const file = createReadStream(full, { highWaterMark: 1 << 16 });
        if (!path.endsWith('.gz')) return _counted(file, onRead);
        file.on('data', (chunk: Buffer | string) => {
          onRead(chunk.length);
        });
        const gunzip = createGunzip();
        // pipeline destroys both streams on an error of either; reading the gunzip stream then throws it.
        pipeline(file, gunzip, () => undefined);
        return gunzip;
      },
    };
  });
}
