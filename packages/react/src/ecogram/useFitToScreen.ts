/**
 * The map fits the first screen: its height is capped at the room between its top edge and
 * the bottom of the window (minus a small gap), so in a host page with a header, tabs and
 * the toolbar above it (1280×800) no part of the map lies below the fold. Written as the CSS
 * variable `--kring-map-fit` on the Ecogram's body; `ecogram.css` uses it for the map's
 * `max-height` on screen only (print keeps its own sizes). A host can override the cap with
 * `--kring-map-max-height` on `.kring-ecogram`.
 *
 * When the map starts in the lower half of the window (a host that puts it below a long form),
 * fitting would make it tiny: then the variable is removed and the default cap (82vh) applies.
 * @internal
 */
import { useState } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';

/** Space kept under the map, CSS px. */
const GAP = 16;
/** The map never gets smaller than this to fit, CSS px (20rem). */
const MIN_HEIGHT = 320;

/** The height the map may take on the first screen, in CSS px; `null` when it should not be fitted. */
export function fitHeight(mapTopInDocument: number, windowHeight: number): number | null {
  if (!(windowHeight > 0) || mapTopInDocument > windowHeight / 2) return null;
  return Math.max(MIN_HEIGHT, Math.floor(windowHeight - mapTopInDocument - GAP));
}

/**
 * Keep `--kring-map-fit` on `root` up to date while the map view is shown. Returns the
 * `layoutKey` it last measured for (`undefined` before the first measure): the Ecogram draws its
 * people only once the cap is set for the layout it shows, so the cap is read while the map
 * holds only its rings (a cheap layout) and never forces a layout of the whole map.
 */
export function useFitToScreen(root: HTMLElement | null, active: boolean, layoutKey: unknown = null): unknown {
  const [fittedFor, setFittedFor] = useState<unknown>(undefined);
  // A layout effect: the cap is set before the map reads its size (Ecogram: pxPerUnit) and
  // draws its people, so the names are sized once, before the first paint.
  useLayoutEffect(() => {
    if (!root || !active || typeof window === 'undefined') return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const map = root.querySelector('[data-part="svg"]');
      if (!map) return;
      const top = map.getBoundingClientRect().top + window.scrollY;
      const height = fitHeight(top, window.innerHeight);
      if (height === null) root.style.removeProperty('--kring-map-fit');
      else if (root.style.getPropertyValue('--kring-map-fit') !== `${height}px`) root.style.setProperty('--kring-map-fit', `${height}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    setFittedFor(() => layoutKey);
    window.addEventListener('resize', schedule);
    // Content above the map can change height (a toolbar that wraps, a host's banner).
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    ro?.observe(document.documentElement);
    return () => {
      window.removeEventListener('resize', schedule);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
      root.style.removeProperty('--kring-map-fit');
    };
    // layoutKey: what moves the map inside the body (the toolbar beside it or above): measured again.
  }, [root, active, layoutKey]);
  return fittedFor;
}
