import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _isoformatUtc, _parseRfc3339 } from '../../src/internal/timestamps';

/** The first and last whole seconds Python's datetime holds: 0001-01-01T00:00:00 and 9999-12-31T23:59:59 UTC. */
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

describe('_isoformatUtc', () => {
  it.each([
    { ts: 1714521660.0, text: '2024-05-01T00:01:00+00:00' },
    { ts: 1714521660.5, text: '2024-05-01T00:01:00.500000+00:00' },
    { ts: 0, text: '1970-01-01T00:00:00+00:00' },
  ])('should write $ts as $text, as CONTRACT 5.3 says DECNET does', ({ ts, text }) => {
    expect(_isoformatUtc(ts)).toBe(text);
  });

  // Each text below is what CPython 3 printed for datetime.fromtimestamp(ts, tz=timezone.utc).isoformat().
  it.each([
    { ts: 5e-7, text: '1970-01-01T00:00:00+00:00', why: '0.5 µs rounds to the even 0' },
    { ts: 1.5e-6, text: '1970-01-01T00:00:00.000002+00:00', why: '1.5 µs rounds to the even 2' },
    { ts: 2.5e-6, text: '1970-01-01T00:00:00.000002+00:00', why: '2.5 µs rounds to the even 2, not up to 3' },
    { ts: 3.5e-6, text: '1970-01-01T00:00:00.000004+00:00', why: '3.5 µs rounds to the even 4' },
    { ts: 4.5e-6, text: '1970-01-01T00:00:00.000004+00:00', why: '4.5 µs rounds to the even 4, not up to 5' },
    { ts: 0.9999996, text: '1970-01-01T00:00:01+00:00', why: 'a rounding to a whole second carries into it' },
    { ts: 0.9999994, text: '1970-01-01T00:00:00.999999+00:00', why: 'just below the carry' },
    { ts: 1714521660.1234565, text: '2024-05-01T00:01:00.123456+00:00', why: 'the double is below the half' },
  ])('should round microseconds half to even as Python does: $ts → $text ($why)', ({ ts, text }) => {
    expect(_isoformatUtc(ts)).toBe(text);
  });

  it.each([
    { ts: -0.5, text: '1969-12-31T23:59:59.500000+00:00' },
    { ts: -1e-7, text: '1970-01-01T00:00:00+00:00' },
    { ts: -1.5e-6, text: '1969-12-31T23:59:59.999998+00:00' },
    { ts: -0.1, text: '1969-12-31T23:59:59.900000+00:00' },
  ])('should write the negative $ts as $text, borrowing from the second before', ({ ts, text }) => {
    expect(_isoformatUtc(ts)).toBe(text);
  });

  it.each([
    { ts: MIN_SECONDS, text: '0001-01-01T00:00:00+00:00' },
    { ts: MIN_SECONDS + 0.5, text: '0001-01-01T00:00:00.500000+00:00' },
    { ts: MAX_SECONDS, text: '9999-12-31T23:59:59+00:00' },
    { ts: 253402300799.999, text: '9999-12-31T23:59:59.998993+00:00' },
    { ts: 951782400, text: '2000-02-29T00:00:00+00:00' },
  ])('should write $ts, at or inside the ends of Python’s range, as $text', ({ ts, text }) => {
    expect(_isoformatUtc(ts)).toBe(text);
  });

  it.each([MIN_SECONDS - 1, MAX_SECONDS + 1, 1e20, -1e20, Number.NaN, Infinity, -Infinity])(
    'should give null for %s, where Python raises',
    (ts) => {
      expect(_isoformatUtc(ts)).toBeNull();
    },
  );

  it('should write four-digit years below 1000 and microseconds only when not zero', () => {
    expect(_isoformatUtc(MIN_SECONDS + 86_400 * 365 * 99)).toMatch(/^0099-/u);
    expect(_isoformatUtc(1)).toBe('1970-01-01T00:00:01+00:00');
  });
});

