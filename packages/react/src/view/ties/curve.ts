/**
 * The path a tie runs along, as pure maths (no DOM): a straight line, or a quadratic Bézier
 * curve through a control point (`EcogramLayout.ties[id].control`, computed in core so that
 * screen, export and hosts draw the same curve).
 *
 * Everything a tie draws is placed by distance along this path ("arc length" `s`, in SVG
 * user units from the start point `a`), so that insets at node edges, zigzag teeth, the gap
 * of a broken tie, marks, support letters and arrowheads work the same on a curve as on a
 * straight line.
 */
import { hypot } from '../../utils/hypot';

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** A path from `a` to `b`, straight or curved, parameterised by arc length. */
export interface Track {
  /** Start (centre of the first person). */
  a: Point;
  /** End (centre of the second person). */
  b: Point;
  /** Control point of the quadratic Bézier curve; `undefined` for a straight line. */
  control: Point | undefined;
  /** Total arc length from `a` to `b`. */
  length: number;
  /** The point at arc length `s` (clamped to [0, length]), moved `offset` along the left normal. */
  at(s: number, offset?: number): Point;
  /** Unit tangent at arc length `s` (direction of travel from `a` to `b`). */
  tangent(s: number): Point;
  /** Arc length at Bézier parameter `t` (0..1). */
  sAt(t: number): number;
  /** Bézier parameter at arc length `s`. */
  tAt(s: number): number;
  /** SVG path data of the part from `s0` to `s1`, starting with `M` (a `Q` piece on a curve, `L` on a line). */
  piece(s0: number, s1: number): string;
}

/** Point on a quadratic Bézier curve: B(t) = (1-t)²a + 2(1-t)t c + t² b. */
export function bezierPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** Derivative of a quadratic Bézier curve: B'(t) = 2(1-t)(c-a) + 2t(b-c). */
export function bezierDerivative(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: 2 * u * (c.x - a.x) + 2 * t * (b.x - c.x), y: 2 * u * (c.y - a.y) + 2 * t * (b.y - c.y) };
}

/**
 * The middle of a tie: B(0.5) = (a + 2c + b) / 4 on a curve, (a + b) / 2 on a straight line.
 * Where marks, the keyboard's "from here" and the editor's anchor sit.
 */
export function tieMidpoint(a: Point, b: Point, control?: Point): Point {
  if (!control) return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return { x: (a.x + 2 * control.x + b.x) / 4, y: (a.y + 2 * control.y + b.y) / 4 };
}

/**
 * The sub-curve of a quadratic Bézier between parameters `t0` and `t1` (de Casteljau): its
 * own start, control point and end. Exact, so a piece of the curve is still a `Q` path.
 */
export function bezierSegment(a: Point, c: Point, b: Point, t0: number, t1: number): [Point, Point, Point] {
  const p0 = bezierPoint(a, c, b, t0);
  const p1 = bezierPoint(a, c, b, t1);
  // Control of the piece: the intersection of the tangents at t0 and t1, which for a
  // quadratic is P0 + (t1 - t0)/2 · B'(t0).
  const d0 = bezierDerivative(a, c, b, t0);
  const h = (t1 - t0) / 2;
  return [p0, { x: p0.x + d0.x * h, y: p0.y + d0.y * h }, p1];
}

const r2 = (n: number): number => Math.round(n * 100) / 100;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Samples of the arc-length table of a curve; 48 keeps the error far below 0.1 px for ties on an 800 px map. */
const SAMPLES = 48;

/** A control point that lies (almost) on the chord draws the same as a straight line. */
function isStraight(a: Point, b: Point, c: Point | undefined): boolean {
  if (!c || !Number.isFinite(c.x) || !Number.isFinite(c.y)) return true;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = hypot(dx, dy);
  if (len < 1e-6) return true;
  // Distance of the control point from the chord's line, and whether it projects inside it.
  const off = Math.abs((c.x - a.x) * dy - (c.y - a.y) * dx) / len;
  const along = ((c.x - a.x) * dx + (c.y - a.y) * dy) / (len * len);
  return off < 0.05 && along > 0 && along < 1;
}

/**
 * The track of a tie from `a` to `b`: straight, or a quadratic Bézier through `control`.
 * Never throws: non-finite or degenerate control points give a straight line.
 */
