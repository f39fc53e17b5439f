/**
 * Placement of the name labels of the ecogram: a deterministic greedy placer with one repair
 * pass. Pure: no DOM, no React. Its types are in labelTypes.ts, the candidates (texts, spots,
 * costs, where a candidate puts the label) in labelCandidates.ts.
 *
 * Each label gets candidates, cheapest first, and takes the first that is free:
 * - texts: the name on one line (up to {@link LabelOptions.maxOneLine} em), the name wrapped
 *   over two lines at a space (≤ {@link LabelOptions.maxLine} em a line, then ≤
 *   {@link LabelOptions.maxWideLine} em), then — last resort — two lines with the second
 *   shortened by "…", then the person's number (when the caller gives one; the key lists it);
 * - spots: 16 directions around the node (below first, then above, right, left, the diagonals,
 *   the 22.5° steps between them), touching the node's edge plus the gap; then the same 16
 *   a little further out with a thin leader line from the node to the name.
 *
 * A spot is free when the label stays inside the drawing and covers no other label, no
 * leader line, no node (with clearance), no badge row and no obstacle (ring and sector names).
 * A name without a leader line must also be clearly nearer its own node than any other
 * ({@link LabelOptions.ownMargin}): a name that seems to belong to the next person states
 * something false about a real family.
 *
 * The client's name may move around its node like any other, but never becomes a number.
 *
 * Order: the client, the emphasised people (the selected one), then the people with the
 * fewest free spots (counted against nodes and obstacles only: the hardest first), then
 * closer circles, then by name. After the greedy pass, a label that got only a shortened
 * name or a number tries once to make room by moving one label in its way elsewhere.
 * @internal
 */
import {
  boxDistance, Grid, inflate, overlaps, segmentBox, segmentDistance, segmentHitsBox, type Box, type Segment,
} from './labelGeometry';
import { labelAt, SHORTENED_COST, SPOTS, specsOf, type Spec } from './labelCandidates';
import type { LabelInput, LabelOptions, PlacedLabel } from './labelTypes';

export type { Box, Segment } from './labelGeometry';

export type { LabelInput, LabelOptions, LabelSide, PlacedLabel } from './labelTypes';

interface NodeObstacle {
  owner: string;
  /** The client's node: large, so a name beside it keeps the margin from its square too. */
  client?: boolean;
  disc?: { x: number; y: number; r: number };
  box: Box;
}


interface Lazy {
  spec: Spec;
  label?: PlacedLabel;
  /** Free of nodes, badge rows and obstacles (tested once, when first reached). */
  ok?: boolean;
}

interface Claimed {
  id: string;
  box: Box;
  leader?: Segment;
  movable: boolean;
}

/** Above this many labels the search is narrower (see placeLabels). */
export const CROWDED = 80;
/** Spots a label left without its name tries to free by moving one other label. */
const REPAIR_TRIES = 12;
/** Greedy rounds after the first, each with the labels that failed so far placed first. */
const ROUNDS = 6;
/** Up to this many labels without their name, the search is thorough (more rounds and repair tries); beyond it, two rounds. */
const FEW_FAILURES = 6;

/** Compare strings by code unit: the same order on every machine and in every locale. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order in which labels claim space without the hardness measure: client, emphasised, closer circles, name, id. */
export function labelOrder(items: readonly LabelInput[], hardness?: ReadonlyMap<string, number>): LabelInput[] {
  return [...items].sort(
    (a, b) =>
      Number(Boolean(b.client)) - Number(Boolean(a.client)) ||
      Number(Boolean(b.emphasis)) - Number(Boolean(a.emphasis)) ||
      (hardness ? (hardness.get(a.id) ?? 0) - (hardness.get(b.id) ?? 0) : 0) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      byCode(a.text, b.text) ||
      byCode(a.id, b.id),
  );
}

/**
 * Place the name labels of `items` so that no two shown labels overlap and no label covers a
 * node, badge row or obstacle. Deterministic: the same input (in any order) gives the same
 * output. Returns one entry per item, by id. Cost about O(n · c · k) with a grid (c ≤ 128
 * candidates, k = things near a spot); a few milliseconds for 150 people.
 */
