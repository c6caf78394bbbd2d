/// <reference types="node" />
/**
 * Checking one input of `validate` line by line: NDJSON, or an SSE stream
 * (told from the first non-blank line unless `--input` says), each record
 * checked and counted as it is read, so memory stays constant.
 *
 * @packageDocumentation
 */
import type { WireForm } from '../../schemas/wire-forms.js';
import { _checkRecord, _notAnEvent, type _Verdict } from './check.js';
import type { _Reporter } from './formats.js';
import type { _Input } from './inputs.js';
import { _MAX_LINE_BYTES, _readLines, type _Line } from './lines.js';
import type { _Progress } from './progress.js';
import { _looksLikeSse, _SseAssembler } from './sse.js';
import type { _Summary } from './summary.js';

/** How the input is framed, as `--input` names it. @internal */
export type _InputKind = 'ndjson' | 'sse';

/** What `validate` checks with. @internal */
export interface _StreamOptions {
  readonly strict: boolean;
  readonly form: WireForm | undefined;
  readonly input: _InputKind | undefined;
  readonly maxLineBytes?: number;
  /** A promise to wait on when the output is full (backpressure), else `undefined`. */
  readonly drain?: () => Promise<void> | undefined;
}

/** The verdict on a line that has no text. @internal */
function _lineProblem(line: Extract<_Line, { problem: string }>, maxBytes: number): _Verdict {
  return line.problem === 'too-long'
    ? _notAnEvent(`a line of at most ${maxBytes} bytes`, 'a longer line (skipped unread)')
    : _notAnEvent('UTF-8 text', 'bytes that are not UTF-8');
}

/**
 * Checks every record of one input, reporting the refused ones and counting all.
 * @throws the read error when the input cannot be read to the end (a bad gzip, an I/O error).
 * @internal
 */
export async function _validateInput(
  input: _Input,
  options: _StreamOptions,
  summary: _Summary,
  reporter: _Reporter,
  progress: _Progress,
): Promise<void> {
  const maxBytes = options.maxLineBytes ?? _MAX_LINE_BYTES;
  const record = (line: number, verdict: _Verdict): void => {
    summary.add(verdict);
    if (!verdict.valid) reporter.problem({ file: input.name, line, verdict });
  };
  const drain = options.drain ?? ((): undefined => undefined);
  let kind = options.input;
  const sse = new _SseAssembler();
  const chunks = input.open((bytes) => {
    progress.read(bytes);
  });
  for await (const batch of _readLines(chunks, maxBytes)) {
    for (const line of batch) {
      summary.lines += 1;
      progress.line();
      if (line.problem !== undefined) {
        record(line.number, _lineProblem(line, maxBytes));
        continue;
      }
      const full = drain();
      if (full !== undefined) await full;
      const text = line.text;
      if (kind === undefined) {
        if (text.trim() === '') continue;
        kind = _looksLikeSse(text) ? 'sse' : 'ndjson';
      }
      if (kind === 'ndjson') {
        if (text.trim() !== '') record(line.number, _checkRecord(text, options.strict, options.form));
        continue;
      }
      const message = sse.push(line.number, text);
      if (message !== undefined) record(message.line, _checkRecord(message.data, options.strict, options.form));
    }
  }
  const last = sse.end();
  if (last !== undefined) record(last.line, _checkRecord(last.data, options.strict, options.form));
}
