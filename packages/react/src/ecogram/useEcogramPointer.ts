/**
 * Pointer and zoom on the map: the framework-free pan/zoom and drag instances
 * (`zoom/createPanZoom`, `drag/createDrag`) mounted in effects, the map's scale in pixels per
 * layout unit (for 44 px touch targets and 12 px names), and the person being dragged with
 * the cell they would land in.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { placePerson } from '@kring/core';
import { locate, type EcogramLayout } from '@kring/core/layout';
import type { DragInstance } from '../drag/createDrag';
import { lazyModule, withModule } from '../utils/lazyPart';
import { useLayoutEffect } from '../utils/layoutEffect';
import type { PanZoomInstance } from '../zoom/createPanZoom';
import { panZoomModule, type PanZoomModule } from '../zoom/panZoomModule';
import { MARGIN } from './EcogramSvg';
import type { Pt } from '../view/map/geometry';
import { LAYOUT_SIZE } from '../view/map/mapLayout';
import type { EcogramView } from './types';
import { createDragStore, type DragStore } from './dragStore';

/**
 * The drag instance's module (drag/createDrag.ts), loaded by an editable map in the same effect
 * pass as the pan/zoom instance, after the first paint; a read-only map never loads it.
 */
const dragModule = /* @__PURE__ */ lazyModule(() => import('../drag/createDrag'));
import { useFitToScreen } from './useFitToScreen';

export type { DragState } from './dragStore';

/** What {@link useEcogramPointer} returns. @internal */
export interface EcogramPointer {
  panZoom: RefObject<PanZoomInstance | null>;
  /** The pan/zoom instance is mounted (it loads after the first paint). */
  zoomReady: boolean;
  zoomK: number;
  pxPerUnit: number;
  /** Hit radius of a person (layout units): at least 22 CSS px where the map leaves room. */
  hitRadius: number;
  /** The map's height cap is set for the toolbar's place (useFitToScreen): the people may be drawn. */
  fitted: boolean;
  /** Where a dragged person is (dragStore.ts): read by the map's drawing only. */
  dragStore: DragStore;
}

/** @internal */
export function useEcogramPointer(options: {
  svgRef: RefObject<SVGSVGElement | null>;
  viewportRef: RefObject<SVGGElement | null>;
  rootEl: HTMLElement | null;
  /** The toolbar stands beside the map (useRail): the map's size is read again when it changes. */
  rail: boolean | null;
  view: EcogramView;
  editable: boolean;
  /** People on the map besides the client. */
  people: number;
  layout: EcogramLayout;
  /** Place a dropped person (the layout picks the distance within the circle). */
  place: (id: string, args: Parameters<typeof placePerson>[2]) => void;
}): EcogramPointer {
  const { svgRef, viewportRef, rootEl, rail, view, editable, people, layout, place } = options;
  const panZoom = useRef<PanZoomInstance | null>(null);
  const [zoomK, setZoomK] = useState(1);
  const editableRef = useRef(editable);
  editableRef.current = editable;
  // The pan/zoom instance (d3-zoom) loads after the first paint (zoom/panZoomModule.ts) and is
  // mounted as soon as it is here; `zoomReady` tells the effects that use it.
  const [zoomReady, setZoomReady] = useState(false);
  useEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg) return;
    let instance: PanZoomInstance | null = null;
    // Without the module the map still shows, only without pan and zoom.
    const cancel = withModule(panZoomModule, ({ createPanZoom }: PanZoomModule): void => {
      instance = createPanZoom(svg, {
        viewport: viewportRef.current,
        scaleExtent: [0.5, 8],
        ignore: (el) => editableRef.current && el.closest('[data-drag-id]') !== null,
        contentBounds: () => ({ x: -MARGIN, y: -MARGIN, width: LAYOUT_SIZE + 2 * MARGIN, height: LAYOUT_SIZE + 2 * MARGIN }),
        onTransform: (tr) => setZoomK((k) => (Math.abs(k - tr.k) > 0.02 ? tr.k : k)),
      });
      panZoom.current = instance;
      setZoomReady(true);
    });
    return () => {
      cancel();
      instance?.destroy();
      panZoom.current = null;
      setZoomReady(false);
    };
  }, [view, svgRef, viewportRef]);
  const fittedFor = useFitToScreen(rootEl, view === 'map', rail);

  // Pixels per layout unit, for touch targets of at least 44 CSS pixels and names of at least
  // 12 px. Read in a layout effect: at mount the map has drawn only its rings (EcogramSvg waits
  // for the label font, read in the same commit), so this read is cheap and the people and
  // names are drawn once, at the right size, before the first paint.
  const [pxPerUnit, setPxPerUnit] = useState(1);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = svg.clientWidth || svg.getBoundingClientRect().width;
      if (w > 0) setPxPerUnit(Math.min(w, svg.clientHeight || w) / (LAYOUT_SIZE + 2 * MARGIN));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(svg);
    return () => ro.disconnect();
    // rootEl: read again once the body is known, after useFitToScreen has capped the height;
    // rail: again when the toolbar moves beside the map (the map's size changes with it).
  }, [view, rootEl, svgRef, rail]);
  // Touch targets: at least 22 CSS px radius (44 px across) where the map leaves room for it.
  const hitCap = people <= 20 ? 72 : people <= 50 ? 40 : 30;
  const hitRadius = Math.min(hitCap, Math.max(22, 22.5 / Math.max(0.05, pxPerUnit * zoomK)));
  const [dragStore] = useState(createDragStore);
  const latest = useRef({ layout, place });
  latest.current = { layout, place };
  useEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg || !editable) return;
    let instance: DragInstance | null = null;
    const toLocal = (clientX: number, clientY: number): Pt | null => {
      const vp = viewportRef.current;
      if (!vp || typeof vp.getScreenCTM !== 'function' || typeof DOMPoint === 'undefined') return null;
      const ctm = vp.getScreenCTM();
      if (!ctm) return null;
      const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
      return { x: p.x, y: p.y };
    };
    // Without the module the map still shows and edits by keyboard and forms.
    const cancel = withModule(dragModule, ({ createDrag }) => {
      instance = createDrag(svg, {
        enabled: () => editableRef.current,
        toLocal,
        onStart: (id, p) => dragStore.set({ id, x: p.x, y: p.y }),
        onMove: (id, p) => dragStore.set({ id, x: p.x, y: p.y }),
        onCancel: () => dragStore.set(null),
        onEnd: (id, p) => {
          dragStore.set(null);
          const { layout: l, place: doPlace } = latest.current;
          const spot = locate(l, p.x, p.y);
          if (!spot) return;
          // Keep the angle where it was dropped; the layout picks the distance within the
          // circle so that the person does not land on top of someone else.
          doPlace(id, { closeness: spot.closeness, sector: spot.sector, angle: spot.angle, radius: undefined });
        },
      });
    });
    return () => {
      cancel();
      instance?.destroy();
    };
  }, [view, svgRef, viewportRef, dragStore, editable]);

  return { panZoom, zoomReady, zoomK, pxPerUnit, hitRadius, dragStore, fitted: rail !== null && fittedFor === rail };
}
