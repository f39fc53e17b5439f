/**
 * Groups on the map (issue 15 point 3): each support group, base team, chat or other group as
 * a named outline around its members. Not a convex hull: that would take in people who are
 * not members, a false statement about a real family. The outline is the edge of a smooth
 * shape made of a disc round each member and a band along the shortest links between them
 * (a minimum spanning tree), with the people who are not members cut out; a link that would
 * pass close by a non-member is left out, so a group can be drawn as more than one outline.
 * Traced with marching squares on a grid, smoothed with quadratic curves. The name goes
 * beside the outline where it covers no name, person or mark ({@link markRoom}).
 * Pure, deterministic; layout units.
 * @internal
 */
import type { Group, Network } from '@kring/core';
import type { Pt } from './geometry';
import { bestSpot, boxAt, type MarkBox, type MarkRoom } from './markRoom';
import { hypot } from '../../utils/hypot';
import { groupField, smoothLoop, traceLoops } from './outlineTrace';

/** A group drawn: its outline (one or more closed loops) and where its name goes. */
export interface GroupOutline {
  group: Group;
  /** SVG path data, closed loops (fill-rule evenodd: a non-member inside is a hole). */
  d: string;
  /** Centre of the name (absent: no member is drawn). */
  name?: { x: number; y: number; box: MarkBox };
}

export { GROUP_DASH } from './markShapes';

/** What {@link groupOutlines} needs. */
export interface GroupOutlineInput {
  network: Pick<Network, 'groups' | 'people' | 'focus'>;
  positions: ReadonlyMap<string, Pt>;
  /** How far each person's shape reaches from its centre. */
  radiusOf: (id: string) => number;
  /** Width of a name character box: the name's width for its box. */
  nameWidth: (text: string) => number;
  /** Height of the name's box. */
  nameHeight: number;
}

/** A group as it is traced: its members drawn, where they are, and how far the outline keeps from each. */
interface GroupShape {
  group: Group;
  ids: string[];
  members: Pt[];
  pads: number[];
}

/**
 * The shapes of the groups with a drawn member, in the groups' order. Each group's outline
 * sits a little further out than the one before around a person in both, so two groups'
 * outlines do not coincide.
 */
function groupShapes(input: Pick<GroupOutlineInput, 'network' | 'positions' | 'radiusOf'>): GroupShape[] {
  const { network, positions, radiusOf } = input;
  const rings = new Map<string, number>();
  const shapes: GroupShape[] = [];
  for (const group of network.groups) {
    const ids = [...new Set(group.members)].filter((id) => positions.has(id));
    if (ids.length === 0) continue;
    const pads = ids.map((id) => {
      const k = rings.get(id) ?? 0;
      rings.set(id, k + 1);
      return radiusOf(id) + 9 + 7 * k;
    });
    shapes.push({ group, ids, members: ids.map((id) => positions.get(id)!), pads });
  }
  return shapes;
}

/** Empties the cache when someone moved or changed size (a rename, a note, a plan edit keep it). */
function keepIfStill(cache: OutlineCache, input: Pick<GroupOutlineInput, 'positions' | 'radiusOf'>): void {
  const { positions, radiusOf } = input;
  const sizes = [...positions.keys()].map((id) => `${id}:${radiusOf(id)}`).join('\n');
  if (cache.positions !== positions || cache.sizes !== sizes) {
    cache.positions = positions;
    cache.sizes = sizes;
    cache.traced.clear();
  }
}

/**
 * Outlines of every group with a drawn member, in the groups' order (see `groupShapes`).
 * Names are placed in `room` (and claimed there).
 */
export function groupOutlines(input: GroupOutlineInput, room: MarkRoom, cache?: OutlineCache): GroupOutline[] {
  if (cache) keepIfStill(cache, input);
  const out: GroupOutline[] = [];
  for (const { group, ids, members, pads } of groupShapes(input)) {
    const { loops, d } = traced(ids, members, pads, input, cache);
    if (loops.length === 0) continue;
    const name = placeName(group.name, loops, members, input, room);
    out.push(name ? { group, d, name } : { group, d });
  }
  return out;
}

