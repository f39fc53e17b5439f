/**
 * The Ecogram's view controls: the "Filter" disclosure and its panel, the "Focus op …"
 * button and the phone hint under the map. Rendering only; state lives in useEcogramView.
 * @internal
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactElement, type ReactNode, type RefObject } from 'react';
import { CLOSENESSES, FORMALITIES, type Closeness, type Formality, type Network, type Sector } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { toggleIn, type EcogramFilter, type FilterResult, type Spotlight } from '../view/map/filters';
import { filterResultText, type ScreenHint } from './useEcogramView';
import type { EcogramText } from './messages';

/** State of the filter disclosure: open or not, and the ids that tie button and panel together. */
export interface FilterDisclosure {
  open: boolean;
  setOpen: (open: boolean) => void;
  panelId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** The disclosure's state (one per Ecogram). */
export function useFilterDisclosure(): FilterDisclosure {
  const [open, setOpen] = useState(false);
  const panelId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-filter`;
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  return { open, setOpen, panelId, buttonRef };
}

/**
 * The toolbar button that opens and closes the filter panel; says how many people show when
 * filtered. On a phone its words are visually hidden like the other toolbar labels (the
 * accessible name stays), so the two view buttons fit in the rows the toolbar already has.
 */
export function FilterButton({ t, disclosure, result }: { t: EcogramText; disclosure: FilterDisclosure; result: FilterResult }): ReactElement {
  return (
    <button
      ref={disclosure.buttonRef}
      type="button"
      data-part="button"
      data-action="filter"
      data-active={result.active ? '' : undefined}
      aria-expanded={disclosure.open}
      aria-controls={disclosure.panelId}
      onClick={() => disclosure.setOpen(!disclosure.open)}
    >
      <FilterIcon />
      <span data-part="button-label">
        {result.active ? t('ecogram.filter.buttonActive', { visible: result.visible, total: result.total }) : t('ecogram.filter.button')}
      </span>
    </button>
  );
}

/** Props of {@link FilterPanel}. */
export interface FilterPanelProps {
  t: EcogramText;
  disclosure: FilterDisclosure;
  filter: EcogramFilter;
  onChange: (next: EcogramFilter) => void;
  result: FilterResult;
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
        <p data-part="filter-result">{filterResultText(result, t)}</p>
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
 * The toolbar button for the focus on one person: "Focus op Karin", a toggle (`aria-pressed`)
 * whose name stays the same while it is on (a toggle button does not change its name).
 */
export function SpotlightButton({ t, spotlight, targetName, onClick }: { t: EcogramText; spotlight: Spotlight | null; targetName: string; onClick: () => void }): ReactElement {
  return (
    <button type="button" data-part="button" data-action="spotlight" aria-pressed={spotlight !== null} aria-keyshortcuts="F" onClick={onClick}>
      <SpotlightIcon />
      <span data-part="button-label">{t('ecogram.spotlight.start', { name: targetName })}</span>
    </button>
  );
}

/** Under the map on a phone: part of the map is off-screen (slide, or show all), or the names are small (zoom in). */
export function ScreenHintBar({ t, hint, onShowAll, onReadable }: { t: EcogramText; hint: ScreenHint; onShowAll: () => void; onReadable: () => void }): ReactElement | null {
  if (!hint) return null;
  return (
    <div data-part="screen-hint" data-screen-only="" data-hint={hint}>
      <p>{t(hint === 'pan' ? 'ecogram.phone.panHint' : 'ecogram.phone.smallHint')}</p>
      {hint === 'pan' ? (
        <button type="button" data-part="button" data-action="hint-fit" onClick={onShowAll}>{t('ecogram.phone.showAll')}</button>
      ) : (
        <button type="button" data-part="button" data-action="hint-readable" onClick={onReadable}>{t('ecogram.phone.readable')}</button>
      )}
    </div>
  );
}

function FilterIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 3h12L9.5 8.5V13l-3 1.5V8.5z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}

function SpotlightIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="2.6" fill="currentColor" />
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.4 2" />
    </svg>
  );
}
