/**
 * Timestamps as DECNET writes them: epoch seconds on the bus, and in webhook
 * bodies the text Python's `datetime.fromtimestamp(ts, tz=utc).isoformat()`
 * makes of them (`2024-05-01T00:01:00.500000+00:00`). Both directions are
 * total: anything else gives `null`.
 *
 * @packageDocumentation
 */

/** Longer than any RFC 3339 timestamp with a 9-digit fraction: refused unread. @internal */
const _MAX_TIMESTAMP_LENGTH = 64;

// Year, month, day, `T` (or `t`, or a space, as RFC 3339 allows), hour, minute, second, an optional fraction, and
// `Z` or an offset. Anchored and linear: no part can match in more than one way.
const _RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/u;

/** The earliest and latest instants Python's `datetime` holds: years 1 to 9999. @internal */
const _MIN_EPOCH_SECONDS = -62_135_596_800;
const _MAX_EPOCH_SECONDS = 253_402_300_800;

/** Days in a month of a year (month 1 to 12), leap years included. @internal */
function _daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads an RFC 3339 timestamp (`2026-04-24T00:00:00+00:00`,
 * `2024-05-01T00:01:00.500000Z`, any offset) as epoch seconds, fraction
 * included; `null` for anything else: another format, an impossible date
 * (`2026-02-30`), a leap second, a year before 1 or after 9999.
 *
 * @internal
 */
export function _parseRfc3339(text: string): number | null {
  // A webhook body's `ts` is read twice in a row (checked by its schema, then converted): the second read is free.
  if (text === _last.text) return _last.value;
  const value = _readRfc3339(text);
  _last.text = text;
  _last.value = value;
  return value;
}

/** The last text {@link _parseRfc3339} read, and what it read. @internal */
const _last: { text: string | undefined; value: number | null } = { text: undefined, value: null };

/** {@link _parseRfc3339}, without the memory of the last text. @internal */
function _readRfc3339(text: string): number | null {
  if (text.length > _MAX_TIMESTAMP_LENGTH) return null;
  const match = _RFC3339.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > _daysInMonth(year, month)) return null;
  // Leap seconds (:60) are refused: neither Python's datetime nor DECNET ever writes one.
  if (hour > 23 || minute > 59 || second > 59 || year < 1) return null;
  let offsetMinutes = 0;
  if (match[8] === undefined) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (match[9] === '-' ? -1 : 1);
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0 to 99 onto 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const fraction = match[7] === undefined ? 0 : Number(`0${match[7]}`);
  return date.getTime() / 1000 - offsetMinutes * 60 + fraction;
}

/** Rounds half to even, as Python's `round` and `datetime.fromtimestamp` do. @internal */
function _roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const rest = value - floor;
  if (rest < 0.5) return floor;
  if (rest > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** A number as at least `width` digits. @internal */
function _digits(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The text Python's `datetime.fromtimestamp(ts, tz=timezone.utc).isoformat()`
 * makes of epoch seconds: `YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`, microseconds
 * rounded half to even and left out when zero; `null` where Python raises
 * (not finite, or outside years 1 to 9999).
 *
 * @internal
 */
export function _isoformatUtc(ts: number): string | null {
  if (!Number.isFinite(ts)) return null;
  // As CPython's _PyTime_ObjectToTimeval: split at the decimal point, round the fraction's microseconds half to
  // even, and carry a rounding to a whole second.
  let seconds = Math.trunc(ts);
  let micros = _roundHalfEven((ts - seconds) * 1e6);
  if (micros >= 1e6) {
    micros -= 1e6;
    seconds += 1;
  } else if (micros < 0) {
    micros += 1e6;
    seconds -= 1;
  }
  if (seconds < _MIN_EPOCH_SECONDS || seconds >= _MAX_EPOCH_SECONDS) return null;
  const date = new Date(seconds * 1000);
  const text =
    `${_digits(date.getUTCFullYear(), 4)}-${_digits(date.getUTCMonth() + 1, 2)}-${_digits(date.getUTCDate(), 2)}` +
    `T${_digits(date.getUTCHours(), 2)}:${_digits(date.getUTCMinutes(), 2)}:${_digits(date.getUTCSeconds(), 2)}`;
  return `${text}${micros === 0 ? '' : `.${_digits(micros, 6)}`}+00:00`;
}
