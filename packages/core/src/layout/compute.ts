/**
 * The deterministic ecogram layout.
 *
 * Every person lives in one cell: the ring of their closeness × the slice of their
 * sector. Cells never move (fixed equal slices, fixed ring radii), so a caseworker always
 * finds family top right. Within a cell, people are spread by a small d3-force simulation
 * (collision + a pull to the ring's middle radius + a force keeping them in the slice)
 * that is run by hand, one cell at a time: `forceSimulation` is stopped the moment it is
 * made (its d3-timer never fires a tick) and advanced with `tick(1)`; after every tick
 * everybody is clamped back into their cell.
 *
 * Deterministic: people are sorted by id, start positions come from a hash of the id,
 * and d3-force 3 draws its jiggle from its own LCG (seeded identically for every
 * simulation), never from `Math.random`.
 * @internal
 */
import { forceCollide, forceRadial, forceSimulation, type Force, type SimulationNodeDatum } from 'd3-force';
import { CLOSENESSES, SECTORS, type Closeness, type LayoutHint, type Network, type Sector } from '../model/types';
import {
  DEFAULT_LAYOUT_SIZE, DEFAULT_NODE_RADIUS, angleDegOf, angleOf, angularHalfWidth, cellArea, clampPolar, insideCell,
  makeCell, makeGeometry, normalizeDeg, polarX, polarY, radialRange, toRad, wrapPi,
  type Cell, type Geometry, type Polar,
} from './geometry';
import { hashPair } from './hash';
import type { EcogramLayout, LayoutNode, LayoutOptions } from './types';

/** Fraction of a cell's area that people's collision discs (at `SPACING`) may fill before they shrink. */
const PACKING = 0.8;
/** Collision radius as a multiple of the node radius when the cell has room (space for labels). */
const SPACING = 1.3;
/** Ticks and start alpha of a cell laid out from scratch. */
const COLD_TICKS = 40;
const COLD_ALPHA = 1;
/** Ticks and start alpha of a cell where some people already had a place. */
const WARM_TICKS = 30;
const WARM_ALPHA = 0.3;
/** Alpha at the last tick (d3's default `alphaMin`). */
const ALPHA_MIN = 0.001;
/** Strength of the pull to the ring's middle radius (per unit alpha). */
const RADIAL_STRENGTH = 0.06;
/** Strength of the pull to the slice's middle angle (per unit alpha); weak, collisions win. */
const CENTRE_STRENGTH = 0.03;
/** Strength of the push back into the slice for someone outside its angular range. */
const SLICE_STRENGTH = 0.5;
/** Spring (per tick, not alpha-scaled) holding people with a previous place near it. */
const ANCHOR_STRENGTH = 0.35;
/** Collision strength (d3 default 1 overshoots in crowded cells). */
const COLLIDE_STRENGTH = 0.7;

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

/** A node in a cell's simulation. */
interface SimNode extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
  entry: Entry;
  /** Fixed by a full hint or a pin: never moves. */
  fixed: boolean;
  /** Anchored to a previous place (warm start). */
  anchored: boolean;
  ax: number;
  ay: number;
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

/**
 * Collision radius in a cell with `count` people: a little more than the node radius
 * when there is room, less when the cell is crowded (then people overlap evenly instead
 * of piling up against the cell's edges).
 */
