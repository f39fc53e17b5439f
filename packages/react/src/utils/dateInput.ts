/**
 * Reading a date as people type it (the Lifeline's event editor and the person/tie date fields): "2019", "mei 2019", "3 mei 2019", "3-5-2019",
 * "2019-05", "ca. 2010", "rond 2010", "~2010", "c. 2010", "around May 2019".
 * Returns a canonical fuzzy date string or `null`.
 */
import { toFuzzyDateString, parseFuzzyDate } from '@kring/core';

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'february'],
  ['maart', 'mrt', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augustus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const APPROX = /^(~|ca\.?|circa|c\.|rond|ongeveer|around|about|approx\.?)\s*/i;

/** Parse a typed date; `null` when it cannot be read. */
export function parseDateInput(raw: string): string | null {
  let s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  if (parseFuzzyDate(s)) return s;
  let approximate = false;
  const m = APPROX.exec(s);
  if (m) {
    approximate = true;
    s = s.slice(m[0].length).trim();
  }
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let parts: RegExpExecArray | null;
  if ((parts = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s))) {
    year = Number(parts[1]);
    month = parts[2] ? Number(parts[2]) : undefined;
    day = parts[3] ? Number(parts[3]) : undefined;
  } else if ((parts = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) {
    day = Number(parts[1]);
    month = Number(parts[2]);
    year = Number(parts[3]);
  } else if ((parts = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) {
    month = Number(parts[1]);
    year = Number(parts[2]);
  } else if ((parts = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/i.exec(s))) {
    const mm = MONTHS[(parts[2] as string).toLowerCase()];
    if (!mm) return null;
    day = parts[1] ? Number(parts[1]) : undefined;
    month = mm;
    year = Number(parts[3]);
  } else if ((parts = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s))) {
    const mm = MONTHS[(parts[1] as string).toLowerCase()];
    if (!mm) return null;
    month = mm;
    day = Number(parts[2]);
    year = Number(parts[3]);
  } else {
    return null;
  }
  if (year === undefined || year < 1000) return null;
  const out = toFuzzyDateString({ year, month, day: month === undefined ? undefined : day, approximate });
  return parseFuzzyDate(out) ? out : null;
}
