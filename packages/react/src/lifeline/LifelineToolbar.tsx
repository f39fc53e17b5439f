/**
 * The Lifeline's toolbar: add, undo and redo (when editable), zoom (on the time line), "Opslaan
 * als SVG / PNG" (on the time line), time line or list. Screen-only; the shared toolbar parts.
 * @internal
 */
import type { ReactElement } from 'react';
import { SaveButtons } from '../paper';
import { HistoryButtons, ToolButton, ToolGroup, Toolbar, ViewToggle, ZoomButtons } from '../toolbar';
import type { LifelineText } from './text';
import type { LifelineHandle, LifelineView } from './types';
import type { TimeZoom } from './useTimeZoom';

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

/** @internal */
export function LifelineToolbar(props: LifelineToolbarProps): ReactElement {
  const { t, readOnly, view, zoom, zoomFrom } = props;
  return (
    <Toolbar label={t('lifeline.toolbar')}>
      {readOnly ? null : (
        <ToolGroup>
          <ToolButton action="add-event" icon="plus" variant="primary" label={t('lifeline.add')} keys="N" onClick={(e) => props.onAdd(e.currentTarget)} />
        </ToolGroup>
      )}
      {readOnly ? null : (
        <HistoryButtons undoLabel={t('lifeline.undo')} redoLabel={t('lifeline.redo')} canUndo={props.canUndo} canRedo={props.canRedo} onUndo={props.onUndo} onRedo={props.onRedo} />
      )}
      {view === 'timeline' ? (
        <ZoomButtons
          label={t('lifeline.zoomGroup')}
          zoomInLabel={t('lifeline.zoomIn')}
          zoomOutLabel={t('lifeline.zoomOut')}
          fitLabel={t('lifeline.zoomReset')}
          canZoomIn={zoom.canZoomIn}
          canZoomOut={zoom.zoomed}
          canFit={zoom.zoomed}
          onZoomIn={(from) => zoomFrom(from, () => zoom.zoomIn())}
          onZoomOut={(from) => zoomFrom(from, () => zoom.zoomOut())}
          onFit={(from) => zoomFrom(from, () => zoom.reset())}
        />
      ) : null}
      {view === 'timeline' ? <SaveButtons t={t} fileName={props.fileName} toSVG={props.toSVG} toPNG={props.toPNG} onStatus={props.onStatus} /> : null}
      <ViewToggle<LifelineView>
        label={t('lifeline.viewGroup')}
        value={view}
        options={[{ value: 'timeline', label: t('lifeline.viewTimeline') }, { value: 'list', label: t('lifeline.viewList') }]}
        onChange={props.setView}
      />
    </Toolbar>
  );
}
