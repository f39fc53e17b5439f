/**
 * The Lifeline's words about itself: the accessible name of the whole and of the plot (with
 * the visible time range), the title on paper, and one sentence per event for screen readers.
 */
import { useCallback, useMemo } from 'react';
import { dayOrdinalParts, dayOrdinalToFuzzyDate, formatFuzzyDate, type LifeEvent, type Network } from '@kring/core';
import { isolate } from '../utils/bidi';
import { clampValence, type Glyph } from '../view/lifeline/layout';
import { eventDateText, eventPeopleNames, hasValidDates } from '../view/lifeline/items';
import { listText } from '../view/ties/describeTie';
import type { LifelineText } from './text';
import type { TimeScale } from '../view/lifeline/time';

/**
 * An event in one sentence: title, date, category, valence and the people in it (each name
 * bidi-isolated). @internal
 */
export function describeEvent(e: LifeEvent, network: Network, t: LifelineText): string {
  const parts = [
    isolate(e.title),
    hasValidDates(e) ? eventDateText(e, t.locale, { periodRange: t('lifeline.periodRange'), periodOngoing: t('lifeline.periodOngoing') }) : (e.date ?? e.start ?? ''),
    t.label('category', e.category),
    t.label('valence', clampValence(e.valence)),
  ];
  const names = eventPeopleNames(e, network);
  if (names.length) parts.push(t('lifeline.withPeople', { people: listText(names, t.locale) }));
  return parts.filter(Boolean).join(', ');
}

/** What {@link useLifelineLabels} returns. @internal */
export interface LifelineLabels {
  /** "Levenslijn van {client}" (the title on paper and in exports). */
  title: string;
  /** The accessible name of the whole (the host's `aria-label` wins). */
  rootLabel: string;
  /** The plot's accessible name: the name and the time range in view. */
  plotLabel: string;
  /** A glyph's event in one sentence. */
  describeGlyph: (g: Glyph) => string;
}

/** @internal */
export function useLifelineLabels(options: {
  shown: Network;
  t: LifelineText;
  ariaLabel: string | undefined;
  /** The visible time range, and whether it is zoomed in. */
  scale: TimeScale;
  zoomed: boolean;
  /** The whole time range. */
  domain: readonly [number, number];
}): LifelineLabels {
  const { shown, t, ariaLabel, scale, zoomed, domain } = options;
  const describeGlyph = useCallback((g: Glyph) => describeEvent(g.item.event, shown, t), [shown, t]);
  const focusName = shown.people.find((p) => p.id === shown.focus)?.name;
  const title = focusName ? t('lifeline.labelFor', { name: focusName }) : t('lifeline.label');
  const rootLabel = ariaLabel ?? title;
  const yearText = (day: number) => String(dayOrdinalParts(day).year);
  const visibleFrom = zoomed ? formatFuzzyDate(dayOrdinalToFuzzyDate(scale.d0).slice(0, 7), t.locale) : yearText(domain[0]);
  const visibleTo = zoomed ? formatFuzzyDate(dayOrdinalToFuzzyDate(scale.d1 - 1).slice(0, 7), t.locale) : yearText(domain[1] - 1);
  const plotLabel = `${rootLabel}. ${t('lifeline.plot', { from: visibleFrom, to: visibleTo })}`;
  return useMemo(() => ({ title, rootLabel, plotLabel, describeGlyph }), [title, rootLabel, plotLabel, describeGlyph]);
}
