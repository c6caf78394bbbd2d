/**
 * The JSON text DECNET's webhook client signs: `orjson.dumps(body,
 * option=OPT_SORT_KEYS)`, compact, non-ASCII written raw, keys sorted at every
 * depth.
 *
 * @remarks
 * Key order is that of Unicode code points. orjson sorts a dict's items with
 * Rust's `str` ordering (`items.sort_unstable_by(|a, b| a.0.cmp(b.0))` in
 * `src/serialize/per_type/dict.rs` of ijl/orjson), which compares the UTF-8
 * bytes, and UTF-8 byte order is code point order; Python's `sorted()` on
 * `str` agrees. JavaScript's default `sort()` compares UTF-16 code units
 * instead, which puts an astral key (`"😀"`, U+1F600) before `"\uE000"`;
 * orjson puts it after (checked with orjson 3.8.3:
 * `{"Z","a","é","\uE000","😀"}`).
 *
 * Where JavaScript cannot tell what Python held, the text differs from
 * orjson's, and a body built here from such values is not byte for byte the
 * one DECNET would send for the Python values:
 *
 * - an integral number is written as a Python `int` (`1`, `10000000000000000`), but orjson writes an integral
 *   Python `float` as `1.0` or `1e16`;
 * - `-0` is written `0` (an `int`), orjson writes the float `-0.0`.
 *
 * Everything else is as orjson writes it: strings escaped as JSON.stringify
 * escapes them (which matches orjson's table for `"`, `\`, and U+0000 to
 * U+001F), non-integral numbers in the shortest digits that read back
 * exactly, with an exponent where orjson uses one, and `NaN` and `±Infinity`
 * as `null` (orjson writes them so: it does not refuse them). Checked against
 * orjson 3.8.3 on about 3,000 generated values, integral floats aside.
 *
 * @packageDocumentation
 */
import { _showValue } from '../internal/escape.js';
import { _loneSurrogateIndex } from '../internal/surrogates.js';

/**
 * The deepest nesting of arrays and objects written, the outermost counting
 * as 1. orjson raises "Recursion limit reached" deeper than this: from 255 in
 * its current source (an 8-bit depth counter, `src/serialize/state.rs`), from
 * 256 in orjson 3.8.3; 254 is safe under both.
 *
 * @internal
 */
export const _MAX_JSON_DEPTH = 254;

/** The smallest integer orjson refuses ("Integer exceeds 64-bit range"): 2 ** 64. @internal */
const _INT_TOO_LARGE = 18_446_744_073_709_551_616;
/** The smallest integer orjson writes: -(2 ** 63). @internal */
const _INT_SMALLEST = -9_223_372_036_854_775_808;

/** An array or object being written: its items or sorted entries, and how many are written already. @internal */
interface _Frame {
  readonly close: ']' | '}';
  /** For an object, the sorted keys; `null` for an array. */
  readonly keys: readonly string[] | null;
  readonly values: readonly unknown[];
  next: number;
}

/**
 * Writes a value as orjson with `OPT_SORT_KEYS` does: plain objects (keys
 * sorted by code point), arrays, strings, numbers, booleans and `null`.
 * A property whose value is `undefined` is left out, as `JSON.stringify`
 * leaves it out (Python has no such value, and an optional property not set
 * is what it stands for).
 *
 * @param value - the value to write.
 * @param caller - the function named in messages.
 * @returns the JSON text, compact, with non-ASCII characters written raw.
 * @throws TypeError for what orjson refuses or JavaScript cannot hand it: a
 *   lone surrogate in a string or key, an integer at or beyond 2 ** 64 or below
 *   -(2 ** 63), nesting deeper than {@link _MAX_JSON_DEPTH} (a cycle included),
 *   and values that are not plain JSON: `undefined` in an array (or a hole),
 *   functions, symbols, bigints, class instances (a `Date` too: its `toJSON` is
 *   not called). The message names where the value sits, escaped and cut, and
 *   never quotes the value. An error thrown by a getter or a Proxy trap of the
 *   value propagates as it is.
 * @internal
 */
export function _canonicalJson(value: unknown, caller = '_canonicalJson'): string {
  const stack: _Frame[] = [];
  let out = '';
  let pending: unknown = value;
  for (;;) {
    const frame = _write(pending, stack, caller);
    if (typeof frame === 'string') out += frame;
    else {
      out += frame.close === ']' ? '[' : '{';
      stack.push(frame);
    }
    // Close every finished container, then take the next item of the innermost open one.
    let top = stack[stack.length - 1];
    while (top !== undefined && top.next === top.values.length) {
      out += top.close;
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top === undefined) return out;
    if (top.next > 0) out += ',';
    if (top.keys !== null) out += `${JSON.stringify(top.keys[top.next])}:`;
    pending = top.values[top.next++];
  }
}

