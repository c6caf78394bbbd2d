/**
 * Event ids as DECNET makes them: `uuid.uuid4().hex`, 32 lowercase hex digits
 * with the version and variant bits of a random UUID.
 *
 * @packageDocumentation
 */

/** Web Crypto's random source, typed locally. @internal */
interface _Host {
  readonly crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
}

/** Two hex digits for each byte value, built on first use. @internal */
let _HEX: readonly string[] | undefined;

/**
 * A fresh event id: 16 random bytes as 32 lowercase hex digits, with the
 * uuid4 version (`4`) and variant (`8`-`b`) nibbles Python's `uuid4().hex`
 * has, so that consumers that parse it as a UUID accept it.
 *
 * @internal
 */
export function _newEventId(): string {
  const bytes = (globalThis as unknown as _Host).crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  _HEX ??= Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
  let id = '';
  for (const byte of bytes) id += _HEX[byte] as string;
  return id;
}
