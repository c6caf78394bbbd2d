/**
 * The body of a bus frame as the decoder reads it: one JSON object in UTF-8,
 * or nothing (read as `{}`). Pure: no Node built-ins.
 *
 * @packageDocumentation
 */
import { _MAX_JSON_DEPTH, _nestsDeeperThan } from '../internal/json-depth.js';
import { _strictUtf8Text } from '../internal/utf8.js';
import { BusProtocolError } from './BusProtocolError.js';

/** `TextDecoder`, typed locally: the library compiles without DOM or Node types. @internal */
interface _Host {
  readonly TextDecoder: new (
    label: 'utf-8',
    options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
  ) => { decode(bytes: Uint8Array): string };
}

/** How many bytes of a refused header or body an error quotes from. @internal */
export const _PREVIEW_BYTES = 64;

/** @internal The body as an object: `{}` when empty; refused unless it is UTF-8 JSON holding one object. */
export function _jsonBody(body: Uint8Array): Record<string, unknown> {
  if (body.length === 0) return {};
  const shape = _shapeFault(body);
  if (shape !== null) {
    throw new BusProtocolError({ reason: 'not-json-object', detail: shape, received: _preview(body) });
  }
  const text = _strictUtf8Text(body);
  let value: unknown;
  try {
    if (text === null) throw new TypeError('not UTF-8');
    value = JSON.parse(text);
  } catch {
    throw new BusProtocolError({ reason: 'not-json-object', detail: 'it is not UTF-8 JSON', received: _preview(body) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new BusProtocolError({ reason: 'not-json-object', detail: `it is JSON ${kind}`, received: _preview(body) });
  }
  return value as Record<string, unknown>;
}

/**
 * @internal Why a body cannot be one JSON object, found without parsing it: it does not start with `{`, or it
 * nests deeper than {@link _MAX_JSON_DEPTH}.
 */
function _shapeFault(body: Uint8Array): string | null {
  let i = 0;
  while (i < body.length && _isJsonSpace(body[i] as number)) i++;
  if (body[i] !== 0x7b) return 'it does not start with "{"';
  return _nestsDeeperThan(body, _MAX_JSON_DEPTH) ? `it nests deeper than ${_MAX_JSON_DEPTH} levels` : null;
}

/** @internal JSON's four whitespace bytes. */
function _isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** @internal The first bytes of a refused header or body as text, bad UTF-8 replaced, for a message. */
export function _preview(bytes: Uint8Array): string {
  return new (globalThis as unknown as _Host).TextDecoder('utf-8').decode(bytes.subarray(0, _PREVIEW_BYTES));
}
