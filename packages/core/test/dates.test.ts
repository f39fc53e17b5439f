import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareFuzzyDates, formatFuzzyDate, fuzzyDateEnd, fuzzyDateStart, isFuzzyDate, isOnOrBefore,
  parseFuzzyDate, toFuzzyDateString, todayFuzzyDate,
} from '../src/dates';

describe('fuzzy dates', () => {
  it('parses year, month, day and "around"', () => {
    expect(parseFuzzyDate('2019')).toEqual({ year: 2019, approximate: false });
    expect(parseFuzzyDate('2019-05')).toEqual({ year: 2019, month: 5, approximate: false });
    expect(parseFuzzyDate('~2010')).toEqual({ year: 2010, approximate: true });
    expect(parseFuzzyDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, approximate: false });
  });
  it('refuses what is not a date', () => {
    for (const bad of ['', '19', '2019-13', '2019-00', '2019-02-30', '2023-02-29', '2019/05', '2019-5', ' 2019', '~', '~~2019', 'mei 2019', '2019-05-01T00:00']) {
      expect(parseFuzzyDate(bad), bad).toBeNull();
      expect(isFuzzyDate(bad)).toBe(false);
    }
    expect(isFuzzyDate(2019)).toBe(false);
  });
  it('formats in Dutch and English', () => {
    expect(formatFuzzyDate('~2010', 'nl')).toBe('ca. 2010');
    expect(formatFuzzyDate('2019-05', 'nl')).toBe('mei 2019');
    expect(formatFuzzyDate('2019-05-03', 'nl')).toBe('3 mei 2019');
    expect(formatFuzzyDate('~2010', 'en')).toBe('c. 2010');
    expect(formatFuzzyDate('2019-05', 'en')).toBe('May 2019');
    expect(formatFuzzyDate('nonsense', 'en')).toBe('nonsense');
  });
  it('spans the whole period it names', () => {
    expect(fuzzyDateEnd('2019') - fuzzyDateStart('2019')).toBe(364);
    expect(fuzzyDateEnd('2024-02') - fuzzyDateStart('2024-02')).toBe(28);
    expect(fuzzyDateStart('2019-05-03')).toBe(fuzzyDateEnd('2019-05-03'));
    expect(fuzzyDateStart('x')).toBeNaN();
    expect(fuzzyDateEnd('0050') - fuzzyDateStart('0050')).toBe(364);
    expect(fuzzyDateStart('0050')).toBeLessThan(fuzzyDateStart('1950'));
  });
  it('orders by start, less precise first', () => {
    const sorted = ['2020', '2019-05', '~2010', '2019', '2019-05-01', '2019-01'].sort(compareFuzzyDates);
    expect(sorted).toEqual(['~2010', '2019', '2019-01', '2019-05', '2019-05-01', '2020']);
    expect(isOnOrBefore('2019', '2019-05')).toBe(true);
    expect(isOnOrBefore('2019-06', '2019-05')).toBe(false);
  });
  it('today is an exact date', () => {
    expect(todayFuzzyDate(new Date(Date.UTC(2026, 10, 25, 12)))).toBe('2026-11-25');
  });
  it('round-trips every valid date string (property)', () => {
    const arb = fc.record({
      approx: fc.boolean(),
      date: fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
      precision: fc.constantFrom(0, 1, 2),
    }).map(({ approx, date, precision }) => (approx ? '~' : '') + date.toISOString().slice(0, [4, 7, 10][precision]));
    fc.assert(fc.property(arb, (s) => {
      const d = parseFuzzyDate(s);
      expect(d).not.toBeNull();
      expect(toFuzzyDateString(d!)).toBe(s);
      expect(fuzzyDateStart(s)).toBeLessThanOrEqual(fuzzyDateEnd(s));
    }), { numRuns: 1000 });
  });
  it('never throws on arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseFuzzyDate(s); formatFuzzyDate(s, 'nl'); compareFuzzyDates(s, '2019'); }), { numRuns: 1000 });
  });
});
