/**
 * The map's keys (documented in the keyboard help, `KeyboardHelp.tsx`): arrows move focus to
 * the nearest person in that direction, Alt+arrows move the person between circles and
 * sectors, Enter opens the editor, T walks a person's ties, F focuses on one person, N adds a
 * person, Delete removes, Home goes to the client, Escape ends a focus or clears the
 * selection; on the whole component Ctrl+Z / Ctrl+Shift+Z undo and redo and + − 0 zoom.
 */
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { otherEnd, type Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { tieMidpoint } from '../view/ties/curve';
import { viewKeyCommand } from '../document/keys';
import { TOOLBAR_FOCUS_PARTNERS } from '../toolbar';
import { focusPartner } from '../utils/focusPartner';
import { useLayoutEffect } from '../utils/layoutEffect';
import type { PanZoomInstance } from '../zoom/createPanZoom';
import { tieKey } from './EcogramSvg';
import { nearestInDirection, type Direction, type Pt } from '../view/map/geometry';
import type { EcogramText } from './messages';
import type { EcogramView } from './types';
import type { EditorState } from './useEcogramEditor';
import type { SpotlightState } from './useEcogramView';

/** Undo and Redo hand focus to each other when one becomes disabled. */
/** What {@link useEcogramKeyboard} returns. @internal */
export interface EcogramKeyboard {
  onSvgKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
  onRootKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/** @internal */
export function useEcogramKeyboard(o: {
  t: EcogramText;
  shown: Network;
  drawn: Network;
  layout: EcogramLayout;
  positions: ReadonlyMap<string, Pt>;
  editable: boolean;
  view: EcogramView;
  rootEl: HTMLElement | null;
  rovingId: string;
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  editor: EditorState | null;
  openEditor: (state: EditorState) => void;
  openFor: (key: string, from?: HTMLElement | SVGElement | null) => void;
  elementFor: (key: string) => HTMLElement | SVGElement | null;
  focusItem: (key: string) => void;
  pendingFocus: RefObject<string | null>;
  historyFocus: RefObject<Element | null>;
  moveRing: (id: string, step: -1 | 1) => void;
  moveSector: (id: string, step: -1 | 1) => void;
  removeItem: (key: string) => void;
  undo: (from?: Element | null) => void;
  redo: (from?: Element | null) => void;
  panZoom: RefObject<PanZoomInstance | null>;
  spot: SpotlightState;
  nameOf: (id: string) => string;
  announce: (message: string) => void;
}): EcogramKeyboard {
  const { t, shown, drawn, layout, positions, editable, view, rootEl, rovingId, selectedId, setSelectedId, editor, openEditor, openFor, elementFor, focusItem, pendingFocus, historyFocus, moveRing, moveSector, removeItem, undo, redo, panZoom, spot, nameOf, announce } = o;
  /** The person whose ties T walks through (kept while walking from tie to tie). */
  const tieAnchor = useRef<string | null>(null);
  const tiesOf = useCallback((id: string) => drawn.ties.filter((x) => x.between.includes(id)), [drawn]);

  const onSvgKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      const key = rovingId;
      const isTie = key.startsWith('tie:');
      const tie = isTie ? shown.ties.find((x) => tieKey(x.id) === key) : undefined;
      const arrows: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
      const dir = arrows[e.key];
      if (dir && e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        if (!editable || isTie) return;
        if (dir === 'up') moveRing(key, -1);
        else if (dir === 'down') moveRing(key, 1);
        else moveSector(key, dir === 'right' ? 1 : -1);
        pendingFocus.current = key;
        return;
      }
      if (dir && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
        e.preventDefault();
        let from: Pt | undefined = positions.get(key);
        if (tie) {
          const a = positions.get(tie.between[0]);
          const b = positions.get(tie.between[1]);
          // The middle of the drawn tie: B(0.5) when it bends around someone.
          if (a && b) from = tieMidpoint(a, b, layout.ties?.[tie.id]?.control);
        }
        if (!from) return;
        const items = [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y }));
        const next = nearestInDirection(from, items, dir, isTie ? undefined : key);
        if (next) focusItem(next);
        else announce(t('ecogram.announce.edge'));
        return;
      }
      switch (e.key) {
        case 'Enter':
        case ' ': {
          e.preventDefault();
          const id = isTie ? key.slice(4) : key;
          setSelectedId(id);
          openFor(key, elementFor(key));
          return;
        }
        case 't':
        case 'T': {
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          const remembered = tieAnchor.current;
          const anchor = tie
            ? remembered && tie.between.includes(remembered)
              ? remembered
              : tie.between.includes(shown.focus)
                ? shown.focus
                : tie.between[0]
            : key;
          tieAnchor.current = anchor;
          const list = tiesOf(anchor);
          if (list.length === 0) {
            announce(t('ecogram.announce.noTies', { name: nameOf(anchor) }));
            return;
          }
          const i = tie ? list.findIndex((x) => x.id === tie.id) : -1;
          const step = e.shiftKey ? -1 : 1;
          const nextTie = list[(i + step + list.length + (i < 0 && step < 0 ? 1 : 0)) % list.length];
          if (nextTie) focusItem(tieKey(nextTie.id));
          return;
        }
        case 'f':
        case 'F':
          // F: focus on this person (a tie: its end that is not the client), again to end it.
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          spot.toggle(tie ? otherEnd(tie, shown.focus) : key);
          return;
        case 'Delete':
        case 'Backspace':
          if (!editable) return;
          e.preventDefault();
          removeItem(key);
          return;
        case 'Home':
          e.preventDefault();
          focusItem(shown.focus);
          return;
        case 'Escape':
          // An Escape pressed while an editor is open belongs to the editor (its dismiss handler
          // closes it), even when the popover has not taken focus yet: it must not also clear
          // the selection the editor was opened for.
          if (editor !== null) return;
          if (spot.end()) return e.preventDefault();
          if (selectedId !== null) {
            e.preventDefault();
            setSelectedId(null);
          }
          return;
        default:
      }
    },
    [announce, editable, editor, elementFor, focusItem, layout, moveRing, moveSector, nameOf, openFor, pendingFocus, positions, removeItem, rovingId, selectedId, setSelectedId, shown, spot, t, tiesOf],
  );

  // The keys every view shares (document/keys.ts): the same meaning in the Ecogram and the Lifeline.
  const onRootKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target as HTMLElement;
      const command = viewKeyCommand(e, target);
      if (command === null) return;
      if (command === 'undo' || command === 'redo') {
        e.preventDefault();
        if (command === 'undo') undo(target);
        else redo(target);
        return;
      }
      if (command === 'add') {
        if (!editable) return;
        e.preventDefault();
        // From a person on the map the form opens beside them; focus comes back there.
        openEditor({ kind: 'add-person', anchor: target.closest('[data-key]') ?? rootEl?.querySelector('[data-action="add-person"]') ?? null });
        return;
      }
      if (view !== 'map') return;
      e.preventDefault();
      if (command === 'zoom-in') panZoom.current?.zoomIn();
      else if (command === 'zoom-out') panZoom.current?.zoomOut();
      else panZoom.current?.fit();
    },
    [editable, openEditor, panZoom, redo, rootEl, undo, view],
  );

  // Undo pressed until nothing is left disables the focused button: focus goes to its partner
  // (Redo after Undo and vice versa) or to the map, never to the page.
  useLayoutEffect(() => {
    const from = historyFocus.current;
    if (!from) return;
    historyFocus.current = null;
    if (focusPartner(from, rootEl, 'data-action', TOOLBAR_FOCUS_PARTNERS) === 'none') focusItem(rovingId);
  });

  return { onSvgKeyDown, onRootKeyDown };
}
