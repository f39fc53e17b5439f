/**
 * Pure geometry of the ecogram drawing: polar coordinates, ring slices and spatial keyboard
 * navigation. No DOM, no React. (Tie paths are drawn by symbols/tieStyle.ts `tieGeometry`.)
 */

/** A point in layout units. */
export interface Pt {
  x: number;
  y: number;
}

/** Point at `radius` and `angle` (degrees clockwise from 12 o'clock) around `c`. */
export function polar(c: Pt, radius: number, angle: number): Pt {
  const a = (angle * Math.PI) / 180;
  return { x: c.x + radius * Math.sin(a), y: c.y - radius * Math.cos(a) };
}

/** SVG path of an annular sector (ring slice) between two radii and two angles. */
export function ringSlicePath(c: Pt, r0: number, r1: number, a0: number, a1: number): string {
  const large = ((a1 - a0 + 360) % 360) > 180 ? 1 : 0;
  const p0 = polar(c, r1, a0);
  const p1 = polar(c, r1, a1);
  const p2 = polar(c, r0, a1);
  const p3 = polar(c, r0, a0);
  if (r0 <= 0) return `M${f(c.x)},${f(c.y)}L${f(p0.x)},${f(p0.y)}A${f(r1)},${f(r1)} 0 ${large} 1 ${f(p1.x)},${f(p1.y)}Z`;
  return `M${f(p0.x)},${f(p0.y)}A${f(r1)},${f(r1)} 0 ${large} 1 ${f(p1.x)},${f(p1.y)}L${f(p2.x)},${f(p2.y)}A${f(r0)},${f(r0)} 0 ${large} 0 ${f(p3.x)},${f(p3.y)}Z`;
}

/** Round for compact path strings. */
export function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A direction of arrow-key navigation. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const AXIS: Record<Direction, Pt> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The id of the nearest item in `direction` from `from`: items within a 60° cone
 * either side of the axis, scored by distance along the axis plus twice the
 * sideways offset. Falls back to anything in the half-plane. `null` = none.
 */
export function nearestInDirection<T extends { id: string; x: number; y: number }>(
  from: Pt,
  items: readonly T[],
  direction: Direction,
  excludeId?: string,
): string | null {
  const axis = AXIS[direction];
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const item of items) {
    if (item.id === excludeId) continue;
    const vx = item.x - from.x;
    const vy = item.y - from.y;
    const along = vx * axis.x + vy * axis.y;
    if (along <= 0.5) continue;
    const side = Math.abs(vx * axis.y - vy * axis.x);
    const inCone = side <= along * Math.tan((60 * Math.PI) / 180);
    const score = along + 2 * side;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id: item.id, score, inCone };
    }
  }
  return best?.id ?? null;
}
