/**
 * The `X-DECNET-Signature` header: `sha256=` and the lowercase hex
 * HMAC-SHA256 of the body bytes, keyed by the subscription's secret as UTF-8.
 * Only Web Crypto (`globalThis.crypto.subtle`) and `TextEncoder` are used, so
 * this runs unchanged in Node 20+, Deno, Bun, browsers and edge runtimes.
 *
 * @packageDocumentation
 */
import { _utf8Bytes } from '../internal/utf8.js';
import { _describeType } from '../internal/escape.js';
import { _loneSurrogateIndex } from '../internal/surrogates.js';
import type { WebhookRejection } from '../errors/WebhookError.js';

/** An HMAC key held by Web Crypto; opaque here. @internal */
interface _CryptoKey {
  readonly type: string;
}

/** The part of Web Crypto used here, typed locally: the library compiles without DOM or Node types. @internal */
interface _WebCrypto {
  readonly subtle: {
    importKey(
      format: 'raw',
      key: Uint8Array,
      algorithm: { readonly name: 'HMAC'; readonly hash: 'SHA-256' },
      extractable: false,
      usages: readonly ('sign' | 'verify')[],
    ): Promise<_CryptoKey>;
    sign(algorithm: 'HMAC', key: _CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
    verify(algorithm: 'HMAC', key: _CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  };
  randomUUID(): string;
}

/** The host's Web Crypto, as far as this module reads it. @internal */
interface _Host {
  readonly crypto?: _WebCrypto;
}

/** How many imported keys are kept: enough for a few subscriptions, each in rotation. @internal */
const _KEY_CACHE_SIZE = 16;
/** The most secrets one call may try; more is a configuration error, and would churn the cache. @internal */
const _MAX_SECRETS = _KEY_CACHE_SIZE;

/** Imported keys by secret, oldest first; created on first use, so importing this module does nothing. @internal */
let _keys: Map<string, Promise<_CryptoKey>> | undefined;

/** The `sha256=` header: exactly 64 lowercase hex digits. @internal */
const _SIGNATURE = /^sha256=[0-9a-f]{64}$/u;

/** @internal The host's Web Crypto, or an Error saying it is missing (Node 18 needs a flag for it). */
export function _webCrypto(): _WebCrypto {
  const crypto = (globalThis as _Host).crypto;
  if (crypto?.subtle === undefined) {
    throw new Error(
      'Web Crypto (globalThis.crypto.subtle) is not available: use Node 20+ (or Node 18 with --experimental-global-webcrypto), Deno, Bun, a browser or an edge runtime',
    );
  }
  return crypto;
}

/**
 * Reads an `X-DECNET-Signature` header value: the 32 bytes of the MAC, or why
 * there are none. `null`, `undefined`, `""` and an empty list are missing; a
 * list holding one value is that value (Node's `IncomingMessage` gives
 * lists); anything else that is not exactly `sha256=` and 64 lowercase hex
 * digits is malformed, including upper case, several values and non-strings.
 *
 * @internal
 */
export function _checkSignatureHeader(
  value: unknown,
): Uint8Array | Extract<WebhookRejection, 'missing-signature' | 'malformed-signature'> {
  let header: unknown = value;
  try {
    if (Array.isArray(header)) {
      const values = header as readonly unknown[];
      if (values.length > 1) return 'malformed-signature';
      header = values[0];
    }
  } catch {
    // Array.isArray throws for a revoked Proxy, and a Proxy's `length` may throw: neither is a header.
    return 'malformed-signature';
  }
  if (header === undefined || header === null || header === '') return 'missing-signature';
  if (typeof header !== 'string' || !_SIGNATURE.test(header)) return 'malformed-signature';
  const mac = new Uint8Array(32);
  for (let i = 0; i < 32; i++) mac[i] = Number.parseInt(header.slice(7 + 2 * i, 9 + 2 * i), 16);
  return mac;
}

/**
 * Whether `signature` is the HMAC-SHA256 of the body under one of the secrets,
 * as DECNET's webhook client writes it in `X-DECNET-Signature`.
 *
 * @remarks
 * Verify the raw bytes as received. Parsing the JSON and serialising it again
 * never gives them back: orjson writes a float `1.0` where `JSON.stringify`
 * writes `1`, and sorts keys by code point. A string body is encoded as UTF-8,
 * which gives back the bytes only when they were valid UTF-8 decoded without
 * loss; prefer the bytes (`await request.arrayBuffer()`).
 *
 * The MAC is compared by Web Crypto's `verify`, in constant time. Several
 * secrets (during a rotation: the old and the new) are all tried; any match
 * is `true`. Imported keys are cached, 16 at most, and no secret is ever
 * written to a message.
 *
 * @param body - the request body as received: bytes, or a string to encode as UTF-8.
 * @param signature - the `X-DECNET-Signature` header value (`null`, a list or a non-string gives `false`).
 * @param secret - the subscription's secret, or a list of 1 to 16 secrets to accept.
 * @returns `true` when the header is `sha256=` and 64 lowercase hex digits matching the body under a secret.
 * @throws TypeError (as a rejected promise) when `body` is not a `Uint8Array`, an `ArrayBuffer` or a
 *   string, or a secret is not a non-empty string free of lone surrogates, or the list is empty or longer than 16.
 * @example
 * ```ts
 * declare const body: Uint8Array; // new Uint8Array(await request.arrayBuffer())
 * declare const header: string | null; // request.headers.get('X-DECNET-Signature')
 * const ok = await verifyWebhookSignature(body, header, ['new secret', 'old secret']);
 * //=> true when either secret signed these bytes
 * ```
 * @category Receiving
 * @public
 */
export async function verifyWebhookSignature(
  body: Uint8Array | ArrayBuffer | string,
  signature: string | null | undefined | readonly string[],
  secret: string | readonly string[],
): Promise<boolean> {
  const bytes = _bodyBytes(body);
  const secrets = _secretList(secret);
  const mac = _checkSignatureHeader(signature);
  if (!(mac instanceof Uint8Array)) return false;
  return _macMatches(bytes, mac, secrets);
}

/**
 * Whether `mac` is the HMAC-SHA256 of `bytes` under one of `secrets`, each
 * compared by Web Crypto's `verify`, in constant time.
 *
 * @internal
 */
export async function _macMatches(bytes: Uint8Array, mac: Uint8Array, secrets: readonly string[]): Promise<boolean> {
  const { subtle } = _webCrypto();
  // Every secret is tried, matching or not, so the time taken does not tell which one matched.
  const results = await Promise.all(secrets.map(async (one) => subtle.verify('HMAC', await _hmacKey(one), mac, bytes)));
  return results.includes(true);
}

/**
 * The lowercase hex HMAC-SHA256 of `body` keyed by `secret` as UTF-8: what
 * follows `sha256=` in `X-DECNET-Signature`.
 *
 * @internal
 */
export async function _hmacSha256Hex(body: Uint8Array, secret: string): Promise<string> {
  const mac = new Uint8Array(await _webCrypto().subtle.sign('HMAC', await _hmacKey(secret), _webBytes(body)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Checks one secret: a non-empty string without a lone surrogate (which UTF-8
 * cannot encode, so DECNET could not have signed with it). The message never
 * shows the secret.
 *
 * @internal
 */
export function _secretArg(value: unknown, caller: string, argument: string): string {
  if (typeof value !== 'string' || value === '') {
    const got = value === '' ? 'an empty string' : _describeType(value);
    throw new TypeError(`${caller}(): ${argument} must be a non-empty string, got ${got}`);
  }
  const index = _loneSurrogateIndex(value);
  if (index !== -1) {
    throw new TypeError(
      `${caller}(): ${argument} holds a lone surrogate at offset ${index}, which UTF-8 cannot encode`,
    );
  }
  return value;
}

/** @internal One secret or a list of 1 to 16, each checked. */
export function _secretList(secret: unknown, caller = 'verifyWebhookSignature'): string[] {
  const list = _listOf(secret, caller);
  if (list === null) return [_secretArg(secret, caller, 'argument "secret"')];
  if (typeof list === 'number') {
    throw new TypeError(`${caller}(): argument "secret" must list 1 to ${_MAX_SECRETS} secrets, got ${list}`);
  }
  return list.map((one, index) => _secretArg(one, caller, `"secret"[${index}]`));
}

/** @internal A list's items when it holds 1 to 16, its length otherwise, or `null` for anything but a list. */
function _listOf(value: unknown, caller: string): readonly unknown[] | number | null {
  try {
    if (!Array.isArray(value)) return null;
    const list = value as readonly unknown[];
    // A list of the wrong length is not copied: its length alone says what is wrong.
    return list.length === 0 || list.length > _MAX_SECRETS ? list.length : Array.from(list);
  } catch {
    // Array.isArray throws for a revoked Proxy, and a Proxy's traps may throw.
    throw new TypeError(`${caller}(): argument "secret" could not be read as a list`);
  }
}

/** @internal The body as bytes Web Crypto accepts, or a TypeError. */
export function _bodyBytes(body: unknown, caller = 'verifyWebhookSignature'): Uint8Array {
  if (typeof body === 'string') return _utf8Bytes(body);
  // ArrayBuffer.isView reads an internal slot, so a Proxy is no view and runs no code here.
  if (ArrayBuffer.isView(body) && _tag(body) === 'Uint8Array') return _webBytes(body as Uint8Array);
  if (!ArrayBuffer.isView(body) && _tag(body) === 'ArrayBuffer') return new Uint8Array(body as ArrayBuffer);
  throw new TypeError(
    `${caller}(): argument "body" must be a Uint8Array, an ArrayBuffer or a string, got ${_describeType(body)}`,
  );
}

/**
 * The built-in type of an object (`Uint8Array`, `ArrayBuffer`), read from its
 * `Symbol.toStringTag` rather than `instanceof`, so that bytes from another
 * realm (a worker, a `vm` context) are recognised; `""` when reading it throws.
 *
 * @internal
 */
function _tag(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  try {
    return Object.prototype.toString.call(value).slice(8, -1);
  } catch {
    return '';
  }
}

/** @internal The bytes themselves, or a copy when they sit in a SharedArrayBuffer, which Web Crypto refuses. */
function _webBytes(bytes: Uint8Array): Uint8Array {
  return _tag(bytes.buffer) === 'ArrayBuffer' ? bytes : new Uint8Array(bytes);
}

/** @internal The HMAC key of a secret, imported once and cached; the oldest key leaves a full cache. */
function _hmacKey(secret: string): Promise<_CryptoKey> {
  const keys = (_keys ??= new Map<string, Promise<_CryptoKey>>());
  let key = keys.get(secret);
  if (key === undefined) {
    key = _webCrypto().subtle.importKey('raw', _utf8Bytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    const imported = key;
    // A failed import is not remembered, so that a later call tries again.
    imported.catch(() => {
      if (keys.get(secret) === imported) keys.delete(secret);
    });
    if (keys.size >= _KEY_CACHE_SIZE) keys.delete(keys.keys().next().value as string);
  } else {
    keys.delete(secret); // Moved to the newest end: a key in use is the last to leave.
  }
  keys.set(secret, key);
  return key;
}