export function makeTrack(a: Point, b: Point, control?: Point): Track {
  if (isStraight(a, b, control)) return straightTrack(a, b);
  return curveTrack(a, b, control as Point);
}

function straightTrack(a: Point, b: Point): Track {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const full = hypot(dx, dy);
  const ux = full > 0 ? dx / full : 1;
  const uy = full > 0 ? dy / full : 0;
  const at = (s: number, offset = 0): Point => ({ x: a.x + ux * s - uy * offset, y: a.y + uy * s + ux * offset });
  return {
    a, b, control: undefined, length: full,
    at,
    tangent: () => ({ x: ux, y: uy }),
    sAt: (t) => clamp(t, 0, 1) * full,
    tAt: (s) => (full > 0 ? clamp(s / full, 0, 1) : 0),
    piece: (s0, s1) => {
      const p0 = at(s0);
      const p1 = at(s1);
      return `M${r2(p0.x)} ${r2(p0.y)}L${r2(p1.x)} ${r2(p1.y)}`;
    },
  };
}

function curveTrack(a: Point, b: Point, c: Point): Track {
  // Arc-length table: cumulative length at t = i / SAMPLES.
  const table: number[] = [0];
  let prev = a;
  for (let i = 1; i <= SAMPLES; i++) {
    const p = bezierPoint(a, c, b, i / SAMPLES);
    table.push(table[i - 1]! + hypot(p.x - prev.x, p.y - prev.y));
    prev = p;
  }
  const length = table[SAMPLES]!;
  const sAt = (t: number): number => {
    const x = clamp(t, 0, 1) * SAMPLES;
    const i = Math.min(SAMPLES - 1, Math.floor(x));
    return table[i]! + (table[i + 1]! - table[i]!) * (x - i);
  };
  const tAt = (s: number): number => {
    const target = clamp(s, 0, length);
    let lo = 0;
    let hi = SAMPLES;
    while (hi - lo > 1) {
      const m = (lo + hi) >> 1;
      if (table[m]! < target) lo = m;
      else hi = m;
    }
    const span = table[hi]! - table[lo]!;
    return (lo + (span > 0 ? (target - table[lo]!) / span : 0)) / SAMPLES;
  };
  const tangent = (s: number): Point => {
    const t = tAt(s);
    let d = bezierDerivative(a, c, b, t);
    // At an end whose control point coincides with it the derivative vanishes: use the chord.
    if (hypot(d.x, d.y) < 1e-9) d = { x: b.x - a.x, y: b.y - a.y };
    const n = hypot(d.x, d.y) || 1;
    return { x: d.x / n, y: d.y / n };
  };
  const at = (s: number, offset = 0): Point => {
    const p = bezierPoint(a, c, b, tAt(s));
    if (!offset) return p;
    const u = tangent(s);
    return { x: p.x - u.y * offset, y: p.y + u.x * offset };
  };
  return {
    a, b, control: c, length, at, tangent, sAt, tAt,
    piece: (s0, s1) => {
      const [p0, q, p1] = bezierSegment(a, c, b, tAt(s0), tAt(s1));
      return `M${r2(p0.x)} ${r2(p0.y)}Q${r2(q.x)} ${r2(q.y)} ${r2(p1.x)} ${r2(p1.y)}`;
    },
  };
}

/**
 * Arc length at which the track leaves a circle of radius `inset` around its start (`fromEnd`
 * false) or, measured from the start, enters the circle around its end (`fromEnd` true).
 * On a curve this is where the curve crosses the node's edge, found by bisection, not the
 * arc length `inset` (which would stop a bent line short of the edge).
 */
export function insetAt(track: Track, inset: number, fromEnd: boolean): number {
  if (inset <= 0) return fromEnd ? track.length : 0;
  if (!track.control) return fromEnd ? track.length - inset : inset;
  const centre = fromEnd ? track.b : track.a;
  const outside = (s: number): boolean => {
    const p = track.at(s);
    return hypot(p.x - centre.x, p.y - centre.y) >= inset;
  };
  // Bisect between the end (inside) and the middle (assumed outside; else the tie is too short).
  let inside = fromEnd ? track.length : 0;
  let out = track.length / 2;
  if (!outside(out)) return out;
  for (let i = 0; i < 30; i++) {
    const m = (inside + out) / 2;
    if (outside(m)) out = m;
    else inside = m;
  }
  return out;
}
