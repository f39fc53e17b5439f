/**
 * Zoom and pan along one axis (time): the shared pan/zoom instance (`zoom/createPanZoom`,
 * one axis, report mode) mounted in an effect. The drawing is not scaled (icons and text
 * keep their size); instead the visible time range changes and the lifeline is laid out
 * again ("semantic zoom").
 *
 * The wheel follows the one rule of every view (see createPanZoom.ts): Ctrl/⌘ + wheel or a
 * trackpad pinch zooms, Shift + wheel or a sideways wheel pans in time, a plain wheel
 * scrolls the page. Dragging the background pans; pressing an event never starts a pan,
 * but two fingers pinch wherever they land.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PanZoomBounds, PanZoomInstance, PanZoomTransform } from '../zoom/createPanZoom';
import { panZoomModule, type PanZoomModule } from '../zoom/panZoomModule';
import { toDay, toPx, type TimeScale } from '../view/lifeline/time';

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
/** Pressing these never starts a pan (events, their labels, the date-picking strip). */
const NO_PAN = '[data-part="event"], [data-part="label"], [data-zoom="ignore"]';

/** The visible days `[v0, v1]` of a transform along the time axis, or `null` when not zoomed in. */
function viewOf(tr: PanZoomTransform, b: TimeScale, axis: 'x' | 'y'): [number, number] | null {
  if (tr.k <= 1 + EPS) return null;
  const t = axis === 'x' ? tr.x : tr.y;
  return [toDay(b, (b.r0 - t) / tr.k), toDay(b, (b.r1 - t) / tr.k)];
}

/** What the instance's callbacks read: the latest render's values. */
interface Latest {
  base: TimeScale;
  axis: 'x' | 'y';
  cross: [number, number];
  maxK: number;
  view: [number, number] | null;
}

/**
 * Create the one-axis instance in report mode: its frame is the plot (the time range along
 * the axis, `cross` across it), it never pans past the range, and every change becomes the
 * visible days.
 */
function mountTimeZoom(
  createPanZoom: PanZoomModule['createPanZoom'],
  svg: SVGSVGElement,
  latest: { readonly current: Latest },
  onView: (view: [number, number] | null) => void,
): PanZoomInstance {
  const frame = (): PanZoomBounds => {
    const { base: b, axis: a, cross: [p0, p1] } = latest.current;
    const lo = Math.min(b.r0, b.r1);
    const size = Math.abs(b.r1 - b.r0);
    return a === 'x' ? { x: lo, y: p0, width: size, height: p1 - p0 } : { x: p0, y: lo, width: p1 - p0, height: size };
  };
  return createPanZoom(svg, {
    axis: latest.current.axis,
    step: STEP,
    scaleExtent: [1, latest.current.maxK],
    extent: frame,
    panBounds: frame,
    ignore: (el) => el.closest(NO_PAN) !== null,
    onTransform: (tr) => onView(viewOf(tr, latest.current.base, latest.current.axis)),
  });
}

/** Bring the instance in step: the axis, the scale limit (from the size) and the transform (from the view). */
function syncTimeZoom(instance: PanZoomInstance, { base: b, axis: a, maxK: max, view: v }: Latest): void {
  instance.update({ axis: a, scaleExtent: [1, max] });
  let k = 1;
  let t = 0;
  if (v) {
    k = Math.min(max, Math.max(1, (b.d1 - b.d0) / (v[1] - v[0])));
    t = b.r0 - k * toPx(b, v[0]);
  }
  const current = instance.getTransform();
  const ct = a === 'x' ? current.x : current.y;
  if (Math.abs(current.k - k) > 1e-4 || Math.abs(ct - t) > 0.25) {
    instance.setTransform({ k, x: a === 'x' ? t : 0, y: a === 'y' ? t : 0 });
  }
}

/**
 * @param svgRef the SVG element that receives pointer and wheel input
 * @param base the whole time range and the pixels it spans
 * @param axis `x` for a horizontal lifeline, `y` for a vertical one (time runs down)
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
  const { d0, d1, r0, r1 } = base;
  const [c0, c1] = cross;
  const maxK = Math.max(1, (d1 - d0) / minDays);
  // Read by the instance's callbacks, which are set once.
  const latest = useRef<Latest>({ base, axis, cross, maxK, view });
  latest.current = { base, axis, cross, maxK, view };
  const mounted = useRef<{ svg: SVGSVGElement; instance: PanZoomInstance } | null>(null);
  // The instance's module (d3-zoom) loads after the first paint (zoom/panZoomModule.ts): a render once it is here mounts it.
  const [, setZoomLoaded] = useState(false);
  /** A new visible range from the instance (kept when it is the same within a thousandth of a day). */
  const onView = useCallback((v: [number, number] | null) => {
    setView((prev) => {
      if (v === null || prev === null) return v === prev ? prev : v;
      return Math.abs(prev[0] - v[0]) < 1e-3 && Math.abs(prev[1] - v[1]) < 1e-3 ? prev : v;
    });
  }, []);

  // Mount the instance on the chart's element (xyflow style), again when the chart comes
  // back as another element (after the list view: so this runs after every render and
  // compares the element); destroy it on unmount.
  useEffect(() => {
    const svg = svgRef.current;
    if (mounted.current?.svg === svg) return;
    mounted.current?.instance.destroy();
    mounted.current = null;
    if (!svg) return;
    const zoomModule = panZoomModule.get();
    if (!zoomModule) {
      void panZoomModule.load().then(() => setZoomLoaded(true), () => undefined);
      return;
    }
    const instance = mountTimeZoom(zoomModule.createPanZoom, svg, latest, onView);
    mounted.current = { svg, instance };
    syncTimeZoom(instance, latest.current);
  });
  useEffect(
    () => () => {
      mounted.current?.instance.destroy();
      mounted.current = null;
    },
    [],
  );
  // The extent is read live (`frame`); the transform follows the view and the time range's pixels.
  useEffect(() => {
    if (mounted.current) syncTimeZoom(mounted.current.instance, latest.current);
  }, [axis, d0, d1, r0, r1, maxK, view]);

  /** A zoom centre in SVG coordinates, or `undefined` for the middle of the view. */
  const point = useCallback(
    (at: number | undefined): [number, number] | undefined => {
      if (at === undefined || !Number.isFinite(at)) return undefined;
      const mid = (c0 + c1) / 2;
      return axis === 'x' ? [at, mid] : [mid, at];
    },
    [axis, c0, c1],
  );
  /** Pan the content by `px` along the time axis. */
  const shift = useCallback(
    (px: number) => mounted.current?.instance.panBy(axis === 'x' ? px : 0, axis === 'y' ? px : 0),
    [axis],
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
    zoomIn: useCallback((at?: number) => mounted.current?.instance.zoomIn(point(at)), [point]),
    zoomOut: useCallback((at?: number) => mounted.current?.instance.zoomOut(point(at)), [point]),
    reset: useCallback(() => mounted.current?.instance.reset(), []),
    panBy: useCallback((px: number) => shift(-px), [shift]),
    reveal: useCallback(
      (px: number) => {
        const bb = latest.current.base;
        const margin = Math.min(80, Math.abs(bb.r1 - bb.r0) / 5);
        const lo = Math.min(bb.r0, bb.r1) + margin;
        const hi = Math.max(bb.r0, bb.r1) - margin;
        if (px >= lo && px <= hi) return;
        shift((lo + hi) / 2 - px);
      },
      [shift],
    ),
  };
}
