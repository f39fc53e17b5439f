/**
 * The deterministic ecogram layout.
 *
 * Every person lives in one cell: the ring of their closeness × the slice of their
 * sector. Slices are sized by what they hold (sectors.ts) unless the host asks for equal
 * ones. Within a slice, everyone — whatever their circle — gets an angle of their own on a
 * fan (fan.ts), so that no line from the client runs through someone else; people of one
 * circle alternate between an inner and an outer row of that circle, which leaves room for
 * their names. Ties that would still pass a person who is not one of their ends are
 * curved around them (route.ts).
 *
 * Deterministic: people are sorted by id and placed by rules, never by `Math.random`.
 * Stable: with `previous`, people keep their places (a slice whose people did not change
 * is copied as it was; elsewhere people are held at their old angles and a newcomer takes
 * the widest free gap).
 * @internal
 */
import { CLOSENESSES, SECTORS, type Closeness, type LayoutHint, type Network, type Sector } from '../model/types';
import { evenAngles, fanAngles, gapBetween, type FanOptions } from './fan';
import {
  DEFAULT_LAYOUT_SIZE, DEFAULT_NODE_RADIUS, angleDegOf, angleOf, clampPolar, insideCell,
  makeCell, makeGeometry, normalizeDeg, polarX, polarY, radialRange, toRad, wrapPi,
  type Cell, type Geometry, type Polar,
} from './geometry';
import { createTieRouter, type RouteObstacle } from './route';
import { chooseSectors, DEFAULT_MIN_SECTOR_ANGLE, readPreviousSectors, sectorMinimums, sectorNeed } from './sectors';
import type { EcogramLayout, LayoutNode, LayoutOptions, LayoutTie } from './types';

/** Line clearance at the default size: a drawn node radius of 18 plus 4 px. */
const DEFAULT_LINE_CLEARANCE = 22;
/** Above this many people (a crowded map, where not every line can be kept clear anyway), tie routing tries fewer curves: it stays within its time budget. */
const QUICK_ROUTING_ABOVE = 80;
/** How strongly a wanted angle holds on the fan. */
const WEIGHT_NEW = 1;
const WEIGHT_PLACED = 50;
const WEIGHT_FIXED = 1e6;
/** Where the first row of a circle sits, as a fraction of the way from its inner to its outer edge (after the padding). */
const ROW_START = 0.35;

/** One person as the layout sees them. */
interface Entry {
  id: string;
  sector: Sector;
  closeness: Closeness;
  /** Hinted angle, radians. */
  hintAngle?: number;
  /** Hinted angle as given (normalised degrees), to report it exactly. */
  hintAngleDeg?: number;
  /** Hinted radius, px. */
  hintR?: number;
  /** Hinted radius as given (fraction of the outer radius), to report it exactly. */
  hintRadius?: number;
  pinned: boolean;
}

/** A place from the previous layout, in the current geometry. */
interface PrevPlace {
  sector: Sector;
  closeness: Closeness;
  x: number;
  y: number;
  /** Radians. */
  angle: number;
  /** Px. */
  r: number;
  /** The previous node itself when it can be copied unchanged (same geometry). */
  verbatim: LayoutNode | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSector = (v: unknown): v is Sector => typeof v === 'string' && (SECTORS as readonly string[]).includes(v);
const isCloseness = (v: unknown): v is Closeness => typeof v === 'string' && (CLOSENESSES as readonly string[]).includes(v);
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function readPeople(network: unknown, geo: Geometry): Entry[] {
  if (!isObject(network)) return [];
  const people = Array.isArray(network.people) ? (network.people as unknown[]) : [];
  const focus = typeof network.focus === 'string' ? network.focus : undefined;
  const hints = isObject(network.layout) ? network.layout : undefined;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const p of people) {
    if (!isObject(p) || typeof p.id !== 'string' || p.id === focus || seen.has(p.id)) continue;
    seen.add(p.id);
    const entry: Entry = {
      id: p.id,
      sector: isSector(p.sector) ? p.sector : 'other',
      closeness: isCloseness(p.closeness) ? p.closeness : 'outer',
      pinned: false,
    };
    const hint = hints && own(hints, p.id) ? (hints[p.id] as LayoutHint | undefined) : undefined;
    if (isObject(hint)) {
      if (typeof hint.angle === 'number' && Number.isFinite(hint.angle)) {
        entry.hintAngleDeg = normalizeDeg(hint.angle);
        entry.hintAngle = toRad(entry.hintAngleDeg);
      }
      if (typeof hint.radius === 'number' && Number.isFinite(hint.radius)) {
        entry.hintRadius = Math.min(1, Math.max(0, hint.radius));
        entry.hintR = entry.hintRadius * geo.R;
      }
      entry.pinned = hint.pinned === true;
    }
    entries.push(entry);
  }
  return entries.sort(byId);
}

