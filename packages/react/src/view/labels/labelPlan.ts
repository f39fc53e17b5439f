/**
 * The ecogram's name labels as a whole: which size names are drawn at, the numbers of the key,
 * where the ring names go, and the call of the placer (labelPlacer.ts) with every person, the
 * badge rows and the ring and sector names as things to keep free. Pure: no DOM, no React.
 * @internal
 */
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { personBadges } from '../ties/badges';
import { badgeRowSize } from '../map/badgeRow';
import { polar, type Pt } from '../map/geometry';
import { overlaps, segmentBox, type Box } from './labelGeometry';
import { CROWDED, placeLabelsRemembered, type LabelInput, type LabelMemory, type LabelOptions, type PlacedLabel } from './labelPlacer';
import { labelWorld } from './labelSearch';
import { updateLabels } from './labelUpdate';
import { estimateLabel, type MeasureLabel } from './labelText';
import { hypot } from '../../utils/hypot';

export { labelOrder, placeLabels, type LabelInput, type LabelOptions, type LabelSide, type PlacedLabel } from './labelPlacer';
export type { Box } from './labelGeometry';

/** Font size of a person's name, layout units, where the map is drawn at 1 px per unit or larger. */
export const LABEL_FONT = 13;
/** The client's name is this much larger than the others. */
export const CLIENT_LABEL_EXTRA = 2;
/** Font size of the client's name at {@link LABEL_FONT}. */
export const CLIENT_LABEL_FONT = LABEL_FONT + CLIENT_LABEL_EXTRA;
/** Smallest name on screen, CSS px, at the map's fitted size (WCAG-minded: 12 px bold reads at the table). */
export const LABEL_MIN_PX = 12;
/** Largest name size in layout units: beyond it a small screen zooms instead (the names would fill the map). */
export const LABEL_MAX_FONT = 18;
/** Up to this many people (besides the client) every name is drawn in full; above it a name may become a number. */
export const FULL_NAMES_UP_TO = 40;

/**
 * Font size of the names in layout units, so that at `pxPerUnit` (CSS px per layout unit of
 * the fitted map) they are drawn at least {@link LABEL_MIN_PX}: 13 units on a big screen,
 * 16 at 1280 px wide (the map is ~0.77 px a unit there), 17.5 where a hint above the map leaves it 0.69, at most {@link LABEL_MAX_FONT}.
 * Steps of 0.5 so that a resize by a few pixels does not re-place every name.
 */
export function labelFontFor(pxPerUnit: number | undefined): number {
  if (pxPerUnit === undefined || !(pxPerUnit > 0) || !Number.isFinite(pxPerUnit)) return LABEL_FONT;
  const wanted = Math.ceil((LABEL_MIN_PX / pxPerUnit) * 2) / 2;
  return Math.min(LABEL_MAX_FONT, Math.max(LABEL_FONT, wanted));
}

/** Size of the ring names drawn along the top of each ring (matches ecogram.css). */
export const RING_LABEL_FONT = 12;
/** Size of the sector names around the outer ring (matches ecogram.css). */
const SECTOR_LABEL_FONT = 15;
/** The ring names run along a circle this far inside the ring's outer edge. */
export const RING_LABEL_INSET = 16;
/**
 * How far (degrees either side of the top) a ring's name may move to find room: all the way
 * round (below the middle it is drawn the other way, so it reads upright; see {@link ringLabelPath}).
 */
const RING_LABEL_RANGE = 180;
/** A ring name's path runs this many degrees either side of its middle. */
const RING_PATH_HALF = 60;

/**
 * The path a ring's name is drawn along, centred on `angle` (degrees, 0 = top, clockwise), with
 * the name at 50 %: clockwise over the top half, anticlockwise below it with the baseline a
 * little further out, so the letters stand upright and fill the same band (r − 4 … r + 12) either way.
 */
export function ringLabelPath(center: Pt, r: number, angle: number): { from: Pt; to: Pt; r: number; sweep: 0 | 1 } {
  const a = ((((angle + 180) % 360) + 360) % 360) - 180;
  const bottom = Math.abs(a) > 90;
  const rr = bottom ? r + 8 : r;
  const from = polar(center, rr, bottom ? a + RING_PATH_HALF : a - RING_PATH_HALF);
  const to = polar(center, rr, bottom ? a - RING_PATH_HALF : a + RING_PATH_HALF);
  return { from, to, r: rr, sweep: bottom ? 0 : 1 };
}

