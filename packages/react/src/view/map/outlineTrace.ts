/**
 * Tracing a group's outline (groupOutlines.ts says what it is): the signed distance of a smooth
 * shape — a disc round each member and a band along the shortest links between them, with the
 * people who are not members cut out — and its zero line as closed loops (marching squares on
 * a grid), smoothed with quadratic curves. Pure, deterministic; layout units.
 * @internal
 */
import type { Pt } from './geometry';
import type { MarkBox } from './markRoom';
import { hypot } from '../../utils/hypot';

/** Grid step of the tracing, layout units. */
const STEP = 5;
/** Beyond this value of the field a grid point's cells all lie outside: more than a cell's diagonal (see `groupField`). */
const FAR = 2 * STEP;

function segDist(x: number, y: number, a: Pt, b: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len2));
  return hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

/** Smooth minimum (polynomial, blend width k): the joins between discs and bands are round. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** Links of a minimum spanning tree over the points (Prim), as index pairs. */
function spanningLinks(points: readonly Pt[]): [number, number][] {
  const n = points.length;
  if (n < 2) return [];
  const inTree = new Array<boolean>(n).fill(false);
  const best = new Array<number>(n).fill(Infinity);
  const from = new Array<number>(n).fill(-1);
  best[0] = 0;
  const links: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!inTree[i] && (u < 0 || best[i]! < best[u]!)) u = i;
    inTree[u] = true;
    if (from[u]! >= 0) links.push([from[u]!, u]);
    for (let v = 0; v < n; v++) {
      if (inTree[v]) continue;
      const d = hypot(points[u]!.x - points[v]!.x, points[u]!.y - points[v]!.y);
      if (d < best[v]!) {
        best[v] = d;
        from[v] = u;
      }
    }
  }
  return links;
}

export interface Field {
  /** The value at (x, y); numbers, not a point object: it is read thousands of times per outline. */
  value: (x: number, y: number) => number;
  bounds: MarkBox;
  /**
   * The value changes by at most one unit per unit of distance (a distance field), and where
   * it exceeds {@link FAR} it may be any number above FAR (it is never read there). Lets the
   * tracing skip the grid far outside the shape (see `gridValues`).
   */
  distanceLike?: boolean;
}

/** Side of the cells the people cut out are kept in (see `cutouts`), layout units. */
const CUT_CELL = 64;

/**
 * The people cut out of a shape, by cell, and a reading of how far they raise a value: only
 * those near enough to raise it are looked at (a person at distance d raises f only where
 * r − d > f), so a point reads the few people around it, not all of the map's.
 */
function cutouts(others: readonly { p: Pt; r: number }[]): (x: number, y: number, f: number) => number {
  const cells = new Map<number, { x: number; y: number; r: number }[]>();
  let maxR = 0;
  for (const { p, r } of others) {
    const key = Math.floor(p.x / CUT_CELL) * 65_536 + Math.floor(p.y / CUT_CELL);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = []));
    cell.push({ x: p.x, y: p.y, r });
    maxR = Math.max(maxR, r);
  }
  return (x, y, f) => {
    // A person further than maxR − f cannot raise f.
    const reach = maxR - f;
    if (reach <= 0) return f;
    const gx1 = Math.floor((x + reach) / CUT_CELL);
    const gy1 = Math.floor((y + reach) / CUT_CELL);
    for (let gx = Math.floor((x - reach) / CUT_CELL); gx <= gx1; gx++) {
      for (let gy = Math.floor((y - reach) / CUT_CELL); gy <= gy1; gy++) {
        const cell = cells.get(gx * 65_536 + gy);
        if (cell) for (const o of cell) f = Math.max(f, o.r - hypot(x - o.x, y - o.y));
      }
    }
    return f;
  };
}

