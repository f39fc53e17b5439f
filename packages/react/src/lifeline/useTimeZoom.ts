/**
 * Zoom and pan along one axis (time) with d3-zoom: the drawing is not scaled (icons and
 * text keep their size); instead the visible time range changes and the lifeline is laid
 * out again ("semantic zoom").
 *
 * Wheel zoom needs Ctrl or ⌘ (and trackpad pinch, which sends Ctrl+wheel), so the page
 * around an embedded lifeline still scrolls; a sideways wheel or Shift+wheel pans.
 * Dragging the background pans; pressing an event never starts a pan, but two fingers
 * pinch wherever they land.
 *
 * Kept local because the shared `createPanZoom` (../zoom) scales a viewport uniformly and
 * has no one-axis mode.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { isPinchStart } from '../zoom/createPanZoom';
import { toDay, toPx, type TimeScale } from './time';

/** What {@link useTimeZoom} returns. */
export interface TimeZoom {
  /** The visible part of the time range, mapped onto the same pixels as the base scale. */
  scale: TimeScale;
  /** Zoomed in at all. */
  zoomed: boolean;
  canZoomIn: boolean;
  /** Zoom in around `at` (pixels along the time axis; default the middle). */
  zoomIn(at?: number): void;
  /** Zoom out around `at` (pixels along the time axis; default the middle). */
  zoomOut(at?: number): void;
  /** Show the whole time range. */
  reset(): void;
  /** Move the view by `px` pixels (positive: later in time). */
  panBy(px: number): void;
  /** Pan so that the pixel position `px` (in the visible scale) is in view. */
  reveal(px: number): void;
}

const STEP = 1.6;
const EPS = 1e-6;

/**
 * @param svgRef the SVG element that receives pointer and wheel input
 * @param base the whole time range and the pixels it spans
 * @param axis `x` for a horizontal lifeline, `y` for a vertical one
 * @param cross the pixel range across the time axis (the rest of the zoom extent)
 * @param minDays the shortest time span one can zoom in to
 */