/** Half the drawn width of a ring's name, plus a little air. */
function ringLabelHalfWidth(text: string, measure?: MeasureLabel): number {
  const w = measure ? measure(text, RING_LABEL_FONT) : Array.from(text).length * RING_LABEL_FONT * 0.62;
  return w / 2 + 4;
}

/**
 * Where each ring's name goes: the angle (degrees, 0 = top, clockwise) along the ring's upper
 * arc, as near the top as it can be while covering as few nodes as possible, then as few of
 * the boxes in `avoid` (people's names already placed: a ring name there would push them
 * away). On a crowded map the top of a ring is often taken by people; a name under a node
 * cannot be read. Pure and deterministic: the same map gives the same angles.
 */
export function ringLabelAngles(layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, names: readonly string[], nodeR: number, measure?: MeasureLabel, avoid: readonly Box[] = []): number[] {
  return ringLabelOptions(layout, positions, names, nodeR, measure, avoid, 1).map((options) => options[0] ?? 0);
}

/**
 * For each ring, up to `count` places for its name, best first (see {@link ringLabelAngles}):
 * the best, then the best of what is left at least the name's own width away from every place
 * already chosen, and never over a node. The alternatives let the plan move a ring's name off
 * the one spot a person's name needed ({@link ecogramLabelPlan}).
 */
export function ringLabelOptions(
  layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, names: readonly string[], nodeR: number, measure: MeasureLabel | undefined,
  avoid: readonly Box[], count: number,
): number[][] {
  const nodes = [...positions.values()].map((p) => {
    const dx = p.x - layout.center.x;
    const dy = p.y - layout.center.y;
    return { rho: hypot(dx, dy), phi: (Math.atan2(dx, -dy) * 180) / Math.PI };
  });
  return names.map((text, i) => {
    const ring = layout.rings[i];
    if (!ring) return [0];
    const r = ring.outer - RING_LABEL_INSET;
    const half = ringLabelHalfWidth(text, measure);
    const span = (half / Math.max(1, r)) * (180 / Math.PI);
    const near = nodes.filter((n) => n.rho > r - 4 - nodeR && n.rho < r + RING_LABEL_FONT + nodeR);
    const costOf = (a: number): number => {
      let covered = 0;
      for (const n of near) {
        const reach = span + ((nodeR + 2) / Math.max(1, n.rho)) * (180 / Math.PI);
        if (Math.abs(n.phi - a) < reach) covered++;
      }
      let pushed = 0;
      if (avoid.length > 0) {
        const band = arcBoxes(layout.center, r - 4, r + RING_LABEL_FONT, a - span, a + span);
        for (const box of avoid) if (band.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) pushed++;
      }
      // A node covering the name costs far more than a name it pushes away, and that more
      // than moving it away from the top.
      return covered * 10000 + pushed * 100 + Math.abs(a);
    };
    const chosen: number[] = [];
    const scored: { a: number; cost: number }[] = [];
    for (let step = 0; step <= RING_LABEL_RANGE; step += 2) {
      for (const a of step === 0 ? [0] : [-step, step]) {
        if (Math.abs(a) + span > RING_PATH_HALF + 180) continue;
        const cost = costOf(a);
        scored.push({ a, cost });
        // The nearest free spot to the top is the best: with one wanted, look no further.
        if (count === 1 && cost < 100) return [a];
      }
    }
    scored.sort((x, y) => x.cost - y.cost || Math.abs(x.a) - Math.abs(y.a) || x.a - y.a);
    for (const { a, cost } of scored) {
      if (chosen.length >= count) break;
      if (chosen.length > 0 && cost >= 10000) break;
      if (chosen.every((b) => Math.abs(b - a) >= 2 * span)) chosen.push(a);
    }
    return chosen.length > 0 ? chosen : [0];
  });
}

/**
 * Small boxes covering the band between radii `r0` and `r1` from angle `a0` to `a1` (degrees,
 * clockwise from the top) around `c`: curved text as obstacles, tighter than one bounding box.
 */
