/**
 * Where each tie's middle mark goes. A broken or ended tie carries a mark across its middle
 * (and a harmful one a warning triangle); these reach up to 11 units to either side, further
 * than the room the layout keeps between a line and people who are not its ends (LINE_MARGIN).
 * A mark at the exact middle could so reach into a person beside the line — which reads as the
 * tie running through them (found on generated networks of 25–40 people: 18 ties in 40 maps).
 * Each marked tie gets the spot nearest its middle where its marks keep clear of everyone but
 * its ends; where none does, the one that comes least close. Pure, deterministic.
 * @internal
 */
import { effectiveFormality, type Network, type Tie } from '@kring/core';
import { bucketByCell } from '@kring/core/layout';
import { makeTrack } from '../ties/curve';
import { markExtent, markSize, tieStyle, warningBesideMark, warningGlyph, WARNING_REACH, zigzagSize } from '../ties/tieStyle';
import { shapeReach } from './drawing';
import type { Pt } from './geometry';
import { hypot } from '../../utils/hypot';

/**
 * How far each person's drawn shape reaches from its centre: the client's disc, a disc, or a
 * formal person's square by its corners (what marks and zigzags must keep clear of).
 */
export function reachOf(network: Pick<Network, 'people' | 'focus'>, nodeR: number, clientR: number): (personId: string) => number {
  const formal = new Set(network.people.filter((p) => effectiveFormality(p) === 'formal').map((p) => p.id));
  return (id) => (id === network.focus ? clientR : nodeR * shapeReach(formal.has(id)));
}

/** Where a mark may go: the curve's parameter, nearest the middle first. */
const SPOTS = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.8, 0.2, 0.85, 0.15];
/** Distance between the points of a mark's reach that are checked, layout units. */
const MARK_STEP = 4;
/** Room kept between a mark and a person's edge, layout units. */
const ROOM = 2;

/**
 * The curve parameter of the middle mark of every marked tie that should not sit at 0.5.
 * @param positions centres of the people (the client included)
 * @param controlOf the tie's curve control point (absent: straight)
 * @param radiusOf drawn radius of a person
 */
export function markSpots(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Pt>,
  controlOf: (tieId: string) => Pt | undefined,
  radiusOf: (personId: string) => number,
): Map<string, number> {
  return tieMarkPlaces(ties, positions, controlOf, radiusOf).spots;
}

/** Where each marked tie's marks go: the middle mark's curve parameter, and the side of a warning triangle beside a mark. */
export interface TieMarkPlaces {
  /** The middle mark's curve parameter, for ties whose mark should not sit at 0.5. */
  spots: Map<string, number>;
  /**
   * The side of the warning triangle beside a break or end mark (harmful ties): +1 towards the
   * tie's second end, −1 towards its first; for every such tie.
   */
  warnSides: Map<string, 1 | -1>;
}

/**
 * {@link markSpots} and, for a harmful tie that also carries a break or end mark, the side of
 * its warning triangle: the side where it keeps clear of everyone (the longer half first).
 * The side used to be the longer half always, and on a short tie from the client the triangle
 * then touched the person beside it (a held-out generated map of 40 people).
 */
export function tieMarkPlaces(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Pt>,
  controlOf: (tieId: string) => Pt | undefined,
  radiusOf: (personId: string) => number,
): TieMarkPlaces {
  const spots = new Map<string, number>();
  const warnSides = new Map<string, 1 | -1>();
  const roomAt = roomFinder(positions, radiusOf);
  for (const tie of ties) {
    const style = tieStyle(tie);
    const extent = markExtent(style);
    if (!extent) continue;
    const a = positions.get(tie.between[0]);
    const b = positions.get(tie.between[1]);
    if (!a || !b) continue;
    const track = makeTrack(a, b, controlOf(tie.id));
    const ends = [a, b] as const;
    /** Room of something reaching `along` either side of `s` and `across` from the line (also clear of the tie's own ends). */
    const roomOver = (s: number, along: number, across: number): number => {
      let room = Infinity;
      // Along the whole reach of the marks, every few units (three samples 30 units apart
      // missed a person beside the warning triangle between them).
      const steps = Math.max(2, Math.ceil((2 * along) / MARK_STEP));
      for (let k = 0; k <= steps; k++) room = Math.min(room, roomAt(track.at(s - along + (2 * along * k) / steps), across, tie.between));
      // Not over its own ends either (a short tie).
      const p = track.at(s);
      for (const [k, end] of ends.entries()) room = Math.min(room, hypot(p.x - end.x, p.y - end.y) - radiusOf(tie.between[k]!) - along);
      return room;
    };
    const beside = warningBesideMark(style);
    const size = markSize(style.strokeWidth);
    const glyph = warningGlyph(style.strokeWidth);
    const triangle = WARNING_REACH * glyph;
    let best = { t: 0.5, side: 1 as 1 | -1, room: -Infinity };
    search: for (const t of SPOTS) {
      const s = track.sAt(t);
      // The longer half first (where the triangle went before), then the other.
      const sides: (1 | -1)[] = !beside ? [1] : t * track.length >= (1 - t) * track.length ? [-1, 1] : [1, -1];
      for (const side of sides) {
        // Beside a mark: the mark itself, and the triangle a glyph further along on `side`.
        const room = beside ? Math.min(roomOver(s, size, size), roomOver(s + side * glyph, triangle, triangle)) : roomOver(s, extent.along, extent.across);
        if (room >= ROOM) {
          best = { t, side, room };
          break search;
        }
        if (room > best.room + 0.5) best = { t, side, room };
      }
    }
    if (best.t !== 0.5) spots.set(tie.id, best.t);
    if (beside) warnSides.set(tie.id, best.side);
  }
  return { spots, warnSides };
}