function collisionRadius(cell: Cell, count: number, nodeRadius: number): number {
  if (count <= 1) return nodeRadius * SPACING;
  return Math.min(nodeRadius * SPACING, Math.sqrt((PACKING * cellArea(cell)) / (count * Math.PI)));
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

/** The start place of a person without a previous place: from a hash of their id, uniform over the cell. */
function hashedPlace(cell: Cell, entry: Entry, pad: number): [number, number] {
  const [u, v] = hashPair(entry.id);
  const [rMin, rMax] = radialRange(cell, pad);
  const r = Math.sqrt(rMin * rMin + v * (rMax * rMax - rMin * rMin));
  const half = angularHalfWidth(cell, pad, r);
  return [cell.am + (2 * u - 1) * half, r];
}

/** The freest spot in a cell: away from `placed` nodes (up to a few diameters), then near the cell's middle. */
function freeSpot(geo: Geometry, cell: Cell, placed: SimNode[], pad: number, spacing: number): [number, number] {
  const [rMin, rMax] = radialRange(cell, pad);
  let best: [number, number] = [cell.am, cell.rm];
  let bestScore = -Infinity;
  const RADIAL = 5;
  const ANGULAR = 9;
  for (let i = 0; i < RADIAL; i++) {
    const r = rMin + ((rMax - rMin) * (i + 0.5)) / RADIAL;
    const half = angularHalfWidth(cell, pad, r);
    for (let j = 0; j < ANGULAR; j++) {
      const a = cell.am + half * ((2 * (j + 0.5)) / ANGULAR - 1);
      const x = polarX(geo, a, r);
      const y = polarY(geo, a, r);
      let nearest = Infinity;
      for (const n of placed) nearest = Math.min(nearest, Math.hypot(n.x - x, n.y - y));
      const score = Math.min(nearest, 3 * spacing) - 0.25 * (Math.abs(r - cell.rm) + r * Math.abs(a - cell.am));
      if (score > bestScore) {
        bestScore = score;
        best = [a, r];
      }
    }
  }
  return best;
}

/** A d3 force pulling free nodes towards the slice's middle angle and pushing strays back into the slice. */
function sliceForce(geo: Geometry, cell: Cell, pad: number): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (alpha: number): void => {
    for (const n of nodes) {
      if (n.fixed || n.entry.hintAngle !== undefined) continue;
      const dx = n.x - geo.cx;
      const dy = n.y - geo.cy;
      const r = Math.hypot(dx, dy);
      if (r === 0) continue;
      const d = wrapPi(angleOf(dx, dy) - cell.am);
      const half = angularHalfWidth(cell, pad, r);
      // Newcomers drift to the middle; people with a previous place stay where they were.
      let push = n.anchored ? 0 : -d * CENTRE_STRENGTH * alpha;
      if (d > half) push -= (d - half) * SLICE_STRENGTH;
      else if (d < -half) push -= (d + half) * SLICE_STRENGTH;
      // d(x, y)/dθ = (-dy, dx): move `push` radians along the circle.
      n.vx -= dy * push;
      n.vy += dx * push;
    }
  };
  force.initialize = (n: SimNode[]) => {
    nodes = n;
  };
  return force;
}

/** A spring (not alpha-scaled, like collisions) holding anchored nodes near their previous place. */
function anchorForce(): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (): void => {
    for (const n of nodes) {
      if (!n.anchored || n.fixed) continue;
      n.vx += (n.ax - n.x) * ANCHOR_STRENGTH;
      n.vy += (n.ay - n.y) * ANCHOR_STRENGTH;
    }
  };
  force.initialize = (n: SimNode[]) => {
    nodes = n;
  };
  return force;
}

/** Move a node to a polar point. */
function moveTo(geo: Geometry, n: SimNode, p: Polar): void {
  n.x = polarX(geo, p.angle, p.r);
  n.y = polarY(geo, p.angle, p.r);
}

/** Put a free node back inside its cell (and on its partial hint); damp its velocity when it was outside. */
function constrain(geo: Geometry, cell: Cell, n: SimNode, pad: number): void {
  const dx = n.x - geo.cx;
  const dy = n.y - geo.cy;
  const p = place(cell, n.entry, angleOf(dx, dy), Math.hypot(dx, dy), pad);
  const x = polarX(geo, p.angle, p.r);
  const y = polarY(geo, p.angle, p.r);
  if (Math.abs(x - n.x) + Math.abs(y - n.y) > 1e-9) {
    n.vx *= 0.5;
    n.vy *= 0.5;
  }
  n.x = x;
  n.y = y;
}

