/// <reference types="node" />
/**
 * Splitting a byte stream into numbered lines with a cap on their length: a
 * line longer than {@link _MAX_LINE_BYTES} is reported as too long and skipped
 * without being held whole, so memory stays bounded whatever the input; a line
 * that is not UTF-8 is reported, not decoded into replacement characters.
 *
 * @packageDocumentation
 */

/** The longest line read, in bytes (16 MiB); longer lines are skipped unread. @internal */
export const _MAX_LINE_BYTES: number = 16 * 1024 * 1024;

/** One line of input: its text, or why it has none. @internal */
export type _Line =
  | { readonly number: number; readonly text: string; readonly problem?: undefined }
  | { readonly number: number; readonly text?: undefined; readonly problem: 'too-long' | 'not-utf8' };

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * The lines of a byte stream, numbered from 1, in batches (the lines each
 * chunk completes: one step of an async iterator per line would cost more than
 * checking the line); a final `\r` is dropped (CRLF files), the `\n`
 * separator never kept. `onBytes` hears every chunk's size.
 *
 * @internal
 */
export async function* _readLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number = _MAX_LINE_BYTES,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<readonly _Line[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pieces: Uint8Array[] = [];
  let held = 0;
  let tooLong = false as boolean; // set by the closures below, which narrowing does not see
  let number = 0;
  const finish = (): _Line => {
    number += 1;
    if (tooLong) {
      pieces = [];
      held = 0;
      tooLong = false;
      return { number, problem: 'too-long' };
    }
    let bytes = pieces.length === 1 ? (pieces[0] as Uint8Array) : Buffer.concat(pieces, held);
    pieces = [];
    held = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, problem: 'not-utf8' };
    }
  };
  const hold = (piece: Uint8Array): void => {
    if (tooLong || piece.length === 0) return;
    if (held + piece.length > maxBytes) {
      // Over the cap: drop what is held and everything up to the next newline.
      tooLong = true;
      pieces = [];
      held = 0;
      return;
    }
    pieces.push(piece);
    held += piece.length;
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    onBytes?.(bytes.length);
    let start = 0;
    const batch: _Line[] = [];
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      hold(bytes.subarray(start, end));
      batch.push(finish());
      start = end + 1;
    }
    // The rest of the chunk belongs to the next line; copied, as a stream may reuse its buffer.
    if (start < bytes.length) hold(Uint8Array.prototype.slice.call(bytes, start));
    if (batch.length > 0) yield batch;
  }
  if (held > 0 || tooLong) yield [finish()];
}