/** @internal A scalar's text, or the frame of a container to open. */
function _write(value: unknown, stack: readonly _Frame[], caller: string): string | _Frame {
  switch (typeof value) {
    case 'string':
      if (_loneSurrogateIndex(value) !== -1) _refuse(stack, caller, 'a string holding a lone surrogate');
      return JSON.stringify(value);
    case 'number':
      return _number(value, stack, caller);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (stack.length >= _MAX_JSON_DEPTH)
        _refuse(stack, caller, `nesting deeper than ${_MAX_JSON_DEPTH} (or a cycle)`);
      return _open(value, stack, caller);
    default:
      return _refuse(stack, caller, `a value of type ${typeof value}`);
  }
}

/** @internal A number as orjson writes a Python int (integral) or float (otherwise). */
function _number(value: number, stack: readonly _Frame[], caller: string): string {
  if (!Number.isFinite(value)) return 'null';
  if (!Number.isInteger(value)) return _shortFloat(value);
  if (value >= _INT_TOO_LARGE || value < _INT_SMALLEST) {
    _refuse(stack, caller, 'an integer outside the 64-bit range orjson writes');
  }
  // Above 2 ** 53, String() pads the shortest digits with zeros (2 ** 63 → "9223372036854776000"); Python prints an
  // int's exact digits, which BigInt gives. `-0` becomes "0" either way.
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/**
 * A non-integral number as orjson (ryu's format, kept by its newer zmij) writes it. Both write the same
 * shortest digits; only the notation of magnitudes from 1e-6 to 1e-5 differs: JavaScript `0.0000015`,
 * orjson `1.5e-6`.
 *
 * @internal
 */
function _shortFloat(value: number): string {
  const text = String(value);
  const match = /^(-?)0\.00000(\d)(\d*)$/u.exec(text);
  if (match === null) return text;
  const rest = match[3] ?? '';
  return `${match[1] ?? ''}${match[2] ?? ''}${rest === '' ? '' : `.${rest}`}e-6`;
}

/** @internal The frame of an array or a plain object, or a refusal for anything else. */
function _open(value: object, stack: readonly _Frame[], caller: string): _Frame {
  if (Array.isArray(value)) return _openArray(value as readonly unknown[], stack, caller);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    _refuse(stack, caller, 'an object that is not a plain object or an array (a Date, a Map, a class instance)');
  }
  const record = value as Readonly<Record<string, unknown>>;
  // Each value read once, as JSON.stringify reads it: a getter runs once, and an undefined value leaves its key out.
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item !== undefined) entries.push([key, item]);
  }
  entries.sort(([a], [b]) => _byCodePoint(a, b));
  const keys = entries.map(([key]) => key);
  for (const key of keys) {
    if (_loneSurrogateIndex(key) !== -1) _refuse(stack, caller, 'an object with a key holding a lone surrogate');
  }
  return { close: '}', keys, values: entries.map(([, item]) => item), next: 0 };
}

/** @internal An array's frame; `undefined` or a hole is refused, as JSON.stringify would write `null` for it. */
function _openArray(array: readonly unknown[], stack: readonly _Frame[], caller: string): _Frame {
  const values: unknown[] = [];
  // Item by item, so that a sparse array of a huge length is refused at its first hole, not copied whole.
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    if (item === undefined) _refuse([...stack, { close: ']', keys: null, values, next: i + 1 }], caller, 'undefined');
    values.push(item);
  }
  return { close: ']', keys: null, values, next: 0 };
}

/**
 * Orders two strings by code point, as orjson and Python do: UTF-16 order,
 * except that a surrogate (the first half of an astral character) sorts after
 * U+E000 to U+FFFF.
 *
 * @internal
 */
export function _byCodePoint(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return _codePointRank(x) - _codePointRank(y);
  }
  return a.length - b.length;
}

/** @internal Moves surrogates above U+FFFF and U+E000-U+FFFF down into their place, order kept within each. */
function _codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/** @internal Throws the TypeError of a value that cannot be written, naming where it sits. */
function _refuse(stack: readonly _Frame[], caller: string, what: string): never {
  let path = '';
  for (const frame of stack) {
    // `next` was moved past the item being written: the item is the one before it.
    const key = frame.keys === null ? null : (frame.keys[frame.next - 1] ?? '');
    path +=
      key === null ? `[${frame.next - 1}]` : /^[A-Za-z_$][\w$]*$/u.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  const where = path === '' ? 'the value' : _showValue(path.replace(/^\./u, ''), path.length);
  throw new TypeError(`${caller}(): ${where} is ${what}, which orjson cannot write as DECNET would`);
}
