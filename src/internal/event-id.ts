/**
 * Event ids as DECNET makes them (`uuid.uuid4().hex`): 32 lowercase hex
 * digits of a random version-4 UUID, from Web Crypto, so that ids from this
 * library and from Python cannot be told apart. One maker for every publisher
 * of the library (the bus client, NATS).
 *
 * @packageDocumentation
 */

/** Web Crypto's random source, typed here: the library compiles without DOM or Node types. @internal */
interface _Host {
  readonly crypto?: { getRandomValues(array: Uint8Array): Uint8Array };
}

const _HEX = '0123456789abcdef';

/**
 * A fresh event id.
 *
 * @throws `Error` where the runtime has no Web Crypto (`globalThis.crypto.getRandomValues`).
 * @internal
 */
export function _eventId(): string {
  const crypto = (globalThis as _Host).crypto;
  if (crypto === undefined) {
    throw new Error('Web Crypto (globalThis.crypto.getRandomValues) is not available in this runtime');
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562: the version nibble is 4 and the variant bits are 10, as uuid4() sets them.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let id = '';
  for (const byte of bytes) id += (_HEX[byte >> 4] ?? '') + (_HEX[byte & 0x0f] ?? '');
  return id;
}
