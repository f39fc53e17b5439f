/**
 * Ecogram geometry: rings, slices, polar/cartesian conversion and clamping into a cell.
 * Angles inside this module are radians clockwise from 12 o'clock unless a name says `Deg`.
 * @internal
 */
import { CLOSENESSES, SECTORS, type Closeness, type Sector } from '../model/types';
import type { EcogramLayout, LayoutRing, LayoutSector, LocateResult } from './types';

/** Default width and height of the layout square, px. */
export const DEFAULT_LAYOUT_SIZE = 800;
/** Default node radius at {@link DEFAULT_LAYOUT_SIZE}, px. */
export const DEFAULT_NODE_RADIUS = 18;
/** The outer radius as a fraction of half the size (leaves a margin for nodes on the edge). */
const OUTER_RADIUS_FRACTION = 0.94;
/** Ring edges as fractions of the outer radius: client disc, inner, middle, outer. */
export const RING_EDGES = [0.16, 0.44, 0.72, 1] as const;

const TAU = 2 * Math.PI;
const DEG = 180 / Math.PI;

/** Tiny inset that keeps a clamped point strictly inside its cell, so `locate` finds the same cell. */
const EPS_ANGLE = 1e-7;
const EPS_RADIUS = 1e-6;

/** The geometry every layout of one size shares. */
export interface Geometry {
  size: number;
  cx: number;
  cy: number;
  /** Outer radius, px. */
  R: number;
  rings: LayoutRing[];
  sectors: LayoutSector[];
}

/** One (ring × slice) cell, in px and radians. */
export interface Cell {
  sector: Sector;
  closeness: Closeness;
  sectorIndex: number;
  ringIndex: number;
  /** Start and end angle, radians clockwise from 12 o'clock. */
  a0: number;
  a1: number;
  /** Middle angle. */
  am: number;
  /** Inner and outer radius, px. */
  r0: number;
  r1: number;
  /** Middle radius, px. */
  rm: number;
}

/** Seven equal slices, clockwise from 12 o'clock. */
export function equalSectors(): LayoutSector[] {
  const step = 360 / SECTORS.length;
  return SECTORS.map((sector, i) => ({
    sector,
    startAngle: i * step,
    endAngle: i === SECTORS.length - 1 ? 360 : (i + 1) * step,
  }));
}

/** Build the geometry for a square of `size` px, with the given slices (default: equal). */
export function makeGeometry(size: number, sectors: LayoutSector[] = equalSectors()): Geometry {
  const cx = size / 2;
  const cy = size / 2;
  const R = (size / 2) * OUTER_RADIUS_FRACTION;
  const rings = CLOSENESSES.map((closeness, i) => ({
    closeness,
    inner: (RING_EDGES[i] as number) * R,
    outer: (RING_EDGES[i + 1] as number) * R,
  }));
  return { size, cx, cy, R, rings, sectors };
}

/** The cell of a sector and closeness. */
export function makeCell(geo: Geometry, sector: Sector, closeness: Closeness): Cell {
  const sectorIndex = SECTORS.indexOf(sector);
  const ringIndex = CLOSENESSES.indexOf(closeness);
  const ring = geo.rings[ringIndex] as LayoutRing;
  const slice = geo.sectors[sectorIndex] as LayoutSector;
  const a0 = toRad(slice.startAngle);
  const a1 = toRad(slice.endAngle);
  return {
    sector, closeness, sectorIndex, ringIndex, a0, a1, am: (a0 + a1) / 2,
    r0: ring.inner, r1: ring.outer, rm: (ring.inner + ring.outer) / 2,
  };
}

/** Area of a cell, px². */
export function cellArea(cell: Cell): number {
  return 0.5 * (cell.a1 - cell.a0) * (cell.r1 * cell.r1 - cell.r0 * cell.r0);
}

/** Wrap an angle difference into (-π, π]. */
export function wrapPi(a: number): number {
  let d = a % TAU;
  if (d > Math.PI) d -= TAU;
  else if (d <= -Math.PI) d += TAU;
  return d;
}

/** Normalise degrees into [0, 360). */
export function normalizeDeg(deg: number): number {
  if (deg > 0 && deg < 360) return deg; // exactly as given
  let d = deg % 360;
  if (d < 0) d += 360;
  return d >= 360 || d === 0 ? 0 : d; // also turns -0 into 0
}

/** Angle (radians, clockwise from 12 o'clock, [0, 2π)) of a point relative to the centre. */
export function angleOf(dx: number, dy: number): number {
  const a = Math.atan2(dx, -dy);
  return a < 0 ? a + TAU : a;
}