export function placeLabels(items: readonly LabelInput[], options: LabelOptions = {}): Map<string, PlacedLabel> {
  const baseFont = options.fontSize ?? 13;
  const gap = options.gap ?? 4;
  const pad = options.pad ?? 2;
  const clearance = options.clearance ?? 4;

  // A crowded map (over CROWDED labels) tries 8 directions and no leader lines: leader lines
  // everywhere would be a tangle, and the search stays fast (a few ms for 150 people).
  const crowded = items.length > CROWDED;
  const leaders = (options.leaders ?? true) && !crowded;
  // On a crowded map people sit closer than any margin: a name there keeps the clearance only.
  const ownMargin = options.ownMargin ?? (crowded ? 0 : 6);
  const bounds = options.bounds;

  // Nodes and badge rows: obstacles for every label but their own.
  let cell = 5 * baseFont;
  for (const it of items) cell = Math.max(cell, 2 * it.r);
  const nodes = new Grid<NodeObstacle>(cell);
  const badgeBox = (it: LabelInput): Box | null => {
    const bh = it.badgeHeight ?? 0;
    if (bh <= 0) return null;
    const half = (it.badgeWidth ?? 2 * it.r) / 2;
    return { x0: it.x - half, y0: it.y - it.r - bh, x1: it.x + half, y1: it.y - it.r + 2 };
  };
  let maxR = 0;
  for (const it of items) {
    maxR = Math.max(maxR, it.r);
    const box = { x0: it.x - it.r, y0: it.y - it.r, x1: it.x + it.r, y1: it.y + it.r };
    nodes.add(box, { owner: it.id, disc: { x: it.x, y: it.y, r: it.r }, box, ...(it.client ? { client: true } : {}) });
    const badges = badgeBox(it);
    if (badges) nodes.add(badges, { owner: it.id, box: badges });
  }
  const fixed = new Grid<Box>(cell);
  for (const box of options.obstacles ?? []) fixed.add(box, box);
  let claimed = new Grid<Claimed>(cell);
  let byId = new Map<string, Claimed>();

  /** Free of nodes, badge rows, obstacles and the drawing's edge (other labels not considered). */
  const staticFree = (it: LabelInput, box: Box, leader: Segment | undefined): boolean => {
    if (bounds && (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1)) return false;
    if (fixed.some(box, (o) => overlaps(o, box))) return false;
    // Other nodes keep the name's own distance to its node plus a margin from a name without a
    // leader (it reads as theirs otherwise) — its gap, or more where it sits beyond its badges
    // (found: a care worker's name above her badge row, nearer the next square than her own) —
    // and just the clearance from one with a leader (the line says whose it is).
    const own = Math.max(it.gap ?? gap, boxDistance(box, it.x, it.y) - it.r);
    const need = leader ? clearance : Math.max(clearance, own + ownMargin);
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
    claimed.add(c.leader ? unionBox(c.box, segmentBox(c.leader)) : c.box, c);
    byId.set(c.id, c);
  };
  const release = (c: Claimed): void => {
    claimed.remove(c.leader ? unionBox(c.box, segmentBox(c.leader)) : c.box, c);
    byId.delete(c.id);
  };

  // Candidates per item, cheapest first, placed and tested only when reached.
  const opts = { ...options, fontSize: baseFont, gap, pad, leaders, spots: crowded ? 8 : SPOTS.length, crowded };
  const lazy = new Map<string, Lazy[]>();
  const itemOf = new Map(items.map((it) => [it.id, it] as const));
  for (const it of items) lazy.set(it.id, specsOf(it, opts).map((spec) => ({ spec })));
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
    for (const l of lazy.get(it.id) ?? []) {
      if (l.spec.cost >= below) return undefined;
      if (isFree(it, l) && accept(l.label!, l.spec.cost)) return l;
    }
    return undefined;
  };
  /** The candidate of `it` that covers the fewest other nodes (then the cheapest). */
  const leastCovering = (it: LabelInput): Lazy | undefined => {
    let best: Lazy | undefined;
    let bestHits = Infinity;
    for (const l of lazy.get(it.id) ?? []) {
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
  // How hard a label is: how many of its best spots (one per direction) nodes and obstacles leave free.
  const hardness = new Map<string, number>();
  for (const it of items) {
    let free = 0;
    for (const l of (lazy.get(it.id) ?? []).slice(0, opts.spots)) if (isFree(it, l)) free++;
    hardness.set(it.id, free);
  }

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
        repairOut.set(c.id, found.label!);
        repairCost.set(c.id, found.spec.cost);
      }
      repairOut.set(it.id, label);
      repairCost.set(it.id, l.spec.cost);
      return true;
    }
    // Undo: put everyone back as they were.
    for (const [c] of moved) release(c);
    release(byId.get(it.id)!);
    for (const c of blocking) claim(c);
    if (mine) claim(mine);
    return false;
  };
  let repairOut = new Map<string, PlacedLabel>();
  let repairCost = new Map<string, number>();

  /** One greedy pass over `order` and the repair after it. */
  const greedy = (order: readonly LabelInput[]): { out: Map<string, PlacedLabel>; costOf: Map<string, number> } => {
    claimed = new Grid<Claimed>(cell);
    byId = new Map<string, Claimed>();
    const out = new Map<string, PlacedLabel>();
    const costOf = new Map<string, number>();
    repairOut = out;
    repairCost = costOf;
    const unblocked = (id: string) => (label: PlacedLabel): boolean => !blocked(label.box, label.leader, id);
    for (const it of order) {
      // The client's name is always drawn: where it covers the fewest people when nothing is free.
      const chosen = first(it, unblocked(it.id)) ?? (it.client ? leastCovering(it) : undefined);
      if (chosen) {
        const label = labelOf(it, chosen);
        claim({ id: it.id, box: label.box, ...(label.leader ? { leader: label.leader } : {}), movable: !it.client && !it.emphasis });
        out.set(it.id, label);
        costOf.set(it.id, chosen.spec.cost);
      }
    }

    // Repair: a label left shortened, numbered or hidden tries each better spot that at most
    // two movable labels block, and takes it if each of them finds another spot that still
    // shows its full name (further out, with a leader, is fine: a full name anywhere beats a
    // number). A bounded search: at most `repairTries` spots per label, three times as many
    // when only a few labels need it (the thorough search is for maps where every name can
    // fit; on a map with many numbers it would cost hundreds of milliseconds for little).
    const failing = order.filter((it) => !it.client && (costOf.get(it.id) ?? Infinity) >= SHORTENED_COST).length;
    const repairTries = crowded || failing > FEW_FAILURES ? REPAIR_TRIES : 3 * REPAIR_TRIES;
    for (const it of order) {
      if (it.client) continue;
      const current = costOf.get(it.id) ?? Infinity;
      if (current < SHORTENED_COST) continue;
      let tries = 0;
      for (const l of lazy.get(it.id) ?? []) {
        if (l.spec.cost >= current || tries >= repairTries) break;
        if (!isFree(it, l)) continue;
        const label = l.label!;
        const blocking = blockers(label.box, label.leader, it.id);
        if (blocking.length === 0 || blocking.length > 2 || !blocking.every((c) => c.movable && itemOf.has(c.id))) continue;
        tries++;
        if (makeRoom(it, l, blocking)) break;
      }
    }
    return { out, costOf };
  };

  // More rounds for a map that is not crowded (six when a few labels failed, else two): every
  // label that was left without its name in any round so far goes first (after the client and the emphasised, in the order they first
  // failed); the round with fewer such labels (then the lower total cost) wins. Stops when a
  // round adds no new label to that list. Deterministic: the rounds depend only on the input.
  const order = labelOrder(items, hardness);
  const failedOf = (r: { costOf: Map<string, number> }): LabelInput[] =>
    order.filter((it) => !it.client && (r.costOf.get(it.id) ?? Infinity) >= SHORTENED_COST);
  const total = (r: { costOf: Map<string, number> }): number => [...r.costOf.values()].reduce((x, y) => x + y, 0);
  let best = greedy(order);
  let last = best;
  const priority: LabelInput[] = [];
  const rounds = failedOf(best).length <= FEW_FAILURES ? ROUNDS : 2;
  for (let round = 0; round < rounds && !crowded; round++) {
    const fresh = failedOf(last).filter((it) => !it.emphasis && !priority.includes(it));
    if (failedOf(best).length === 0 || fresh.length === 0) break;
    priority.push(...fresh);
    const lead = order.filter((it) => it.client || it.emphasis);
    const rest = order.filter((it) => !it.client && !it.emphasis && !priority.includes(it));
    last = greedy([...lead, ...priority, ...rest]);
    const a = failedOf(last).length;
    const b = failedOf(best).length;
    if (a < b || (a === b && total(last) < total(best))) best = last;
  }
  const out = best.out;

  // Nothing free at all: the label shows on hover, focus or selection only. A number (or no
  // label) gets the name to show then: below the node, over whatever is there.
  for (const it of items) {
    const placed = out.get(it.id);
    if (placed && !placed.numbered) continue;
    const nameSpec = specsOf({ ...it, numberOnly: false }, { ...opts, leaders: false })[0];
    const reveal = nameSpec ? labelAt(it, nameSpec, opts) : undefined;
    if (placed && reveal) out.set(it.id, { ...placed, reveal });
    else if (!placed && reveal) out.set(it.id, { ...reveal, hidden: true, reveal });
  }
  return out;
}

/** Gap between two boxes (0 when they touch or overlap). */
const boxGap = (a: Box, b: Box): number => Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));

const unionBox = (a: Box, b: Box): Box => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });
