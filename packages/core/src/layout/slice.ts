/**
 * One slice laid out: people with a place keep it (a slice whose people did not change is
 * copied as it was), people placed by the user stay exactly where they were put and the
 * others settle around them, newcomers take the gap where the others move least, and a
 * cold slice spreads its people evenly. The angles come from the fan (fan.ts).
 * @internal
 */
import { type Closeness, type Sector } from '../model/types';
import { evenAngles, fanAngles, gapBetween, type FanItem, type FanOptions } from './fan';
import { clampPolar, insideCell, makeCell, polarX, polarY, radialRange, wrapPi, type Cell, type Geometry } from './geometry';
import { byId, finish, inSlice, place, spotOf, type Entry, type PrevPlace } from './read';
import { coldOrder, rowRadii } from './seating';
import type { LayoutNode } from './types';

/** How strongly a wanted angle holds on the fan. */
const WEIGHT_NEW = 1;
const WEIGHT_PLACED = 50;
const WEIGHT_FIXED = 1e6;

/** Everything a slice needs to lay out its people. */
export interface SliceContext {
  geo: Geometry;
  prev: Map<string, PrevPlace>;
  /** Slices whose previous nodes can be copied as they are (same size and same slice). */
  sameSlices: Set<Sector>;
  fan: Pick<FanOptions, 'clearance' | 'spacing'>;
  /** Distance kept from ring lines, px. */
  pad: number;
}

/** A person's previous angle, on the current slice's side of the circle (the fan clamps it into the slice). */
function carriedAngle(p: PrevPlace, cell: Cell): number {
  return cell.am + wrapPi(p.angle - cell.am);
}

/** One person on a slice's fan while it is being laid out. */
interface Seat {
  entry: Entry;
  cell: Cell;
  r: number;
  want: number;
  weight: number;
  /** The angle is fixed (full hint, pin, or an angle hint): kept exactly after the fan. */
  fixedAngle: number | null;
}

