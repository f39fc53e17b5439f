/**
 * Boxes, discs, segments and a uniform grid: the geometry the label placer tests candidates
 * with. Pure. @internal
 */
import { hypot } from '../../utils/hypot';

/** An axis-aligned box in layout units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A straight line from (x1, y1) to (x2, y2): a label's leader line. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Distance from the point to the box (0 inside). */
export function boxDistance(b: Box, x: number, y: number): number {
  const dx = x < b.x0 ? b.x0 - x : x > b.x1 ? x - b.x1 : 0;
  const dy = y < b.y0 ? b.y0 - y : y > b.y1 ? y - b.y1 : 0;
  return hypot(dx, dy);
}

/** The point of the box nearest to (x, y). */
export function nearestOnBox(b: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, b.x0), b.x1), y: Math.min(Math.max(y, b.y0), b.y1) };
}

/** Distance from the point to the segment. */
export function segmentDistance(s: Segment, x: number, y: number): number {
  const vx = s.x2 - s.x1;
  const vy = s.y2 - s.y1;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x1) * vx + (y - s.y1) * vy) / len2));
  return hypot(s.x1 + t * vx - x, s.y1 + t * vy - y);
}

/** Does the segment cross or touch the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: [number, number][] = [[-dx, s.x1 - b.x0], [dx, b.x1 - s.x1], [-dy, s.y1 - b.y0], [dy, b.y1 - s.y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

export const segmentBox = (s: Segment): Box => ({
  x0: Math.min(s.x1, s.x2), y0: Math.min(s.y1, s.y2), x1: Math.max(s.x1, s.x2), y1: Math.max(s.y1, s.y2),
});

export const inflate = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });
/** The smallest box holding both. */
export const unionBox = (a: Box, b: Box): Box => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });
/** `outer` holds all of `inner`. */
export const contains = (outer: Box, inner: Box): boolean => outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1;
/** The space a placed label holds: its box, and its leader line when it has one. */
export const spaceOf = (label: { box: Box; leader?: Segment | undefined }): Box => (label.leader ? unionBox(label.box, segmentBox(label.leader)) : label.box);

/** Uniform grid over boxes: a query looks only at the cells a box covers. */
export class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  private range(b: Box): [number, number, number, number] {
    const s = this.size;
    return [Math.floor(b.x0 / s), Math.floor(b.y0 / s), Math.floor(b.x1 / s), Math.floor(b.y1 / s)];
  }
  private key(i: number, j: number): number {
    // Cells are a few dozen units wide: indices stay far below 2^15 for any real drawing.
    return (i + 32768) * 65536 + (j + 32768);
  }
  add(b: Box, item: T): void {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = this.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
    }
  }
  /** Remove `item` (by identity) from the cells of `b`. */
  remove(b: Box, item: T): void {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(this.key(i, j));
        const at = list ? list.indexOf(item) : -1;
        if (list && at >= 0) list.splice(at, 1);
      }
    }
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(this.key(i, j));
        if (list) for (const item of list) if (test(item)) return true;
      }
    }
    return false;
  }
  /** Every distinct item in the cells of `b` that passes `test`. */
  all(b: Box, test: (item: T) => boolean): T[] {
    const out = new Set<T>();
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(this.key(i, j));
        if (list) for (const item of list) if (test(item)) out.add(item);
      }
    }
    return [...out];
  }
}
