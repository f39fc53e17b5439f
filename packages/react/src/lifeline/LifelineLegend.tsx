/**
 * The Lifeline's legend: the categories used, the date symbols (vague, approximate, ongoing)
 * and which way the valence runs. Every print and export explains its symbols: without
 * `showLegend` it is on paper only (the export takes it from the page).
 * @internal
 */
import { useMemo, type ReactElement } from 'react';
import type { LifeEvent } from '@kring/core';
import { CategoryIcon } from './CategoryIcon';
import type { LifelineText } from './text';

/** The legend itself (`data-part="legend"`: the export reads it from here). @internal */
export function Legend({ t, categories, vertical }: { t: LifelineText; categories: LifeEvent['category'][]; vertical: boolean }): ReactElement {
  return (
    <div data-part="legend">
      {categories.length ? (
        <>
          <p data-part="legend-title">{t('lifeline.legend')}</p>
          <ul data-part="legend-list" data-kind="valence">
            {categories.map((c) => (
              <li key={c} data-category={c}>
                <CategoryIcon category={c} size={16} />
                {t.label('category', c)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul data-part="legend-list" data-kind="symbols">
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" data-part="legend-symbol">
            <path data-part="legend-whisker" d="M2 3v8M2 7h30M32 3v8" />
          </svg>
          {t('lifeline.legendVague')}
        </li>
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" data-part="legend-symbol">
            <path data-part="legend-approx" d="M0 7h6M28 7h6" />
            <path data-part="legend-whisker" d="M7 3v8M7 7h20M27 3v8" />
          </svg>
          {t('lifeline.legendApprox')}
        </li>
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" data-part="legend-symbol">
            <rect data-part="legend-band" x={1} y={3} width={24} height={8} />
            <path data-part="legend-band" d="M25 0l8 7-8 7z" />
          </svg>
          {t('lifeline.legendOngoing')}
        </li>
        <li data-part="legend-valence">{t(vertical ? 'lifeline.legendValenceVertical' : 'lifeline.legendValence')}</li>
      </ul>
    </div>
  );
}

/** The legend for the events shown: on screen with `showLegend`, else on paper only. @internal */
export function LifelineLegend({ t, events, vertical, showLegend }: { t: LifelineText; events: readonly LifeEvent[]; vertical: boolean; showLegend: boolean }): ReactElement {
  const categories = useMemo(() => [...new Set(events.map((e) => e.category))], [events]);
  // Every print and export explains its symbols: without `showLegend`, on paper only.
  return showLegend ? <Legend t={t} categories={categories} vertical={vertical} /> : (
    <div data-print-only="">
      <Legend t={t} categories={categories} vertical={vertical} />
    </div>
  );
}
