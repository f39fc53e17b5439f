/**
 * A framework-free drag instance on pointer events (mouse, pen and touch).
 *
 * Listens on a container and drags the item under the pointer (by default the
 * closest element with a `data-drag-id` attribute). A drag starts only after the
 * pointer moved more than `threshold` pixels, so a simple click or tap never
 * drags; after a real drag the click that browsers fire on release is swallowed.
 * Escape cancels a running drag, and so does a second finger (or any other pointer)
 * coming down: two fingers are a pinch, not a drag.
 */

/** A point in the coordinates returned by `toLocal` (e.g. SVG user units). */
export interface DragPoint {
  x: number;
  y: number;
}

/** Options of {@link createDrag}. */
export interface DragOptions {
  /** The id of the draggable item under `target`, or `null` (default: closest `[data-drag-id]`). */
  handle?: (target: Element) => string | null;
  /** Converts client (CSS pixel) coordinates to your coordinates. Default: client coordinates. */
  toLocal?: (clientX: number, clientY: number) => DragPoint | null;
  /** Pixels to move before a drag starts. Default 5 for mouse/pen, 10 for touch. */
  threshold?: number;
  /** Return `false` to refuse dragging (e.g. read-only). */
  enabled?: () => boolean;
  onStart?: (id: string, point: DragPoint) => void;
  onMove?: (id: string, point: DragPoint) => void;
  /** The pointer was released after a real drag. */
  onEnd?: (id: string, point: DragPoint) => void;
  /** The drag was cancelled (Escape, pointercancel, a second pointer, destroy). */
  onCancel?: (id: string) => void;
}

/** The instance returned by {@link createDrag}. */
export interface DragInstance {
  /** True while a drag (past the threshold) is running. */
  isDragging(): boolean;
  /** Cancel a running drag. */
  cancel(): void;
  /** Update callbacks or options without recreating the instance. */
  update(options: Partial<DragOptions>): void;
  /** Remove every listener (cancels a running drag). */
  destroy(): void;
}

interface Pending {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  threshold: number;
  started: boolean;
  last: DragPoint;
}

const defaultHandle = (target: Element): string | null =>
  target.closest('[data-drag-id]')?.getAttribute('data-drag-id') ?? null;

/** Attach dragging to `container`. */
export function createDrag(container: Element, options: DragOptions = {}): DragInstance {
  let opts: DragOptions = { ...options };
  let pending: Pending | null = null;
  const win = container.ownerDocument.defaultView ?? window;

  const local = (e: PointerEvent): DragPoint =>
    opts.toLocal?.(e.clientX, e.clientY) ?? { x: e.clientX, y: e.clientY };

  const swallowClick = (e: Event) => {
    e.stopPropagation();
    e.preventDefault();
  };

  const stopListening = () => {
    win.removeEventListener('pointermove', onMove, true);
    win.removeEventListener('pointerup', onUp, true);
    win.removeEventListener('pointercancel', onCancelEvent, true);
    win.removeEventListener('pointerdown', onOtherDown, true);
    win.removeEventListener('keydown', onKey, true);
  };

  const finish = (cancelled: boolean, e?: PointerEvent) => {
    const p = pending;
    pending = null;
    stopListening();
    if (!p || !p.started) return;
    container.removeAttribute('data-dragging');
    if (p.pointerId >= 0 && 'releasePointerCapture' in container) {
      try {
        (container as HTMLElement).releasePointerCapture(p.pointerId);
      } catch {
        /* capture already gone */
      }
    }
    // The browser fires a click after pointerup; a drag must not also be a click.
    container.addEventListener('click', swallowClick, { capture: true, once: true });
    win.setTimeout(() => container.removeEventListener('click', swallowClick, true), 0);
    if (cancelled) opts.onCancel?.(p.id);
    else opts.onEnd?.(p.id, e ? local(e) : p.last);
  };

  function onMove(e: PointerEvent) {
    if (!pending || e.pointerId !== pending.pointerId) return;
    if (!pending.started) {
      const dist = Math.hypot(e.clientX - pending.startX, e.clientY - pending.startY);
      if (dist < pending.threshold) return;
      pending.started = true;
      container.setAttribute('data-dragging', pending.id);
      try {
        (container as HTMLElement).setPointerCapture?.(e.pointerId);
      } catch {
        /* not capturable (synthetic events) */
      }
      opts.onStart?.(pending.id, local(e));
    }
    e.preventDefault();
    pending.last = local(e);
    opts.onMove?.(pending.id, pending.last);
  }
  function onUp(e: PointerEvent) {
    if (!pending || e.pointerId !== pending.pointerId) return;
    finish(false, e);
  }
  function onCancelEvent(e: PointerEvent) {
    if (!pending || e.pointerId !== pending.pointerId) return;
    finish(true);
  }
  /** A second finger turns the gesture into a pinch (zoom): the item stays where it was. */
  function onOtherDown(e: PointerEvent) {
    if (pending && e.pointerId !== pending.pointerId) finish(true);
  }
  function onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && pending?.started) {
      e.preventDefault();
      e.stopPropagation();
      finish(true);
    }
  }

  const onDown = (event: Event) => {
    const e = event as PointerEvent;
    if (pending || e.button !== 0 || e.isPrimary === false) return;
    if (opts.enabled && !opts.enabled()) return;
    const target = e.target instanceof Element ? e.target : null;
    const id = target ? (opts.handle ?? defaultHandle)(target) : null;
    if (!id) return;
    pending = {
      id,
      pointerId: e.pointerId ?? 1,
      startX: e.clientX,
      startY: e.clientY,
      threshold: opts.threshold ?? (e.pointerType === 'touch' ? 10 : 5),
      started: false,
      last: local(e),
    };
    win.addEventListener('pointermove', onMove, true);
    win.addEventListener('pointerup', onUp, true);
    win.addEventListener('pointercancel', onCancelEvent, true);
    win.addEventListener('pointerdown', onOtherDown, true);
    win.addEventListener('keydown', onKey, true);
  };

  container.addEventListener('pointerdown', onDown);

  return {
    isDragging: () => Boolean(pending?.started),
    cancel: () => finish(true),
    update(next) {
      opts = { ...opts, ...next };
    },
    destroy() {
      container.removeEventListener('pointerdown', onDown);
      finish(true);
    },
  };
}
