/**
 * A cheap pass over JSON bytes before parsing them: how deep arrays and
 * objects nest. Events nest a few levels; a megabyte of `[` costs the JSON
 * parser half a second, so every door that parses bytes from the network (the
 * bus's frames, NATS messages) refuses such a body first.
 *
 * @packageDocumentation
 */

/** The deepest nesting of arrays and objects a body may have. @internal */
export const _MAX_JSON_DEPTH = 1024;

/**
 * Whether JSON bytes nest arrays and objects deeper than `limit`, found
 * without parsing them: bytes inside strings are skipped, escapes included.
 * Linear in the bytes, and allocates nothing.
 *
 * @internal
 */
export function _nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (inString) {
      if (byte === 0x5c) i++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > limit) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return false;
}
