/**
 * Pure geometry of the ecogram drawing: polar coordinates, tie paths with the
 * ecomap conventions (zigzag for stress, a gap with bars for a cut-off) and
 * spatial keyboard navigation. No DOM, no React.
 */
import type { Quality, TieStatus } from '@kring/core';

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

/** Geometry of one tie, ready to draw. */
export interface TieGeometry {
  /** Visible line segments (two when the tie is broken). */
  segments: string[];
  /** Perpendicular bars: the break mark of a broken tie, the double bar of an ended tie. */
  bars: string | null;
  /** Where a warning glyph goes (harmful ties). */
  glyph: Pt | null;
  /** Midpoint of the straight line (for labels, popover anchors and keyboard navigation). */
  mid: Pt;
  /** A straight path along the whole tie for the wide invisible hit area. */
  hit: string;
  /** Angle of the line in degrees (for rotating glyphs). */
  angle: number;
}

/** Options of {@link tieGeometry}. */
export interface TieGeometryOptions {
  quality?: Quality | undefined;
  status?: TieStatus | undefined;
  /** Stroke width; amplitude of the zigzag grows with it. */
  width: number;
  /** Length of the gap of a broken tie. */
  gap?: number;
}

/**
 * Compute the drawing of a tie from `a` to `b` (centres) with node radii `ra`, `rb`.
 * Lines stop at the node edges so arrowheads stay visible.
 */
export function tieGeometry(a: Pt, ra: number, b: Pt, rb: number, opts: TieGeometryOptions): TieGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // Normal vector.
  const nx = -uy;
  const ny = ux;
  const start = { x: a.x + ux * (ra + 3), y: a.y + uy * (ra + 3) };
  const end = { x: b.x - ux * (rb + 3), y: b.y - uy * (rb + 3) };
  const inner = Math.max(0, len - ra - rb - 6);
  const at = (t: number): Pt => ({ x: start.x + ux * inner * t, y: start.y + uy * inner * t });
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const hit = `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`;

  const line = (t0: number, t1: number): string => {
    const p0 = at(t0);
    const p1 = at(t1);
    if (opts.quality !== 'stressful' || inner < 30) return `M${f(p0.x)},${f(p0.y)}L${f(p1.x)},${f(p1.y)}`;
    // Zigzag: straight lead-in/out of 8 units (so arrowheads keep the line's direction),
    // then teeth about every 9 units, amplitude grows with the stroke width.
    const lead = 8 / inner;
    const from = t0 + (t0 === 0 ? lead : 0);
    const to = t1 - (t1 === 1 ? lead : 0);
    const spanLen = (to - from) * inner;
    const teeth = Math.max(2, Math.round(spanLen / 9));
    const amp = 3.5 + opts.width;
    let d = `M${f(p0.x)},${f(p0.y)}`;
    const q0 = at(from);
    d += `L${f(q0.x)},${f(q0.y)}`;
    for (let i = 1; i < teeth; i++) {
      const p = at(from + ((to - from) * i) / teeth);
      const s = i % 2 === 1 ? amp : -amp;
      d += `L${f(p.x + nx * s)},${f(p.y + ny * s)}`;
    }
    const q1 = at(to);
    d += `L${f(q1.x)},${f(q1.y)}L${f(p1.x)},${f(p1.y)}`;
    return d;
  };

  const bar = (p: Pt, half: number): string =>
    `M${f(p.x + nx * half)},${f(p.y + ny * half)}L${f(p.x - nx * half)},${f(p.y - ny * half)}`;

  let segments: string[];
  let bars: string | null = null;
  let glyph: Pt | null = null;
  if (opts.status === 'broken' && inner > 24) {
    const g = Math.min((opts.gap ?? 14) / inner, 0.3);
    segments = [line(0, 0.5 - g / 2), line(0.5 + g / 2, 1)];
    const half = 6 + opts.width;
    bars = bar(at(0.5 - g / 2), half) + bar(at(0.5 + g / 2), half);
  } else {
    segments = [line(0, 1)];
    if (opts.status === 'ended' && inner > 24) {
      const half = 6 + opts.width;
      bars = bar(at(0.47), half) + bar(at(0.53), half);
    }
  }
  if (opts.quality === 'harmful') {
    glyph = opts.status === 'broken' || opts.status === 'ended' ? at(0.3) : at(0.5);
  }
  return { segments, bars, glyph, mid, hit, angle };
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

/**
 * Shorten `text` to about `max` characters at a word boundary, with an ellipsis.
 * Whole words only, so the visible label stays part of the accessible name (WCAG 2.5.3,
 * speech input): a first word longer than `max` is kept whole, unless it is longer than
 * twice `max` (a pasted 5,000-character string): then it is cut, still a prefix of the name.
 */
export function truncate(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (Array.from(clean).length <= max) return clean;
  const words = clean.split(' ');
  let out = words[0] ?? '';
  const first = Array.from(out);
  if (first.length > 2 * max) return `${first.slice(0, max - 1).join('')}…`;
  for (const word of words.slice(1)) {
    if (Array.from(`${out} ${word}`).length > max - 1) break;
    out = `${out} ${word}`;
  }
  return `${out}…`;
}

/** Initials of a name, e.g. "Jan de Vries" → "JV" (used when there is no room for the name). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => w && w[0] === w[0]?.toUpperCase());
  const chosen = words.length >= 2 ? [words[0], words[words.length - 1]] : [name.trim()];
  return chosen.map((w) => Array.from(w ?? '')[0] ?? '').join('').toUpperCase();
}
