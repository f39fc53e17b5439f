/**
 * Drawing along time and across it, for either orientation: the chart's parts place
 * everything as (along, across) and these helpers turn it into x and y. @internal
 */

/** Orientation of the drawing. */
export type Orientation = 'horizontal' | 'vertical';

/** A rectangle in SVG coordinates. */
export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Place by (along the time axis, across it). @internal */
export interface ChartFrame {
  /** Horizontal (time runs right) or vertical (time runs down). */
  h: boolean;
  /** Map (along time, across) to (x, y). */
  P(along: number, across: number): [number, number];
  /** The same point as `"x y"`, for a path. */
  pt(along: number, across: number): string;
  /** The rectangle between two times and two places across. */
  rect(a0: number, a1: number, c0: number, c1: number): ChartRect;
  /** A line's `x1`, `y1`, `x2`, `y2` between two (along, across) points. */
  line(a0: number, c0: number, a1: number, c1: number): { x1: number; y1: number; x2: number; y2: number };
}

/** The frame of an orientation. @internal */
export function chartFrame(orientation: Orientation): ChartFrame {
  const h = orientation === 'horizontal';
  const P = (along: number, across: number): [number, number] => (h ? [along, across] : [across, along]);
  return {
    h,
    P,
    pt: (along, across) => P(along, across).join(' '),
    rect(a0, a1, c0, c1) {
      const [x0, y0] = P(Math.min(a0, a1), Math.min(c0, c1));
      const [x1, y1] = P(Math.max(a0, a1), Math.max(c0, c1));
      return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
    },
    line(a0, c0, a1, c1) {
      const [x1, y1] = P(a0, c0);
      const [x2, y2] = P(a1, c1);
      return { x1, y1, x2, y2 };
    },
  };
}

/** The tone (class suffix) of a valence. @internal */
export function toneOf(valence: number): 'positive' | 'negative' | 'neutral' {
  return valence > 0 ? 'positive' : valence < 0 ? 'negative' : 'neutral';
}
