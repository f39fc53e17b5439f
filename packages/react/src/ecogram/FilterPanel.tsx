/**
 * The Ecogram's filter panel (the "Filter" disclosure's content, ViewControls.tsx): loaded the
 * first time it opens (parts.ts; issue 16) and rendered only while open.
 * @internal
 */
import { useMemo, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import { CLOSENESSES, FORMALITIES, type Closeness, type Formality, type Network, type Sector } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { EcogramFilter, FilterResult } from '../view/map/filters';
import type { FilterDisclosure } from './ViewControls';
import type { EcogramText } from './messages';

/** Props of {@link FilterPanel}. */
export interface FilterPanelProps {
  t: EcogramText;
  disclosure: FilterDisclosure;
  filter: EcogramFilter;
  onChange: (next: EcogramFilter) => void;
  result: FilterResult;
  /** What the filter shows, in words (`filterResultText`, also announced). */
  resultText: string;
  /** The whole network shown (before filtering): for the counts per sector and circle. */
  network: Network;
  layout: EcogramLayout;
  clientName: string;
  /**
   * The change overlay's choice ("Veranderd sinds …"), shown in the panel: like the filters it
   * chooses what the map shows, and in the toolbar it took a row of its own, which the map paid for.
   */
  changes?: ReactNode;
}

/**
 * The filter panel under the toolbar: sectors and circles (with how many people each holds),
 * formal/informal, and two tie filters. Checked means shown. Escape closes it and returns
 * focus to the "Filter" button.
 */
export function FilterPanel(props: FilterPanelProps): ReactElement | null {
  const { t, disclosure, filter, onChange, result, network, layout, clientName } = props;
  const counts = useMemo(() => {
    const sector = new Map<string, number>();
    const ring = new Map<string, number>();
    for (const p of network.people) {
      if (p.id === network.focus) continue;
      const placed = layout.nodes[p.id];
      const s = placed?.sector ?? p.sector ?? 'other';
      const c = placed?.closeness ?? p.closeness ?? 'outer';
      sector.set(s, (sector.get(s) ?? 0) + 1);
      ring.set(c, (ring.get(c) ?? 0) + 1);
    }
    return { sector, ring };
  }, [network, layout]);
  if (!disclosure.open) return null;
  const sectors: readonly Sector[] = layout.sectors.map((s) => s.sector);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    disclosure.setOpen(false);
    disclosure.buttonRef.current?.focus();
  };
  const check = (key: string, label: string, checked: boolean, toggle: () => void): ReactElement => (
    <label key={key} data-part="filter-option">
      <input type="checkbox" checked={checked} onChange={toggle} />
      <span>{label}</span>
    </label>
  );
  return (
    <div id={disclosure.panelId} data-part="filter-panel" data-screen-only="" role="group" aria-label={t('ecogram.filter.title')} onKeyDown={onKeyDown}>
      <fieldset data-part="filter-group">
        <legend>{t('ecogram.filter.sectors')}</legend>
        {sectors.map((s) =>
          check(s, `${t.label('sector', s)} (${counts.sector.get(s) ?? 0})`, !filter.sectors || filter.sectors.includes(s), () =>
            onChange(withList(filter, 'sectors', toggleIn(filter.sectors, s, sectors))),
          ),
        )}
      </fieldset>
      <fieldset data-part="filter-group">
        <legend>{t('ecogram.filter.circles')}</legend>
        {CLOSENESSES.map((c: Closeness) =>
          check(c, `${t.label('closeness', c)} (${counts.ring.get(c) ?? 0})`, !filter.closeness || filter.closeness.includes(c), () =>
            onChange(withList(filter, 'closeness', toggleIn(filter.closeness, c, CLOSENESSES))),
          ),
        )}
      </fieldset>
      <fieldset data-part="filter-group">
        <legend>{t('ecogram.filter.formality')}</legend>
        {FORMALITIES.map((v: Formality) =>
          check(v, t(v === 'formal' ? 'ecogram.filter.formal' : 'ecogram.filter.informal'), !filter.formality || filter.formality.includes(v), () =>
            onChange(withList(filter, 'formality', toggleIn(filter.formality, v, FORMALITIES))),
          ),
        )}
      </fieldset>
      <fieldset data-part="filter-group">
        <legend>{t('ecogram.filter.ties')}</legend>
        {check('client', t('ecogram.filter.clientTiesOnly', { name: clientName }), Boolean(filter.clientTiesOnly), () =>
          onChange(withFlag(filter, 'clientTiesOnly', !filter.clientTiesOnly)),
        )}
        {check('inactive', t('ecogram.filter.hideInactive'), Boolean(filter.hideInactive), () =>
          onChange(withFlag(filter, 'hideInactive', !filter.hideInactive)),
        )}
      </fieldset>
      {props.changes ? <div data-part="filter-group" data-group="changes">{props.changes}</div> : null}
      <div data-part="filter-footer">
        <p data-part="filter-result">{props.resultText}</p>
        <button type="button" data-part="button" data-action="filter-clear" disabled={!result.active && !hasAny(filter)} onClick={() => onChange({})}>
          {t('ecogram.filter.clear')}
        </button>
      </div>
    </div>
  );
}

function hasAny(filter: EcogramFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== false);
}

function withList<K extends 'sectors' | 'closeness' | 'formality'>(filter: EcogramFilter, key: K, list: EcogramFilter[K]): EcogramFilter {
  const next: EcogramFilter = { ...filter };
  if (list === undefined) delete next[key];
  else next[key] = list;
  return next;
}

function withFlag(filter: EcogramFilter, key: 'clientTiesOnly' | 'hideInactive', on: boolean): EcogramFilter {
  const next: EcogramFilter = { ...filter };
  if (on) next[key] = true;
  else delete next[key];
  return next;
}

/**
 * Toggle one value of a list filter whose absent list means "all of `every`": unchecking
 * "Familie" while all sectors show gives every sector but family. A list that ends up
 * holding every value is dropped again (back to "all").
 */
export function toggleIn<T>(list: readonly T[] | undefined, value: T, every: readonly T[]): readonly T[] | undefined {
  const current = list ?? every;
  const next = current.includes(value) ? current.filter((v) => v !== value) : every.filter((v) => v === value || current.includes(v));
  return every.every((v) => next.includes(v)) ? undefined : next;
}
