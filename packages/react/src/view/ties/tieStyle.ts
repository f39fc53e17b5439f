import type { Quality, Strength, Tie, TieStatus } from '@kring/core';
import { insetAt, makeTrack, type Point, type Track } from './curve';

/** How a tie line runs: straight, or a zigzag for a stressful tie. */
export type TieShape = 'straight' | 'zigzag';
/**
 * A mark in the middle of a tie line: `break` (two slashes over a gap, broken tie),
 * `warning` (a warning triangle, harmful tie), `end` (a short bar across, ended tie).
 */
export type TieMark = 'none' | 'break' | 'warning' | 'end';
/** An arrowhead at one end of a tie line. */
export type TieArrow = 'none' | 'arrow';

/**
 * Everything that decides how a tie is drawn. One source of truth for the ecogram and the legend.
 * Meaning is never carried by colour alone: width, dashes, shape, marks and arrows carry it.
 */
export interface TieStyle {
  /** Line width in SVG user units, from the strength. */
  strokeWidth: number;
  /** SVG `stroke-dasharray`, or `undefined` for a solid line. */
  dasharray: string | undefined;
  /** SVG `stroke-linecap`: round for dotted lines, butt otherwise. */
  linecap: 'round' | 'butt';
  /**
   * 1 for active ties; lower (never below 0.5) for faded, ended and potential ties: the share of
   * the tie colour, mixed with the backdrop ({@link STATUS_OPACITY}).
   */
  opacity: number;
  /** Straight, or zigzag for a stressful tie. */
  shape: TieShape;
  /** A broken tie has a gap in the middle. */
  gap: boolean;
  /** Mark drawn in the middle. */
  mark: TieMark;
  /**
   * A harmful tie always carries the warning triangle: in the middle, or — when the middle
   * holds the mark of a broken or ended tie — beside it. Never colour alone.
   */
  warning: boolean;
  /** Arrowhead pointing at `between[0]`: the first person receives support. */
  markerStart: TieArrow;
  /** Arrowhead pointing at `between[1]`: the first person gives support (the second receives). */
  markerEnd: TieArrow;
}

/** Line width per strength; `unknown` is used when the strength is not set. */
export const STRENGTH_WIDTH: Readonly<Record<Strength | 'unknown', number>> = {
  strong: 5,
  moderate: 3,
  weak: 1.5,
  unknown: 2,
};

/** Dash pattern per quality (`undefined` = solid). Stressful is a zigzag shape instead. */
export const QUALITY_DASHARRAY: Readonly<Record<Quality, string | undefined>> = {
  supportive: undefined,
  ambivalent: '9 5',
  stressful: undefined,
  harmful: undefined,
};

/** Dash pattern per status, overriding the quality's pattern (`undefined` = keep the quality's). */
export const STATUS_DASHARRAY: Readonly<Record<TieStatus, string | undefined>> = {
  active: undefined,
  faded: '0.5 6',
  broken: undefined,
  ended: undefined,
  potential: '12 4 2 4',
};

/**
 * How faint a tie of each status is drawn: the share of the tie colour in an opaque mix with
 * the backdrop (legend-symbols.css `[data-faint]`; the same look as this opacity over the darker
 * sector fill, without an opacity layer per tie). Faded is 0.7 (4.5:1 on the sector fills): its
 * dots are clearly darker than the light, solid sector dividers (issue 12).
 */
export const STATUS_OPACITY: Readonly<Record<TieStatus, number>> = {
  active: 1,
  faded: 0.7,
  broken: 1,
  ended: 0.5,
  potential: 0.75,
};

/** The part of a tie that decides its drawing; a whole {@link Tie} fits. */
export type TieStyleInput = Pick<Tie, 'strength' | 'quality' | 'status' | 'support'>;

