/**
 * A framework-free pan/zoom instance for an SVG element, built on d3-zoom
 * (the xyflow pattern: React creates it in an effect and destroys it on unmount).
 * The Ecogram uses it on both axes with a viewport; the Lifeline along its time axis only,
 * in report mode (no viewport), to rescale its time scale.
 *
 * ## The wheel rule (the same in every view)
 * An embedded view must not take the page's scrolling away from the reader, so:
 * - **Ctrl/⌘ + wheel zooms** around the pointer. A trackpad pinch arrives as Ctrl + wheel, so
 *   it zooms too. Ctrl + wheel over the view never zooms the page, also at the scale limits.
 * - **Shift + wheel, or a sideways wheel** (a trackpad's sideways swipe) **pans**: sideways
 *   on a two-axis view, along the axis on a one-axis view.
 * - **A plain wheel scrolls the page**: the view does not touch it.
 *
 * Dragging the background pans and two fingers pinch (also when one lands on an item that
 * `ignore` keeps from starting a pan); `zoomIn`, `zoomOut`, `fit`, `reset`, `panBy` and
 * `setTransform` do the same from buttons and keys.
 *
 * ## Modes
 * - `axis: 'both'` (default): uniform zoom and free pan.
 * - `axis: 'x'` or `'y'`: zoom and pan along one axis; the other translation stays `0`.
 * - With `viewport` the transform is applied to it as a `transform` attribute
 *   (`translate(x,y) scale(k)`; on one axis `translate(x,0) scale(k,1)` or
 *   `translate(0,y) scale(1,k)`). Without it the instance only **reports** the transform
 *   through `onTransform`, e.g. for a view that rescales its own scale and draws again
 *   ("semantic zoom": icons and text keep their size).
 */
import { select, type Selection } from 'd3-selection';
import { readViewBox } from './viewBox';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** A pan/zoom state: scale `k`, then translation `x`, `y` in SVG user units. */
export interface PanZoomTransform {
  k: number;
  x: number;
  y: number;
}

/** A rectangle in SVG user units (the coordinates of the viewport's content). */
export interface PanZoomBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Which way an instance zooms and pans: both axes (uniformly), or along one only. */
export type PanZoomAxis = 'x' | 'y' | 'both';

/** Options of {@link createPanZoom}. Every option can be changed later with `update`. */
export interface PanZoomOptions {
  /**
   * The element that receives the `transform` attribute, usually a `<g>` directly in the SVG.
   * Without it the instance only reports the transform through `onTransform` (report mode).
   */
  viewport?: SVGGraphicsElement | null;
  /** Zoom and pan on both axes (default), or along `x` or `y` only. */
  axis?: PanZoomAxis;
  /** Smallest and largest scale. Default `[0.5, 6]`. */
  scaleExtent?: [number, number];
  /** Factor of one `zoomIn`/`zoomOut` step. Default `1.3`. */
  step?: number;
  /**
   * The part of the SVG (user units) the view shows: keys and buttons zoom around its
   * middle, `fit` fills it. Default: the SVG's viewBox (else its client size).
   */
  extent?: () => PanZoomBounds | null;
  /**
   * The content (user units at scale 1) the view may not pan beyond (d3's
   * `translateExtent`). Default: none. A one-axis instance limits only its own axis.
   */
  panBounds?: () => PanZoomBounds | null;
  /**
   * Returns `true` when a pointer/touch event on `target` must not start a pan
   * (e.g. it is on a draggable node). The wheel and a two-finger pinch are always allowed.
   */
  ignore?: (target: Element) => boolean;
  /**
   * Called after every change, with the new transform. `userEvent` is true for
   * wheel/pinch/drag, false for the methods.
   */
  onTransform?: (transform: PanZoomTransform, userEvent: boolean) => void;
  /** Content bounds used by `fit()` when no bounds are passed. Default: the SVG viewBox. */
  contentBounds?: () => PanZoomBounds | null;
}

/** The instance returned by {@link createPanZoom}. Points are in SVG user units of the view. */
export interface PanZoomInstance {
  /** Zoom in one `step` around `at` (default: the middle of the extent). */
  zoomIn(at?: [number, number]): void;
  /** Zoom out one `step` around `at` (default: the middle of the extent). */
  zoomOut(at?: [number, number]): void;
  /** Multiply the scale by `factor` around `at` (default: the middle of the extent). */
  scaleBy(factor: number, at?: [number, number]): void;
  /** Move the content by `dx`, `dy` view units (within `panBounds`; a one-axis instance ignores the other). */
  panBy(dx: number, dy: number): void;
  /** Scale and centre so that `bounds` (default: the content) fill the view, never above scale 1. */
  fit(bounds?: PanZoomBounds): void;
  /** Back to scale 1, no translation. */
  reset(): void;
  /** Centre the view on a point (content units) keeping the scale. */
  centerOn(x: number, y: number): void;
  /** Set the transform (the scale is kept within `scaleExtent`; a one-axis instance drops the other translation). */
  setTransform(t: PanZoomTransform): void;
  getTransform(): PanZoomTransform;
  /** Update options such as `ignore`, `onTransform` or `scaleExtent` without recreating the instance. */
  update(options: Partial<PanZoomOptions>): void;
  /** Removes every listener; the element keeps its last transform. */
  destroy(): void;
}