function readPrevious(previous: unknown, geo: Geometry): Map<string, PrevPlace> {
  const places = new Map<string, PrevPlace>();
  if (!isObject(previous) || !isObject(previous.nodes)) return places;
  const center = isObject(previous.center) ? previous.center : undefined;
  const sameGeometry = previous.size === geo.size && center?.x === geo.cx && center?.y === geo.cy;
  for (const [id, node] of Object.entries(previous.nodes)) {
    if (!isObject(node) || !isSector(node.sector) || !isCloseness(node.closeness)) continue;
    const { angle, radius, x, y } = node;
    if (typeof angle !== 'number' || typeof radius !== 'number' || !Number.isFinite(angle) || !Number.isFinite(radius)) {
      continue;
    }
    if (sameGeometry && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
      const dx = x - geo.cx;
      const dy = y - geo.cy;
      places.set(id, {
        sector: node.sector, closeness: node.closeness, x, y, angle: angleOf(dx, dy), r: Math.hypot(dx, dy),
        verbatim: { id, x, y, angle, radius, sector: node.sector, closeness: node.closeness },
      });
    } else {
      const a = toRad(normalizeDeg(angle));
      const r = radius * geo.R;
      places.set(id, {
        sector: node.sector, closeness: node.closeness, x: polarX(geo, a, r), y: polarY(geo, a, r), angle: a, r, verbatim: null,
      });
    }
  }
  return places;
}

/** Hints this close to a cell's line (radians or px) count as inside: they are kept, nudged a hair inside. */
const ON_LINE = 1e-9;

/** Whether an angle (radians) lies in a cell's slice or on its lines. */
function inSlice(cell: Cell, angle: number): boolean {
  const d = wrapPi(angle - cell.am);
  const half = (cell.a1 - cell.a0) / 2 + ON_LINE;
  return d >= -half && d <= half;
}

/** Whether a radius (px) lies in a cell's ring or on its circles. */
function inRing(cell: Cell, r: number): boolean {
  return r >= cell.r0 - ON_LINE && r <= cell.r1 + ON_LINE;
}

/**
 * Where a person goes in their cell, given a wanted polar point: hinted coordinates
 * replace the wanted ones and are kept exactly when they lie in the cell (a hint on a
 * line is nudged a hair inside); anything else is clamped `pad` px inside the cell's
 * lines. With `exact`, unhinted coordinates are only nudged inside too (pinned people).
 */
function place(cell: Cell, entry: Entry, angle: number, r: number, pad: number, exact = false): Polar {
  const a = entry.hintAngle ?? angle;
  const rr = entry.hintR ?? r;
  const exactR = entry.hintR !== undefined ? inRing(cell, entry.hintR) : exact;
  const exactA = entry.hintAngle !== undefined ? inSlice(cell, entry.hintAngle) : exact;
  return clampPolar(cell, a, rr, exactR ? 0 : pad, exactA ? 0 : pad);
}

