/**
 * UTF-8 for every door of the library that reads or writes bytes (webhook bodies, bus frames, NATS messages): one
 * encoder and one strict decoder, typed here because the library compiles without DOM or Node types, and made on
 * first use, so importing the module does nothing.
 *
 * @packageDocumentation
 */

/** The globals this module reads, as far as it reads them. @internal */
interface _Host {
  readonly TextEncoder?: new () => { encode(text: string): Uint8Array };
  readonly TextDecoder?: new (
    label: 'utf-8',
    options: { readonly fatal: true; readonly ignoreBOM: true },
  ) => { decode(bytes: Uint8Array): string };
}

let _encoder: { encode(text: string): Uint8Array } | undefined;
let _decoder: { decode(bytes: Uint8Array): string } | undefined;

/** @internal A string's UTF-8 bytes. */
export function _utf8Bytes(text: string): Uint8Array {
  if (_encoder === undefined) {
    const Encoder = (globalThis as _Host).TextEncoder;
    if (Encoder === undefined) throw new Error('TextEncoder is not available in this runtime');
    _encoder = new Encoder();
  }
  return _encoder.encode(text);
}

/**
 * Bytes as UTF-8 text, or `null` when they are not UTF-8. A leading BOM is kept, so that `JSON.parse` refuses it
 * as DECNET's own JSON reader does.
 *
 * @internal
 */
export function _strictUtf8Text(bytes: Uint8Array): string | null {
  if (_decoder === undefined) {
    const Decoder = (globalThis as _Host).TextDecoder;
    if (Decoder === undefined) throw new Error('TextDecoder is not available in this runtime');
    _decoder = new Decoder('utf-8', { fatal: true, ignoreBOM: true });
  }
  try {
    return _decoder.decode(bytes);
  } catch {
    return null;
  }
}