/**
 * The tracing still to do for {@link groupOutlines} with this cache, one step per group: run
 * each in its own task and the outlines then cost only their names' placing. A map whose
 * tracing code has just arrived runs cold (the tracing of a 300-person map's three groups
 * was one task of ~70 ms); a step is one group's.
 */
export function outlineSteps(input: Pick<GroupOutlineInput, 'network' | 'positions' | 'radiusOf'>, cache: OutlineCache): (() => void)[] {
  keepIfStill(cache, input);
  return groupShapes(input).map(({ ids, members, pads }) => () => {
    // Traced only while the cache still holds these positions (a step that waited may be late).
    if (cache.positions === input.positions) traced(ids, members, pads, input, cache);
  });
}

/**
 * Outlines already traced, by group: reused while the positions (the same map) and everyone's
 * size are the same, and the group has the same members at the same spacing. Made by
 * {@link outlineCache}, kept by the caller between edits.
 */
export interface OutlineCache {
  positions?: ReadonlyMap<string, Pt>;
  sizes?: string;
  traced: Map<string, { loops: Pt[][]; d: string }>;
}

/** An empty {@link OutlineCache}. */
export function outlineCache(): OutlineCache {
  return { traced: new Map() };
}

/** The loops round `members` (ids `ids`, spacing `pads`) with everyone else cut out, and their path. */
function traced(ids: readonly string[], members: readonly Pt[], pads: readonly number[], input: Pick<GroupOutlineInput, 'positions' | 'radiusOf'>, cache: OutlineCache | undefined): { loops: Pt[][]; d: string } {
  const key = `${ids.join('\n')}|${pads.join(',')}`;
  const known = cache?.traced.get(key);
  if (known) return known;
  const { positions, radiusOf } = input;
  const mine = new Set(ids);
  const others = [...positions].filter(([id]) => !mine.has(id)).map(([id, p]) => ({ p, r: radiusOf(id) + 5 }));
  const loops = traceLoops(groupField(members, others, (i) => pads[i]!, 8));
  const result = { loops, d: loops.map(smoothLoop).join('') };
  cache?.traced.set(key, result);
  return result;
}

/** The group's name beside its outline: candidates round the outline, top first. */
function placeName(text: string, loops: Pt[][], members: readonly Pt[], input: GroupOutlineInput, room: MarkRoom): GroupOutline['name'] {
  const w = input.nameWidth(text) + 6;
  const h = input.nameHeight;
  const cx = members.reduce((s, p) => s + p.x, 0) / members.length;
  const cy = members.reduce((s, p) => s + p.y, 0) / members.length;
  const points = loops.flat();
  const step = Math.max(1, Math.floor(points.length / 48));
  const candidates: { p: Pt; box: MarkBox; key: number }[] = [];
  for (let i = 0; i < points.length; i += step) {
    const q = points[i]!;
    const len = hypot(q.x - cx, q.y - cy) || 1;
    const ux = (q.x - cx) / len;
    const uy = (q.y - cy) / len;
    const half = Math.abs(ux) * (w / 2) + Math.abs(uy) * (h / 2);
    const p = { x: q.x + ux * (half + 2), y: q.y + uy * (half + 2) };
    // Above the outline first (where a reader looks for a title), then the sides, then below.
    candidates.push({ p, box: boxAt(p, w, h), key: q.y + Math.abs(q.x - cx) * 0.3 });
  }
  candidates.sort((a, b) => a.key - b.key);
  const spot = bestSpot(room, candidates, []);
  if (!spot) return undefined;
  room.take(spot.box);
  return { x: spot.p.x, y: spot.p.y, box: spot.box };
}
