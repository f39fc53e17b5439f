/**
 * Fuzzy dates: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally prefixed with `~`
 * ("around"). Life stories are vague ("ergens in 2019", "rond 2010"); the model keeps
 * that vagueness instead of inventing a day.
 */
import { dayOrdinal, daysInMonth } from './days';
import { monthName } from './months';

/** A parsed fuzzy date. */
export interface FuzzyDate {
  year: number;
  /** 1..12 */
  month?: number;
  /** 1..31 */
  day?: number;
  /** `true` for `~2010`: "around". */
  approximate: boolean;
}

const PATTERN = /^(~)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse a fuzzy date string; `null` when it is not one (including impossible days like `2019-02-30`). */
export function parseFuzzyDate(s: string): FuzzyDate | null {
  if (typeof s !== 'string' || s.length > 11) return null;
  const m = PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[2]);
  const d: FuzzyDate = { year, approximate: m[1] === '~' };
  if (m[3] !== undefined) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    d.month = month;
    if (m[4] !== undefined) {
      const day = Number(m[4]);
      if (day < 1 || day > daysInMonth(year, month)) return null;
      d.day = day;
    }
  }
  return d;
}

/** Type guard: is this a valid fuzzy date string. */
export function isFuzzyDate(s: unknown): s is string {
  return typeof s === 'string' && parseFuzzyDate(s) !== null;
}

/** Write a fuzzy date back as its canonical string. */
export function toFuzzyDateString(d: FuzzyDate): string {
  let s = (d.approximate ? '~' : '') + String(d.year).padStart(4, '0');
  if (d.month !== undefined) {
    s += '-' + String(d.month).padStart(2, '0');
    if (d.day !== undefined) s += '-' + String(d.day).padStart(2, '0');
  }
  return s;
}

function asDate(s: string | FuzzyDate): FuzzyDate | null {
  return typeof s === 'string' ? parseFuzzyDate(s) : s;
}

/**
 * First day meant by a fuzzy date, as a day ordinal (days since 1970-01-01 UTC).
 * `2019` → 1 Jan 2019, `2019-05` → 1 May 2019. Approximation does not widen the range
 * (it is shown, not computed with). `NaN` for an invalid date.
 */
export function fuzzyDateStart(s: string | FuzzyDate): number {
  const d = asDate(s);
  if (!d) return NaN;
  return dayOrdinal(d.year, d.month ?? 1, d.day ?? 1);
}

/** Last day meant by a fuzzy date as a day ordinal: `2019` → 31 Dec 2019. `NaN` for an invalid date. */
export function fuzzyDateEnd(s: string | FuzzyDate): number {
  const d = asDate(s);
  if (!d) return NaN;
  if (d.month === undefined) return dayOrdinal(d.year, 12, 31);
  if (d.day === undefined) return dayOrdinal(d.year, d.month, daysInMonth(d.year, d.month));
  return dayOrdinal(d.year, d.month, d.day);
}

function precision(d: FuzzyDate): number {
  return d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0;
}

/**
 * Order fuzzy dates: by first day, then the less precise first (`2019` before
 * `2019-01` before `2019-01-01`), then exact before approximate. Invalid dates sort last.
 * Returns a negative number, zero or a positive number like `Array.prototype.sort` expects.
 */
export function compareFuzzyDates(a: string, b: string): number {
  const da = parseFuzzyDate(a);
  const db = parseFuzzyDate(b);
  if (!da || !db) return (da ? 0 : 1) - (db ? 0 : 1);
  return (
    fuzzyDateStart(da) - fuzzyDateStart(db) ||
    precision(da) - precision(db) ||
    Number(da.approximate) - Number(db.approximate)
  );
}

/**
 * Is `a` certainly or possibly on or before `b`? A fuzzy date counts as having
 * happened by `b` when its first day is on or before the last day of `b`.
 */
export function isOnOrBefore(a: string, b: string): boolean {
  return fuzzyDateStart(a) <= fuzzyDateEnd(b);
}

/**
 * Format for people: `nl` → "ca. 2010", "mei 2019", "3 mei 2019";
 * `en` → "c. 2010", "May 2019", "3 May 2019". An invalid date is returned as given.
 */
export function formatFuzzyDate(s: string | FuzzyDate, locale: 'nl' | 'en' = 'nl'): string {
  const d = asDate(s);
  if (!d) return typeof s === 'string' ? s : '';
  const parts: string[] = [];
  if (d.day !== undefined) parts.push(String(d.day));
  if (d.month !== undefined) parts.push(monthName(d.month, locale));
  parts.push(String(d.year));
  const text = parts.join(' ');
  return d.approximate ? (locale === 'nl' ? 'ca. ' : 'c. ') + text : text;
}

/** Today as an exact fuzzy date `YYYY-MM-DD` (UTC). */
export function todayFuzzyDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
