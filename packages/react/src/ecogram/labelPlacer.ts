/**
 * Placement of the name labels of the ecogram: a deterministic greedy placer with one repair
 * pass. Pure: no DOM, no React.
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
  boxDistance, Grid, inflate, nearestOnBox, overlaps, segmentBox, segmentDistance, segmentHitsBox, type Box, type Segment,
} from './labelGeometry';
import { cleanName, estimateLabel, isRtl, splitLines, wrapAndShorten, type MeasureLabel } from './labelText';

export type { Box, Segment } from './labelGeometry';

/** One node and its name, input of {@link placeLabels}. */
export interface LabelInput {
  id: string;
  /** Centre of the node. */
  x: number;
  y: number;
  /** Radius of the drawn node (an obstacle for every label but its own). */
  r: number;
  /** The full name. */
  text: string;
  /** Font size of this label (default {@link LabelOptions.fontSize}). */
  fontSize?: number;
  /** Space between this node's edge and its label (default {@link LabelOptions.gap}). */
  gap?: number;
  /** Height of the badge row above the node (0 = none): an obstacle, and "above" moves over it. */
  badgeHeight?: number;
  /** Width of the badge row above the node. */
  badgeWidth?: number;
  /** Placed first, always shown, only below its node (the client in the centre). */
  client?: boolean;
  /** Placed right after the client (selected or focused person). */
  emphasis?: boolean;
  /** Smaller ranks are placed earlier among equally hard labels (the ring index: inner circle first). */
  rank?: number;
  /** The person's number in the key: drawn instead of the name when no text fits. */
  number?: number;
  /** Only the number is drawn (a crowded map that shows names on focus), not the name. */
  numberOnly?: boolean;
  /** Measured width of a text at this label's font size; default {@link LabelOptions.measure}. */
  measure?: (text: string) => number;
}

/** Where a label sits relative to its node (the nearest of the four main directions). */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** Result of {@link placeLabels} for one node. */
export interface PlacedLabel {
  id: string;
  /** The text drawn, its lines joined by a space. */
  text: string;
  /** The lines drawn, top to bottom (one or two; the number alone when `numbered`). */
  lines: string[];
  /** The last line is shortened with "…" (the full name is in the key). */
  truncated: boolean;
  /** The label shows the person's number instead of the name (the key lists it). */
  numbered: boolean;
  /** The name reads right to left (drawn with `direction="rtl"`). */
  rtl: boolean;
  /** Anchor of the first line (SVG `x`, baseline `y`); later lines follow every `lineHeight`. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  fontSize: number;
  side: LabelSide;
  /** Direction from the node to the label, degrees (0 = right, 90 = below). */
  angle: number;
  /** Leader line from the node's edge to the label, when the label sits further out. */
  leader?: Segment;
  /** The box the text takes (including the halo). */
  box: Box;
  /** No spot was free: the label is drawn only on hover, focus or selection (at `x`, `y`). */
  hidden: boolean;
  /** For a number or a hidden label: the name as drawn on hover, focus or selection (below the node). */
  reveal?: PlacedLabel;
}

/** Options of {@link placeLabels}. */
export interface LabelOptions {
  /** Default font size, layout units (13). */
  fontSize?: number;
  /** Measure function for every label without its own (default: the estimate of labelText.ts). */
  measure?: MeasureLabel;
  /** Longest one-line name, em (12): longer names wrap. */
  maxOneLine?: number;
  /** Preferred widest line of a wrapped name, em (9). */
  maxLine?: number;
  /** Widest line of a wrapped name, em (13); a name that needs more than three such lines is shortened. */
  maxWideLine?: number;
  /** Widest line holding one word alone, em (16): wider words are broken mid-word. */
  maxWordLine?: number;
  /** Distance between lines, em (1.15). */
  lineHeight?: number;
  /** Space between node edge and label (4). */
  gap?: number;
  /** Halo around the text (the stroke painted behind it, 2). */
  pad?: number;
  /** Least space between a label and another person's node (4). */
  clearance?: number;
  /** A label without a leader keeps this much more space from other nodes than from its own (6). */
  ownMargin?: number;
  /** Labels must stay inside this box (the drawing), when given. */
  bounds?: Box;
  /** Other things labels must not cover (e.g. the ring and sector names). */
  obstacles?: readonly Box[];
  /** Try the spots further out, with a leader line (true). */
  leaders?: boolean;
}

interface NodeObstacle {
  owner: string;
  disc?: { x: number; y: number; r: number };
  box: Box;
}