describe('_parseRfc3339', () => {
  it.each([
    { text: '2026-04-24T00:00:00+00:00', seconds: 1776988800 },
    { text: '2026-04-24T00:00:00Z', seconds: 1776988800 },
    { text: '2026-04-24t00:00:00z', seconds: 1776988800 },
    { text: '2026-04-24 00:00:00+00:00', seconds: 1776988800 },
    { text: '2026-04-24T05:30:00+05:30', seconds: 1776988800 },
    { text: '2026-04-23T16:00:00-08:00', seconds: 1776988800 },
    { text: '2024-05-01T00:01:00.500000+00:00', seconds: 1714521660.5 },
    { text: '1969-12-31T23:59:59.25+00:00', seconds: -0.75 },
    { text: '2024-02-29T12:00:00Z', seconds: 1709208000 },
    { text: '2000-02-29T00:00:00+00:00', seconds: 951782400 },
    { text: '0001-01-01T00:00:00+00:00', seconds: MIN_SECONDS },
    { text: '0099-01-01T00:00:00+00:00', seconds: -59042995200 },
    { text: '9999-12-31T23:59:59+00:00', seconds: MAX_SECONDS },
  ])('should read $text as $seconds epoch seconds (values from Python’s fromisoformat)', ({ text, seconds }) => {
    expect(_parseRfc3339(text)).toBeCloseTo(seconds, 6);
  });

  it.each([
    { text: 'yesterday', why: 'not a timestamp' },
    { text: '', why: 'empty' },
    { text: '2026-02-29T00:00:00Z', why: '2026 is not a leap year' },
    { text: '1900-02-29T00:00:00Z', why: 'a century that is not a leap year' },
    { text: '2026-02-30T00:00:00Z', why: 'no such day' },
    { text: '2026-04-31T00:00:00Z', why: 'April has 30 days' },
    { text: '2026-13-01T00:00:00Z', why: 'no month 13' },
    { text: '2026-00-10T00:00:00Z', why: 'no month 0' },
    { text: '2026-04-00T00:00:00Z', why: 'no day 0' },
    { text: '0000-01-01T00:00:00Z', why: 'year 0 is before Python’s range' },
    { text: '2026-04-24T24:00:00Z', why: 'hour 24' },
    { text: '2026-04-24T23:60:00Z', why: 'minute 60' },
    { text: '2026-04-24T23:59:60Z', why: 'a leap second, which Python never writes' },
    { text: '2026-04-24T00:00:00', why: 'no offset' },
    { text: '2026-04-24T00:00:00+24:00', why: 'an offset of 24 hours' },
    { text: '2026-04-24T00:00:00+05:60', why: 'an offset of 60 minutes' },
    { text: '2026-04-24T00:00:00+0000', why: 'an offset without its colon' },
    { text: '2026-04-24T00:00:00.1234567890Z', why: 'ten fraction digits' },
    { text: '2026-4-24T00:00:00Z', why: 'a one-digit month' },
    { text: '2026-04-24T00:00:00Z\n', why: 'a trailing line feed' },
    { text: ' 2026-04-24T00:00:00Z', why: 'a leading space' },
    { text: '２０２６-04-24T00:00:00Z', why: 'full-width digits' },
    { text: `2026-04-24T00:00:00.${'1'.repeat(60)}Z`, why: 'longer than any timestamp' },
  ])('should give null for $text ($why)', ({ text }) => {
    expect(_parseRfc3339(text)).toBeNull();
  });

  describe('laws', () => {
    // Within Python's range, with microsecond precision; a double near 2.5e11 is only as fine as 3e-5 s, so the
    // tolerance is 1 µs plus one unit in the last place of ts.
    const seconds = fc.integer({ min: MIN_SECONDS, max: MAX_SECONDS - 1 });
    const micros = fc.integer({ min: 0, max: 999_999 });
    const tolerance = (ts: number): number => 1e-6 + Math.abs(ts) * Number.EPSILON;

    it('should read back what _isoformatUtc writes, to within 1 µs (plus the precision of ts)', () => {
      fc.assert(
        fc.property(seconds, micros, (whole, micro) => {
          const ts = whole + micro / 1e6;
          const parsed = _parseRfc3339(_isoformatUtc(ts) ?? 'unwritable');
          expect(parsed).not.toBeNull();
          expect(Math.abs((parsed as number) - ts)).toBeLessThanOrEqual(tolerance(ts));
        }),
      );
    });

    it("should agree with Date's toISOString for millisecond times from 1902 to 2100", () => {
      const millis = fc.integer({ min: -(2 ** 31) * 1000, max: 4_102_444_800_000 - 1 });
      fc.assert(
        fc.property(millis, (ms) => {
          const [date, fraction] = new Date(ms).toISOString().slice(0, -1).split('.') as [string, string];
          const expected = fraction === '000' ? `${date}+00:00` : `${date}.${fraction}000+00:00`;
          expect(_isoformatUtc(ms / 1000)).toBe(expected);
        }),
      );
    });
  });
});
