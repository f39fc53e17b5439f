/**
 * The toolbar's choice of the change overlay ("Veranderd sinds …"): off, or one of the
 * network's own history dates (`networkDates`, the time slider's stops) before today, newest
 * first; and the line under the toolbar that says the overlay is on (screen only).
 * @internal
 */
import { useId, useMemo, type ReactElement } from 'react';
import { compareFuzzyDates, formatFuzzyDate, networkDates, type Network } from '@kring/core';
import type { MapChanges } from '../view/map/mapChanges';
import type { EcogramText } from './messages';
import { changesModule } from './useChangesOverlay';
import { timeTravel } from './useEcogramState';

/** Props of {@link ChangesControl}. @internal */
export interface ChangesControlProps {
  t: EcogramText;
  network: Network;
  today: string;
  value: string | null;
  onChange: (since: string | null) => void;
}

/** A labelled select: "Veranderd sinds [niet tonen | 2024-05 | …]". Absent when the network has no dates. @internal */
export function ChangesControl({ t, network, today, value, onChange }: ChangesControlProps): ReactElement | null {
  const id = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-changes`;
  const dates = useMemo(
    () => networkDates(network).filter((d) => compareFuzzyDates(d, today) < 0).reverse(),
    [network, today],
  );
  if (dates.length === 0 && value === null) return null;
  const options = value !== null && !dates.includes(value) ? [value, ...dates] : dates;
  return (
    <span data-part="changes-control" data-active={value !== null ? '' : undefined}>
      <label htmlFor={id}>{t('ecogram.changes.since')}</label>
      <select id={id} data-part="select" data-action="changes-since" value={value ?? ''} onFocus={preloadChanges} onPointerDown={preloadChanges} onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}>
        <option value="">{t('ecogram.changes.off')}</option>
        {options.map((d) => (
          <option key={d} value={d}>
            {formatFuzzyDate(d, t.locale)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The overlay's code and the time travel it reads the date with, fetched when the choice is about to be made (focus, a press). */
function preloadChanges(): void {
  void changesModule.preload();
  void timeTravel.preload();
}

/** "Op de kaart: wat er veranderd is sinds 1 mei 2024 (…)", while the overlay is on the map (the list view says it in its own section). @internal */
export function ChangesStatus({ t, since, changes, map }: { t: EcogramText; since: string | null; changes: MapChanges | null; map: boolean }): ReactElement | null {
  if (since === null || !changes || !map) return null;
  const date = formatFuzzyDate(since, t.locale);
  const any = changes.people.size + changes.ties.size > 0;
  return (
    <p data-part="status" data-status="changes" data-screen-only="">
      {any ? t('ecogram.changes.status', { date }) : t('ecogram.changes.none', { date })}
    </p>
  );
}