/** How to draw a tie: width from strength, dashes/zigzag/marks from quality and status, arrows from support. */
export function tieStyle(tie: TieStyleInput): TieStyle {
  const status = tie.status ?? 'active';
  const quality = tie.quality;
  const statusDash = STATUS_DASHARRAY[status];
  const dasharray = statusDash ?? (quality ? QUALITY_DASHARRAY[quality] : undefined);
  const mark: TieMark =
    status === 'broken' ? 'break' : quality === 'harmful' ? 'warning' : status === 'ended' ? 'end' : 'none';
  const receives = (tie.support?.receives?.length ?? 0) > 0;
  const gives = (tie.support?.gives?.length ?? 0) > 0;
  return {
    strokeWidth: STRENGTH_WIDTH[tie.strength ?? 'unknown'],
    dasharray,
    linecap: status === 'faded' ? 'round' : 'butt',
    opacity: STATUS_OPACITY[status],
    shape: quality === 'stressful' ? 'zigzag' : 'straight',
    gap: status === 'broken',
    mark,
    warning: quality === 'harmful',
    markerStart: receives ? 'arrow' : 'none',
    markerEnd: gives ? 'arrow' : 'none',
  };
}

export type { Point } from './curve';

/** Geometry of a tie line between two node centres, shortened by the node radii. */
export interface TieGeometry {
  /** Path data of the line (one or two sub-paths; two when there is a gap). */
  d: string;
  /** Path data of the smooth track from `start` to `end` (no zigzag, no gap): the hit area follows this. */
  hit: string;
  /** Line start and end after shortening (where the arrowheads sit). */
  start: Point;
  end: Point;
  /** Middle of the tie, B(0.5) of the whole track (or B(`middle`); clamped into the drawn part): where a mark is drawn. */
  mid: Point;
  /** Unit vector along the line at `mid` (on a curve: its tangent there), from start to end. */
  ux: number;
  uy: number;
  /** Unit tangents at `start` and `end` (direction of travel): arrowheads point along these. */
  startDir: Point;
  endDir: Point;
  /** Length after shortening (arc length on a curve). */
  length: number;
  /** The whole track from centre to centre, and where the drawn part starts, ends and has its middle on it. */
  track: Track;
  sStart: number;
  sEnd: number;
  sMid: number;
}

