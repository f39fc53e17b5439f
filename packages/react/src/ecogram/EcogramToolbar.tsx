/**
 * The Ecogram's toolbar (screen only): add a person or a tie, undo and redo, zoom, filter and
 * focus on one person, save as SVG/PNG, map or list. Buttons carry `data-action` (focus hands
 * over between Undo and Redo by it) and their keyboard shortcuts.
 */
import type { ReactElement, ReactNode } from 'react';
import { HistoryButtons, ToolButton, ToolGroup, Toolbar, ViewToggle, ZoomButtons } from '../toolbar';
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
  /** The change overlay's date choice ("Veranderd sinds …"); absent or null: none. */
  changes?: ReactNode;
}

/** @internal */
export function EcogramToolbar(props: EcogramToolbarProps): ReactElement {
  const { t, editable, view, empty, canAddTie, canUndo, canRedo, onAddPerson, onAddTie, undo, redo, zoom, onView, filter, spotlight, save } = props;
  return (
    <Toolbar label={t('ecogram.toolbar')}>
      {editable ? (
        <ToolGroup>
          <ToolButton action="add-person" icon="plus" label={t('ecogram.addPerson')} aria-haspopup="dialog" keys="N" onClick={(e) => onAddPerson(e.currentTarget)} />
          <ToolButton action="add-tie" icon="plus" label={t('ecogram.addTie')} aria-haspopup="dialog" disabled={!canAddTie} onClick={(e) => onAddTie(e.currentTarget)} />
        </ToolGroup>
      ) : null}
      {editable ? <HistoryButtons undoLabel={t('ecogram.undo')} redoLabel={t('ecogram.redo')} canUndo={canUndo} canRedo={canRedo} onUndo={undo} onRedo={redo} /> : null}
      {view === 'map' ? (
        <ZoomButtons
          label={t('ecogram.zoomGroup')}
          zoomInLabel={t('ecogram.zoomIn')}
          zoomOutLabel={t('ecogram.zoomOut')}
          fitLabel={t('ecogram.fit')}
          onZoomIn={() => zoom.zoomIn()}
          onZoomOut={() => zoom.zoomOut()}
          onFit={() => zoom.fit()}
        />
      ) : null}
      {empty ? null : (
        <ToolGroup>
          {filter}
          {view === 'map' ? spotlight : null}
        </ToolGroup>
      )}
      {props.changes ? <ToolGroup>{props.changes}</ToolGroup> : null}
      {view === 'map' ? save : null}
      <ViewToggle<EcogramView>
        label={t('ecogram.view')}
        value={view}
        options={[{ value: 'map', label: t('ecogram.viewMap') }, { value: 'list', label: t('ecogram.viewList') }]}
        onChange={onView}
      />
    </Toolbar>
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
