/**
 * What follows the pointer while a person is dragged on the ecogram, drawn over the map in
 * two layers of their own, so that a move neither re-renders nor repaints the map:
 *
 * - the tie layer: copies of the dragged person's ties from their other end to the pointer
 *   (the originals stay in the map, hidden, for assistive technology). A small component
 *   subscribed to the live drag point ({@link DragPointStore}) redraws them; a fixed, nearly
 *   transparent rectangle keeps the layer's painted area the same size on every move, which
 *   lets Chromium update only what was repainted instead of re-compositing the whole page.
 * - the node layer: the dragged person's node itself (the same interactive, focused, named
 *   element; it is drawn here instead of in the map while dragging) and their name, drawn at
 *   the point where the drag started; the whole layer follows the pointer by a CSS transform,
 *   which the browser applies while compositing, without painting.
 * @internal
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { Tie } from '@kring/core';
import { TieLine, tieStyle } from '../symbols';
import type { Pt } from '../ecogram/geometry';
import type { DragPointStore } from './dragPoint';

/** The live drag point of `id` (or `fallback` when the store holds another person or none). */
export function useDragPoint(store: DragPointStore, id: string, fallback: Pt): Pt {
  const point = useSyncExternalStore(store.subscribe, store.get, store.get);
  return point && point.id === id ? point : fallback;
}

/** Props of {@link DragLayer}. */
export interface DragLayerProps {
  store: DragPointStore;
  /** The dragged person. */
  id: string;
  /** Where the drag started: the node layer's content is drawn there and moved by the live point's offset from it. */
  anchor: Pt;
  /** The dragged person's ties. */
  ties: readonly Tie[];
  /** Resting positions of everyone. */
  positions: Map<string, Pt>;
  /** The client's id (drawn with the client's larger radius). */
  focus: string;
  nodeR: number;
  clientR: number;
  /** The drawing's area (its viewBox), layout units. */
  bounds: { x: number; y: number; width: number; height: number };
  density: 'high' | 'normal';
  /** Focus the dragged node once it is drawn in the layer (it had focus in the map). */
  refocus: boolean;
  /** The dragged node and its name, drawn at `anchor`. */
  children: ReactNode;
}

/** The two drag layers, laid exactly over the map (the sibling `[data-part="svg"]`). */
export function DragLayer(props: DragLayerProps): ReactElement {
  const { store, id, anchor, bounds } = props;
  const tiesSvg = useRef<SVGSVGElement>(null);
  const nodeSvg = useRef<SVGSVGElement>(null);
  const [viewport, setViewport] = useState<string | undefined>(undefined);
  const scale = useRef({ x: 1, y: 1 });
  // Lay both layers over the map and copy its pan/zoom (which does not change during a drag:
  // a second pointer cancels the drag).
  useLayoutEffect(() => {
    const own = tiesSvg.current;
    const parent = own?.parentElement;
    const map = parent ? Array.from(parent.children).find((c) => c.getAttribute('data-part') === 'svg') : undefined;
    if (!own || !parent || !map) return;
    const r = map.getBoundingClientRect();
    const pr = parent.getBoundingClientRect();
    for (const el of [tiesSvg.current, nodeSvg.current]) {
      if (!el) continue;
      el.style.left = `${r.left - pr.left - parent.clientLeft}px`;
      el.style.top = `${r.top - pr.top - parent.clientTop}px`;
      el.style.width = `${r.width}px`;
      el.style.height = `${r.height}px`;
    }
    const vp = map.querySelector('[data-part="viewport"]');
    setViewport(vp?.getAttribute('transform') ?? undefined);
    const ctm = vp && 'getScreenCTM' in vp ? (vp as SVGGraphicsElement).getScreenCTM() : null;
    if (ctm && ctm.a > 0 && ctm.d > 0) scale.current = { x: ctm.a, y: ctm.d };
  }, []);
  // The node layer follows the live point (CSS pixels = layout units × the map's scale).
  useLayoutEffect(() => {
    const apply = () => {
      const el = nodeSvg.current;
      const p = store.get();
      if (!el || !p || p.id !== id) return;
      const dx = (p.x - anchor.x) * scale.current.x;
      const dy = (p.y - anchor.y) * scale.current.y;
      el.style.transform = `translate(${dx.toFixed(2)}px, ${dy.toFixed(2)}px)`;
    };
    apply();
    return store.subscribe(apply);
  }, [store, id, anchor.x, anchor.y]);
  // The dragged node is a new element here: give it the focus its original had.
  useLayoutEffect(() => {
    if (!props.refocus) return;
    const node = nodeSvg.current?.querySelector<SVGElement>('[data-part="node"]');
    node?.focus({ preventScroll: true });
  }, [props.refocus]);
  const viewBox = `${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`;
  return (
    <>
      <svg
        ref={tiesSvg}
        data-part="drag-layer"
        data-layer="ties"
        data-density={props.density}
        data-export="exclude"
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
      >
        <g transform={viewport}>
          <rect data-part="drag-bounds" x={bounds.x} y={bounds.y} width={bounds.width} height={bounds.height} />
          <DragTies {...props} />
        </g>
      </svg>
      <svg
        ref={nodeSvg}
        data-part="drag-layer"
        data-layer="node"
        data-density={props.density}
        data-export="exclude"
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid meet"
      >
        <g transform={viewport}>{props.children}</g>
      </svg>
    </>
  );
}

/** The dragged person's ties, drawn to the live point. */
function DragTies({ store, id, anchor, ties, positions, focus, nodeR, clientR, density }: DragLayerProps): ReactElement {
  const point = useDragPoint(store, id, anchor);
  // Opacity as stroke/fill opacity, not as group opacity: a group opacity would put each tie in
  // a paint chunk of its own whose size changes on every move (see the rectangle above).
  const fade = density === 'high' ? 0.6 : 1;
  const at = (who: string): Pt | undefined => (who === id ? point : positions.get(who));
  return (
    <g data-part="drag-ties">
      {ties.map((tie) => {
        const a = at(tie.between[0]);
        const b = at(tie.between[1]);
        if (!a || !b) return null;
        const opacity = tieStyle(tie).opacity * fade;
        return (
          <g
            key={tie.id}
            data-part="drag-tie"
            data-id={tie.id}
            data-strength={tie.strength ?? 'unknown'}
            data-quality={tie.quality ?? 'unknown'}
            data-status={tie.status ?? 'active'}
            style={{ strokeOpacity: opacity, fillOpacity: opacity }}
          >
            <TieLine
              from={a}
              to={b}
              tie={tie}
              fromInset={(tie.between[0] === focus ? clientR : nodeR) + 2}
              toInset={(tie.between[1] === focus ? clientR : nodeR) + 2}
            />
          </g>
        );
      })}
    </g>
  );
}