interface Variant {
  lines: string[];
  width: number;
  truncated: boolean;
  numbered: boolean;
  cost: number;
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

/** Directions tried around a node (degrees, 0 = right, 90 = below) with their cost. */
const SPOTS: readonly (readonly [number, number])[] = [
  [90, 0], [270, 0.4], [0, 0.7], [180, 0.7], [45, 1.4], [135, 1.4], [315, 1.6], [225, 1.6],
  [67.5, 2.2], [112.5, 2.2], [22.5, 2.4], [157.5, 2.4], [292.5, 2.6], [247.5, 2.6], [337.5, 2.6], [202.5, 2.6],
];
/** Extra cost of a spot with a leader line: a full name further out beats a shortened one close by. */
const LEADER_COST = 4;
const SHORTENED_COST = 12;
/** Above this many labels the search is narrower (see placeLabels). */
export const CROWDED = 80;
/** Spots a label left without its name tries to free by moving one other label. */
const REPAIR_TRIES = 12;
const NUMBER_COST = 20;
/** Greedy rounds after the first, each with the labels that failed so far placed first. */
const ROUNDS = 6;
/** Up to this many labels without their name, the search is thorough (more rounds and repair tries); beyond it, two rounds. */
const FEW_FAILURES = 6;

const sideOf = (deg: number): LabelSide => {
  const a = ((deg % 360) + 360) % 360;
  return a >= 45 && a <= 135 ? 'below' : a > 135 && a < 225 ? 'left' : a >= 225 && a <= 315 ? 'above' : 'right';
};

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
    nodes.add(box, { owner: it.id, disc: { x: it.x, y: it.y, r: it.r }, box });
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
    // Other nodes keep the gap plus a margin from a name without a leader (it reads as theirs
    // otherwise), just the clearance from one with a leader (the line says whose it is).
    const need = leader ? clearance : Math.max(clearance, (it.gap ?? gap) + ownMargin);
    const near = inflate(box, need + maxR);
    const blocked = nodes.some(near, (o) => {
      if (o.disc) return o.owner !== it.id && boxDistance(box, o.disc.x, o.disc.y) - o.disc.r < need;
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

const unionBox = (a: Box, b: Box): Box => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });

/** The texts a label may show, cheapest first (see the module comment). */
function variantsOf(it: LabelInput, fs: number, options: LabelOptions & { crowded?: boolean }): Variant[] {
  const width = it.measure ?? ((s: string) => (options.measure ?? estimateLabel)(s, fs));
  const name = cleanName(it.text);
  const number = it.number;
  const numberVariant = (): Variant[] =>
    number === undefined ? [] : [{ lines: [String(number)], width: width(String(number)), truncated: false, numbered: true, cost: NUMBER_COST }];
  if (it.numberOnly && !it.client && !it.emphasis && number !== undefined) return numberVariant();
  const out: Variant[] = [];
  const one = width(name);
  const maxOne = (options.maxOneLine ?? 12) * fs;
  const maxLine = (options.maxLine ?? 9) * fs;
  const maxWide = (options.maxWideLine ?? 13) * fs;
  if (one <= maxOne) out.push({ lines: [name], width: one, truncated: false, numbered: false, cost: 0 });
  // Wrapped: two lines (narrow, then wide), then three; a surname alone on a line may be wider
  // still rather than broken mid-word. A name that fits one line may still wrap where one line
  // has no room (a narrower box fits between neighbours): every full form is a candidate.
  const maxWord = (options.maxWordLine ?? 16) * fs;
  // (A crowded map keeps to the one form that fits: its names are mostly numbers, and the
  // search must stay fast there.)
  const wraps = one > maxLine || !options.crowded;
  const two = wraps ? (splitLines(name, 2, maxLine, width) ?? splitLines(name, 2, maxWide, width, maxWord)) : null;
  if (two && (one > maxLine || width(two[0]!) < one)) out.push({ lines: two, width: Math.max(...two.map(width)), truncated: false, numbered: false, cost: one > maxOne ? 0.5 : 1 });
  const three = wraps && !(options.crowded && two) ? (splitLines(name, 3, maxLine, width) ?? splitLines(name, 3, maxWide, width, maxWord)) : null;
  if (three && (!two || one > maxOne || Math.max(...three.map(width)) < Math.max(...two.map(width)))) out.push({ lines: three, width: Math.max(...three.map(width)), truncated: false, numbered: false, cost: two ? 1.5 : 2 });
  if (out.length === 0) {
    const wrapped = wrapAndShorten(name, maxWide, width, 2);
    out.push({ ...wrapped, width: Math.max(...wrapped.lines.map(width)), numbered: false, cost: wrapped.truncated ? SHORTENED_COST : 2.5 });
  }
  if (!it.client) out.push(...numberVariant());
  return out;
}

/** {@link isRtl} remembered per name: asked once per candidate otherwise. */
const rtlCache = new Map<string, boolean>();
function rtlOf(text: string): boolean {
  let v = rtlCache.get(text);
  if (v === undefined) {
    if (rtlCache.size > 5000) rtlCache.clear();
    v = isRtl(text);
    rtlCache.set(text, v);
  }
  return v;
}

interface Spec {
  v: Variant;
  reach: number;
  deg: number;
  cost: number;
}

/** Every candidate of one label as text, distance and direction, cheapest first (ties keep the order of {@link SPOTS}). */
function specsOf(it: LabelInput, options: LabelOptions & { fontSize: number; leaders: boolean; spots?: number; crowded?: boolean }): Spec[] {
  const fs = it.fontSize ?? options.fontSize;
  const spots = SPOTS.slice(0, options.spots ?? SPOTS.length);
  // The client's name may take a leader even on a crowded map: it is always drawn.
  const reaches = !options.leaders && !it.client ? [0] : [0, 1.4 * fs, 3 * fs, 4.5 * fs, 6 * fs];
  const out: Spec[] = [];
  for (const v of variantsOf(it, fs, options)) {
    for (const [k, reach] of reaches.entries()) {
      for (const [deg, spotCost] of spots) out.push({ v, reach, deg, cost: v.cost + spotCost + (k > 0 ? LEADER_COST + 2 * (k - 1) : 0) });
    }
  }
  // Stable sort: equal costs keep the order above (variant, then reach, then spot).
  return out.map((c, i) => [c, i] as const).sort((a, b) => a[0].cost - b[0].cost || a[1] - b[1]).map(([c]) => c);
}

/** Where one candidate puts the label: its box touches the node's edge plus the gap (plus `reach`) in direction `deg`. */
function labelAt(it: LabelInput, spec: Spec, options: LabelOptions & { fontSize: number; gap: number; pad: number }): PlacedLabel {
  const { v, reach, deg } = spec;
  const fs = it.fontSize ?? options.fontSize;
  const lineHeight = (options.lineHeight ?? 1.15) * fs;
  const ascent = 0.8 * fs;
  const descent = 0.25 * fs;
  const pad = options.pad;
  const rtl = rtlOf(it.text);
  const ownGap = it.gap ?? options.gap;
  const badgeH = it.badgeHeight ?? 0;
  const badgeHalf = (it.badgeWidth ?? 2 * it.r) / 2;
  const w = v.width + 2 * pad;
  const h = ascent + descent + (v.lines.length - 1) * lineHeight + 2 * pad;
  const a = (deg * Math.PI) / 180;
  const c = Math.abs(Math.cos(a)) < 1e-9 ? 0 : Math.cos(a);
  const s = Math.abs(Math.sin(a)) < 1e-9 ? 0 : Math.sin(a);
  const R = it.r + ownGap + reach;
  let cx = it.x + c * R + (w / 2) * Math.max(-1, Math.min(1, 2 * c));
  let cy = it.y + s * R + (h / 2) * Math.max(-1, Math.min(1, 2 * s));
  // Push outwards until the box clears the node (and its badge row) by the gap.
  for (let step = 0; step < 12; step++) {
    const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
    const short = ownGap + reach - (boxDistance(box, it.x, it.y) - it.r);
    const overBadges = badgeH > 0 && box.y1 > it.y - it.r - badgeH - ownGap && box.y0 < it.y && box.x0 < it.x + badgeHalf + ownGap && box.x1 > it.x - badgeHalf - ownGap;
    if (short <= 0.5 && !overBadges) break;
    const by = Math.max(2, short);
    cx += c * by;
    cy += s * by;
  }
  const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
  const anchor: PlacedLabel['anchor'] = rtl || v.numbered ? 'middle' : c > 0.38 ? 'start' : c < -0.38 ? 'end' : 'middle';
  const x = anchor === 'middle' ? cx : anchor === 'start' ? box.x0 + pad : box.x1 - pad;
  const y = box.y0 + pad + ascent;
  let leader: Segment | undefined;
  if (reach > 0) {
    const to = nearestOnBox(box, it.x, it.y);
    const len = Math.hypot(to.x - it.x, to.y - it.y) || 1;
    const from = { x: it.x + ((to.x - it.x) / len) * (it.r + 1), y: it.y + ((to.y - it.y) / len) * (it.r + 1) };
    leader = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  }
  return {
    id: it.id, text: v.lines.join(' '), lines: v.lines, truncated: v.truncated, numbered: v.numbered, rtl,
    x, y, anchor, lineHeight, fontSize: fs, side: sideOf(deg), angle: deg, box, hidden: false,
    ...(leader ? { leader } : {}),
  };
}
