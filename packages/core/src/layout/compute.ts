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
import { SECTORS, type Network, type Sector } from '../model/types';
import { DEFAULT_LAYOUT_SIZE, DEFAULT_NODE_RADIUS, makeGeometry, type Geometry } from './geometry';
import { byId, isObject, own, readPeople, readPrevious, type Entry } from './read';
import { createTieRouter, type RouteObstacle } from './route';
import { sliceNeeds } from './seating';
import { chooseSectors, DEFAULT_MIN_SECTOR_ANGLE, readPreviousSectors, sectorMinimums } from './sectors';
import { layoutSlice, type SliceContext } from './slice';
import type { EcogramLayout, LayoutNode, LayoutOptions, LayoutTie } from './types';

/** Line clearance at the default size: a drawn node radius of 18 plus 4 px. */
const DEFAULT_LINE_CLEARANCE = 22;
/** Above this many people (a crowded map, where not every line can be kept clear anyway), tie routing tries fewer curves: it stays within its time budget. */
const QUICK_ROUTING_ABOVE = 80;

/** Curves for the ties that would pass someone who is not one of their ends. */
function routeTies(
  network: unknown, geo: Geometry, nodes: Map<string, LayoutNode>, focus: string | undefined, clearOf: ReadonlyMap<string, number>,
  clientClearance: number, previous: unknown,
): Record<string, LayoutTie> {
  // Curves of the previous layout, kept where they still keep everyone clear.
  const before = isObject(previous) && isObject(previous.ties) ? previous.ties : {};
  const prevNodes: Record<string, unknown> = isObject(previous) && isObject(previous.nodes) ? previous.nodes : {};
  const out: Record<string, LayoutTie> = {};
  if (!isObject(network) || !Array.isArray(network.ties)) return out;
  const where = (id: string): { x: number; y: number } | undefined => (id === focus ? { x: geo.cx, y: geo.cy } : nodes.get(id));
  const obstacles: RouteObstacle[] = [];
  let widest = 0;
  for (const n of nodes.values()) {
    const r = clearOf.get(n.id) ?? 0;
    widest = Math.max(widest, r);
    obstacles.push({ id: n.id, x: n.x, y: n.y, r });
  }
  if (focus !== undefined) obstacles.push({ id: focus, x: geo.cx, y: geo.cy, r: clientClearance });
  const router = createTieRouter(obstacles, {
    bounds: { x: geo.cx, y: geo.cy, r: geo.R + widest },
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
    const was = own(before, tie.id) ? (before[tie.id] as Partial<LayoutTie> | undefined) : undefined;
    // Only for a tie whose ends stayed put (a curve drawn for other ends would look arbitrary).
    const stayed = (id: string, p: { x: number; y: number }): boolean => {
      const q = id === focus ? (isObject(previous) && isObject(previous.center) ? previous.center : undefined) : prevNodes[id];
      return isObject(q) && q.x === p.x && q.y === p.y;
    };
    const wasControl = was && was.from === from && was.to === to && isObject(was.control)
      && Number.isFinite(was.control.x) && Number.isFinite(was.control.y) && stayed(from, a) && stayed(to, b)
      ? { x: was.control.x as number, y: was.control.y as number } : null;
    const control = from === focus || to === focus
      ? undefined
      : router.reroute({ id: from, ...a }, { id: to, ...b }, wasControl);
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
  // A formal person's square reaches further than a disc: lines keep their own clearance from it.
  const formalClear = num(opts.formalLineClearance, (n) => n >= 0);
  if (formalClear !== undefined && formalClear !== clearance) for (const e of entries) if (e.formal) e.clear = formalClear;

  // What each slice needs: its people as a cold start would seat them.
  const fanOpts = { clearance, spacing: 2 * nodeRadius };
  const needs = sliceNeeds(entries, base, nodeRadius, fanOpts);
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
  const clearOf = new Map(entries.map((e) => [e.id, e.clear ?? clearance] as const));
  return {
    size,
    center: { x: geo.cx, y: geo.cy },
    rings: geo.rings.map((r) => ({ ...r })),
    sectors: geo.sectors.map((s) => ({ ...s })),
    nodes: Object.fromEntries(entries.map((e) => [e.id, placed.get(e.id) as LayoutNode])),
    ties: routeTies(network, geo, placed, focus, clearOf, clientClearance, opts.previous),
  };
}
