/**
 * A linear time scale over day ordinals and calendar ticks (years, quarters, months)
 * that adapt to the zoom level. Pure functions, no DOM.
 */
import { dayOrdinal, dayOrdinalParts, monthName } from '@kring/core';
import type { Locale } from '../../i18n/types';

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
  let y0 = dayOrdinalParts(lo).year;
  let y1 = dayOrdinalParts(hi - 1).year + 1;
  if (ranges.length === 0) y0 = Math.min(y0, y1 - 5);
  while (y1 - y0 < 4) {
    y0 -= 1;
    if (y1 - y0 < 4) y1 += 1;
  }
  return [dayOrdinal(y0), dayOrdinal(y1)];
}

/** A tick on the time axis. */
export interface Tick {
  day: number;
  /** Text under the tick; empty for minor ticks. */
  label: string;
  /** Year ticks are drawn stronger than month ticks. */
  major: boolean;
}

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
  const first = dayOrdinalParts(s.d0);
  const last = dayOrdinalParts(s.d1);
  if (unit === 'month' || unit === 'quarter') {
    const stepMonths = unit === 'month' ? 1 : 3;
    for (let y = first.year; y <= last.year; y++) {
      for (let m = 1; m <= 12; m += stepMonths) {
        const day = dayOrdinal(y, m);
        if (day < s.d0 || day > s.d1) continue;
        ticks.push({ day, major: m === 1, label: m === 1 ? String(y) : monthName(m, locale, 'short') });
      }
    }
  } else {
    const labelStep = unit === 'year' ? 1 : unit === 'years' ? (pxPerYear >= 20 ? 2 : 5) : pxPerYear >= 4 ? 10 : 20;
    const minorStep = unit === 'decade' && pxPerYear < 3 ? 5 : 1;
    for (let y = first.year; y <= last.year; y++) {
      const day = dayOrdinal(y);
      if (day < s.d0 || day > s.d1) continue;
      const labelled = y % labelStep === 0;
      if (!labelled && y % minorStep !== 0) continue;
      ticks.push({ day, major: labelled, label: labelled ? String(y) : '' });
    }
  }
  return { unit, ticks };
}