export function arcBoxes(c: Pt, r0: number, r1: number, a0: number, a1: number): Box[] {
  const step = Math.max(1, (8 / Math.max(1, r1)) * (180 / Math.PI));
  const out: Box[] = [];
  for (let a = a0; a < a1 + 1e-9; a += step) {
    const b = Math.min(a + step, a1);
    const pts = [polar(c, r0, a), polar(c, r1, a), polar(c, r0, b), polar(c, r1, b)];
    out.push({
      x0: Math.min(...pts.map((p) => p.x)), y0: Math.min(...pts.map((p) => p.y)),
      x1: Math.max(...pts.map((p) => p.x)), y1: Math.max(...pts.map((p) => p.y)),
    });
    if (b >= a1) break;
  }
  return out;
}

/**
 * The key numbers of a network: every person but the client, numbered from 1 in the order a
 * reader goes round the map — slice by slice clockwise from 12 o'clock (the layout's order),
 * within a slice circle by circle from the inside out, within a circle clockwise — so that
 * number 17 is found between 16 and 18 on the map, and the key, sorted by number, reads as a
 * walk around it. Numbering everyone, not only the people shown as a number, keeps a person's
 * number the same when the selection, the screen size or an unrelated edit changes who has
 * room for a name, and the same on screen and on paper. Numbers follow places, not names: a
 * rename changes no number (until session 23 the key was by name, and one rename renumbered
 * everyone between the old and the new name — on the map and on a sheet printed before), and
 * a person moved renumbers only the people between their old and new place. Someone without
 * a place in the layout (none in a layout of this network) comes last, by name (case and
 * accents folded, no locale data, so a server's numbers and the browser's agree), then id.
 */