/** The signed distance of the group's shape (negative inside). */
export function groupField(members: readonly Pt[], others: readonly { p: Pt; r: number }[], pad: (i: number) => number, band: number): Field {
  const maxPad = Math.max(...members.map((_, i) => pad(i)));
  const xs = members.map((m) => m.x);
  const ys = members.map((m) => m.y);
  const m = maxPad + 2 * STEP;
  const bounds = { x0: Math.min(...xs) - m, y0: Math.min(...ys) - m, x1: Math.max(...xs) + m, y1: Math.max(...ys) + m };
  // Only the people within reach of the shape's box can cut into it.
  const cut = cutouts(others.filter((o) => o.p.x + o.r >= bounds.x0 && o.p.x - o.r <= bounds.x1 && o.p.y + o.r >= bounds.y0 && o.p.y - o.r <= bounds.y1));
  const links = spanningLinks(members).filter(([i, j]) =>
    others.every((o) => segDist(o.p.x, o.p.y, members[i]!, members[j]!) >= o.r + band + 4),
  );
  const blend = 14;
  const pads = members.map((_, i) => pad(i));
  const value = (x: number, y: number): number => {
    let f = Infinity;
    for (let i = 0; i < members.length; i++) f = smin(f, hypot(x - members[i]!.x, y - members[i]!.y) - pads[i]!, blend);
    for (const [i, j] of links) f = smin(f, segDist(x, y, members[i]!, members[j]!) - band, blend);
    // Far outside (more than two grid steps): the people cut out can only raise the value, and
    // the field changes by at most one unit per unit (a distance field; smooth minimum and
    // maximum keep that), so this point and every corner of a cell it shares are outside:
    // its exact value is never used (tracing reads values only in cells that cross zero).
    if (f > FAR) return f;
    return cut(x, y, f);
  };
  return { value, bounds, distanceLike: true };
}

/** Coarse cells of {@link gridValues}: this many grid steps a side. */
const COARSE = 4;

/**
 * The field's value at every grid point (row by row). A distance-like field is first read on a
 * grid {@link COARSE} times coarser: a coarse cell whose four corners all exceed FAR by more
 * than the way from a corner to the cell's middle lies wholly beyond FAR, so its points get a
 * stand-in above FAR instead of a reading. Exact: a point beyond FAR shares no cell with a
 * point inside (FAR is more than a cell's diagonal), so the tracing never reads its value.
 * A group spread over the whole map reads ~1/10 of the points.
 */
function gridValues(field: Field, nx: number, ny: number): Float64Array {
  const { bounds, value } = field;
  const read = (i: number, j: number): number => value(bounds.x0 + i * STEP, bounds.y0 + j * STEP);
  const v = new Float64Array(nx * ny).fill(NaN);
  if (field.distanceLike) {
    const reach = FAR + COARSE * STEP * Math.SQRT1_2;
    const cx = Math.ceil((nx - 1) / COARSE);
    const cy = Math.ceil((ny - 1) / COARSE);
    const corner = new Float64Array((cx + 1) * (cy + 1));
    const gi = (I: number) => Math.min(I * COARSE, nx - 1);
    const gj = (J: number) => Math.min(J * COARSE, ny - 1);
    for (let J = 0; J <= cy; J++) {
      for (let I = 0; I <= cx; I++) {
        const c = read(gi(I), gj(J));
        corner[J * (cx + 1) + I] = c;
        v[gj(J) * nx + gi(I)] = c;
      }
    }
    for (let J = 0; J < cy; J++) {
      for (let I = 0; I < cx; I++) {
        const k = J * (cx + 1) + I;
        if (Math.min(corner[k]!, corner[k + 1]!, corner[k + cx + 1]!, corner[k + cx + 2]!) <= reach) continue;
        for (let j = gj(J); j <= gj(J + 1); j++) for (let i = gi(I); i <= gi(I + 1); i++) v[j * nx + i] = FAR + 1;
      }
    }
  }
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) if (Number.isNaN(v[j * nx + i]!)) v[j * nx + i] = read(i, j);
  }
  return v;
}

