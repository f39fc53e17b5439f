/**
 * Where on the live map a name is dropped: the sector and circle under a point of the screen,
 * read from the Ecogram's rendered SVG (its public drawing: `[data-part=sector]` pie slices with
 * `data-sector`, `[data-part=ring]` circles with `data-closeness`, the client's disc), in the
 * map's own coordinates, so zoom and pan of the map are taken into account.
 */
import type { Closeness, Sector } from '@kring/core';

/** A sector and circle under the pointer. */
export interface DropCell {
  sector: Sector;
  closeness: Closeness;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

/**
 * The cell of the map in `container` under the screen point (`clientX`, `clientY`), or `null`
 * (outside the map, on the client in the centre, or no map drawn yet).
 */
export function dropTarget(container: Element | null, clientX: number, clientY: number): DropCell | null {
  const svg = container?.querySelector<SVGSVGElement>('svg[data-part="svg"]');
  const viewport = svg?.querySelector<SVGGraphicsElement>('[data-part="viewport"]');
  const ctm = viewport?.getScreenCTM?.();
  if (!svg || !viewport || !ctm) return null;
  const box = svg.getBoundingClientRect();
  if (clientX < box.left || clientX > box.right || clientY < box.top || clientY > box.bottom) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  const disc = viewport.querySelector('[data-part="client-disc"]');
  if (!disc) return null;
  const dist = Math.hypot(p.x - num(disc, 'cx'), p.y - num(disc, 'cy'));
  if (dist <= num(disc, 'r')) return null;
  const rings = [...viewport.querySelectorAll('[data-part="ring"][data-closeness]')].sort((a, b) => num(a, 'r') - num(b, 'r'));
  const ring = rings.find((r) => dist < num(r, 'r'));
  if (!ring) return null;
  const sectors = [...viewport.querySelectorAll<SVGPathElement>('[data-part="sector"][data-sector]')];
  const sector = sectors.find((s) => typeof s.isPointInFill === 'function' && s.isPointInFill(new DOMPoint(p.x, p.y)));
  if (!sector) return null;
  return { sector: sector.getAttribute('data-sector') as Sector, closeness: ring.getAttribute('data-closeness') as Closeness };
}
