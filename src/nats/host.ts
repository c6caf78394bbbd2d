/**
 * What the NATS layer reads of its host: UTF-8 text codecs and Web Crypto's random bytes. They are typed here,
 * because the library compiles without DOM or Node types, and looked up when first used, so importing the module
 * does nothing.
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
  readonly crypto?: { getRandomValues(array: Uint8Array): Uint8Array };
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

const _HEX = '0123456789abcdef';

/**
 * A fresh event id as DECNET makes it (`uuid.uuid4().hex`): 32 lowercase hex digits of a random version-4 UUID,
 * from Web Crypto, so that ids from this library and from Python cannot be told apart.
 *
 * @internal
 */
export function _eventId(): string {
  const crypto = (globalThis as _Host).crypto;
  if (crypto === undefined)
    throw new Error('Web Crypto (globalThis.crypto.getRandomValues) is not available in this runtime');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562: the version nibble is 4 and the variant bits are 10, as uuid4() sets them.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let id = '';
  for (const byte of bytes) id += (_HEX[byte >> 4] ?? '') + (_HEX[byte & 0x0f] ?? '');
  return id;
}
