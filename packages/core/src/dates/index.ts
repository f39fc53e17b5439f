/**
 * Dates: fuzzy dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally `~`) read, compared and
 * written for people; dates as people type them read back; day ordinals for arithmetic; one
 * table of month names for all of it.
 */
export {
  parseFuzzyDate, isFuzzyDate, toFuzzyDateString, fuzzyDateStart, fuzzyDateEnd, compareFuzzyDates, isOnOrBefore,
  formatFuzzyDate, todayFuzzyDate, type FuzzyDate,
} from './fuzzy';
export { readTypedDate } from './typed';
export { dayOrdinal, dayOrdinalParts, dayOrdinalToFuzzyDate } from './days';
export { monthName, monthFromName } from './months';
