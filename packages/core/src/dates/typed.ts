/**
 * Reading a date as people type it into a date field, in Dutch or English, into a fuzzy date.
 * The opposite direction of {@link formatFuzzyDate}: what that writes ("ca. 2010", "mei 2019",
 * "3 May 2019") reads back to the same date.
 */
import { parseFuzzyDate, toFuzzyDateString } from './fuzzy';
import { monthFromName } from './months';

/** Words before a date that make it approximate ("around"): `~`, ca., circa, c., rond, ongeveer, around, about, approx. */
const APPROX = /^(~|ca\.?|circa|c\.|rond|ongeveer|around|about|approx\.?)\s*/i;

/**
 * Read a typed date into a canonical fuzzy date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~`
 * for approximate), or `null` when it cannot be read or names no real day. Surrounding and
 * repeated spaces do not matter. Understood:
 *
 * - a fuzzy date as stored: "2019", "2019-05", "2019-05-03", "~2010";
 * - year first with one-digit parts: "2019-5" → `2019-05`, "2019-5-3" → `2019-05-03`;
 * - day first, Dutch order, with `-`, `/` or `.`: "3-5-2019" and "03/05/2019" → `2019-05-03`;
 * - month and year: "3-2019" → `2019-03`;
 * - month names in Dutch or English, written out or abbreviated, any case, an optional dot:
 *   "maart 2019" → `2019-03`, "3 mei 2019" → `2019-05-03`, "May 3, 2019" → `2019-05-03`;
 * - "around" in front: "ca. 2010", "c. 2010", "circa", "rond", "ongeveer", "around", "about",
 *   "approx." → `~2010`; "around May 2019" → `~2019-05`.
 *
 * Refused (`null`): years before 1000 ("19"), impossible days ("31-2-2019"), a month alone
 * ("mei"), unknown words ("ergens", "smarch 2019").
 */
export function readTypedDate(text: string): string | null {
  let s = text.trim().replace(/\s+/g, ' ');
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
    const mm = monthFromName(parts[2] as string);
    if (!mm) return null;
    day = parts[1] ? Number(parts[1]) : undefined;
    month = mm;
    year = Number(parts[3]);
  } else if ((parts = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s))) {
    const mm = monthFromName(parts[1] as string);
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
