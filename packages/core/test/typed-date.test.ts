import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFuzzyDate, monthFromName, monthName, readTypedDate, toFuzzyDateString } from '../src';

describe('reading typed dates', () => {
  it.each([
    ['2019', '2019'],
    ['2019-05', '2019-05'],
    ['2019-5', '2019-05'],
    ['2019-5-3', '2019-05-03'],
    ['~2010', '~2010'],
    ['ca. 2010', '~2010'],
    ['ca 2010', '~2010'],
    ['circa 2010', '~2010'],
    ['rond 2010', '~2010'],
    ['ongeveer 2010', '~2010'],
    ['c. 2010', '~2010'],
    ['about 2010', '~2010'],
    ['around May 2019', '~2019-05'],
    ['mei 2019', '2019-05'],
    ['Mei 2019', '2019-05'],
    ['maart 2019', '2019-03'],
    ['mrt. 2019', '2019-03'],
    ['March 2019', '2019-03'],
    ['sept 2022', '2022-09'],
    ['3 mei 2019', '2019-05-03'],
    ['May 3, 2019', '2019-05-03'],
    ['3-5-2019', '2019-05-03'],
    ['03/05/2019', '2019-05-03'],
    ['3.5.2019', '2019-05-03'],
    ['3-2019', '2019-03'],
    ['5-2019', '2019-05'],
    ['29-2-2024', '2024-02-29'],
    ['  2019  ', '2019'],
    ['3   mei    2019', '2019-05-03'],
  ])('%s → %s', (input, expected) => {
    expect(readTypedDate(input)).toBe(expected);
  });

  it.each(['', '   ', 'ergens', '31-2-2019', '29-2-2023', '2019-13', '13-2019', 'mei', '19', '999', 'smarch 2019', 'constructor 2019', '2019 mei'])(
    '%s is not a date',
    (input) => {
      expect(readTypedDate(input)).toBeNull();
    },
  );

  it('reads back what formatFuzzyDate writes, in Dutch and English (property)', () => {
    const arb = fc.record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      day: fc.integer({ min: 1, max: 28 }),
      withDay: fc.boolean(),
      approximate: fc.boolean(),
      locale: fc.constantFrom('nl' as const, 'en' as const),
    });
    fc.assert(
      fc.property(arb, ({ year, month, day, withDay, approximate, locale }) => {
        const date = toFuzzyDateString({ year, month, day: month !== undefined && withDay ? day : undefined, approximate });
        expect(readTypedDate(formatFuzzyDate(date, locale))).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const read = readTypedDate(s);
      expect(read === null || typeof read === 'string').toBe(true);
    }), { numRuns: 1000 });
  });
});

describe('month names', () => {
  it('has one table for dates in words and axis ticks', () => {
    expect(monthName(3, 'nl')).toBe('maart');
    expect(monthName(3, 'nl', 'short')).toBe('mrt');
    expect(monthName(3, 'en')).toBe('March');
    expect(monthName(3, 'en', 'short')).toBe('Mar');
    expect(monthName(10, 'nl', 'short')).toBe('okt');
    expect(monthName(0, 'nl')).toBe('');
    expect(monthName(13, 'en', 'short')).toBe('');
    expect(formatFuzzyDate('2019-03-01', 'nl')).toBe(`1 ${monthName(3, 'nl')} 2019`);
  });

  it('reads every name in the table back as its month, any case', () => {
    for (let m = 1; m <= 12; m++) {
      for (const locale of ['nl', 'en'] as const) {
        for (const width of ['long', 'short'] as const) {
          const name = monthName(m, locale, width);
          expect(monthFromName(name), name).toBe(m);
          expect(monthFromName(name.toUpperCase()), name).toBe(m);
        }
      }
    }
    expect(monthFromName('sept')).toBe(9);
    expect(monthFromName('smarch')).toBeUndefined();
    expect(monthFromName('constructor')).toBeUndefined();
  });
});