export function layoutSlice(ctx: SliceContext, sector: Sector, entries: Entry[], out: Map<string, LayoutNode>): void {
  const { geo, prev, pad } = ctx;
  const cells = new Map<Closeness, Cell>();
  const cellOf = (c: Closeness): Cell => {
    let cell = cells.get(c);
    if (!cell) cells.set(c, (cell = makeCell(geo, sector, c)));
    return cell;
  };
  const prevIn = (e: Entry): PrevPlace | undefined => {
    const p = prev.get(e.id);
    return p && p.sector === sector && p.closeness === e.closeness ? p : undefined;
  };

  // A slice whose people all had a place here, in the same geometry, with hints that keep them there, stays as it was.
  if (ctx.sameSlices.has(sector) && prev.size > 0) {
    const clean = entries.every((e) => {
      const p = prevIn(e);
      if (!p?.verbatim || !insideCell(cellOf(e.closeness), p.angle, p.r)) return false;
      const h = place(cellOf(e.closeness), e, p.angle, p.r, pad, true);
      return Math.abs(polarX(geo, h.angle, h.r) - p.x) < 1e-6 && Math.abs(polarY(geo, h.angle, h.r) - p.y) < 1e-6;
    });
    if (clean) {
      for (const e of entries) out.set(e.id, (prevIn(e) as PrevPlace).verbatim as LayoutNode);
      return;
    }
  }

  const anyCell = cellOf('inner');
  const span = anyCell.a1 - anyCell.a0;
  const fan: FanOptions = { a0: anyCell.a0, a1: anyCell.a1, ...ctx.fan };
  const counts = new Map<Closeness, number>();
  for (const e of entries) counts.set(e.closeness, (counts.get(e.closeness) ?? 0) + 1);
  const rows = new Map<Closeness, number[]>();
  for (const [c, n] of counts) rows.set(c, rowRadii(cellOf(c), n, pad, ctx.fan.spacing, span));

  const seats: Seat[] = [];
  const fresh: Seat[] = [];
  for (const e of entries) {
    const cell = cellOf(e.closeness);
    const p = prevIn(e);
    // A hint inside the slice is where the user put the person: kept exactly. One outside it
    // (the person's sector changed since) is only a wish, like a previous place.
    const hintHere = e.hintAngle !== undefined && inSlice(cell, e.hintAngle);
    const fixedPlace = (hintHere && e.hintR !== undefined) || (p !== undefined && e.pinned);
    const seat: Seat = { entry: e, cell, r: cell.rm, want: cell.am, weight: WEIGHT_NEW, fixedAngle: null };
    if (fixedPlace) {
      const at = place(cell, e, p?.angle ?? cell.am, p?.r ?? cell.rm, pad, true);
      seat.r = at.r;
      seat.want = cell.am + wrapPi(at.angle - cell.am);
      seat.fixedAngle = seat.want;
      seat.weight = WEIGHT_FIXED;
    } else {
      const [rMin, rMax] = radialRange(cell, pad);
      if (e.hintR !== undefined) seat.r = place(cell, e, cell.am, e.hintR, pad).r;
      else if (p) seat.r = Math.min(rMax, Math.max(rMin, p.r));
      if (e.hintAngle !== undefined) {
        const at = place(cell, e, e.hintAngle, seat.r, pad);
        seat.want = cell.am + wrapPi(at.angle - cell.am);
        seat.fixedAngle = hintHere ? seat.want : null;
        seat.weight = hintHere ? WEIGHT_FIXED : WEIGHT_PLACED;
      } else if (p) {
        seat.want = carriedAngle(p, cell);
        seat.weight = WEIGHT_PLACED;
      } else {
        fresh.push(seat);
      }
    }
    seats.push(seat);
  }

  const placedBefore = seats.filter((s) => !fresh.includes(s));
  if (placedBefore.length === 0) {
    coldFan(seats, rows, fan);
  } else {
    warmNewcomers(fresh, placedBefore, rows, fan);
  }
  seats.sort((a, b) => a.want - b.want || byId(a.entry, b.entry));
  const { order, angles } = settleAroundFixed(seats, fan);
  order.forEach((s, i) => {
    const angle = s.fixedAngle ?? (angles[i] as number);
    const at = s.fixedAngle !== null ? place(s.cell, s.entry, angle, s.r, pad, true) : clampPolar(s.cell, angle, s.r, 0, 0);
    out.set(s.entry.id, finish(geo, s.entry, s.cell, polarX(geo, at.angle, at.r), polarY(geo, at.angle, at.r)));
  });
}

/** A seat as the fan sees it. */
// One object shape for every item (a spread with an optional key made the fan's loops megamorphic: 3× slower warm starts).
const fanItem = (s: Seat): FanItem => ({ r: s.r, clear: s.entry.clear, want: s.want, weight: s.weight });

/** How much the fan misses its gaps (radians, summed), with fixed people at their exact angles. */
function shortfall(order: Seat[], angles: number[], fan: FanOptions): number {
  let miss = 0;
  const at = (i: number): number => (order[i] as Seat).fixedAngle ?? (angles[i] as number);
  for (let i = 0; i + 1 < order.length; i++) {
    const need = gapBetween(spotOf((order[i] as Seat).entry, (order[i] as Seat).r), spotOf((order[i + 1] as Seat).entry, (order[i + 1] as Seat).r), fan);
    miss += Math.max(0, need - (at(i + 1) - at(i)));
  }
  return miss;
}

/** Most passes of the reordering below (each is O(n) fans). */
const SETTLE_PASSES = 8;

/**
 * The fan in the order of the wanted angles — unless someone fixed (placed by the user)
 * leaves too little room on one side: then people next to them move to the other side of
 * them, one at a time, for as long as that lowers the shortfall.
 */
