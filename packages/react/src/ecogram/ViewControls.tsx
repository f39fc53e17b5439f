/**
 * The Ecogram's view controls: the "Filter" disclosure (its panel loads when first opened:
 * FilterPanel.tsx), the "Focus op …" button and the phone hint under the map. Rendering only; state lives in useEcogramView.
 * @internal
 */
import { useId, useRef, useState, type ReactElement, type RefObject } from 'react';
import type { FilterResult, Spotlight } from '../view/map/filters';
import type { ScreenHint } from './useEcogramView';
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
