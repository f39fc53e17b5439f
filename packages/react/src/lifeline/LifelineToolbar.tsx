/**
 * The Lifeline's toolbar: add, undo and redo (when editable), zoom (on the time line), time
 * line or list, and "Opslaan als SVG / PNG" (on the time line). Screen-only.
 * @internal
 */
import type { ReactElement } from 'react';
import { SaveButtons } from '../paper';
import type { LifelineText } from './text';
import type { LifelineHandle, LifelineView } from './types';
import type { TimeZoom } from './useTimeZoom';

/** Where focus goes when the focused toolbar button becomes disabled (first enabled one wins). @internal */
export const FOCUS_PARTNERS: Readonly<Record<string, readonly string[]>> = {
  undo: ['redo'],
  redo: ['undo'],
  'zoom-in': ['zoom-out', 'zoom-reset'],
  'zoom-out': ['zoom-in'],
  'zoom-reset': ['zoom-in'],
};

/** A 16×16 line icon in a button (decorative: the button has its text). @internal */
export function ToolIcon({ d }: { d: string }): ReactElement {
  return (
    <svg className="kring-lifeline__tool-icon" width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

/** Props of {@link LifelineToolbar}. @internal */
export interface LifelineToolbarProps {
  t: LifelineText;
  readOnly: boolean;
  view: LifelineView;
  setView: (view: LifelineView) => void;
  canUndo: boolean;
  canRedo: boolean;
  onAdd: (anchor: Element | null) => void;
  onUndo: (from: Element | null) => void;
  onRedo: (from: Element | null) => void;
  zoom: TimeZoom;
  /** Zoom from a button: if that disables it, focus goes to its partner. */
  zoomFrom: (from: Element | null, action: () => void) => void;
  fileName: (extension: 'svg' | 'png') => string;
  toSVG: LifelineHandle['toSVG'];
  toPNG: () => Promise<Blob>;
  /** Says what saving did (the live region). */
  onStatus: (message: string) => void;
}

const BUTTON = 'kring-lifeline__button';
const COMPACT = 'kring-lifeline__button kring-lifeline__button--compact';

function EditGroup({ t, canUndo, canRedo, onAdd, onUndo, onRedo }: LifelineToolbarProps): ReactElement {
  return (
    <div className="kring-lifeline__toolgroup">
      <button type="button" className="kring-lifeline__button kring-lifeline__button--primary" data-part="add" aria-keyshortcuts="N" onClick={(e) => onAdd(e.currentTarget)}>
        <ToolIcon d="M8 3v10M3 8h10" />
        {t('lifeline.add')}
      </button>
      <button type="button" className={COMPACT} data-part="undo" title={t('lifeline.undo')} aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={(e) => onUndo(e.currentTarget)}>
        <ToolIcon d="M5.5 4 2.5 7l3 3M2.5 7h7a4 4 0 0 1 0 8H7" />
        <span className="kring-lifeline__button-text">{t('lifeline.undo')}</span>
      </button>
      <button type="button" className={COMPACT} data-part="redo" title={t('lifeline.redo')} aria-keyshortcuts="Control+Shift+Z" disabled={!canRedo} onClick={(e) => onRedo(e.currentTarget)}>
        <ToolIcon d="M10.5 4l3 3-3 3M13.5 7h-7a4 4 0 0 0 0 8H9" />
        <span className="kring-lifeline__button-text">{t('lifeline.redo')}</span>
      </button>
    </div>
  );
}

function ZoomGroup({ t, zoom, zoomFrom }: LifelineToolbarProps): ReactElement {
  return (
    <div className="kring-lifeline__toolgroup" role="group" aria-label={t('lifeline.zoomGroup')}>
      <button type="button" className={COMPACT} data-part="zoom-out" title={t('lifeline.zoomOut')} aria-keyshortcuts="-" disabled={!zoom.zoomed} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.zoomOut())}>
        <ToolIcon d="M3 8h10" />
        <span className="kring-lifeline__button-text">{t('lifeline.zoomOut')}</span>
      </button>
      <button type="button" className={COMPACT} data-part="zoom-in" title={t('lifeline.zoomIn')} aria-keyshortcuts="+" disabled={!zoom.canZoomIn} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.zoomIn())}>
        <ToolIcon d="M8 3v10M3 8h10" />
        <span className="kring-lifeline__button-text">{t('lifeline.zoomIn')}</span>
      </button>
      <button type="button" className={COMPACT} data-part="zoom-reset" title={t('lifeline.zoomReset')} aria-keyshortcuts="0" disabled={!zoom.zoomed} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.reset())}>
        <ToolIcon d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" />
        <span className="kring-lifeline__button-text">{t('lifeline.zoomReset')}</span>
      </button>
    </div>
  );
}

function ViewGroup({ t, view, setView }: LifelineToolbarProps): ReactElement {
  return (
    <div className="kring-lifeline__toolgroup" role="group" aria-label={t('lifeline.viewGroup')}>
      <button type="button" className={BUTTON} data-part="view-timeline" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
        {t('lifeline.viewTimeline')}
      </button>
      <button type="button" className={BUTTON} data-part="view-list" aria-pressed={view === 'list'} onClick={() => setView('list')}>
        {t('lifeline.viewList')}
      </button>
    </div>
  );
}

/** @internal */
export function LifelineToolbar(props: LifelineToolbarProps): ReactElement {
  const { t, readOnly, view } = props;
  return (
    <div className="kring-lifeline__toolbar" data-part="toolbar" data-screen-only="" role="group" aria-label={t('lifeline.toolbar')}>
      {readOnly ? null : <EditGroup {...props} />}
      {view === 'timeline' ? <ZoomGroup {...props} /> : null}
      <ViewGroup {...props} />
      {view === 'timeline' ? (
        <SaveButtons
          t={t}
          fileName={props.fileName}
          toSVG={props.toSVG}
          toPNG={props.toPNG}
          onStatus={props.onStatus}
          className="kring-lifeline__toolgroup kring-lifeline__toolgroup--end"
          buttonClassName={BUTTON}
        />
      ) : null}
    </div>
  );
}