/** Degrees in [0, 360) of a point relative to the centre. */
export function angleDegOf(dx: number, dy: number): number {
  return normalizeDeg(angleOf(dx, dy) * DEG);
}

/** Cartesian x of a polar point. */
export function polarX(geo: Geometry, angle: number, r: number): number {
  return geo.cx + r * Math.sin(angle);
}

/** Cartesian y of a polar point. */
export function polarY(geo: Geometry, angle: number, r: number): number {
  return geo.cy - r * Math.cos(angle);
}

/** Degrees to radians. */
export function toRad(deg: number): number {
  return deg / DEG;
}

/**
 * Allowed radial range of a node centre in a cell when keeping `pad` px from the ring
 * lines (the pad shrinks when the ring is too thin for it).
 */
export function radialRange(cell: Cell, pad: number): [number, number] {
  const inset = Math.max(EPS_RADIUS, Math.min(pad, 0.45 * (cell.r1 - cell.r0)));
  return [cell.r0 + inset, cell.r1 - inset];
}

/** Allowed half-width (radians, around `am`) at radius `r` when keeping `pad` px from the slice lines. */
export function angularHalfWidth(cell: Cell, pad: number, r: number): number {
  const half = (cell.a1 - cell.a0) / 2;
  const inset = Math.max(EPS_ANGLE, Math.min(r > 0 ? pad / r : half, 0.9 * half));
  return half - inset;
}

/** A point in polar form relative to the cell: angle offset from the cell middle, and radius. */
export interface Polar {
  /** Angle, radians clockwise from 12 o'clock. */
  angle: number;
  /** Radius, px. */
  r: number;
}

/**
 * Clamp a polar point into a cell, keeping `padR` px from the ring lines and `padA` px
 * from the slice lines where that fits (pads shrink in thin cells; 0 still keeps the
 * point a hair inside, so `locate` finds this cell).
 */
export function clampPolar(cell: Cell, angle: number, r: number, padR: number, padA: number = padR): Polar {
  const [rMin, rMax] = radialRange(cell, padR);
  const rc = Number.isFinite(r) ? (r < rMin ? rMin : r > rMax ? rMax : r) : cell.rm;
  const half = angularHalfWidth(cell, padA, rc);
  let d = wrapPi(angle - cell.am);
  if (!Number.isFinite(d)) d = 0;
  if (d < -half) d = -half;
  else if (d > half) d = half;
  return { angle: cell.am + d, r: rc };
}

/** Whether a polar point lies strictly inside a cell (edges excluded). */
export function insideCell(cell: Cell, angle: number, r: number): boolean {
  if (!(r > cell.r0 && r < cell.r1)) return false;
  const d = wrapPi(angle - cell.am);
  const half = (cell.a1 - cell.a0) / 2;
  return d > -half && d < half;
}

/** Read a layout's sectors/rings back into the sector and closeness of a point. */
export function locateIn(layout: EcogramLayout, x: number, y: number): LocateResult | null {
  if (!layout || typeof layout !== 'object' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const center = layout.center;
  const rings = Array.isArray(layout.rings) ? layout.rings : [];
  const sectors = Array.isArray(layout.sectors) ? layout.sectors : [];
  if (!center || !Number.isFinite(center.x) || !Number.isFinite(center.y) || rings.length === 0 || sectors.length === 0) {
    return null;
  }
  const dx = x - center.x;
  const dy = y - center.y;
  const dist = hypot(dx, dy);
  const first = rings[0] as LayoutRing;
  const last = rings[rings.length - 1] as LayoutRing;
  if (!(dist >= first.inner)) return null;
  const R = last.outer;
  if (!(R > 0)) return null;
  let ring: LayoutRing = last;
  for (const candidate of rings) {
    if (dist < candidate.outer) {
      ring = candidate;
      break;
    }
  }
  const angle = angleDegOf(dx, dy);
  let sector: LayoutSector = sectors[sectors.length - 1] as LayoutSector;
  for (const candidate of sectors) {
    if (angle >= candidate.startAngle && angle < candidate.endAngle) {
      sector = candidate;
      break;
    }
  }
  return { closeness: ring.closeness, sector: sector.sector, angle, radius: Math.min(1, dist / R) };
}

/**
 * The length of (dx, dy): `Math.sqrt(dx * dx + dy * dy)`. `Math.hypot` guards against overflow
 * that layout coordinates never reach, and costs about ten times as much in V8 (the routing of
 * a 1,000-person map calls it for every tie against every person near it).
 */
export function hypot(dx: number, dy: number): number {
  return Math.sqrt(dx * dx + dy * dy);
}
