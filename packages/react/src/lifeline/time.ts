/**
 * A linear time scale over day ordinals and calendar ticks (years, quarters, months)
 * that adapt to the zoom level. Pure functions, no DOM.
 */
import type { Locale } from '../i18n/types';

const DAY_MS = 86_400_000;

/** Day ordinal (days since 1970-01-01 UTC) of a calendar day. */
export function dayOf(year: number, month = 1, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

/** Calendar parts of a day ordinal. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(Math.floor(day) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day ordinal as an exact fuzzy date `YYYY-MM-DD`. */
export function dayToFuzzyDate(day: number): string {
  const p = partsOf(day);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** A linear scale from days to pixels. */
export interface TimeScale {
  /** First and last visible day (the last one exclusive). */
  d0: number;
  d1: number;
  /** Pixel range the days map onto. */
  r0: number;
  r1: number;
}

/** Pixel position of a day. */
export function toPx(s: TimeScale, day: number): number {
  return s.r0 + ((day - s.d0) / (s.d1 - s.d0 || 1)) * (s.r1 - s.r0);
}

/** Day at a pixel position (fractional). */
export function toDay(s: TimeScale, px: number): number {
  return s.d0 + ((px - s.r0) / (s.r1 - s.r0 || 1)) * (s.d1 - s.d0);
}

/**
 * The whole time the lifeline shows when zoomed out: from 1 January of the first year to
 * 1 January after the last year (including today), at least four years.
 */
export function fullDomain(ranges: readonly { from: number; to: number }[], today: number): [number, number] {
  let lo = today;
  let hi = today + 1;
  for (const r of ranges) {
    if (r.from < lo) lo = r.from;
    if (r.to > hi) hi = r.to;
  }
  let y0 = partsOf(lo).year;
  let y1 = partsOf(hi - 1).year + 1;
  if (ranges.length === 0) y0 = Math.min(y0, y1 - 5);
  while (y1 - y0 < 4) {
    y0 -= 1;
    if (y1 - y0 < 4) y1 += 1;
  }
  return [dayOf(y0), dayOf(y1)];
}

/** A tick on the time axis. */
export interface Tick {
  day: number;
  /** Text under the tick; empty for minor ticks. */
  label: string;
  /** Year ticks are drawn stronger than month ticks. */
  major: boolean;
}

const MONTHS_SHORT: Record<Locale, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The granularity of the axis at a zoom level. */
export type TickUnit = 'decade' | 'years' | 'year' | 'quarter' | 'month';

/** Which ticks fit: months from about 45 px per month, then quarters, then years. */
export function tickUnit(pxPerYear: number): TickUnit {
  if (pxPerYear >= 540) return 'month';
  if (pxPerYear >= 200) return 'quarter';
  if (pxPerYear >= 44) return 'year';
  if (pxPerYear >= 9) return 'years';
  return 'decade';
}

/** Ticks for the visible part of a scale. */
export function timeTicks(s: TimeScale, locale: Locale): { unit: TickUnit; ticks: Tick[] } {
  const days = s.d1 - s.d0;
  const px = Math.abs(s.r1 - s.r0);
  const pxPerYear = days > 0 ? (px / days) * 365.25 : 0;
  const unit = tickUnit(pxPerYear);
  const ticks: Tick[] = [];
  const first = partsOf(s.d0);
  const last = partsOf(s.d1);
  if (unit === 'month' || unit === 'quarter') {
    const stepMonths = unit === 'month' ? 1 : 3;
    for (let y = first.year; y <= last.year; y++) {
      for (let m = 1; m <= 12; m += stepMonths) {
        const day = dayOf(y, m);
        if (day < s.d0 || day > s.d1) continue;
        ticks.push({ day, major: m === 1, label: m === 1 ? String(y) : (MONTHS_SHORT[locale][m - 1] ?? '') });
      }
    }
  } else {
    const labelStep = unit === 'year' ? 1 : unit === 'years' ? (pxPerYear >= 20 ? 2 : 5) : pxPerYear >= 4 ? 10 : 20;
    const minorStep = unit === 'decade' && pxPerYear < 3 ? 5 : 1;
    for (let y = first.year; y <= last.year; y++) {
      const day = dayOf(y);
      if (day < s.d0 || day > s.d1) continue;
      const labelled = y % labelStep === 0;
      if (!labelled && y % minorStep !== 0) continue;
      ticks.push({ day, major: labelled, label: labelled ? String(y) : '' });
    }
  }
  return { unit, ticks };
}
