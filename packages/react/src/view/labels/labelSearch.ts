/**
 * The machinery of the name placer (labelPlacer.ts), shared by a whole placement and an update
 * after an edit (labelUpdate.ts): what is fixed on the map (nodes, badge rows, obstacles, the
 * drawing's edge: the "world"), each label's candidates, tested against the world once and
 * remembered, and the labels claimed so far. Pure: no DOM, no React.
 *
 * The world is built once and reused while nothing in it changes (the same people at the same
 * places with the same badges, the same obstacles and options): an edit of a name then tests only
 * the candidates of the labels whose text changed.
 * @internal
 */
import {
  boxDistance, Grid, inflate, overlaps, segmentBox, segmentDistance, segmentHitsBox, spaceOf, type Box, type Segment,
} from './labelGeometry';
import { labelAt, SHORTENED_COST, specsOf } from './labelCandidates';
import type { LabelInput, PlacedLabel } from './labelTypes';
import { textKey, type Lazy, type LabelWorld } from './labelWorld';
import { hypot } from '../../utils/hypot';

export { CROWDED, labelWorld, textKey, type LabelWorld, type Lazy } from './labelWorld';

/** Spots a label left without its name tries to free by moving one other label. */
const REPAIR_TRIES = 12;
/** Up to this many labels without their name, the search is thorough (more rounds and repair tries); beyond it, two rounds. */
export const FEW_FAILURES = 6;

/** A label that holds its space. */
export interface Claimed {
  id: string;
  box: Box;
  leader?: Segment;
  /** Another label may push it elsewhere (not the client's, not the emphasised one's). */
  movable: boolean;
}

/** A search over one world: candidates, claims and the labels chosen so far. */
export type LabelSearch = ReturnType<typeof labelSearch>;