function settleAroundFixed(seats: Seat[], fan: FanOptions): { order: Seat[]; angles: number[] } {
  const solve = (order: Seat[]): number[] => fanAngles(order.map(fanItem), fan);
  let order = seats;
  let angles = solve(order);
  if (!order.some((s) => s.fixedAngle !== null)) return { order, angles };
  let miss = shortfall(order, angles, fan);
  for (let pass = 0; pass < SETTLE_PASSES && miss > 1e-9; pass++) {
    let improved = false;
    for (let i = 0; i + 1 < order.length; i++) {
      const a = order[i] as Seat;
      const b = order[i + 1] as Seat;
      if ((a.fixedAngle === null) === (b.fixedAngle === null)) continue;
      const swapped = [...order];
      swapped[i] = b;
      swapped[i + 1] = a;
      const next = solve(swapped);
      const m = shortfall(swapped, next, fan);
      if (m < miss - 1e-9) {
        order = swapped;
        angles = next;
        miss = m;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { order, angles };
}

/**
 * Cold start: the circles interleave evenly along the slice (each circle's people spread
 * over the whole slice, by id), consecutive people of one circle alternate rows, and the
 * slack is shared evenly.
 */
function coldFan(seats: Seat[], rows: Map<Closeness, number[]>, fan: FanOptions): void {
  const bySeat = new Map(seats.map((s) => [s.entry, s] as const));
  const order = coldOrder(seats.map((s) => s.entry), (c) => rows.get(c) ?? []);
  const free: Seat[] = [];
  for (const { entry, r } of order) {
    const seat = bySeat.get(entry) as Seat;
    if (seat.fixedAngle === null && entry.hintR === undefined) seat.r = r;
    if (seat.fixedAngle === null) free.push(seat);
  }
  const wants = evenAngles(free.map((s) => spotOf(s.entry, s.r)), fan);
  free.forEach((s, i) => {
    s.want = wants[i] as number;
  });
}

/** Try every gap and row for at most this many newcomers in slices of at most this many people. */
const SEARCH_NEWCOMERS = 3;
const SEARCH_PEOPLE = 300;

/** How far (px, summed) the placed people move on the fan when `seat` joins them at its `want` and `r`. */
function pushOf(placed: Seat[], seat: Seat, fan: FanOptions): number {
  const all = [...placed, seat].sort((a, b) => a.want - b.want || byId(a.entry, b.entry));
  const angles = fanAngles(all.map(fanItem), fan);
  let moved = 0;
  all.forEach((s, i) => {
    if (s !== seat) moved += Math.abs((angles[i] as number) - s.want) * s.r;
  });
  return moved;
}

/**
 * Warm start: each newcomer (by id) takes the gap and row where the people already placed
 * move least (in small slices every gap and row is tried; in large ones the widest gap).
 */
function warmNewcomers(fresh: Seat[], placed: Seat[], rows: Map<Closeness, number[]>, fan: FanOptions): void {
  const search = fresh.length <= SEARCH_NEWCOMERS && placed.length + fresh.length <= SEARCH_PEOPLE;
  for (const seat of [...fresh].sort((a, b) => byId(a.entry, b.entry))) {
    const taken = placed.map((s) => s.want).sort((a, b) => a - b);
    const marks = [fan.a0, ...taken.filter((a) => a > fan.a0 && a < fan.a1), fan.a1];
    const gaps: number[] = [];
    for (let i = 0; i + 1 < marks.length; i++) gaps.push(((marks[i] as number) + (marks[i + 1] as number)) / 2);
    const radii = seat.entry.hintR === undefined ? (rows.get(seat.entry.closeness) ?? [seat.r]) : [seat.r];
    let best = { want: (fan.a0 + fan.a1) / 2, r: radii[0] ?? seat.r, cost: Infinity };
    if (search) {
      for (const want of gaps) {
        for (const r of radii) {
          seat.want = want;
          seat.r = r;
          const cost = pushOf(placed, seat, fan);
          if (cost < best.cost - 1e-9) best = { want, r, cost };
        }
      }
    } else {
      let widest = -Infinity;
      for (let i = 0; i + 1 < marks.length; i++) {
        const w = (marks[i + 1] as number) - (marks[i] as number);
        if (w > widest) {
          widest = w;
          best = { want: gaps[i] as number, r: radii[i % Math.max(1, radii.length)] ?? seat.r, cost: 0 };
        }
      }
    }
    seat.want = best.want;
    seat.r = best.r;
    placed.push(seat);
  }
}

