/**
 * Reading request headers in the three shapes receivers hold them: a Fetch
 * `Headers`, a plain record in any case, and Node's `IncomingHttpHeaders`
 * (lower-case keys, a list for repeated headers).
 *
 * @packageDocumentation
 */

/**
 * The headers of a delivery, in any of the shapes a server gives them.
 * @example
 * ```ts
 * const headers: WebhookHeaders = { 'X-DECNET-Signature': 'sha256=...', 'content-type': 'application/json' };
 * ```
 * @category Receiving
 * @public
 */
export type WebhookHeaders = WebhookHeaderLookup | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Headers that look themselves up, as a Fetch `Headers` does.
 * @example
 * ```ts
 * declare const request: { readonly headers: WebhookHeaderLookup };
 * request.headers.get('x-decnet-signature'); // "sha256=..." or null
 * ```
 * @category Receiving
 * @public
 */
export interface WebhookHeaderLookup {
  /** The value of a header, named in any case; `null` when absent. */
  get(name: string): string | null;
}

/** A header longer than this is not read: a signature header is 71 characters. @internal */
const _MAX_HEADER_LENGTH = 8192;

/**
 * Every value of one header, matched without regard to case: none, one, or
 * several (a repeated header in a record as a list; a Fetch `Headers` joins
 * repeated values with `, ` itself, which then reads as one malformed value).
 * Never throws: a record or `Headers` that throws when read gives no values,
 * and so do values that are not strings or are longer than 8,192 characters
 * (reported as one value `"\u0000"` so that they are refused, not ignored).
 *
 * @internal
 */
export function _headerValues(headers: unknown, name: string): readonly string[] {
  if (typeof headers !== 'object' || headers === null) return [];
  try {
    const get = (headers as { readonly get?: unknown }).get;
    if (typeof get === 'function') return _values(get.call(headers, name));
    const wanted = name.toLowerCase();
    const found: string[] = [];
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === wanted) found.push(..._values((headers as Record<string, unknown>)[key]));
    }
    return found;
  } catch {
    return [];
  }
}

/** The values of one header entry; a value that is not readable text becomes one value no check accepts. @internal */
function _values(value: unknown): readonly string[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  return list.map((item) => (typeof item === 'string' && item.length <= _MAX_HEADER_LENGTH ? item : '\u0000'));
}