/** Everything a slice needs to lay out its people. */
interface SliceContext {
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

/** Rows of a ring cell: one for a lone person, else an inner and an outer row, more when crowded. */
function rowRadii(cell: Cell, count: number, pad: number, spacing: number, span: number): number[] {
  const [rMin, rMax] = radialRange(cell, pad);
  if (count <= 1 || rMax - rMin < spacing / 2) return [cell.rm];
  const maxRows = Math.max(2, Math.floor((rMax - rMin) / (spacing / 2)) + 1);
  const perRow = Math.max(1, Math.floor((span * cell.rm) / spacing));
  const rows = Math.min(maxRows, Math.max(2, Math.ceil(count / perRow)));
  // Rows start a third of the way out: a person close to the client's disc costs the most
  // angle (the angle that clears a line grows as 1/r).
  const from = rMin + (rMax - rMin) * ROW_START;
  return Array.from({ length: rows }, (_, k) => from + ((rMax - from) * k) / (rows - 1));
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

function layoutSlice(ctx: SliceContext, sector: Sector, entries: Entry[], out: Map<string, LayoutNode>): void {
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

/** How much the fan misses its gaps (radians, summed), with fixed people at their exact angles. */
function shortfall(order: Seat[], angles: number[], fan: FanOptions): number {
  let miss = 0;
  const at = (i: number): number => (order[i] as Seat).fixedAngle ?? (angles[i] as number);
  for (let i = 0; i + 1 < order.length; i++) {
    const need = gapBetween((order[i] as Seat).r, (order[i + 1] as Seat).r, fan);
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
  const solve = (order: Seat[]): number[] => fanAngles(order.map((s) => ({ r: s.r, want: s.want, weight: s.weight })), fan);
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
  const wants = evenAngles(free.map((s) => s.r), fan);
  free.forEach((s, i) => {
    s.want = wants[i] as number;
  });
}

/**
 * The order of a cold start: each circle's people (by id) spread over the whole slice and
 * the circles interleaved; consecutive people of one circle alternate rows.
 */
function coldOrder(entries: readonly Entry[], rowsOf: (c: Closeness) => number[]): { entry: Entry; r: number }[] {
  const byRing = new Map<Closeness, Entry[]>();
  for (const e of entries) {
    const list = byRing.get(e.closeness);
    if (list) list.push(e);
    else byRing.set(e.closeness, [e]);
  }
  const keyed: { entry: Entry; r: number; key: number; ring: number }[] = [];
  for (const [closeness, list] of byRing) {
    list.sort(byId);
    const radii = rowsOf(closeness);
    list.forEach((entry, j) => {
      keyed.push({ entry, r: radii.length ? (radii[j % radii.length] as number) : 0, key: (j + 0.5) / list.length, ring: CLOSENESSES.indexOf(closeness) });
    });
  }
  keyed.sort((a, b) => a.key - b.key || a.ring - b.ring || byId(a.entry, b.entry));
  return keyed.map(({ entry, r }) => ({ entry, r }));
}

/** Try every gap and row for at most this many newcomers in slices of at most this many people. */
const SEARCH_NEWCOMERS = 3;
const SEARCH_PEOPLE = 300;

/** How far (px, summed) the placed people move on the fan when `seat` joins them at its `want` and `r`. */
function pushOf(placed: Seat[], seat: Seat, fan: FanOptions): number {
  const all = [...placed, seat].sort((a, b) => a.want - b.want || byId(a.entry, b.entry));
  const angles = fanAngles(all.map((s) => ({ r: s.r, want: s.want, weight: s.weight })), fan);
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

/** Curves for the ties that would pass someone who is not one of their ends. */
function routeTies(network: unknown, geo: Geometry, nodes: Map<string, LayoutNode>, focus: string | undefined, clearance: number, clientClearance: number): Record<string, LayoutTie> {
  const out: Record<string, LayoutTie> = {};
  if (!isObject(network) || !Array.isArray(network.ties)) return out;
  const where = (id: string): { x: number; y: number } | undefined => (id === focus ? { x: geo.cx, y: geo.cy } : nodes.get(id));
  const obstacles: RouteObstacle[] = [];
  for (const n of nodes.values()) obstacles.push({ id: n.id, x: n.x, y: n.y, r: clearance });
  if (focus !== undefined) obstacles.push({ id: focus, x: geo.cx, y: geo.cy, r: clientClearance });
  const router = createTieRouter(obstacles, {
    bounds: { x: geo.cx, y: geo.cy, r: geo.R + clearance },
    away: { x: geo.cx, y: geo.cy },
    quick: nodes.size > QUICK_ROUTING_ABOVE,
  });
  const ties = (network.ties as unknown[]).filter(
    (t): t is { id: string; between: [string, string] } =>
      isObject(t) && typeof t.id === 'string' && Array.isArray(t.between) && typeof t.between[0] === 'string' && typeof t.between[1] === 'string',
  );
  ties.sort(byId);
  for (const tie of ties) {
    if (own(out, tie.id)) continue;
    const [from, to] = tie.between;
    const a = where(from);
    const b = where(to);
    if (!a || !b || from === to) continue;
    // Lines from the client stay straight rays: the fan keeps them clear (crowded slices
    // squeeze it; a curved ray would not make a crowded map more truthful, only busier).
    const control = from === focus || to === focus ? undefined : router.route({ id: from, ...a }, { id: to, ...b });
    out[tie.id] = control ? { id: tie.id, from, to, control } : { id: tie.id, from, to };
  }
  return out;
}

/** See {@link computeLayout} in index.ts. */
export function computeLayoutImpl(network: Network, options?: LayoutOptions): EcogramLayout {
  const opts: Partial<LayoutOptions> = isObject(options) ? options : {};
  const num = (v: unknown, ok: (n: number) => boolean): number | undefined => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : undefined);
  const size = num(opts.size, (n) => n > 0) ?? DEFAULT_LAYOUT_SIZE;
  const scale = size / DEFAULT_LAYOUT_SIZE;
  const nodeRadius = num(opts.nodeRadius, (n) => n >= 0) ?? DEFAULT_NODE_RADIUS * scale;
  const clearance = num(opts.lineClearance, (n) => n >= 0) ?? DEFAULT_LINE_CLEARANCE * scale;
  const minSector = num(opts.minSectorAngle, (n) => n >= 0) ?? DEFAULT_MIN_SECTOR_ANGLE;
  const sizing = opts.sectorSizing === 'equal' ? 'equal' : 'content';
  const base = makeGeometry(size);
  const entries = readPeople(network, base);

  // What each slice needs: its people as a cold start would seat them (see coldOrder).
  const fanOpts = { clearance, spacing: 2 * nodeRadius };
  const bySector = new Map<Sector, Entry[]>();
  for (const e of entries) {
    const list = bySector.get(e.sector);
    if (list) list.push(e);
    else bySector.set(e.sector, [e]);
  }
  const needs = new Map<Sector, number>();
  for (const [sector, list] of bySector) {
    const radii = coldOrder(list, (c) => {
      const cell = makeCell(base, sector, c);
      return rowRadii(cell, list.filter((e) => e.closeness === c).length, nodeRadius, fanOpts.spacing, Math.PI);
    }).map(({ entry, r }) => entry.hintR ?? r);
    needs.set(sector, sectorNeed(radii, fanOpts));
  }
  const sectors = chooseSectors(sizing, needs, sectorMinimums(minSector, isObject(opts.sectorMinAngles) ? opts.sectorMinAngles : undefined), opts.previous);
  const geo = makeGeometry(size, sectors);
  const prev = readPrevious(opts.previous, geo);
  const prevSectors = readPreviousSectors(opts.previous);
  const sameSize = [...prev.values()].some((p) => p.verbatim !== null);
  const sameSlices = new Set<Sector>();
  if (sameSize && prevSectors) {
    prevSectors.forEach((s, i) => {
      if (s.startAngle === sectors[i]?.startAngle && s.endAngle === sectors[i]?.endAngle) sameSlices.add(s.sector);
    });
  }
  const ctx: SliceContext = { geo, prev, sameSlices, fan: { clearance, spacing: 2 * nodeRadius }, pad: nodeRadius };
  const slices = new Map<Sector, Entry[]>();
  for (const e of entries) {
    const list = slices.get(e.sector);
    if (list) list.push(e);
    else slices.set(e.sector, [e]);
  }
  const placed = new Map<string, LayoutNode>();
  for (const sector of SECTORS) {
    const list = slices.get(sector);
    if (list) layoutSlice(ctx, sector, list, placed);
  }
  const focus = isObject(network) && typeof network.focus === 'string' ? network.focus : undefined;
  const clientClearance = num(opts.clientClearance, (n) => n >= 0) ?? (geo.rings[0]?.inner ?? 0);
  return {
    size,
    center: { x: geo.cx, y: geo.cy },
    rings: geo.rings.map((r) => ({ ...r })),
    sectors: geo.sectors.map((s) => ({ ...s })),
    nodes: Object.fromEntries(entries.map((e) => [e.id, placed.get(e.id) as LayoutNode])),
    ties: routeTies(network, geo, placed, focus, clearance, clientClearance),
  };
}
/** The output node of a person at (x, y). A hint that was kept exactly is reported exactly. */
function finish(geo: Geometry, entry: Entry, cell: Cell, x: number, y: number): LayoutNode {
  const dx = x - geo.cx;
  const dy = y - geo.cy;
  let angle = angleDegOf(dx, dy);
  let radius = Math.hypot(dx, dy) / geo.R;
  if (entry.hintAngleDeg !== undefined && Math.abs(wrapPi(toRad(entry.hintAngleDeg - angle))) < 1e-9) {
    angle = entry.hintAngleDeg;
  }
  if (entry.hintRadius !== undefined && Math.abs(entry.hintRadius - radius) < 1e-12) radius = entry.hintRadius;
  return { id: entry.id, x, y, angle, radius, sector: cell.sector, closeness: cell.closeness };
}