export { readViewBox };

/**
 * Is `event` a `touchstart` with two or more fingers down? Such a touch starts a pinch,
 * even where one finger alone would not start a pan (e.g. on a draggable item).
 */
export function isPinchStart(event: Event): boolean {
  const touches = (event as Event & { touches?: { length: number } }).touches;
  return event.type === 'touchstart' && (touches?.length ?? 0) > 1;
}

/** The parts of a wheel event the wheel rule reads. */
type WheelLike = Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** The wheel rule, for one wheel event: Ctrl/⌘ (or a pinch) zooms, Shift or sideways pans, else the page scrolls. */
export function wheelAction(event: WheelLike): 'zoom' | 'pan' | 'page' {
  if (event.ctrlKey || event.metaKey) return 'zoom';
  return wheelPan(event) !== 0 ? 'pan' : 'page';
}

/** Pixels per wheel unit: lines (Firefox) and pages are turned into pixels. */
function pixels(event: WheelLike): number {
  return event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
}

/** How far (view pixels) a wheel event pans sideways: a sideways wheel, or Shift + wheel; else 0. */
export function wheelPan(event: WheelLike): number {
  const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
  return sideways * pixels(event);
}

/**
 * The zoom of one Ctrl/⌘ + wheel event, as a power of two. A pinch sends many small
 * Ctrl + wheel deltas and gets d3's ×10 boost; a mouse wheel's notch (≥ 50 px) does not, so a
 * notch zooms about as much as a plain notch did before the wheel rule (×1.15 for 100 px).
 */
export function wheelZoom(event: WheelLike): number {
  const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (pinch ? 10 : 1);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function toAttribute(t: PanZoomTransform, axis: PanZoomAxis): string {
  if (axis === 'x') return `translate(${round(t.x)},0) scale(${round(t.k)},1)`;
  if (axis === 'y') return `translate(0,${round(t.y)}) scale(1,${round(t.k)})`;
  return `translate(${round(t.x)},${round(t.y)}) scale(${round(t.k)})`;
}

type Extent = [[number, number], [number, number]];

function toExtent(b: PanZoomBounds): Extent {
  return [[b.x, b.y], [b.x + b.width, b.y + b.height]];
}

/** Keep a one-axis transform on its axis: the other translation is 0. */
function onAxis(t: ZoomTransform, axis: PanZoomAxis): ZoomTransform {
  if (axis === 'both') return t;
  return zoomIdentity.translate(axis === 'x' ? t.x : 0, axis === 'y' ? t.y : 0).scale(t.k);
}

/** What an instance keeps between events; its parts read the options live. */
interface PanZoomState {
  svg: SVGSVGElement;
  opts: PanZoomOptions;
  current: PanZoomTransform;
  /** A wheel pan is running (d3's translateBy has no source event to say so). */
  userPan: boolean;
}

const axisOf = (state: PanZoomState): PanZoomAxis => state.opts.axis ?? 'both';

/** The part of the SVG the view shows: `extent`, else the viewBox, else the client size. */
function viewExtent({ svg, opts }: PanZoomState): Extent {
  return toExtent(opts.extent?.() ?? readViewBox(svg) ?? { x: 0, y: 0, width: svg.clientWidth || 1, height: svg.clientHeight || 1 });
}

/** d3's translate extent: `panBounds` on the instance's axes, unbounded elsewhere. */
function panExtent(state: PanZoomState): Extent {
  const b = state.opts.panBounds?.();
  if (!b) return [[-Infinity, -Infinity], [Infinity, Infinity]];
  const [[x0, y0], [x1, y1]] = toExtent(b);
  const a = axisOf(state);
  return [[a === 'y' ? -Infinity : x0, a === 'x' ? -Infinity : y0], [a === 'y' ? Infinity : x1, a === 'x' ? Infinity : y1]];
}

/** The d3 behaviour: zoom by Ctrl/⌘ + wheel, pan by dragging where `ignore` allows, one axis, reports. */
function createBehavior(state: PanZoomState): ZoomBehavior<SVGSVGElement, unknown> {
  const behavior = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent(state.opts.scaleExtent ?? [0.5, 6])
    .extent(() => viewExtent(state))
    .wheelDelta((event: WheelEvent) => wheelZoom(event))
    .filter((event: Event & { button?: number; ctrlKey?: boolean; view?: Window | null }) => {
      if (event.type === 'wheel') return wheelAction(event as WheelEvent) === 'zoom';
      // d3 needs the event's window (synthetic events in tests may have none).
      if (event.type === 'mousedown' && !event.view) return false;
      if (event.ctrlKey || event.button) return false;
      // A second finger makes a pinch wherever the fingers are, also on a draggable node
      // (d3 then takes every finger down, including one it ignored before).
      if (isPinchStart(event)) return true;
      const target = event.target instanceof Element ? event.target : null;
      return !(target && state.opts.ignore?.(target));
    });
  const d3Constrain = behavior.constrain();
  return behavior
    .constrain((t, e) => onAxis(d3Constrain(t, e, panExtent(state)), axisOf(state)))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      state.current = { k, x, y };
      state.opts.viewport?.setAttribute('transform', toAttribute(state.current, axisOf(state)));
      state.opts.onTransform?.(state.current, state.userPan || Boolean(event.sourceEvent));
    });
}