export function useTimeZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  base: TimeScale,
  axis: 'x' | 'y',
  cross: [number, number],
  minDays = 60,
): TimeZoom {
  const [view, setView] = useState<[number, number] | null>(null);
  const baseRef = useRef(base);
  baseRef.current = base;
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const maxK = Math.max(1, (base.d1 - base.d0) / minDays);

  // Create the behaviour once per element and axis.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behavior = d3zoom<SVGSVGElement, unknown>()
      .filter((event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean }) => {
        if (event.type === 'wheel') return Boolean(event.ctrlKey || event.metaKey);
        if (event.button) return false;
        // Two fingers pinch wherever they are, also when one lands on an event.
        if (isPinchStart(event)) return true;
        const target = event.target instanceof Element ? event.target : null;
        return !target?.closest('[data-part="event"], [data-part="label"], [data-zoom="ignore"]');
      })
      .on('zoom', (event: { transform: { k: number; x: number; y: number } }) => {
        const b = baseRef.current;
        const { k } = event.transform;
        const t = axis === 'x' ? event.transform.x : event.transform.y;
        if (k <= 1 + EPS) {
          setView((prev) => (prev === null ? prev : null));
          return;
        }
        const v0 = toDay(b, (b.r0 - t) / k);
        const v1 = toDay(b, (b.r1 - t) / k);
        setView((prev) => (prev && Math.abs(prev[0] - v0) < 1e-3 && Math.abs(prev[1] - v1) < 1e-3 ? prev : [v0, v1]));
      });
    const sel = select(svg);
    sel.call(behavior).on('dblclick.zoom', null);
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.shiftKey ? e.deltaY : 0;
      if (!sideways) return;
      e.preventDefault();
      const k = zoomTransform(svg).k;
      behavior.translateBy(sel, axis === 'x' ? -sideways / k : 0, axis === 'y' ? -sideways / k : 0);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    behaviorRef.current = behavior;
    return () => {
      svg.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [svgRef, axis]);

  // Keep extents in step with the size, and the d3 transform in step with the view.
  const { d0, d1, r0, r1 } = base;
  const [c0, c1] = cross;
  useEffect(() => {
    const behavior = behaviorRef.current;
    const svg = svgRef.current;
    if (!behavior || !svg) return;
    const lo = Math.min(r0, r1);
    const hi = Math.max(r0, r1);
    if (axis === 'x') {
      behavior.extent([[lo, c0], [hi, c1]]).translateExtent([[lo, -Infinity], [hi, Infinity]]);
    } else {
      behavior.extent([[c0, lo], [c1, hi]]).translateExtent([[-Infinity, lo], [Infinity, hi]]);
    }
    behavior.scaleExtent([1, maxK]);
    const b: TimeScale = { d0, d1, r0, r1 };
    let k = 1;
    let t = 0;
    if (view) {
      k = Math.min(maxK, Math.max(1, (d1 - d0) / (view[1] - view[0])));
      t = r0 - k * toPx(b, view[0]);
    }
    const current = zoomTransform(svg);
    const ct = axis === 'x' ? current.x : current.y;
    if (Math.abs(current.k - k) > 1e-4 || Math.abs(ct - t) > 0.25) {
      behavior.transform(select(svg), zoomIdentity.translate(axis === 'x' ? t : 0, axis === 'y' ? t : 0).scale(k));
    }
  }, [svgRef, axis, d0, d1, r0, r1, c0, c1, maxK, view]);

  const run = useCallback((f: (b: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
    const b = behaviorRef.current;
    const svg = svgRef.current;
    if (b && svg) f(b, svg);
  }, [svgRef]);

  /** A zoom centre in SVG coordinates, or `undefined` for the middle of the view. */
  const point = useCallback(
    (at: number | undefined): [number, number] | undefined => {
      if (at === undefined || !Number.isFinite(at)) return undefined;
      const mid = (c0 + c1) / 2;
      return axis === 'x' ? [at, mid] : [mid, at];
    },
    [axis, c0, c1],
  );

  const scale = useMemo<TimeScale>(
    () => (view ? { d0: Math.max(d0, view[0]), d1: Math.min(d1, view[1]), r0, r1 } : base),
    [view, d0, d1, r0, r1, base],
  );
  const k = view ? (d1 - d0) / (view[1] - view[0]) : 1;

  return {
    scale,
    zoomed: view !== null,
    canZoomIn: k < maxK - 1e-3,
    zoomIn: useCallback((at?: number) => run((b, svg) => b.scaleBy(select(svg), STEP, point(at))), [run, point]),
    zoomOut: useCallback((at?: number) => run((b, svg) => b.scaleBy(select(svg), 1 / STEP, point(at))), [run, point]),
    reset: useCallback(() => run((b, svg) => b.transform(select(svg), zoomIdentity)), [run]),
    panBy: useCallback(
      (px: number) =>
        run((b, svg) => {
          const kk = zoomTransform(svg).k;
          b.translateBy(select(svg), axis === 'x' ? -px / kk : 0, axis === 'y' ? -px / kk : 0);
        }),
      [run, axis],
    ),
    reveal: useCallback(
      (px: number) =>
        run((b, svg) => {
          const bb = baseRef.current;
          const margin = Math.min(80, Math.abs(bb.r1 - bb.r0) / 5);
          const lo = Math.min(bb.r0, bb.r1) + margin;
          const hi = Math.max(bb.r0, bb.r1) - margin;
          if (px >= lo && px <= hi) return;
          const kk = zoomTransform(svg).k;
          const shift = (lo + hi) / 2 - px;
          b.translateBy(select(svg), axis === 'x' ? shift / kk : 0, axis === 'y' ? shift / kk : 0);
        }),
      [run, axis],
    ),
  };
}