export function keyNumbers(network: Network, layout: EcogramLayout): Map<string, number> {
  const sectorAt = new Map(layout.sectors.map((s, i) => [s.sector, i] as const));
  const startOf = new Map(layout.sectors.map((s) => [s.sector, s.startAngle] as const));
  const ringAt = new Map(layout.rings.map((r, i) => [r.closeness, i] as const));
  const placed: { id: string; sector: number; ring: number; turn: number; radius: number }[] = [];
  const unplaced: { id: string; name: string; key: string }[] = [];
  for (const p of network.people) {
    if (p.id === network.focus) continue;
    const node = Object.prototype.hasOwnProperty.call(layout.nodes, p.id) ? layout.nodes[p.id] : undefined;
    if (!node) {
      unplaced.push({ id: p.id, name: p.name, key: foldName(p.name) });
      continue;
    }
    const turn = (((node.angle - (startOf.get(node.sector) ?? 0)) % 360) + 360) % 360;
    placed.push({ id: p.id, sector: sectorAt.get(node.sector) ?? 0, ring: ringAt.get(node.closeness) ?? 0, turn, radius: node.radius });
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  placed.sort((a, b) => a.sector - b.sector || a.ring - b.ring || a.turn - b.turn || a.radius - b.radius || cmp(a.id, b.id));
  unplaced.sort((a, b) => cmp(a.key, b.key) || cmp(a.name, b.name) || cmp(a.id, b.id));
  const numbers = new Map<string, number>();
  for (const p of placed) numbers.set(p.id, numbers.size + 1);
  for (const p of unplaced) numbers.set(p.id, numbers.size + 1);
  return numbers;
}

/** A name folded for sorting: compatibility forms and accents removed, lower case. */
function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Options of {@link ecogramLabels}. */
export interface EcogramLabelOptions {
  /** Drawn radius of a person's node. */
  nodeR: number;
  /** Drawn radius of the client's node. */
  clientR: number;
  /** Selected or focused people: placed right after the client. */
  emphasis?: ReadonlySet<string>;
  /** Ring names as drawn (kept free). */
  ringLabels?: readonly string[];
  /** Where along its ring each name is drawn (see {@link ringLabelAngles}; computed when absent). */
  ringAngles?: readonly number[];
  /** Sector names as drawn, by sector (kept free). */
  sectorLabels?: Readonly<Record<string, string>>;
  /** Space around the layout square (the drawing's margin). */
  margin?: number;
  /** Font size of the names, layout units (default {@link LABEL_FONT}; see {@link labelFontFor}). */
  fontSize?: number;
  /** Text as drawn, when the browser can measure it (else an estimate). */
  measure?: MeasureLabel;
  /** Key numbers (see {@link keyNumbers}): a name with no room becomes its number. */
  numbers?: ReadonlyMap<string, number>;
  /** Only numbers, no names, except for the client and the emphasised (a crowded map zoomed out). */
  numbersOnly?: boolean;
  /** The name drawn for a person (default: `person.name`; the Ecogram adds "· geen contact"). */
  nameOf?: (person: Network['people'][number]) => string;
  /**
   * The plan shown before (the same map before an edit): when only what names say changed, the
   * ring names stay and only the changed names are placed again, the others keep their place.
   */
  previous?: EcogramLabelPlan | null;
}

/** Result of {@link ecogramLabelPlan}: the people's names and where each ring's name goes. */
export interface EcogramLabelPlan {
  labels: Map<string, PlacedLabel>;
  /** Angle of each ring's name along its ring (see {@link ringLabelAngles}). */
  ringAngles: number[];
  /** What the next plan starts from (labelUpdate.ts): absent on the empty plan. @internal */
  memory?: LabelMemory;
}

/**
 * Label placement for an ecogram drawing: every person at `positions` (client at the centre),
 * badge rows above nodes and ring and sector names as obstacles.
 */
export function ecogramLabels(network: Network, layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, options: EcogramLabelOptions): Map<string, PlacedLabel> {
  return ecogramLabelPlan(network, layout, positions, options).labels;
}

/**
 * The people's names and the ring names placed together. Without `ringAngles` the ring names
 * go where they push no one's name: the names are placed first with only the sector names to
 * keep free, then each ring's name takes the spot nearest the top of its ring that covers no
 * node and as few of those names as possible, and only when a name is in its way are the names
 * placed again around it. A ring name at the top of a crowded inner circle otherwise took the
 * one spot a neighbour's name had (found on generated networks of 30–40 people: 12 of 40 maps
 * numbered someone; 4 after this).
 */
export function ecogramLabelPlan(network: Network, layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, options: EcogramLabelOptions): EcogramLabelPlan {
  const rank = new Map(layout.rings.map((ring, i) => [ring.closeness, i] as const));
  const fontSize = options.fontSize ?? LABEL_FONT;
  const measure = options.measure ?? estimateLabel;
  const items: LabelInput[] = [];
  for (const person of network.people) {
    const isClient = person.id === network.focus;
    const p = isClient ? layout.center : positions.get(person.id);
    if (!p) continue;
    const badges = badgeRowSize(personBadges(person, network));
    const node = isClient ? undefined : layout.nodes[person.id];
    const number = options.numbers?.get(person.id);
    items.push({
      id: person.id,
      x: p.x,
      y: p.y,
      r: isClient ? options.clientR : options.nodeR,
      text: options.nameOf ? options.nameOf(person) : person.name,
      ...(isClient ? { fontSize: fontSize + CLIENT_LABEL_EXTRA, gap: 5, client: true } : {}),
      ...(badges.width > 0 ? { badgeHeight: badges.height, badgeWidth: badges.width } : {}),
      ...(options.emphasis?.has(person.id) ? { emphasis: true } : {}),
      ...(number !== undefined ? { number } : {}),
      ...(options.numbersOnly ? { numberOnly: true } : {}),
      rank: node ? (rank.get(node.closeness) ?? 0) : -1,
    });
  }
  const ringNames = options.ringLabels ?? [];
  const R = layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2;
  const sectorBoxes: Box[] = [];
  for (const s of layout.sectors) {
    const text = options.sectorLabels?.[s.sector];
    if (!text) continue;
    // Drawn centred on the sector's middle, on a path at R + 9 (top half, letters outwards) or
    // R + 21 (bottom half, letters inwards): either way the band R + 6 … R + 24, kept from
    // R + 3 (a name's corner 1 px from a tilted letter read as touching it).
    const mid = (s.startAngle + s.endAngle) / 2;
    const span = ((measure(text, SECTOR_LABEL_FONT) / 2 + 4) / (R + 15)) * (180 / Math.PI);
    sectorBoxes.push(...arcBoxes(layout.center, R + 3, R + 24, mid - span, mid + span));
  }
  const ringBoxes = (angles: readonly number[]): Box[] => {
    const out: Box[] = [];
    ringNames.forEach((text, i) => {
      const ring = layout.rings[i];
      if (!ring) return;
      const r = ring.outer - RING_LABEL_INSET;
      const span = (ringLabelHalfWidth(text, measure) / Math.max(1, r)) * (180 / Math.PI);
      const a = angles[i] ?? 0;
      // From below the baseline to above the cap height.
      out.push(...arcBoxes(layout.center, r - 4, r + RING_LABEL_FONT, a - span, a + span));
    });
    return out;
  };
  const m = options.margin ?? 0;
  const placeOptions = (obstacles: Box[]): LabelOptions => ({ fontSize, measure, bounds: { x0: -m, y0: -m, x1: layout.size + m, y1: layout.size + m }, obstacles });
  const place = (obstacles: Box[]): { labels: Map<string, PlacedLabel>; memory: LabelMemory } => placeLabelsRemembered(items, placeOptions(obstacles));
  // After an edit that changed only what names say (a rename, the numbers, the selection): the
  // ring names stay, and only the changed names are placed again (labelUpdate.ts).
  const previous = options.previous;
  const keptAngles = options.ringAngles ?? previous?.ringAngles;
  if (previous?.memory && keptAngles && keptAngles.length === ringNames.length) {
    const again = placeOptions([...sectorBoxes, ...ringBoxes(keptAngles)]);
    if (labelWorld(items, again, previous.memory.world) === previous.memory.world) {
      const { labels, memory } = updateLabels(previous.memory, items, again);
      return { labels, ringAngles: [...keptAngles], memory };
    }
  }
  if (options.ringAngles || ringNames.length === 0 || items.length > CROWDED) {
    // Given, or a crowded map: there the names are numbers that fit almost anywhere, and a
    // second placement would double the cost for nothing; the ring names only avoid nodes.
    const ringAngles = options.ringAngles ? [...options.ringAngles] : ringLabelAngles(layout, positions, ringNames, options.nodeR, measure);
    return { ...place([...sectorBoxes, ...ringBoxes(ringAngles)]), ringAngles };
  }
  const first = place(sectorBoxes);
  const drawn: Box[] = [];
  for (const label of first.labels.values()) {
    if (label.hidden) continue;
    drawn.push(label.box);
    if (label.leader) drawn.push(segmentBox(label.leader));
  }
  const ringAngles = ringLabelAngles(layout, positions, ringNames, options.nodeR, measure, drawn);
  const rings = ringBoxes(ringAngles);
  const inTheWay = drawn.some((box) => rings.some((o) => overlaps(o, box)));
  if (!inTheWay) {
    // The next update places among the ring names too (none of these names is in their way).
    const memory = { ...first.memory, world: labelWorld(items, placeOptions([...sectorBoxes, ...rings])) };
    return { labels: first.labels, ringAngles, memory };
  }
  // A ring's name that takes the one spot a person's name needed moves: each ring in turn
  // tries its next places (ringLabelOptions), the others held, and the placement with the
  // fewest names missing wins (ties keep the earlier, nearer the top). Only when a name is
  // missing; at most RING_ALTERNATIVES more placements per ring.
  let best: EcogramLabelPlan = { ...place([...sectorBoxes, ...rings]), ringAngles };
  let missing = missingNames(best.labels);
  if (missing === 0) return best;
  const alternatives = ringLabelOptions(layout, positions, ringNames, options.nodeR, measure, drawn, RING_ALTERNATIVES + 1);
  for (let ring = 0; ring < ringNames.length && missing > 0; ring++) {
    for (const a of (alternatives[ring] ?? []).slice(1)) {
      const angles = best.ringAngles.map((b, i) => (i === ring ? a : b));
      const placed = place([...sectorBoxes, ...ringBoxes(angles)]);
      const m = missingNames(placed.labels);
      if (m < missing) {
        best = { ...placed, ringAngles: angles };
        missing = m;
        if (m === 0) break;
      }
    }
  }
  return best;
}

/** Places a ring's name tries beyond its best when a person's name is missing. */
const RING_ALTERNATIVES = 3;

/** People (not the client) whose name is not drawn in full: a number, shortened or hidden. */
function missingNames(labels: ReadonlyMap<string, PlacedLabel>): number {
  let n = 0;
  for (const l of labels.values()) if (l.numbered || l.truncated || l.hidden) n++;
  return n;
}
