import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOrdinal, dayOrdinalParts, dayOrdinalToFuzzyDate, fuzzyDateEnd, fuzzyDateStart } from '../src';

describe('day ordinals', () => {
  it('counts days since 1 January 1970 (UTC)', () => {
    expect(dayOrdinal(1970)).toBe(0);
    expect(dayOrdinal(1970, 1, 2)).toBe(1);
    expect(dayOrdinal(1969, 12, 31)).toBe(-1);
    expect(dayOrdinal(2019, 5)).toBe(dayOrdinal(2019, 5, 1));
  });

  it('counts leap years: 366 days in 2024 and 2000, 365 in 2023 and 1900', () => {
    expect(dayOrdinal(2025) - dayOrdinal(2024)).toBe(366);
    expect(dayOrdinal(2024) - dayOrdinal(2023)).toBe(365);
    expect(dayOrdinal(2001) - dayOrdinal(2000)).toBe(366);
    expect(dayOrdinal(1901) - dayOrdinal(1900)).toBe(365);
    expect(dayOrdinal(2024, 3) - dayOrdinal(2024, 2)).toBe(29);
    expect(dayOrdinal(2023, 3) - dayOrdinal(2023, 2)).toBe(28);
    expect(dayOrdinal(2024, 3, 1) - dayOrdinal(2024, 2, 28)).toBe(2);
  });

  it('rolls over out-of-range months and days as Date does', () => {
    expect(dayOrdinal(2019, 13)).toBe(dayOrdinal(2020, 1));
    expect(dayOrdinal(2019, 3, 0)).toBe(dayOrdinal(2019, 2, 28));
  });

  it('keeps years 0..99 as those years', () => {
    expect(dayOrdinal(50)).toBeLessThan(dayOrdinal(1950));
    expect(dayOrdinalParts(dayOrdinal(50, 6, 15))).toEqual({ year: 50, month: 6, day: 15 });
    expect(dayOrdinalToFuzzyDate(dayOrdinal(50, 6, 15))).toBe('0050-06-15');
  });

  it('gives the calendar day of an ordinal, a fractional one included', () => {
    expect(dayOrdinalParts(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(dayOrdinalParts(0.7)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(dayOrdinalParts(-0.5)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(dayOrdinalToFuzzyDate(dayOrdinal(2024, 2, 29))).toBe('2024-02-29');
  });

  it('is what fuzzy dates start and end on', () => {
    expect(fuzzyDateStart('2019')).toBe(dayOrdinal(2019));
    expect(fuzzyDateStart('2019-05')).toBe(dayOrdinal(2019, 5));
    expect(fuzzyDateEnd('2024-02')).toBe(dayOrdinal(2024, 2, 29));
    expect(fuzzyDateEnd('2019')).toBe(dayOrdinal(2019, 12, 31));
  });

  it('round-trips every day from year 0 to 9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOrdinal(0), max: dayOrdinal(9999, 12, 31) }), (n) => {
        const p = dayOrdinalParts(n);
        expect(dayOrdinal(p.year, p.month, p.day)).toBe(n);
        expect(fuzzyDateStart(dayOrdinalToFuzzyDate(n))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});
