/**
 * The Ecogram's toolbar (screen only): add a person or a tie, undo and redo, zoom, filter and
 * focus on one person, save as SVG/PNG, map or list. Buttons carry `data-action` (focus hands
 * over between Undo and Redo by it) and their keyboard shortcuts.
 */
import type { ReactElement, ReactNode } from 'react';
import { isMac } from '../utils/platform';
import type { EcogramText } from './messages';
import type { EcogramView } from './types';

/** Props of {@link EcogramToolbar}. @internal */
export interface EcogramToolbarProps {
  t: EcogramText;
  editable: boolean;
  view: EcogramView;
  /** The map has people besides the client (filter and focus make sense). */
  empty: boolean;
  canAddTie: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onAddPerson: (anchor: HTMLElement) => void;
  onAddTie: (anchor: HTMLElement) => void;
  undo: (from: Element) => void;
  redo: (from: Element) => void;
  zoom: { zoomIn(): void; zoomOut(): void; fit(): void };
  onView: (view: EcogramView) => void;
  /** The filter button (absent when the host hides the filter). */
  filter: ReactNode;
  spotlight: ReactNode;
  save: ReactNode;
}

/** @internal */
export function EcogramToolbar(props: EcogramToolbarProps): ReactElement {
  const { t, editable, view, empty, canAddTie, canUndo, canRedo, onAddPerson, onAddTie, undo, redo, zoom, onView, filter, spotlight, save } = props;
  return (
    <div data-part="toolbar" data-screen-only="" role="group" aria-label={t('ecogram.toolbar')}>
      {editable ? (
        <div data-part="toolbar-group">
          <button type="button" data-part="button" data-action="add-person" aria-haspopup="dialog" aria-keyshortcuts="N" onClick={(e) => onAddPerson(e.currentTarget)}>
            <PlusIcon /> {t('ecogram.addPerson')}
          </button>
          <button
            type="button"
            data-part="button"
            data-action="add-tie"
            aria-haspopup="dialog"
            disabled={!canAddTie}
            onClick={(e) => onAddTie(e.currentTarget)}
          >
            <PlusIcon /> {t('ecogram.addTie')}
          </button>
        </div>
      ) : null}
      {editable ? (
        <div data-part="toolbar-group">
          <button type="button" data-part="button" data-action="undo" disabled={!canUndo} onClick={(e) => undo(e.currentTarget)} aria-keyshortcuts="Control+Z Meta+Z">
            <UndoIcon /> <span data-part="button-label">{t('ecogram.undo')}</span>
          </button>
          <button type="button" data-part="button" data-action="redo" disabled={!canRedo} onClick={(e) => redo(e.currentTarget)} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">
            <UndoIcon redo /> <span data-part="button-label">{t('ecogram.redo')}</span>
          </button>
        </div>
      ) : null}
      {view === 'map' ? (
        <div data-part="toolbar-group">
          <button type="button" data-part="button" data-action="zoom-out" data-icon-only="" aria-label={t('ecogram.zoomOut')} title={t('ecogram.zoomOut')} aria-keyshortcuts="-" onClick={() => zoom.zoomOut()}>
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" data-part="button" data-action="zoom-in" data-icon-only="" aria-label={t('ecogram.zoomIn')} title={t('ecogram.zoomIn')} aria-keyshortcuts="+" onClick={() => zoom.zoomIn()}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" data-part="button" data-action="fit" aria-keyshortcuts="0" onClick={() => zoom.fit()}>
            <FitIcon /> <span data-part="button-label">{t('ecogram.fit')}</span>
          </button>
        </div>
      ) : null}
      {empty ? null : (
        <div data-part="toolbar-group">
          {filter}
          {view === 'map' ? spotlight : null}
        </div>
      )}
      {view === 'map' ? save : null}
      <div data-part="view-toggle" role="group" aria-label={t('ecogram.view')}>
        <button type="button" data-part="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
          {t('ecogram.viewMap')}
        </button>
        <button type="button" data-part="button" aria-pressed={view === 'list'} onClick={() => onView('list')}>
          {t('ecogram.viewList')}
        </button>
      </div>
    </div>
  );
}

/** The keys of the map, in words (screen only). @internal */
export function KeyboardHelp({ t, editable }: { t: EcogramText; editable: boolean }): ReactElement {
  const mac = isMac();
  const mod = mac ? '⌘' : 'Ctrl';
  const alt = mac ? '⌥' : 'Alt';
  const rows: [string, string][] = [
    ['← ↑ → ↓', t('ecogram.key.arrows')],
    ['Home', t('ecogram.key.home')],
    ['F', t('ecogram.key.spotlight')],
    ['T / Shift+T', t('ecogram.key.ties')],
    ['+ / − / 0', t('ecogram.key.zoom')],
  ];
  if (editable) {
    rows.splice(2, 0,
      ['Enter', t('ecogram.key.enter')],
      [`${alt}+↑`, t('ecogram.key.inward')],
      [`${alt}+↓`, t('ecogram.key.outward')],
      [`${alt}+← / ${alt}+→`, t('ecogram.key.sector')],
    );
    rows.push(['Delete', t('ecogram.key.delete')], [`${mod}+Z / ${mod}+Shift+Z`, t('ecogram.key.undo')]);
  }
  rows.push(['Esc', t('ecogram.key.escape')]);
  return (
    <details data-part="keyboard-help" data-screen-only="">
      <summary>{t('ecogram.keyboardHelp')}</summary>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={keys} data-part="keyboard-help-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {editable ? <p>{t('ecogram.key.drag')}</p> : null}
    </details>
  );
}

function FitIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function PlusIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function UndoIcon({ redo }: { redo?: boolean }): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g transform={redo ? 'translate(16 0) scale(-1 1)' : undefined}>
        <path d="M6 3 2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    </svg>
  );
}