/** Zigzag amplitude and wavelength for a stroke width. */
export function zigzagSize(strokeWidth: number): { amplitude: number; wavelength: number } {
  return { amplitude: 3 + strokeWidth * 0.6, wavelength: 9 + strokeWidth };
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Path data and anchor points for a tie from `a` to `b`, straight or — with `control` — a
 * quadratic Bézier curve through it. `startInset`/`endInset` shorten the line (node radius
 * plus arrowhead), so the line stops at the node's edge (on a curve: where the curve crosses
 * that circle). The zigzag of a stressful tie, the gap of a broken tie and the middle follow
 * the curve. `middle` (the curve's parameter, default 0.5) moves the middle — the mark and the
 * gap — along the tie, e.g. away from a person beside it (`markSpots`). `calm` (ranges of the
 * curve's parameter) draws a zigzag straight there, where its teeth would reach into a person
 * beside the line (`zigzagCalm`).
 */
export function tieGeometry(
  a: Point,
  b: Point,
  style: Pick<TieStyle, 'shape' | 'gap' | 'strokeWidth'>,
  startInset = 0,
  endInset = 0,
  control?: Point,
  middle = 0.5,
  calm: readonly (readonly [number, number])[] = [],
): TieGeometry {
  const track = makeTrack(a, b, control);
  let sStart = insetAt(track, startInset, false);
  let sEnd = insetAt(track, endInset, true);
  if (sEnd < sStart) sStart = sEnd = (sStart + sEnd) / 2;
  const length = sEnd - sStart;
  const sMid = Math.min(sEnd, Math.max(sStart, track.sAt(middle)));
  const start = track.at(sStart);
  const end = track.at(sEnd);
  const mid = track.at(sMid);
  const { x: ux, y: uy } = track.tangent(sMid);
  const segment = (from: number, to: number): string => {
    if (style.shape !== 'zigzag') return track.piece(from, to);
    const p0 = track.at(from);
    let d = `M${r2(p0.x)} ${r2(p0.y)}`;
    const { amplitude, wavelength } = zigzagSize(style.strokeWidth);
    const lead = Math.min(6, (to - from) / 4);
    let s = from + lead;
    const p1 = track.at(s);
    d += `L${r2(p1.x)} ${r2(p1.y)}`;
    let side = 1;
    while (s + wavelength / 2 < to - lead) {
      s += wavelength / 2;
      const t = track.tAt(s - wavelength / 4);
      const quiet = calm.some(([t0, t1]) => t >= t0 && t <= t1);
      const p = track.at(s - wavelength / 4, quiet ? 0 : amplitude * side);
      d += `L${r2(p.x)} ${r2(p.y)}`;
      side = -side;
    }
    const pe = track.at(to - lead);
    const p2 = track.at(to);
    return `${d}L${r2(pe.x)} ${r2(pe.y)}L${r2(p2.x)} ${r2(p2.y)}`;
  };
  const gapHalf = Math.min(8 + style.strokeWidth, length / 4);
  const d = style.gap
    ? `${segment(sStart, Math.max(sStart, sMid - gapHalf))}${segment(Math.min(sEnd, sMid + gapHalf), sEnd)}`
    : segment(sStart, sEnd);
  return {
    d, hit: track.piece(sStart, sEnd), start, end, mid, ux, uy,
    startDir: track.tangent(sStart), endDir: track.tangent(sEnd), length, track, sStart, sEnd, sMid,
  };
}

/** Half-length (along the line) of a break or end mark for a stroke width; it reaches as far across. */
export const markSize = (strokeWidth: number): number => 6 + strokeWidth;
/** Size of the warning triangle on a harmful tie for a stroke width. */
export const warningGlyph = (strokeWidth: number): number => 14 + strokeWidth;

/**
 * How far a tie's middle decorations reach from its track: `across` (perpendicular) and
 * `along` (either side of the middle, the warning triangle beside a mark included). `null` when
 * the tie has none. Used to keep them clear of people who are not the tie's ends (`markSpots`).
 */
export function markExtent(style: Pick<TieStyle, 'mark' | 'warning' | 'strokeWidth'>): { across: number; along: number } | null {
  if (style.mark === 'none' && !style.warning) return null;
  const size = markSize(style.strokeWidth);
  const glyph = warningGlyph(style.strokeWidth);
  // The triangle stands upright whatever the line's direction, so it reaches as far as its
  // corners in every direction (WARNING_REACH × its size): half its size, as before, left its
  // lower corners outside the room that was checked.
  const triangle = WARNING_REACH * glyph;
  if (!warningBesideMark(style)) return style.mark === 'warning' ? { across: triangle, along: triangle } : { across: size, along: size };
  // Beside a break or end mark the triangle's centre is at least a glyph from the middle
  // (TieLine, placeAlong): along, 1.5 glyphs beyond the mark holds its far corner.
  return { across: Math.max(size, triangle), along: size + 1.5 * glyph };
}

/**
 * A harmful tie whose middle mark is not the triangle itself (a break or end mark) draws its
 * warning triangle beside the middle, a glyph along the line (TieLine); on which side,
 * `tieMarkPlaces` decides (tieMarks.ts).
 */
export function warningBesideMark(style: Pick<TieStyle, 'mark' | 'warning'>): boolean {
  return style.warning && style.mark !== 'warning';
}

/**
 * How far the warning triangle reaches from its centre, as a fraction of its size: its lower
 * corners ((±7.2, 6.5) of the 16-unit glyph, WarningGlyph in TieLine.tsx) plus half its 1.6
 * outline: (√(7.2² + 6.5²) + 0.8) / 16 ≈ 0.66.
 */
export const WARNING_REACH = 0.66;

/** Length of an arrowhead for a stroke width (add it to the inset so the tip touches the node). */
export function arrowLength(strokeWidth: number): number {
  return 7 + strokeWidth * 1.5;
}
