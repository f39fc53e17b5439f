/**
 * What the layout reads: the people of a network (with their layout hints) and the places
 * of a previous layout, tolerant of any input; where a hint puts someone in their cell;
 * the output node of a person. Never throws.
 * @internal
 */
import { CLOSENESSES, SECTORS, type Closeness, type LayoutHint, type Sector } from '../model/types';
import { angleDegOf, angleOf, clampPolar, normalizeDeg, polarX, polarY, toRad, wrapPi, type Cell, type Geometry, type Polar } from './geometry';
import type { LayoutNode } from './types';
import { hypot } from './geometry';

/** One person as the layout sees them. */
export interface Entry {
  id: string;
  sector: Sector;
  closeness: Closeness;
  /** Hinted angle, radians. */
  hintAngle?: number;
  /** Hinted angle as given (normalised degrees), to report it exactly. */
  hintAngleDeg?: number;
  /** Hinted radius, px. */
  hintR?: number;
  /** Hinted radius as given (fraction of the outer radius), to report it exactly. */
  hintRadius?: number;
  pinned: boolean;
  /** Formal (a care worker or organisation, drawn as a square): see {@link Entry.clear}. */
  formal: boolean;
  /** px a line keeps from this person when it is not one of its ends, when not the layout's `lineClearance` (a formal person's square). */
  clear?: number;
}

/** One person's spot on the fan at radius `r` (fan.ts). */
export function spotOf(e: Entry, r: number): { r: number; clear: number | undefined } {
  return { r, clear: e.clear };
}

/** A place from the previous layout, in the current geometry. */
export interface PrevPlace {
  sector: Sector;
  closeness: Closeness;
  x: number;
  y: number;
  /** Radians. */
  angle: number;
  /** Px. */
  r: number;
  /** The previous node itself when it can be copied unchanged (same geometry). */
  verbatim: LayoutNode | null;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSector = (v: unknown): v is Sector => typeof v === 'string' && (SECTORS as readonly string[]).includes(v);
const isCloseness = (v: unknown): v is Closeness => typeof v === 'string' && (CLOSENESSES as readonly string[]).includes(v);
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function readPeople(network: unknown, geo: Geometry): Entry[] {
  if (!isObject(network)) return [];
  const people = Array.isArray(network.people) ? (network.people as unknown[]) : [];
  const focus = typeof network.focus === 'string' ? network.focus : undefined;
  const hints = isObject(network.layout) ? network.layout : undefined;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const p of people) {
    if (!isObject(p) || typeof p.id !== 'string' || p.id === focus || seen.has(p.id)) continue;
    seen.add(p.id);
    const entry: Entry = {
      id: p.id,
      sector: isSector(p.sector) ? p.sector : 'other',
      closeness: isCloseness(p.closeness) ? p.closeness : 'outer',
      pinned: false,
      // As core's effectiveFormality: stated, else formal in the care slice.
      formal: p.formality === 'formal' || (p.formality !== 'informal' && p.sector === 'care'),
    };
    const hint = hints && own(hints, p.id) ? (hints[p.id] as LayoutHint | undefined) : undefined;
    if (isObject(hint)) {
      if (typeof hint.angle === 'number' && Number.isFinite(hint.angle)) {
        entry.hintAngleDeg = normalizeDeg(hint.angle);
        entry.hintAngle = toRad(entry.hintAngleDeg);
      }
      if (typeof hint.radius === 'number' && Number.isFinite(hint.radius)) {
        entry.hintRadius = Math.min(1, Math.max(0, hint.radius));
        entry.hintR = entry.hintRadius * geo.R;
      }
      entry.pinned = hint.pinned === true;
    }
    entries.push(entry);
  }
  return entries.sort(byId);
}

export function readPrevious(previous: unknown, geo: Geometry): Map<string, PrevPlace> {
  const places = new Map<string, PrevPlace>();
  if (!isObject(previous) || !isObject(previous.nodes)) return places;
  const center = isObject(previous.center) ? previous.center : undefined;
  const sameGeometry = previous.size === geo.size && center?.x === geo.cx && center?.y === geo.cy;
  for (const [id, node] of Object.entries(previous.nodes)) {
    if (!isObject(node) || !isSector(node.sector) || !isCloseness(node.closeness)) continue;
    const { angle, radius, x, y } = node;
    if (typeof angle !== 'number' || typeof radius !== 'number' || !Number.isFinite(angle) || !Number.isFinite(radius)) {
      continue;
    }
    if (sameGeometry && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
      const dx = x - geo.cx;
      const dy = y - geo.cy;
      places.set(id, {
        sector: node.sector, closeness: node.closeness, x, y, angle: angleOf(dx, dy), r: hypot(dx, dy),
        verbatim: { id, x, y, angle, radius, sector: node.sector, closeness: node.closeness },
      });
    } else {
      const a = toRad(normalizeDeg(angle));
      const r = radius * geo.R;
      places.set(id, {
        sector: node.sector, closeness: node.closeness, x: polarX(geo, a, r), y: polarY(geo, a, r), angle: a, r, verbatim: null,
      });
    }
  }
  return places;
}

/** Hints this close to a cell's line (radians or px) count as inside: they are kept, nudged a hair inside. */
const ON_LINE = 1e-9;

/** Whether an angle (radians) lies in a cell's slice or on its lines. */
export function inSlice(cell: Cell, angle: number): boolean {
  const d = wrapPi(angle - cell.am);
  const half = (cell.a1 - cell.a0) / 2 + ON_LINE;
  return d >= -half && d <= half;
}

/** Whether a radius (px) lies in a cell's ring or on its circles. */
function inRing(cell: Cell, r: number): boolean {
  return r >= cell.r0 - ON_LINE && r <= cell.r1 + ON_LINE;
}

/**
 * Where a person goes in their cell, given a wanted polar point: hinted coordinates
 * replace the wanted ones and are kept exactly when they lie in the cell (a hint on a
 * line is nudged a hair inside); anything else is clamped `pad` px inside the cell's
 * lines. With `exact`, unhinted coordinates are only nudged inside too (pinned people).
 */
export function place(cell: Cell, entry: Entry, angle: number, r: number, pad: number, exact = false): Polar {
  const a = entry.hintAngle ?? angle;
  const rr = entry.hintR ?? r;
  const exactR = entry.hintR !== undefined ? inRing(cell, entry.hintR) : exact;
  const exactA = entry.hintAngle !== undefined ? inSlice(cell, entry.hintAngle) : exact;
  return clampPolar(cell, a, rr, exactR ? 0 : pad, exactA ? 0 : pad);
}

/** The output node of a person at (x, y). A hint that was kept exactly is reported exactly. */
export function finish(geo: Geometry, entry: Entry, cell: Cell, x: number, y: number): LayoutNode {
  const dx = x - geo.cx;
  const dy = y - geo.cy;
  let angle = angleDegOf(dx, dy);
  let radius = hypot(dx, dy) / geo.R;
  if (entry.hintAngleDeg !== undefined && Math.abs(wrapPi(toRad(entry.hintAngleDeg - angle))) < 1e-9) {
    angle = entry.hintAngleDeg;
  }
  if (entry.hintRadius !== undefined && Math.abs(entry.hintRadius - radius) < 1e-12) radius = entry.hintRadius;
  return { id: entry.id, x, y, angle, radius, sector: cell.sector, closeness: cell.closeness };
}

