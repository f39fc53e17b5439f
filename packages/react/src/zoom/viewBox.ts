/**
 * Reading an SVG's `viewBox`: apart from the pan/zoom instance (createPanZoom.ts, with d3-zoom),
 * which loads after the first paint, so that the views can read their bounds without it.
 * @internal
 */
import type { PanZoomBounds } from './createPanZoom';

/** Parse an SVG `viewBox` attribute; `null` when absent or malformed. */
export function readViewBox(svg: SVGSVGElement): PanZoomBounds | null {
  const raw = svg.getAttribute('viewBox');
  if (!raw) return null;
  const parts = raw.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, width, height] = parts as [number, number, number, number];
  return { x, y, width, height };
}