/** The search over `world` for `items` (the same ids and places the world was built from). */
export function labelSearch(world: LabelWorld, items: readonly LabelInput[]) {
  const { opts, nodes, fixed, maxR, cell } = world;
  const { bounds, clearance, gap } = opts;
  const itemOf = new Map(items.map((it) => [it.id, it] as const));
  let claimed = new Grid<Claimed>(cell);
  let byId = new Map<string, Claimed>();
  let out = new Map<string, PlacedLabel>();
  let costOf = new Map<string, number>();

  /** Free of nodes, badge rows, obstacles and the drawing's edge (other labels not considered). */
  const staticFree = (it: LabelInput, box: Box, leader: Segment | undefined): boolean => {
    if (bounds && (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1)) return false;
    if (fixed.some(box, (o) => overlaps(o, box))) return false;
    // Other nodes keep the name's own distance to its node plus a margin from a name without a
    // leader (it reads as theirs otherwise) — its gap, or more where it sits beyond its badges
    // (found: a care worker's name above her badge row, nearer the next square than her own) —
    // and just the clearance from one with a leader (the line says whose it is).
    const own = Math.max(it.gap ?? gap, boxDistance(box, it.x, it.y) - it.r);
    const need = leader ? clearance : Math.max(clearance, own + opts.ownMargin);
    const near = inflate(box, need + maxR);
    const blocked = nodes.some(near, (o) => {
      if (o.disc) {
        if (o.owner === it.id) return false;
        // Beside the client's large disc a name reads as the client's when it comes near the
        // disc's square (found: a name at the disc's diagonal, nearer its square than its own).
        if (o.client && !leader && boxGap(box, o.box) < need) return true;
        return boxDistance(box, o.disc.x, o.disc.y) - o.disc.r < need;
      }
      return overlaps(o.box, box); // badge rows, the label's own too
    });
    if (blocked) return false;
    if (leader) {
      const lb = inflate(segmentBox(leader), maxR + 2);
      if (nodes.some(lb, (o) => (o.disc ? o.owner !== it.id && segmentDistance(leader, o.disc.x, o.disc.y) < o.disc.r + 2 : o.owner !== it.id && segmentHitsBox(leader, o.box)))) return false;
      if (fixed.some(segmentBox(leader), (o) => segmentHitsBox(leader, o))) return false;
    }
    return true;
  };

  /** The candidates of `it`, cheapest first: remembered in the world while the label's text stays the same. */
  const candidates = (it: LabelInput): Lazy[] => {
    const key = textKey(it);
    const known = world.candidates.get(it.id);
    if (known && known.key === key) return known.list;
    const list = specsOf(it, opts).map((spec): Lazy => ({ spec }));
    world.candidates.set(it.id, { key, list });
    return list;
  };
  const labelOf = (it: LabelInput, l: Lazy): PlacedLabel => (l.label ??= labelAt(it, l.spec, opts));
  const isFree = (it: LabelInput, l: Lazy): boolean => {
    if (l.ok === undefined) {
      const label = labelOf(it, l);
      l.ok = staticFree(it, label.box, label.leader);
    }
    return l.ok;
  };
  /** The cheapest candidate that nodes and obstacles leave free and `accept` takes. */
  const first = (it: LabelInput, accept: (label: PlacedLabel, cost: number) => boolean, below = Infinity): Lazy | undefined => {
    for (const l of candidates(it)) {
      if (l.spec.cost >= below) return undefined;
      if (isFree(it, l) && accept(l.label!, l.spec.cost)) return l;
    }
    return undefined;
  };
  /** The candidate of `it` that covers the fewest other nodes (then the cheapest). */
  const leastCovering = (it: LabelInput): Lazy | undefined => {
    let best: Lazy | undefined;
    let bestHits = Infinity;
    for (const l of candidates(it)) {
      const box = labelOf(it, l).box;
      let hits = 0;
      nodes.some(inflate(box, maxR), (o) => {
        if (o.owner !== it.id && (o.disc ? boxDistance(box, o.disc.x, o.disc.y) < o.disc.r : overlaps(o.box, box))) hits++;
        return false;
      });
      if (hits < bestHits) {
        best = l;
        bestHits = hits;
      }
    }
    return best;
  };
  /** How hard a label is: how many of its best spots (one per direction) nodes and obstacles leave free. */
  const hardness = (it: LabelInput): number => {
    let free = 0;
    for (const l of candidates(it).slice(0, opts.spots)) if (isFree(it, l)) free++;
    return free;
  };

  /** Labels (and their leaders) that a candidate would cover or cross. */
  const blockers = (box: Box, leader: Segment | undefined, id: string): Claimed[] => {
    const found = claimed.all(inflate(box, 1), (c) => c.id !== id && (overlaps(c.box, box) || (c.leader !== undefined && segmentHitsBox(c.leader, box))));
    if (leader) {
      for (const c of claimed.all(segmentBox(leader), (c) => c.id !== id && segmentHitsBox(leader, c.box))) if (!found.includes(c)) found.push(c);
    }
    return found;
  };
  const blocked = (box: Box, leader: Segment | undefined, id: string): boolean =>
    claimed.some(box, (c) => c.id !== id && (overlaps(c.box, box) || (c.leader !== undefined && segmentHitsBox(c.leader, box)))) ||
    (leader !== undefined && claimed.some(segmentBox(leader), (c) => c.id !== id && segmentHitsBox(leader, c.box)));
  const claim = (c: Claimed): void => {
    claimed.add(spaceOf(c), c);
    byId.set(c.id, c);
  };
  const release = (c: Claimed): void => {
    claimed.remove(spaceOf(c), c);
    byId.delete(c.id);
  };
  const claimOf = (it: LabelInput, label: PlacedLabel): Claimed => ({
    id: it.id, box: label.box, ...(label.leader ? { leader: label.leader } : {}), movable: !it.client && !it.emphasis,
  });
  /** Take `label` (candidate cost `cost`) for `it`, in place of what it held. */
  const take = (it: LabelInput, label: PlacedLabel, cost: number): void => {
    const mine = byId.get(it.id);
    if (mine) release(mine);
    claim(claimOf(it, label));
    out.set(it.id, label);
    costOf.set(it.id, cost);
  };
  /** Give up the space `id` holds (its label is placed again). */
  const drop = (id: string): void => {
    const mine = byId.get(id);
    if (mine) release(mine);
    out.delete(id);
    costOf.delete(id);
  };
  /** Place `it` at its cheapest free spot (the client, always drawn: where it covers the fewest people). */
  const place = (it: LabelInput): void => {
    const chosen = first(it, (label) => !blocked(label.box, label.leader, it.id)) ?? (it.client ? leastCovering(it) : undefined);
    if (chosen) take(it, labelOf(it, chosen), chosen.spec.cost);
  };

  /**
   * Put `it` at candidate `l` after moving `blocking` out of the way, each to its cheapest free
   * spot that shows its full name; undo everything when one of them finds none.
   */
  const makeRoom = (it: LabelInput, l: Lazy, blocking: readonly Claimed[]): boolean => {
    const mine = byId.get(it.id);
    if (mine) release(mine);
    for (const c of blocking) release(c);
    const label = l.label!;
    claim({ id: it.id, box: label.box, ...(label.leader ? { leader: label.leader } : {}), movable: false });
    const moved: [Claimed, Lazy][] = [];
    for (const other of blocking) {
      const found = first(itemOf.get(other.id)!, (p) => !blocked(p.box, p.leader, other.id), SHORTENED_COST);
      if (!found) break;
      const placed = found.label!;
      const c: Claimed = { id: other.id, box: placed.box, ...(placed.leader ? { leader: placed.leader } : {}), movable: false };
      claim(c);
      moved.push([c, found]);
    }
    if (moved.length === blocking.length) {
      for (const [c, found] of moved) {
        out.set(c.id, found.label!);
        costOf.set(c.id, found.spec.cost);
      }
      out.set(it.id, label);
      costOf.set(it.id, l.spec.cost);
      return true;
    }
    // Undo: put everyone back as they were.
    for (const [c] of moved) release(c);
    release(byId.get(it.id)!);
    for (const c of blocking) claim(c);
    if (mine) claim(mine);
    return false;
  };

  /**
   * Repair: each label of `order` left shortened, numbered or hidden tries each better spot that
   * at most two movable labels block, and takes it if each of them finds another spot that still
   * shows its full name (further out, with a leader, is fine: a full name anywhere beats a
   * number). A bounded search: at most {@link REPAIR_TRIES} spots per label, three times as many
   * when only a few labels need it (the thorough search is for maps where every name can fit; on
   * a map with many numbers it would cost hundreds of milliseconds for little).
   */
  const repair = (order: readonly LabelInput[], failing: number): void => {
    const repairTries = opts.crowded || failing > FEW_FAILURES ? REPAIR_TRIES : 3 * REPAIR_TRIES;
    for (const it of order) {
      if (it.client) continue;
      const current = costOf.get(it.id) ?? Infinity;
      if (current < SHORTENED_COST) continue;
      let tries = 0;
      for (const l of candidates(it)) {
        if (l.spec.cost >= current || tries >= repairTries) break;
        if (!isFree(it, l)) continue;
        const label = l.label!;
        const blocking = blockers(label.box, label.leader, it.id);
        if (blocking.length === 0 || blocking.length > 2 || !blocking.every((c) => c.movable && itemOf.has(c.id))) continue;
        tries++;
        if (makeRoom(it, l, blocking)) break;
      }
    }
  };

  /** One greedy pass over `order` from an empty map, and the repair after it. */
  const greedy = (order: readonly LabelInput[]): { out: Map<string, PlacedLabel>; costOf: Map<string, number> } => {
    claimed = new Grid<Claimed>(cell);
    byId = new Map<string, Claimed>();
    out = new Map<string, PlacedLabel>();
    costOf = new Map<string, number>();
    for (const it of order) place(it);
    repair(order, order.filter((it) => !it.client && (costOf.get(it.id) ?? Infinity) >= SHORTENED_COST).length);
    return { out, costOf };
  };

  /** Start from labels already placed (an update): each holds its space again. */
  const hold = (labels: ReadonlyMap<string, PlacedLabel>, costs: ReadonlyMap<string, number>): void => {
    claimed = new Grid<Claimed>(cell);
    byId = new Map<string, Claimed>();
    out = new Map<string, PlacedLabel>();
    costOf = new Map<string, number>();
    for (const [id, label] of labels) {
      const it = itemOf.get(id);
      if (!it || label.hidden) continue;
      take(it, label, costs.get(id) ?? Infinity);
    }
  };

  return {
    world, items, itemOf, opts,
    candidates, labelOf, isFree, first, leastCovering, hardness, blocked, blockers, take, drop, place, repair, greedy, hold,
    /** The labels chosen so far and their candidates' costs. */
    result: () => ({ out, costOf }),
  };
}


/** Gap between two boxes (0 when they touch or overlap). */
const boxGap = (a: Box, b: Box): number => hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));

