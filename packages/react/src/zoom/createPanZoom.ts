/**
 * A framework-free pan/zoom instance for an SVG element, built on d3-zoom
 * (the xyflow pattern: React creates it in an effect and destroys it on unmount).
 *
 * Wheel, pinch and dragging the background pan and zoom; `zoomIn`, `zoomOut`,
 * `fit` and `setTransform` do the same from buttons and keys. The transform is
 * applied to `options.viewport` (a `<g>` inside the SVG) as a `transform`
 * attribute and reported through `onTransform`.
 */
import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

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

/** Options of {@link createPanZoom}. */
export interface PanZoomOptions {
  /** The element that receives the `transform` attribute, usually a `<g>` directly in the SVG. */
  viewport?: SVGGraphicsElement | null;
  /** Smallest and largest scale. Default `[0.5, 6]`. */
  scaleExtent?: [number, number];
  /** Factor of one `zoomIn`/`zoomOut` step. Default `1.3`. */
  step?: number;
  /**
   * Returns `true` when a pointer/touch event on `target` must not start a pan
   * (e.g. it is on a draggable node). Wheel zoom is always allowed.
   */
  ignore?: (target: Element) => boolean;
  /** Called after every change, with the new transform. `userEvent` is true for wheel/pinch/drag. */
  onTransform?: (transform: PanZoomTransform, userEvent: boolean) => void;
  /** Content bounds used by `fit()` when no bounds are passed. Default: the SVG viewBox. */
  contentBounds?: () => PanZoomBounds | null;
}

/** The instance returned by {@link createPanZoom}. */
export interface PanZoomInstance {
  zoomIn(): void;
  zoomOut(): void;
  /** Scale and centre so that `bounds` (default: the content) fill the view, never above scale 1. */
  fit(bounds?: PanZoomBounds): void;
  /** Centre the view on a point (user units) keeping the scale. */
  centerOn(x: number, y: number): void;
  setTransform(t: PanZoomTransform): void;
  getTransform(): PanZoomTransform;
  /** Update options such as `ignore` or `onTransform` without recreating the instance. */
  update(options: Partial<PanZoomOptions>): void;
  /** Removes every listener; the element keeps its last transform. */
  destroy(): void;
}

/** Parse an SVG `viewBox` attribute; `null` when absent or malformed. */
export function readViewBox(svg: SVGSVGElement): PanZoomBounds | null {
  const raw = svg.getAttribute('viewBox');
  if (!raw) return null;
  const parts = raw.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, width, height] = parts as [number, number, number, number];
  return { x, y, width, height };
}

/**
 * Is `event` a `touchstart` with two or more fingers down? Such a touch starts a pinch,
 * even where one finger alone would not start a pan (e.g. on a draggable item).
 */
export function isPinchStart(event: Event): boolean {
  const touches = (event as Event & { touches?: { length: number } }).touches;
  return event.type === 'touchstart' && (touches?.length ?? 0) > 1;
}

function toString(t: PanZoomTransform): string {
  return `translate(${round(t.x)},${round(t.y)}) scale(${round(t.k)})`;
}
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Attach pan and zoom to `svg`. Never throws in environments without layout
 * (jsdom): the viewBox attribute is read directly.
 */
export function createPanZoom(svg: SVGSVGElement, options: PanZoomOptions = {}): PanZoomInstance {
  let opts: PanZoomOptions = { ...options };
  const selection = select(svg) as Selection<SVGSVGElement, unknown, null, undefined>;
  const extent = (): [[number, number], [number, number]] => {
    const vb = readViewBox(svg) ?? { x: 0, y: 0, width: svg.clientWidth || 1, height: svg.clientHeight || 1 };
    return [[vb.x, vb.y], [vb.x + vb.width, vb.y + vb.height]];
  };
  let current: PanZoomTransform = { k: 1, x: 0, y: 0 };

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent(opts.scaleExtent ?? [0.5, 6])
    .extent(extent)
    .filter((event: Event & { button?: number; ctrlKey?: boolean; view?: Window | null }) => {
      if (event.type === 'wheel') return true;
      // d3 needs the event's window (synthetic events in tests may have none).
      if (event.type === 'mousedown' && !event.view) return false;
      if (event.ctrlKey || event.button) return false;
      // A second finger makes a pinch wherever the fingers are, also on a draggable node
      // (d3 then takes every finger down, including one it ignored before).
      if (isPinchStart(event)) return true;
      const target = event.target instanceof Element ? event.target : null;
      return !(target && opts.ignore?.(target));
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      current = { k, x, y };
      opts.viewport?.setAttribute('transform', toString(current));
      opts.onTransform?.(current, Boolean(event.sourceEvent));
    });

  selection.call(behavior).on('dblclick.zoom', null);

  const centre = (): [number, number] => {
    const [[x0, y0], [x1, y1]] = extent();
    return [(x0 + x1) / 2, (y0 + y1) / 2];
  };

  const instance: PanZoomInstance = {
    zoomIn() {
      behavior.scaleBy(selection, opts.step ?? 1.3, centre());
    },
    zoomOut() {
      behavior.scaleBy(selection, 1 / (opts.step ?? 1.3), centre());
    },
    fit(bounds) {
      const b = bounds ?? opts.contentBounds?.() ?? readViewBox(svg);
      if (!b || b.width <= 0 || b.height <= 0) {
        behavior.transform(selection, zoomIdentity);
        return;
      }
      const [[x0, y0], [x1, y1]] = extent();
      const [min, max] = behavior.scaleExtent();
      const k = Math.max(min, Math.min(max, 1, (x1 - x0) / b.width, (y1 - y0) / b.height));
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      const [vx, vy] = centre();
      behavior.transform(selection, zoomIdentity.translate(vx - k * cx, vy - k * cy).scale(k));
    },
    centerOn(x, y) {
      const [vx, vy] = centre();
      const k = current.k;
      behavior.transform(selection, zoomIdentity.translate(vx - k * x, vy - k * y).scale(k));
    },
    setTransform(t) {
      const [min, max] = behavior.scaleExtent();
      const k = Math.max(min, Math.min(max, t.k));
      behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(k));
    },
    getTransform() {
      return { ...current };
    },
    update(next) {
      opts = { ...opts, ...next };
      if (next.scaleExtent) behavior.scaleExtent(next.scaleExtent);
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
  return instance;
}
