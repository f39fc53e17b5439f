/**
 * Tie routing: a tie whose straight line would pass a person who is not one of its ends (or
 * the client's disc) is drawn as a quadratic Bézier curve around them. On an ecogram a line
 * through a third person reads as a tie through that person — a false statement about a
 * real family — so the layout decides the curve once, and the screen, the exports and
 * hosts all draw the same one.
 *
 * The candidates bend the line to either side by growing amounts (and with the bend moved
 * towards either end); the first that keeps every other person at their clearance wins,
 * bending away from the client first. When none does (a crowded map), the one that comes
 * least close wins, and a straight line is kept unless a curve does clearly better.
 * A uniform grid keeps the checks local. Pure, deterministic. No DOM.
 * @internal
 */
import { hypot } from './geometry';
import { bucketByCell } from './cells';

/** Something a tie line keeps clear of: a person's centre and the clearance around it, px. */
export interface RouteObstacle {
  id: string;
  x: number;
  y: number;
  /** The line keeps at least this far from (x, y). */
  r: number;
}

/** An end of a tie. */
export interface RoutePoint {
  id: string;
  x: number;
  y: number;
}

/** Options of {@link createTieRouter}. */
export interface RouteOptions {
  /** Curves stay inside this circle (the map's outer ring), when given. */
  bounds?: { x: number; y: number; r: number };
  /** The bend prefers the side away from this point (the client). */
  away?: { x: number; y: number };
  /** Fewer candidate curves (for very large maps). */
  quick?: boolean;
}

/** Routes ties among fixed obstacles. */
export interface TieRouter {
  /** The control point of a curve from `a` to `b`, or `undefined` when the straight line is clear (or best). */
  route(a: RoutePoint, b: RoutePoint): { x: number; y: number } | undefined;
  /**
   * Like `route`, but keeps `previous` (a control point, or `null` for a straight line) when
   * that still keeps everyone clear: an unchanged tie keeps its curve after an edit elsewhere.
   */
  reroute(a: RoutePoint, b: RoutePoint, previous: { x: number; y: number } | null): { x: number; y: number } | undefined;
}

interface Pt {
  x: number;
  y: number;
}

/** Apex offsets of the candidate curves as fractions of the tie's length (the control point lies twice as far). */
const BENDS = [0.1, 0.15, 0.2, 0.28, 0.36, 0.45, 0.55, 0.65, 0.8, 1];
const QUICK_BENDS = [0.12, 0.22, 0.35, 0.5, 0.7];
/** Where along the tie the bend sits (0.5 = symmetric). */
const SHIFTS = [0, -0.15, 0.15, -0.3, 0.3];
/** px a curve keeps beyond the clearance to count as clear (sampling tolerance). */
const SPARE = 1;
/** A curve must beat the straight line by this many px of margin to be drawn instead. */
const BETTER = 2;