/** Closed loops where the field is 0 (marching squares, saddles decided by the centre). */
export function traceLoops(field: Field): Pt[][] {
  const { bounds } = field;
  const nx = Math.ceil((bounds.x1 - bounds.x0) / STEP) + 1;
  const ny = Math.ceil((bounds.y1 - bounds.y0) / STEP) + 1;
  const v = gridValues(field, nx, ny);
  const at = (i: number, j: number): number => v[j * nx + i]!;
  // A crossing is named by its grid edge: 2 × (the edge's first grid point) + 1 for a horizontal edge.
  const edge = (i: number, j: number, horizontal: boolean): number => 2 * (j * nx + i) + (horizontal ? 1 : 0);
  const pointOf = (key: number): Pt => {
    const horizontal = key % 2 === 1;
    const k = (key - (horizontal ? 1 : 0)) / 2;
    const i = k % nx;
    const j = (k - i) / nx;
    const a = at(i, j);
    const b = horizontal ? at(i + 1, j) : at(i, j + 1);
    const t = a === b ? 0.5 : a / (a - b);
    return { x: bounds.x0 + (i + (horizontal ? t : 0)) * STEP, y: bounds.y0 + (j + (horizontal ? 0 : t)) * STEP };
  };
  const next = new Map<number, number>();
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const tl = at(i, j) < 0, tr = at(i + 1, j) < 0, br = at(i + 1, j + 1) < 0, bl = at(i, j + 1) < 0;
      const c = (tl ? 8 : 0) | (tr ? 4 : 0) | (br ? 2 : 0) | (bl ? 1 : 0);
      if (c === 0 || c === 15) continue;
      const top = edge(i, j, true), bottom = edge(i, j + 1, true), left = edge(i, j, false), right = edge(i + 1, j, false);
      // Segments run with the inside on their right (a consistent direction joins them into loops).
      const link = (a: number, b: number) => next.set(a, b);
      const centre = (at(i, j) + at(i + 1, j) + at(i + 1, j + 1) + at(i, j + 1)) / 4 < 0;
      switch (c) {
        case 1: link(left, bottom); break;
        case 2: link(bottom, right); break;
        case 3: link(left, right); break;
        case 4: link(right, top); break;
        case 5: if (centre) { link(left, top); link(right, bottom); } else { link(left, bottom); link(right, top); } break;
        case 6: link(bottom, top); break;
        case 7: link(left, top); break;
        case 8: link(top, left); break;
        case 9: link(top, bottom); break;
        case 10: if (centre) { link(top, right); link(bottom, left); } else { link(top, left); link(bottom, right); } break;
        case 11: link(top, right); break;
        case 12: link(right, left); break;
        case 13: link(right, bottom); break;
        case 14: link(bottom, left); break;
        default: break;
      }
    }
  }
  const loops: Pt[][] = [];
  const seen = new Set<number>();
  // Row by row (the order the cells were read): each loop starts at its first crossing.
  for (const start of next.keys()) {
    if (seen.has(start)) continue;
    const loop: Pt[] = [];
    let key: number | undefined = start;
    while (key !== undefined && !seen.has(key)) {
      seen.add(key);
      loop.push(pointOf(key));
      key = next.get(key);
    }
    if (loop.length >= 3) loops.push(loop);
  }
  return loops;
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** A closed loop as a smooth path: quadratic curves through the midpoints of its sides. */
export function smoothLoop(loop: readonly Pt[]): string {
  const n = loop.length;
  const mid = (i: number): Pt => {
    const a = loop[i % n]!;
    const b = loop[(i + 1) % n]!;
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  const m0 = mid(0);
  let d = `M${r1(m0.x)} ${r1(m0.y)}`;
  for (let i = 1; i <= n; i++) {
    const p = loop[i % n]!;
    const m = mid(i);
    d += `Q${r1(p.x)} ${r1(p.y)} ${r1(m.x)} ${r1(m.y)}`;
  }
  return `${d}Z`;
}

