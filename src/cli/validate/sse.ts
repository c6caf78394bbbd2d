/// <reference types="node" />
/**
 * Assembling the messages of an SSE stream as DECNET's routes write it:
 * `event:` and `data:` lines, a blank line ending each message, comments
 * (keep-alives) starting with `:`. Follows the WHATWG event-stream rules for
 * the fields the check needs (`data` lines joined with `\n`, one space after
 * the colon dropped).
 *
 * @packageDocumentation
 */

/** One SSE message: its data, its `event:` name, and the line its first `data:` was on. @internal */
export interface _SseMessage {
  readonly line: number;
  readonly event: string | undefined;
  readonly data: string;
}

/** Whether a line starts an SSE stream rather than NDJSON. @internal */
export function _looksLikeSse(text: string): boolean {
  return /^(?:event:|data:|id:|:)/u.test(text);
}

/** Builds SSE messages from lines, one at a time. @internal */
export class _SseAssembler {
  private data: string[] = [];
  private event: string | undefined = undefined;
  private first = 0;

  /** Takes one line; returns the message a blank line ends, if any. */
  push(number: number, text: string): _SseMessage | undefined {
    if (text === '') return this.end();
    if (text.startsWith(':')) return undefined;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      if (this.data.length === 0) this.first = number;
      this.data.push(value);
    } else if (field === 'event') {
      this.event = value;
    }
    // `id`, `retry` and unknown fields do not change what is checked.
    return undefined;
  }

  /** Ends the message under way (at a blank line, or at the end of the stream). */
  end(): _SseMessage | undefined {
    const message =
      this.data.length === 0 ? undefined : { line: this.first, event: this.event, data: this.data.join('\n') };
    this.data = [];
    this.event = undefined;
    return message;
  }
}
