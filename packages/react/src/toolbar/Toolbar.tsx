/**
 * The toolbar parts both views use: the bar, its groups, undo/redo, zoom and the view toggle
 * (saving is `SaveButtons` in `paper/`). One markup, one stylesheet (toolbar.css), the same
 * keys and focus hand-over in the Ecogram and the Lifeline.
 * @internal
 */
import type { ReactElement, ReactNode } from 'react';
import { ToolButton } from './ToolButton';

/** The shortcuts of undo and redo (document/keys.ts reads the same keys). */
export const UNDO_KEYS = 'Control+Z Meta+Z';
export const REDO_KEYS = 'Control+Shift+Z Control+Y Meta+Shift+Z';

/**
 * Where focus goes when the focused toolbar button becomes disabled (Undo with nothing left,
 * Zoom in at the limit): the first enabled partner, by `data-action` (see utils/focusPartner).
 */
export const TOOLBAR_FOCUS_PARTNERS: Readonly<Record<string, readonly string[]>> = {
  undo: ['redo'],
  redo: ['undo'],
  'zoom-in': ['zoom-out', 'fit'],
  'zoom-out': ['zoom-in', 'fit'],
  fit: ['zoom-in', 'zoom-out'],
};

/** The bar: a labelled group, screen-only (never printed). */
export function Toolbar({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div data-part="toolbar" data-screen-only="" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** A group of buttons in the bar; labelled when it is one control (zoom, view). */
export function ToolGroup({ label, children }: { label?: string; children: ReactNode }): ReactElement {
  return (
    <div data-part="toolbar-group" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}

/** Props of {@link HistoryButtons}. */
export interface HistoryButtonsProps {
  undoLabel: string;
  redoLabel: string;
  canUndo: boolean;
  canRedo: boolean;
  /** Called with the button (focus moves to its partner when it becomes disabled). */
  onUndo: (from: HTMLElement) => void;
  onRedo: (from: HTMLElement) => void;
}

/** Undo and redo. */
export function HistoryButtons(props: HistoryButtonsProps): ReactElement {
  return (
    <ToolGroup>
      <ToolButton action="undo" icon="undo" display="compact" label={props.undoLabel} keys={UNDO_KEYS} disabled={!props.canUndo} onClick={(e) => props.onUndo(e.currentTarget)} />
      <ToolButton action="redo" icon="redo" display="compact" label={props.redoLabel} keys={REDO_KEYS} disabled={!props.canRedo} onClick={(e) => props.onRedo(e.currentTarget)} />
    </ToolGroup>
  );
}

/** Props of {@link ZoomButtons}. */
export interface ZoomButtonsProps {
  /** The group's name ("Zoomen"). */
  label: string;
  zoomInLabel: string;
  zoomOutLabel: string;
  /** "Alles tonen" / "Passend maken": back to the whole drawing. */
  fitLabel: string;
  onZoomIn: (from: HTMLElement) => void;
  onZoomOut: (from: HTMLElement) => void;
  onFit: (from: HTMLElement) => void;
  /** Disabled at a limit (default: enabled). */
  canZoomIn?: boolean;
  canZoomOut?: boolean;
  canFit?: boolean;
}

/** Zoom out, zoom in, and back to the whole drawing (keys −, + and 0). */
export function ZoomButtons(props: ZoomButtonsProps): ReactElement {
  return (
    <ToolGroup label={props.label}>
      <ToolButton action="zoom-out" icon="zoom-out" display="icon" label={props.zoomOutLabel} keys="-" disabled={props.canZoomOut === false} onClick={(e) => props.onZoomOut(e.currentTarget)} />
      <ToolButton action="zoom-in" icon="zoom-in" display="icon" label={props.zoomInLabel} keys="+" disabled={props.canZoomIn === false} onClick={(e) => props.onZoomIn(e.currentTarget)} />
      <ToolButton action="fit" icon="fit" display="compact" label={props.fitLabel} keys="0" disabled={props.canFit === false} onClick={(e) => props.onFit(e.currentTarget)} />
    </ToolGroup>
  );
}

/** Props of {@link ViewToggle}. */
export interface ViewToggleProps<V extends string> {
  /** The group's name ("Weergave"). */
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** Map or list, time line or list: toggle buttons (`aria-pressed`), `data-action="view-<value>"`. */
export function ViewToggle<V extends string>({ label, value, options, onChange }: ViewToggleProps<V>): ReactElement {
  return (
    <div data-part="view-toggle" role="group" aria-label={label}>
      {options.map((o) => (
        <ToolButton key={o.value} action={`view-${o.value}`} label={o.label} aria-pressed={value === o.value} onClick={() => onChange(o.value)} />
      ))}
    </div>
  );
}
