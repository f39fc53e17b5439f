/**
 * The Lifeline's keys (and a click on an event, which does what Enter does):
 * - the keys every view shares (`document/keys.ts`, docs/KEYBOARD.md): Ctrl/⌘+Z undo,
 *   Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo, + − 0 zoom (on the time line), N adds an event;
 * - on the chart itself: the arrows pan, Enter picks the date in the middle;
 * - on an event: the arrows move between events in time order, Home and End to the first
 *   and last, Enter or Space edits (shows the details when read-only), Delete removes,
 *   Escape clears the selection.
 */
import { useCallback, useMemo, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { viewKeyCommand } from '../document/keys';
import type { LifelineItem } from '../view/lifeline/items';
import { toPx, type TimeScale } from '../view/lifeline/time';
import type { LifelineView } from './types';
import { itemDay } from './useLifelineScale';
import type { TimeZoom } from './useTimeZoom';

/** What {@link useLifelineKeyboard} returns. @internal */
export interface LifelineKeyboard {
  onRootKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onChartKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
  onEventKeyDown: (id: string, e: KeyboardEvent<SVGGElement>) => void;
  onEventClick: (id: string, e: MouseEvent<SVGGElement>) => void;
}

/** What {@link useLifelineKeyboard} needs. @internal */
export interface LifelineKeyboardOptions {
  rootRef: RefObject<HTMLDivElement | null>;
  /** The events drawn, in time order. */
  items: LifelineItem[];
  scale: TimeScale;
  zoom: TimeZoom;
  horizontal: boolean;
  view: LifelineView;
  readOnly: boolean;
  selectedId: string | null;
  select: (id: string | null) => void;
  /** Pick a day (for the host and the link); `null` when nobody listens. */
  pickDay: ((day: number) => void) | null;
  undo: (from?: Element | null) => void;
  redo: (from?: Element | null) => void;
  openAdd: (anchor: Element | null) => void;
  openEdit: (id: string, anchor: Element | null) => void;
  remove: (id: string) => void;
  zoomFrom: (from: Element | null, action: () => void) => void;
  focusLater: (target: string) => void;
}

/** Keys anywhere in the Lifeline: the keys every view shares (document/keys.ts). */
function rootKeyDown(e: KeyboardEvent<HTMLDivElement>, o: LifelineKeyboardOptions): void {
  const target = e.target as HTMLElement;
  const command = viewKeyCommand(e, target);
  if (command === null) return;
  if (command === 'undo' || command === 'redo') {
    e.preventDefault();
    if (command === 'undo') o.undo(target);
    else o.redo(target);
    return;
  }
  if (command === 'add') {
    if (o.readOnly) return;
    e.preventDefault();
    o.openAdd(o.rootRef.current?.querySelector('[data-action="add-event"]') ?? null);
    return;
  }
  const { zoom, view } = o;
  if (view !== 'timeline') return;
  e.preventDefault();
  // Zooming from a focused event keeps that event where it is (and so in view).
  const focusedItem = o.items.find((i) => i.id === target.getAttribute('data-event-id') && target.getAttribute('data-part') === 'event');
  const at = focusedItem ? toPx(o.scale, itemDay(focusedItem)) : undefined;
  if (command === 'zoom-in') o.zoomFrom(target, () => zoom.zoomIn(at));
  else if (command === 'zoom-out') o.zoomFrom(target, () => zoom.zoomOut(at));
  else o.zoomFrom(target, () => zoom.reset());
}

/** Keys on the chart itself (not on an event): pan, pick the date in the middle. */
function chartKeyDown(e: KeyboardEvent<SVGSVGElement>, o: LifelineKeyboardOptions): void {
  if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
  const { scale, zoom } = o;
  const step = Math.abs(scale.r1 - scale.r0) * 0.2;
  const back = o.horizontal ? 'ArrowLeft' : 'ArrowUp';
  const forward = o.horizontal ? 'ArrowRight' : 'ArrowDown';
  if (e.key === back || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
    e.preventDefault();
    zoom.panBy(-step);
  } else if (e.key === forward || e.key === 'ArrowRight' || e.key === 'ArrowDown') {
    e.preventDefault();
    zoom.panBy(step);
  } else if (e.key === 'Enter' && o.pickDay) {
    e.preventDefault();
    o.pickDay(Math.floor((scale.d0 + scale.d1) / 2));
  }
}

/** The event an arrow, Home or End moves to from `index`; `null` for any other key. */
function nextItem(key: string, items: readonly LifelineItem[], index: number): LifelineItem | undefined | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return items[index + 1];
    case 'ArrowLeft':
    case 'ArrowUp':
      return items[index - 1];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    default:
      return null;
  }
}

/** Keys on an event: move, edit, remove, clear the selection. */
function eventKeyDown(id: string, e: KeyboardEvent<SVGGElement>, o: LifelineKeyboardOptions, goTo: (item: LifelineItem) => void): void {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    o.select(id);
    o.openEdit(id, e.currentTarget);
    return;
  }
  if (e.key === 'Delete' || e.key === 'Backspace') {
    if (o.readOnly) return;
    e.preventDefault();
    e.stopPropagation();
    o.remove(id);
    return;
  }
  if (e.key === 'Escape') {
    if (o.selectedId) {
      e.preventDefault();
      o.select(null);
    }
    return;
  }
  const next = nextItem(e.key, o.items, o.items.findIndex((i) => i.id === id));
  if (next === null) return;
  e.preventDefault();
  e.stopPropagation();
  if (next) goTo(next);
}

/** @internal */
export function useLifelineKeyboard(options: LifelineKeyboardOptions): LifelineKeyboard {
  const { rootRef, items, scale, zoom, horizontal, view, readOnly, selectedId, select, pickDay, undo, redo, openAdd, openEdit, remove, zoomFrom, focusLater } = options;
  // One object per change of what the handlers read (not per render).
  const o = useMemo<LifelineKeyboardOptions>(
    () => ({ rootRef, items, scale, zoom, horizontal, view, readOnly, selectedId, select, pickDay, undo, redo, openAdd, openEdit, remove, zoomFrom, focusLater }),
    [rootRef, items, scale, zoom, horizontal, view, readOnly, selectedId, select, pickDay, undo, redo, openAdd, openEdit, remove, zoomFrom, focusLater],
  );
  /** Move to an event: pan it into view, select it, focus it once drawn. */
  const goTo = useCallback(
    (item: LifelineItem) => {
      o.zoom.reveal(toPx(o.scale, itemDay(item)));
      o.select(item.id);
      o.focusLater(item.id);
    },
    [o],
  );
  const onRootKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => rootKeyDown(e, o), [o]);
  const onChartKeyDown = useCallback((e: KeyboardEvent<SVGSVGElement>) => chartKeyDown(e, o), [o]);
  const onEventKeyDown = useCallback((id: string, e: KeyboardEvent<SVGGElement>) => eventKeyDown(id, e, o, goTo), [o, goTo]);
  const onEventClick = useCallback(
    (id: string, e: MouseEvent<SVGGElement>) => {
      e.stopPropagation();
      // Read-only: a click selects (e.g. for linked views); a second click shows the details.
      if (o.readOnly && o.selectedId !== id) {
        o.select(id);
        return;
      }
      o.select(id);
      o.openEdit(id, e.currentTarget);
    },
    [o],
  );
  return useMemo(() => ({ onRootKeyDown, onChartKeyDown, onEventKeyDown, onEventClick }), [onRootKeyDown, onChartKeyDown, onEventKeyDown, onEventClick]);
}