function layoutCell(
  geo: Geometry, cell: Cell, entries: Entry[], prev: Map<string, PrevPlace>, nodeRadius: number,
  out: Map<string, LayoutNode>,
): void {
  const spacing = collisionRadius(cell, entries.length, nodeRadius);
  // Distance kept from ring and slice lines: the node radius, less in a crowded cell.
  const pad = Math.min(nodeRadius, spacing);
  const prevIn = (e: Entry): PrevPlace | undefined => {
    const p = prev.get(e.id);
    return p && p.sector === cell.sector && p.closeness === cell.closeness && insideCell(cell, p.angle, p.r) ? p : undefined;
  };

  // A clean cell (everyone had a place here and hints did not move them) stays as it was.
  const clean = prev.size > 0 && entries.every((e) => {
    const p = prevIn(e);
    if (!p) return false;
    const h = place(cell, e, p.angle, p.r, pad, true);
    return Math.abs(polarX(geo, h.angle, h.r) - p.x) < 1e-6 && Math.abs(polarY(geo, h.angle, h.r) - p.y) < 1e-6;
  });
  if (clean) {
    for (const e of entries) {
      const p = prevIn(e) as PrevPlace;
      out.set(e.id, p.verbatim ?? finish(geo, e, cell, p.x, p.y));
    }
    return;
  }

  const nodes: SimNode[] = [];
  const fresh: SimNode[] = [];
  for (const e of entries) {
    const p = prevIn(e);
    const fullHint = e.hintAngle !== undefined && e.hintR !== undefined;
    const fixed = fullHint || (p !== undefined && e.pinned);
    const anchored = !fixed && p !== undefined;
    const n: SimNode = { entry: e, x: geo.cx, y: geo.cy, vx: 0, vy: 0, fixed, anchored, ax: 0, ay: 0 };
    if (fixed) {
      moveTo(geo, n, place(cell, e, p?.angle ?? cell.am, p?.r ?? cell.rm, pad, true));
      n.fx = n.x;
      n.fy = n.y;
    } else if (p) {
      moveTo(geo, n, place(cell, e, p.angle, p.r, pad));
    } else {
      fresh.push(n);
    }
    n.ax = n.x;
    n.ay = n.y;
    nodes.push(n);
  }

  const warm = nodes.some((n) => n.anchored);
  if (warm) {
    // Newcomers take the freest spot, one after the other, so the others barely move.
    const placed = nodes.filter((n) => n.fixed || n.anchored);
    for (const n of fresh) {
      const [a, r] = freeSpot(geo, cell, placed, pad, spacing);
      moveTo(geo, n, place(cell, n.entry, a, r, pad));
      placed.push(n);
    }
  } else if (nodes.length === 1) {
    // Alone in the cell: its middle (or the middle of the hinted line).
    for (const n of fresh) moveTo(geo, n, place(cell, n.entry, cell.am, cell.rm, pad));
  } else {
    for (const n of fresh) {
      const [a, r] = hashedPlace(cell, n.entry, pad);
      moveTo(geo, n, place(cell, n.entry, a, r, pad));
    }
  }

  const movable = nodes.filter((n) => !n.fixed);
  if (nodes.length > 1 && movable.length > 0) {
    const ticks = warm ? WARM_TICKS : COLD_TICKS;
    const alpha = warm ? WARM_ALPHA : COLD_ALPHA;
    const simulation = forceSimulation<SimNode>(nodes)
      .stop()
      .alpha(alpha)
      .alphaMin(ALPHA_MIN)
      .alphaDecay(1 - Math.pow(ALPHA_MIN / alpha, 1 / ticks))
      .force('collide', forceCollide<SimNode>(spacing).strength(COLLIDE_STRENGTH))
      .force(
        'radial',
        forceRadial<SimNode>(cell.rm, geo.cx, geo.cy).strength((n) =>
          n.fixed || n.anchored || n.entry.hintR !== undefined ? 0 : RADIAL_STRENGTH,
        ),
      )
      .force('slice', sliceForce(geo, cell, pad));
    if (warm) simulation.force('anchor', anchorForce());
    for (let t = 0; t < ticks; t++) {
      simulation.tick(1);
      for (const n of movable) constrain(geo, cell, n, pad);
    }
  }

  for (const n of nodes) {
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y)) moveTo(geo, n, place(cell, n.entry, cell.am, cell.rm, pad));
    out.set(n.entry.id, finish(geo, n.entry, cell, n.x, n.y));
  }
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

/** See {@link computeLayout} in index.ts. */
export function computeLayoutImpl(network: Network, options?: LayoutOptions): EcogramLayout {
  const opts: Partial<LayoutOptions> = isObject(options) ? options : {};
  const size = typeof opts.size === 'number' && Number.isFinite(opts.size) && opts.size > 0 ? opts.size : DEFAULT_LAYOUT_SIZE;
  const nodeRadius =
    typeof opts.nodeRadius === 'number' && Number.isFinite(opts.nodeRadius) && opts.nodeRadius >= 0
      ? opts.nodeRadius
      : (DEFAULT_NODE_RADIUS * size) / DEFAULT_LAYOUT_SIZE;
  const geo = makeGeometry(size);
  const entries = readPeople(network, geo);
  const prev = readPrevious(opts.previous, geo);

  const cells = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.sector}/${e.closeness}`;
    const list = cells.get(key);
    if (list) list.push(e);
    else cells.set(key, [e]);
  }
  const placed = new Map<string, LayoutNode>();
  for (const sector of SECTORS) {
    for (const closeness of CLOSENESSES) {
      const list = cells.get(`${sector}/${closeness}`);
      if (list) layoutCell(geo, makeCell(geo, sector, closeness), list, prev, nodeRadius, placed);
    }
  }
  return {
    size,
    center: { x: geo.cx, y: geo.cy },
    rings: geo.rings.map((r) => ({ ...r })),
    sectors: geo.sectors.map((s) => ({ ...s })),
    nodes: Object.fromEntries(entries.map((e) => [e.id, placed.get(e.id) as LayoutNode])),
  };
}