/**
 * Where the zigzag of a stressful tie runs straight: the stretches (curve parameter ranges)
 * beside a person who is not one of its ends, where its teeth (up to 6 units to either side,
 * plus half the line) would reach into them. The layout keeps lines LINE_MARGIN from people,
 * which holds a straight line's edge, not a zigzag's.
 */
export function zigzagCalm(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Pt>,
  controlOf: (tieId: string) => Pt | undefined,
  radiusOf: (personId: string) => number,
): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  const roomAt = roomFinder(positions, radiusOf);
  const reach = roomAt.reach;
  for (const tie of ties) {
    const style = tieStyle(tie);
    if (style.shape !== 'zigzag') continue;
    const a = positions.get(tie.between[0]);
    const b = positions.get(tie.between[1]);
    if (!a || !b) continue;
    const track = makeTrack(a, b, controlOf(tie.id));
    const { amplitude, wavelength } = zigzagSize(style.strokeWidth);
    const across = amplitude + style.strokeWidth / 2;
    const ranges: [number, number][] = [];
    for (let s = 0; s <= track.length; s += ZIGZAG_STEP) {
      // Room changes by at most one unit per unit along the line (a distance), so the samples
      // within (room − ROOM) of a clear one are clear too: skip them (the same stretches as
      // checking every sample; a long tie in open space takes a few checks, not one per 3 units).
      const room = Math.min(roomAt(track.at(s), across, tie.between), reach - across);
      if (room >= ROOM) {
        s += Math.floor((room - ROOM) / ZIGZAG_STEP) * ZIGZAG_STEP;
        continue;
      }
      // A wavelength either side, so the teeth next to the stretch stay clear too.
      const t0 = track.tAt(Math.max(0, s - wavelength));
      const t1 = track.tAt(Math.min(track.length, s + wavelength));
      const last = ranges[ranges.length - 1];
      if (last && t0 <= last[1]) last[1] = Math.max(last[1], t1);
      else ranges.push([t0, t1]);
    }
    if (ranges.length > 0) out.set(tie.id, ranges);
  }
  return out;
}

/** Distance between the checked points of a zigzag, along the line (layout units). */
const ZIGZAG_STEP = 3;

/** What {@link roomFinder} gives: the room at a point, and how far it looks. */
interface RoomAt {
  (p: Pt, across: number, ends: readonly string[]): number;
  /** Everyone nearer than this (from the point, minus their radius) is counted; room beyond it is at least this. */
  reach: number;
}

/** How far something reaching `across` at a point stays from the nearest person but `ends` (negative: it reaches into them). */
function roomFinder(positions: ReadonlyMap<string, Pt>, radiusOf: (personId: string) => number): RoomAt {
  // People by cell (core's flat grid), so that a spot is checked against its neighbourhood only:
  // a map of 1,000 people checks some 40,000 spots, and a Map of object lists per cell cost more
  // than the distances (tie marks and zigzags of 1,000 people: 53 → 21 ms in Node, the same result).
  const ids = [...positions.keys()];
  const points = ids.map((id) => positions.get(id) as Pt);
  const radii = ids.map((id) => radiusOf(id));
  const maxR = radii.reduce((m, r) => Math.max(m, r), 0);
  const cell = Math.max(24, 2 * maxR + 24);
  const { order, start, cellAt } = bucketByCell(points, cell);
  const xs = Float64Array.from(order, (i) => points[i]!.x);
  const ys = Float64Array.from(order, (i) => points[i]!.y);
  const rs = Float64Array.from(order, (i) => radii[i]!);
  const who = Array.from(order, (i) => ids[i]!);
  const roomAt = (p: Pt, across: number, ends: readonly string[]): number => {
    let room = Infinity;
    const gx = Math.floor(p.x / cell);
    const gy = Math.floor(p.y / cell);
    const [a, b] = ends;
    for (let x = gx - 1; x <= gx + 1; x++) {
      for (let y = gy - 1; y <= gy + 1; y++) {
        const c = cellAt(x, y);
        if (c < 0) continue;
        for (let k = start[c]!; k < start[c + 1]!; k++) {
          const dx = p.x - xs[k]!;
          const dy = p.y - ys[k]!;
          const d = Math.sqrt(dx * dx + dy * dy) - rs[k]! - across;
          if (d < room && who[k] !== a && who[k] !== b) room = d;
        }
      }
    }
    return room;
  };
  // A person outside the 3 × 3 cells is at least a cell's width from the point.
  return Object.assign(roomAt, { reach: cell - maxR });
}
