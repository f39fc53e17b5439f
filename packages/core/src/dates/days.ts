/**
 * Day arithmetic on day ordinals: whole days since 1970-01-01 UTC, the unit the time functions
 * ({@link fuzzyDateStart}, `networkAt`) and the Lifeline's time axis count in. UTC throughout,
 * so a day never has 23 or 25 hours, and years 0..99 are those years (not 1900..1999).
 */

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/** A UTC date that also works for years 0..99 (which `Date.UTC` maps to 1900..1999). */
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

/**
 * Number of days in a month of a year (1..12): 28 or 29 for February, by the Gregorian leap-year
 * rule (2024 and 2000 are leap years, 1900 is not).
 */
export function daysInMonth(year: number, month: number): number {
  return utc(year, month, 0).getUTCDate();
}

/**
 * The day ordinal (days since 1970-01-01 UTC) of a calendar day. `month` (1..12) and `day`
 * default to 1, so `dayOrdinal(2019)` is 1 January 2019 and `dayOrdinal(2019, 5)` is 1 May 2019.
 * Out-of-range parts roll over as `Date` does: month 13 is January of the next year, day 0 the
 * last day of the month before. The difference of two ordinals is the number of days between
 * them: `dayOrdinal(2025) - dayOrdinal(2024)` is 366.
 */
export function dayOrdinal(year: number, month = 1, day = 1): number {
  return Math.floor(utc(year, month - 1, day).getTime() / DAY_MS);
}

/**
 * The calendar day of a day ordinal (see {@link dayOrdinal}), `month` 1..12. A fractional
 * ordinal (a point on a time axis) counts as the day it falls in.
 */
export function dayOrdinalParts(ordinal: number): { year: number; month: number; day: number } {
  const d = new Date(Math.floor(ordinal) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day ordinal as an exact fuzzy date `YYYY-MM-DD`: `dayOrdinalToFuzzyDate(0)` is `1970-01-01`. */
export function dayOrdinalToFuzzyDate(ordinal: number): string {
  const p = dayOrdinalParts(ordinal);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
