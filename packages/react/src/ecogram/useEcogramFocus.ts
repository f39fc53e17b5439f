/**
 * Roving focus on the map (one tab stop; arrows, T, Home move it) and focus that waits for
 * its element: after a delete, on closing an editor or switching view, focus lands on the
 * person or tie in the view the user is in — the node on the map, the "Bewerk …" button in
 * the list — as soon as it is drawn.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Network } from '@kring/core';
import { tieKey } from './EcogramSvg';
import type { Pt } from '../view/map/geometry';
import type { EcogramView } from './types';

/** What {@link useEcogramFocus} returns. @internal */
export interface EcogramFocus {
  /** The key (`person id` or `tie:<id>`) of the one item in the tab order. */
  rovingId: string;
  setRoving: (key: string) => void;
  /** The element of a key in the current view, if drawn. */
  elementFor: (key: string) => HTMLElement | SVGElement | null;
  /** Move focus to a key now, or as soon as its element is drawn. */
  focusItem: (key: string) => void;
  /** A key waiting for its element (`null` drops it: a view switch must not pull focus away). */
  pendingFocus: RefObject<string | null>;
}

/** @internal */
export function useEcogramFocus(options: {
  drawn: Network;
  positions: ReadonlyMap<string, Pt>;
  /** The first key in the tab order (the selected person, else the client). */
  initial: string;
  client: string;
  view: EcogramView;
  rootEl: HTMLElement | null;
  svgRef: RefObject<SVGSVGElement | null>;
}): EcogramFocus {
  const { drawn, positions, initial, view, rootEl, svgRef } = options;
  const itemExists = useCallback(
    (key: string) =>
      key.startsWith('tie:') ? drawn.ties.some((tie) => tieKey(tie.id) === key) : positions.has(key),
    [drawn, positions],
  );
  const [rovingRaw, setRoving] = useState<string>(initial);
  const rovingId = itemExists(rovingRaw) ? rovingRaw : options.client;
  const pendingFocus = useRef<string | null>(null);

  /**
   * The element that stands for a person or tie: its node on the map, or in the list view
   * its "Bewerk …" button (`data-edit`), so that focus after a delete or on closing the
   * editor lands in the view the user is in.
   */
  const elementFor = useCallback((key: string): HTMLElement | SVGElement | null => {
    if (view === 'list') {
      const want = key.startsWith('tie:') ? key : `person:${key}`;
      const list = rootEl?.querySelector('[data-part="network-list"]');
      for (const el of Array.from(list?.querySelectorAll<HTMLElement>('[data-edit]') ?? [])) {
        if (el.getAttribute('data-edit') === want) return el;
      }
      return null;
    }
    const svg = svgRef.current;
    if (!svg) return null;
    for (const el of Array.from(svg.querySelectorAll<SVGElement>('[data-key]'))) {
      if (el.getAttribute('data-key') === key) return el;
    }
    return null;
  }, [view, rootEl, svgRef]);

  const focusItem = useCallback(
    (key: string) => {
      setRoving(key);
      const el = elementFor(key);
      if (el) el.focus();
      else pendingFocus.current = key;
    },
    [elementFor],
  );
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = elementFor(key);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  return { rovingId, setRoving, elementFor, focusItem, pendingFocus };
}