/** Distance from point p to segment ab. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = ax + dx * t - px;
  const qy = ay + dy * t - py;
  return Math.sqrt(qx * qx + qy * qy);
}

/** Build a router over these obstacles. */
export function createTieRouter(obstacles: readonly RouteObstacle[], options: RouteOptions = {}): TieRouter {
  const finite = obstacles.filter((o) => Number.isFinite(o.x) && Number.isFinite(o.y) && o.r > 0);
  const radii = finite.map((o) => o.r).sort((a, b) => a - b);
  const typical = radii.length ? (radii[Math.floor(radii.length / 2)] as number) : 1;
  const cell = Math.max(1, 2 * typical);
  // Obstacles bigger than half a cell (the client's disc) are checked one by one.
  const big = finite.filter((o) => o.r > cell / 2);
  // The grid as flat tables: the obstacles sorted by cell, as numbers, and each occupied
  // cell's range (a Map lookup per cell and an object per obstacle cost more than the
  // distances: the routing of 1,000 people checks every tie's candidate curves against their
  // neighbourhoods; 40 → 28 ms in Node, the same curves).
  const small = finite.filter((o) => o.r <= cell / 2);
  const cells = bucketByCell(small, cell);
  const { start, cellAt } = cells;
  const cellItems: RouteObstacle[] = [];
  const xs = new Float64Array(small.length);
  const ys = new Float64Array(small.length);
  const rs = new Float64Array(small.length);
  cells.order.forEach((index, k) => {
    const o = small[index]!;
    cellItems.push(o);
    xs[k] = o.x;
    ys[k] = o.y;
    rs[k] = o.r;
  });
  // Samples every half cell; a curve counts as clear with a px to spare (its chords stay
  // well within that of the curve at these bends).
  const step = cell / 2;
  const bends = options.quick ? QUICK_BENDS : BENDS;
  const shifts = options.quick ? [0] : SHIFTS;

  /** Smallest margin (distance minus clearance) of a polyline; stops early below `floor`. */
  const margin = (pts: Pt[], a: RoutePoint, b: RoutePoint, floor: number): number => {
    let worst = Infinity;
    const blocks = (o: RouteObstacle): boolean =>
      o.id !== a.id && o.id !== b.id && hypot(o.x - a.x, o.y - a.y) >= o.r && hypot(o.x - b.x, o.y - b.y) >= o.r;
    for (let k = 0; k + 1 < pts.length; k++) {
      const p = pts[k] as Pt;
      const q = pts[k + 1] as Pt;
      const mx = (p.x + q.x) / 2;
      const my = (p.y + q.y) / 2;
      const ci = Math.floor(mx / cell);
      const cj = Math.floor(my / cell);
      for (let i = ci - 1; i <= ci + 1; i++) {
        for (let j = cj - 1; j <= cj + 1; j++) {
          const c = cellAt(i, j);
          if (c < 0) continue;
          for (let k = start[c]!; k < start[c + 1]!; k++) {
            const d = segDist(xs[k]!, ys[k]!, p.x, p.y, q.x, q.y) - rs[k]!;
            if (d < worst && blocks(cellItems[k]!)) worst = d;
          }
        }
      }
      for (const o of big) {
        const d = segDist(o.x, o.y, p.x, p.y, q.x, q.y) - o.r;
        if (d < worst && blocks(o)) worst = d;
      }
      if (options.bounds) {
        const out = hypot(q.x - options.bounds.x, q.y - options.bounds.y) - options.bounds.r;
        if (out > 0 && -out < worst) worst = -out;
      }
      if (worst < floor) return worst;
    }
    return worst;
  };

  const curve = (a: Pt, c: Pt, b: Pt, n: number): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i <= n; i++) {
      const t = i / n;
      const u = 1 - t;
      pts.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
    }
    return pts;
  };

  const route = (a: RoutePoint, b: RoutePoint): { x: number; y: number } | undefined => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = hypot(dx, dy);
    if (!(len > 0) || !Number.isFinite(len)) return undefined;
    const straightN = Math.max(2, Math.ceil(len / step));
    const straight = margin(curve(a, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, b, straightN), a, b, -Infinity);
    if (straight >= 0) return undefined;
    const ux = dx / len;
    const uy = dy / len;
    let nx = -uy;
    let ny = ux;
    // Bend away from the client first: the side whose normal points away from it.
    if (options.away) {
      const mx = (a.x + b.x) / 2 - options.away.x;
      const my = (a.y + b.y) / 2 - options.away.y;
      if (mx * nx + my * ny < 0) {
        nx = -nx;
        ny = -ny;
      }
    }
    let best: Pt | undefined;
    let bestMargin = straight + BETTER;
    for (const bend of bends) {
      for (const shift of shifts) {
        for (const side of [1, -1]) {
          const h = 2 * bend * len * side;
          const c = {
            x: a.x + dx * (0.5 + shift) + nx * h,
            y: a.y + dy * (0.5 + shift) + ny * h,
          };
          const n = Math.max(8, Math.ceil((len * (1 + 2 * bend)) / step));
          // Stop early only below what could still matter: clear (>= 0) or better than the best so far.
          const m = margin(curve(a, c, b, n), a, b, Math.min(SPARE, bestMargin));
          if (m >= SPARE) return { x: c.x, y: c.y };
          if (m > bestMargin) {
            bestMargin = m;
            best = c;
          }
        }
      }
    }
    return best;
  };
  return {
    route,
    reroute(a, b, previous) {
      if (previous) {
        const len = hypot(b.x - a.x, b.y - a.y);
        const bend = hypot(previous.x - (a.x + b.x) / 2, previous.y - (a.y + b.y) / 2);
        const n = Math.max(8, Math.ceil((len + bend) / step));
        if (margin(curve(a, previous, b, n), a, b, SPARE) >= SPARE) return { x: previous.x, y: previous.y };
      }
      return route(a, b);
    },
  };
}

/** The control point of a tie from `a` to `b` among `obstacles` (see {@link createTieRouter}). */
export function routeTieImpl(a: RoutePoint, b: RoutePoint, obstacles: readonly RouteObstacle[], options?: RouteOptions): { x: number; y: number } | undefined {
  return createTieRouter(obstacles, options).route(a, b);
}