/** The transform that fits `b` into the view `[[x0, y0], [x1, y1]]` (only along the instance's axis). */
function fitTransform(b: PanZoomBounds, [[x0, y0], [x1, y1]]: Extent, [min, max]: [number, number], axis: PanZoomAxis): ZoomTransform {
  const kx = axis === 'y' ? Infinity : (x1 - x0) / b.width;
  const ky = axis === 'x' ? Infinity : (y1 - y0) / b.height;
  const k = Math.max(min, Math.min(max, 1, kx, ky));
  const [vx, vy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return zoomIdentity.translate(vx - k * (b.x + b.width / 2), vy - k * (b.y + b.height / 2)).scale(k);
}

/**
 * Attach pan and zoom to `svg`. Never throws in environments without layout
 * (jsdom): the viewBox attribute is read directly.
 */
export function createPanZoom(svg: SVGSVGElement, options: PanZoomOptions = {}): PanZoomInstance {
  const state: PanZoomState = { svg, opts: { ...options }, current: { k: 1, x: 0, y: 0 }, userPan: false };
  const selection = select(svg) as Selection<SVGSVGElement, unknown, null, undefined>;
  const behavior = createBehavior(state);
  selection.call(behavior).on('dblclick.zoom', null);
  // A transform left on the element by an earlier instance (d3 keeps it there) is kept.
  const { k: k0, x: x0, y: y0 } = onAxis(zoomTransform(svg), axisOf(state));
  state.current = { k: k0, x: x0, y: y0 };

  const centre = (): [number, number] => {
    const [[ex0, ey0], [ex1, ey1]] = viewExtent(state);
    return [(ex0 + ex1) / 2, (ey0 + ey1) / 2];
  };
  const apply = (t: ZoomTransform) => behavior.transform(selection, onAxis(t, axisOf(state)));
  const scaleBy = (factor: number, at?: [number, number]) => behavior.scaleBy(selection, factor, at ?? centre());
  const panBy = (dx: number, dy: number, byUser = false) => {
    const k = state.current.k;
    state.userPan = byUser;
    try {
      behavior.translateBy(selection, dx / k, dy / k);
    } finally {
      state.userPan = false;
    }
  };

  // The rest of the wheel rule: Shift or sideways pans; Ctrl/⌘ + wheel never zooms the page
  // (d3 lets it through at a scale limit). A plain wheel is left alone: the page scrolls.
  const onWheel = (event: WheelEvent) => {
    const action = wheelAction(event);
    if (action === 'page') return;
    event.preventDefault();
    if (action !== 'pan') return;
    const px = -wheelPan(event);
    const vertical = axisOf(state) === 'y';
    panBy(vertical ? 0 : px, vertical ? px : 0, true);
  };
  svg.addEventListener('wheel', onWheel, { passive: false });

  return {
    zoomIn: (at) => scaleBy(state.opts.step ?? 1.3, at),
    zoomOut: (at) => scaleBy(1 / (state.opts.step ?? 1.3), at),
    scaleBy,
    panBy: (dx, dy) => panBy(dx, dy),
    fit(bounds) {
      const b = bounds ?? state.opts.contentBounds?.() ?? readViewBox(svg);
      const valid = b && b.width > 0 && b.height > 0;
      apply(valid ? fitTransform(b, viewExtent(state), behavior.scaleExtent(), axisOf(state)) : zoomIdentity);
    },
    reset: () => apply(zoomIdentity),
    centerOn(x, y) {
      const [vx, vy] = centre();
      const k = state.current.k;
      apply(zoomIdentity.translate(vx - k * x, vy - k * y).scale(k));
    },
    setTransform(t) {
      const [min, max] = behavior.scaleExtent();
      apply(zoomIdentity.translate(t.x, t.y).scale(Math.max(min, Math.min(max, t.k))));
    },
    getTransform: () => ({ ...state.current }),
    update(next) {
      const axisBefore = axisOf(state);
      state.opts = { ...state.opts, ...next };
      if (next.scaleExtent) behavior.scaleExtent(next.scaleExtent);
      // Another axis: drop the translation across it (and redraw the viewport for the new axis).
      const { k, x, y } = state.current;
      if (axisOf(state) !== axisBefore) apply(zoomIdentity.translate(x, y).scale(k));
    },
    destroy() {
      svg.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    },
  };
}
