/**
 * Focus on the Lifeline: one event in the tab order (roving tab index), focus that waits for
 * its element (after a delete, on closing the editor, after a view switch it lands on the
 * event in the view the user is in — the glyph on the chart, the "Bewerk" button in the
 * list — as soon as it is drawn), and focus that must not fall to the page when the button
 * that had it is disabled or taken away (Undo, Redo, zoom, the removed-notice).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Network } from '@kring/core';
import { TOOLBAR_FOCUS_PARTNERS } from '../toolbar';
import { focusPartner } from '../utils/focusPartner';
import { useLayoutEffect } from '../utils/layoutEffect';
import type { LifelineLayout } from '../view/lifeline/layout';
import type { LifelineView } from './types';

/** What {@link useLifelineFocus} returns. @internal */
export interface LifelineFocus {
  /** The event in the tab order: the one focused last, else the selected one, else the first drawn. */
  tabStopId: string | null;
  /**
   * Move focus as soon as the target is drawn: an event (its id), the "Bewerk" button of a list
   * row (`list:<id>`; the list's view button when there is none) or the chart (`#chart`).
   */
  focusLater: (target: string) => void;
  /** An event got focus (it becomes the tab stop). */
  onEventFocus: (id: string) => void;
  /** Forget the event focused last (it was removed). */
  forgetFocused: () => void;
  /**
   * The element that has focus as an action starts (Undo, Redo, zoom, closing the notice): if it
   * is gone or disabled afterwards, focus moves on instead of falling to the page.
   */
  keepFocusFrom: (from: Element | null) => void;
  /** Zoom from a toolbar button (or a key pressed on one): if that disables it, focus goes to its partner. */
  zoomFrom: (from: Element | null, action: () => void) => void;
  /** The deleted event the removed-notice is about: its Undo brings focus back to it. */
  restoreOnUndo: (id: string) => void;
}

/** Focus `target` (see {@link LifelineFocus.focusLater}) in `root`; `false` while it is not drawn yet. */
function focusTarget(root: HTMLElement, svg: SVGSVGElement | null, target: string): boolean {
  if (target === '#chart') {
    svg?.focus();
    return true;
  }
  if (target.startsWith('list:')) {
    const id = target.slice(5);
    const item = Array.from(root.querySelectorAll<HTMLElement>('[data-part="list-item"]')).find((x) => x.getAttribute('data-event-id') === id);
    (item?.querySelector<HTMLElement>('[data-action="list-edit"]') ?? root.querySelector<HTMLElement>('[data-action="view-list"]'))?.focus();
    return true;
  }
  const el = Array.from(root.querySelectorAll<HTMLElement | SVGElement>('[data-part="event"][data-event-id]')).find(
    (x) => x.getAttribute('data-event-id') === target,
  );
  if (!el) return false;
  el.focus();
  return true;
}

/** @internal */
export function useLifelineFocus(options: {
  rootRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The host's network (the notice's Undo brings an event back into it). */
  network: Network;
  layout: LifelineLayout;
  selectedId: string | null;
  view: LifelineView;
}): LifelineFocus {
  const { rootRef, svgRef, network, layout, selectedId, view } = options;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  /** The element that had focus when Undo/Redo ran or the notice was closed (see `keepFocusFrom`). */
  const keepFocusFromRef = useRef<Element | null>(null);
  /** The deleted event the notice is about: its Undo brings focus back to it. */
  const removedIdRef = useRef<string | null>(null);
  const drawnIds = useMemo(() => new Set(layout.glyphs.map((g) => g.item.id)), [layout]);
  const tabStopId =
    focusedId && drawnIds.has(focusedId)
      ? focusedId
      : selectedId && drawnIds.has(selectedId)
        ? selectedId
        : (layout.glyphs[0]?.item.id ?? null);

  useEffect(() => {
    if (!pendingFocus) return;
    const root = rootRef.current;
    if (!root) return;
    if (focusTarget(root, svgRef.current, pendingFocus)) setPendingFocus(null);
  }, [pendingFocus, layout, view, rootRef, svgRef]);

  // Undo pressed until nothing is left disables the focused button, and the notice's Undo and
  // Close take the notice away: focus goes to the partner button (Redo after Undo and vice
  // versa), to the event the notice's Undo brought back, or to the events; never to the page.
  // Runs after every commit on purpose; the ref makes it act once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const from = keepFocusFromRef.current;
    if (!from) return;
    keepFocusFromRef.current = null;
    // Zooming in as far as it goes disables Inzoomen (Uitzoomen takes over); Uitzoomen and
    // Alles tonen are disabled once everything is shown (Inzoomen takes over).
    if (focusPartner(from, rootRef.current, 'data-action', TOOLBAR_FOCUS_PARTNERS) !== 'none') return;
    const action = from.getAttribute('data-action');
    const restored = removedIdRef.current;
    const target = action === 'notice-undo' && restored && network.events.some((e) => e.id === restored) ? restored : tabStopId;
    setPendingFocus(view === 'list' ? `list:${target ?? ''}` : (target ?? '#chart'));
  });

  const focusLater = useCallback((target: string) => setPendingFocus(target), []);
  const onEventFocus = useCallback((id: string) => setFocusedId(id), []);
  const forgetFocused = useCallback(() => setFocusedId(null), []);
  const keepFocusFrom = useCallback((from: Element | null) => {
    keepFocusFromRef.current = from;
  }, []);
  const zoomFrom = useCallback((from: Element | null, action: () => void) => {
    const name = from?.getAttribute('data-action');
    if (name === 'zoom-in' || name === 'zoom-out' || name === 'fit') keepFocusFromRef.current = from;
    action();
  }, []);
  const restoreOnUndo = useCallback((id: string) => {
    removedIdRef.current = id;
  }, []);
  return useMemo(
    () => ({ tabStopId, focusLater, onEventFocus, forgetFocused, keepFocusFrom, zoomFrom, restoreOnUndo }),
    [tabStopId, focusLater, onEventFocus, forgetFocused, keepFocusFrom, zoomFrom, restoreOnUndo],
  );
}
