/**
 * From life events to drawable items: day ranges (with the uncertainty of vague
 * dates kept), time order and words. Pure functions, no DOM.
 */
import {
  compareFuzzyDates,
  formatFuzzyDate,
  fuzzyDateEnd,
  fuzzyDateStart,
  parseFuzzyDate,
  type LifeEvent,
  type Network,
} from '@kring/core';
import type { Locale } from '../../i18n/types';
import { collator } from '../../utils/intl';
import { format } from '../../i18n/types';

/** How precise a date is. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A time range in day ordinals (days since 1970-01-01 UTC); `to` is exclusive. */
export interface DayRange {
  from: number;
  to: number;
}

/** One event prepared for drawing. */
export interface LifelineItem {
  event: LifeEvent;
  id: string;
  kind: 'point' | 'period';
  /** All days the event may cover, `to` exclusive. */
  from: number;
  to: number;
  /** The days the (start) date may mean: a whole year for `2019`, a month for `2019-05`. */
  startRange: DayRange;
  /** For periods: the days the end may mean (for an ongoing period: today). */
  endRange: DayRange;
  startPrecision: DatePrecision;
  endPrecision: DatePrecision;
  /** `~` on the (start) date. */
  approxStart: boolean;
  /** `~` on the end date. */
  approxEnd: boolean;
  /** A period without end: still going. */
  ongoing: boolean;
  /** Index in time order. */
  order: number;
}

function precisionOf(s: string): DatePrecision {
  const d = parseFuzzyDate(s);
  return d?.day !== undefined ? 'day' : d?.month !== undefined ? 'month' : 'year';
}

function rangeOf(s: string): DayRange {
  return { from: fuzzyDateStart(s), to: fuzzyDateEnd(s) + 1 };
}

/** The (start) date string of an event. */
export function eventStart(e: LifeEvent): string {
  return e.date !== undefined ? e.date : e.start;
}

/** Does the event have dates the lifeline can draw. */
export function hasValidDates(e: LifeEvent): boolean {
  if (e.date !== undefined) return parseFuzzyDate(e.date) !== null;
  if (typeof e.start !== 'string' || parseFuzzyDate(e.start) === null) return false;
  return e.end === undefined || parseFuzzyDate(e.end) !== null;
}

/** Events in time order: by (start) date, then shorter first, then title, then id. Invalid dates last. */
export function sortEvents(events: readonly LifeEvent[]): LifeEvent[] {
  return [...events].sort((a, b) => {
    const va = hasValidDates(a);
    const vb = hasValidDates(b);
    if (va !== vb) return va ? -1 : 1;
    const byStart = compareFuzzyDates(eventStart(a), eventStart(b));
    if (byStart) return byStart;
    const endA = a.date !== undefined ? 0 : a.end === undefined ? Infinity : fuzzyDateEnd(a.end);
    const endB = b.date !== undefined ? 0 : b.end === undefined ? Infinity : fuzzyDateEnd(b.end);
    if (endA !== endB) return endA < endB ? -1 : 1;
    return collator().compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Drawable items of the events with valid dates, in time order. `today` is a day ordinal. */
export function toItems(events: readonly LifeEvent[], today: number): LifelineItem[] {
  const items: LifelineItem[] = [];
  for (const event of sortEvents(events)) {
    if (!hasValidDates(event)) continue;
    const order = items.length;
    if (event.date !== undefined) {
      const r = rangeOf(event.date);
      const p = precisionOf(event.date);
      items.push({
        event, id: event.id, kind: 'point', from: r.from, to: r.to, startRange: r, endRange: r,
        startPrecision: p, endPrecision: p, approxStart: event.date.startsWith('~'), approxEnd: event.date.startsWith('~'),
        ongoing: false, order,
      });
    } else {
      const s = rangeOf(event.start);
      const ongoing = event.end === undefined;
      const e = ongoing ? { from: Math.max(today, s.from), to: Math.max(today + 1, s.to) } : rangeOf(event.end as string);
      items.push({
        event, id: event.id, kind: 'period', from: s.from, to: Math.max(e.to, s.to), startRange: s, endRange: e,
        startPrecision: precisionOf(event.start), endPrecision: ongoing ? 'day' : precisionOf(event.end as string),
        approxStart: event.start.startsWith('~'), approxEnd: !ongoing && (event.end as string).startsWith('~'),
        ongoing, order,
      });
    }
  }
  return items;
}

/** Words for an event's time: "mei 2019", "juni 2019 tot ca. 2021", "sinds juni 2019, nog bezig". */
export function eventDateText(
  e: LifeEvent,
  locale: Locale,
  m: { periodRange: string; periodOngoing: string },
): string {
  if (e.date !== undefined) return formatFuzzyDate(e.date, locale);
  const start = formatFuzzyDate(e.start, locale);
  if (e.end === undefined) return format(m.periodOngoing, { start });
  return format(m.periodRange, { start, end: formatFuzzyDate(e.end, locale) });
}

/** Short date text for labels on the chart: "2019–ca. 2021", "sinds 2019". */
export function shortDateText(e: LifeEvent, locale: Locale): string {
  if (e.date !== undefined) return formatFuzzyDate(e.date, locale);
  const start = formatFuzzyDate(e.start, locale);
  if (e.end === undefined) return `${start} →`;
  return `${start} – ${formatFuzzyDate(e.end, locale)}`;
}

/** Names of the people of an event, in the order given; unknown ids are skipped. */
export function eventPeopleNames(e: LifeEvent, network: Network): string[] {
  const names: string[] = [];
  for (const id of e.people ?? []) {
    const p = network.people.find((x) => x.id === id);
    if (p) names.push(p.name);
  }
  return names;
}

/**
 * The days an item reaches when drawn: its range plus the dotted "around" ends of `~`
 * dates (about a third of the vague span on each side), so the whole view shows them.
 */
export function itemReach(i: LifelineItem): DayRange {
  const startSpan = i.startRange.to - i.startRange.from;
  const endSpan = i.endRange.to - i.endRange.from;
  const before = i.approxStart ? Math.max(20, startSpan * 0.4) : 0;
  const after = i.kind === 'point' ? before : i.approxEnd ? Math.max(20, endSpan * 0.4) : 0;
  return { from: i.from - before, to: i.to + after };
}
