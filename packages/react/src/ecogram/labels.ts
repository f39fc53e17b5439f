/**
 * Placement of the name labels of the ecogram: a small, deterministic greedy placer.
 * Each label tries a few spots around its node (below, above, right, left; then a shorter
 * text in the same spots) and takes the first that overlaps no label placed before it, no
 * node and no badge row; a label without a free spot is `hidden` (the person keeps the
 * accessible name and the `<title>`; the drawing shows the name on hover, focus or selection).
 * Order: the client, then the emphasised people (the Ecogram passes the selected one), then closer circles,
 * then by name. Pure: no DOM, no React.
 * @internal
 */
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { personBadges } from '../symbols/model';
import { polar, truncate, type Pt } from './geometry';

/** An axis-aligned box in layout units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

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
  /** Placed first and always shown (the client in the centre). */
  client?: boolean;
  /** Placed right after the client (selected or focused person). */
  emphasis?: boolean;
  /** Smaller ranks are placed earlier (the ring index: inner circle first). */
  rank?: number;
  /** Measured width of a text, when the host can measure; default: characters × font size × `charWidth`. */
  measure?: (text: string) => number;
}

/** Where a label sits relative to its node. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** Result of {@link placeLabels} for one node. */
export interface PlacedLabel {
  id: string;
  /** The text to draw (shortened with an ellipsis when long). */
  text: string;
  /** `text` is shorter than the full name. */
  truncated: boolean;
  /** Anchor point of the text (SVG `x`, baseline `y`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  side: LabelSide;
  /** The box the text takes (including the halo). */
  box: Box;
  /** No spot was free: the label is drawn only on hover, focus or selection (at `x`, `y`). */
  hidden: boolean;
}

/** Options of {@link placeLabels}. */
export interface LabelOptions {
  /** Default font size, layout units (13). */
  fontSize?: number;
  /** Average character width as a fraction of the font size (0.62: bold sans-serif). */
  charWidth?: number;
  /** Space between node edge and label (4). */
  gap?: number;
  /** Halo around the text (the stroke painted behind it, 2). */
  pad?: number;
  /** Longest text drawn; longer names are shortened at a word boundary (20). */
  maxChars?: number;
  /** Shorter text tried when the long one fits nowhere (10; 0 = never). */
  shortChars?: number;
  /** Labels must stay inside this box (the drawing), when given. */
  bounds?: Box;
  /** Labels must stay inside this circle (the rings: the sector names run around it), when given. */
  within?: { x: number; y: number; r: number };
  /** Other things labels must not cover (e.g. the ring names). */
  obstacles?: readonly Box[];
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Does the box touch the disc (centre `x`, `y`, radius `r`)? */
function hitsDisc(b: Box, x: number, y: number, r: number): boolean {
  const dx = x < b.x0 ? b.x0 - x : x > b.x1 ? x - b.x1 : 0;
  const dy = y < b.y0 ? b.y0 - y : y > b.y1 ? y - b.y1 : 0;
  return dx * dx + dy * dy < r * r;
}

/** Uniform grid over boxes: a query looks only at the cells a box covers. */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  private range(b: Box): [number, number, number, number] {
    const s = this.size;
    return [Math.floor(b.x0 / s), Math.floor(b.y0 / s), Math.floor(b.x1 / s), Math.floor(b.y1 / s)];
  }
  private key(i: number, j: number): number {
    // Cells are a few dozen units wide: indices stay far below 2^15 for any real drawing.
    return (i + 32768) * 65536 + (j + 32768);
  }
  add(b: Box, item: T): void {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = this.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
    }
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    const [i0, j0, i1, j1] = this.range(b);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(this.key(i, j));
        if (list) for (const item of list) if (test(item)) return true;
      }
    }
    return false;
  }
}

interface Obstacle {
  owner: string;
  disc?: { x: number; y: number; r: number };
  box: Box;
}

/** Compare strings by code unit: the same order on every machine and in every locale. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order in which labels claim space (see the module comment). */
export function labelOrder(items: readonly LabelInput[]): LabelInput[] {
  return [...items].sort(
    (a, b) =>
      Number(Boolean(b.client)) - Number(Boolean(a.client)) ||
      Number(Boolean(b.emphasis)) - Number(Boolean(a.emphasis)) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      byCode(a.text, b.text) ||
      byCode(a.id, b.id),
  );
}

/**
 * Place the name labels of `items` so that no two shown labels overlap and no label covers a
 * node or badge row. Deterministic: the same input gives the same output. Returns one entry
 * per item, by id. Cost about O(n · k) with a grid (k = labels near a spot); O(n²) at worst.
 */
export function placeLabels(items: readonly LabelInput[], options: LabelOptions = {}): Map<string, PlacedLabel> {
  const fontSize = options.fontSize ?? 13;
  const charWidth = options.charWidth ?? 0.62;
  const gap = options.gap ?? 4;
  const pad = options.pad ?? 2;
  const maxChars = options.maxChars ?? 20;
  const shortChars = options.shortChars ?? 10;
  const bounds = options.bounds;
  const within = options.within;
  const inside = (b: Box): boolean => {
    if (!within) return true;
    const r2 = within.r * within.r;
    const dx = Math.max(Math.abs(b.x0 - within.x), Math.abs(b.x1 - within.x));
    const dy = Math.max(Math.abs(b.y0 - within.y), Math.abs(b.y1 - within.y));
    return dx * dx + dy * dy <= r2;
  };

  // Nodes and badge rows are obstacles for every label but their own.
  let cell = 4 * fontSize;
  for (const it of items) cell = Math.max(cell, 2 * it.r);
  const obstacles = new Grid<Obstacle>(cell);
  for (const it of items) {
    obstacles.add({ x0: it.x - it.r, y0: it.y - it.r, x1: it.x + it.r, y1: it.y + it.r }, { owner: it.id, disc: { x: it.x, y: it.y, r: it.r }, box: { x0: it.x - it.r, y0: it.y - it.r, x1: it.x + it.r, y1: it.y + it.r } });
    const bh = it.badgeHeight ?? 0;
    if (bh > 0) {
      const half = (it.badgeWidth ?? 2 * it.r) / 2;
      const box = { x0: it.x - half, y0: it.y - it.r - bh, x1: it.x + half, y1: it.y - it.r + 2 };
      obstacles.add(box, { owner: it.id, box });
    }
  }
  for (const box of options.obstacles ?? []) obstacles.add(box, { owner: '', box });
  const placed = new Grid<Box>(cell);
  const out = new Map<string, PlacedLabel>();

  for (const it of labelOrder(items)) {
    const fs = it.fontSize ?? fontSize;
    const width = (s: string): number => (it.measure ? it.measure(s) : Array.from(s).length * fs * charWidth);
    const full = truncate(it.text, maxChars);
    const texts = [full];
    if (shortChars > 0 && !it.client) {
      const short = truncate(it.text, shortChars);
      if (short !== full) texts.push(short);
    }
    const g = it.gap ?? gap;
    const ascent = 0.8 * fs;
    const descent = 0.25 * fs;
    const top = it.badgeHeight ?? 0;
    const sides: LabelSide[] = it.client ? ['below'] : ['below', 'above', 'right', 'left'];
    let first: PlacedLabel | null = null;
    let chosen: PlacedLabel | null = null;
    for (const text of texts) {
      const w = width(text);
      for (const side of sides) {
        let x: number;
        let y: number;
        let anchor: PlacedLabel['anchor'];
        if (side === 'below' || side === 'above') {
          x = it.x;
          anchor = 'middle';
          y = side === 'below' ? it.y + it.r + g + ascent : it.y - it.r - top - g - descent;
        } else {
          y = it.y + 0.35 * fs;
          anchor = side === 'right' ? 'start' : 'end';
          x = side === 'right' ? it.x + it.r + g : it.x - it.r - g;
        }
        const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'start' ? x : x - w;
        const box = { x0: x0 - pad, y0: y - ascent - pad, x1: x0 + w + pad, y1: y + descent + pad };
        const label: PlacedLabel = { id: it.id, text, truncated: text !== it.text.trim().replace(/\s+/g, ' '), x, y, anchor, side, box, hidden: false };
        first ??= label;
        if (it.client) {
          chosen = label;
          break;
        }
        if (bounds && (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1)) continue;
        if (!inside(box)) continue;
        if (placed.some(box, (b) => overlaps(b, box))) continue;
        if (obstacles.some(box, (o) => o.owner !== it.id && (o.disc ? hitsDisc(box, o.disc.x, o.disc.y, o.disc.r) : overlaps(o.box, box)))) continue;
        chosen = label;
        break;
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.add(chosen.box, chosen.box);
      out.set(it.id, chosen);
    } else if (first) {
      out.set(it.id, { ...first, hidden: true });
    }
  }
  return out;
}

/** Font size of a person's name, layout units (matches ecogram.css). */
export const LABEL_FONT = 13;
/** Font size of the client's name, layout units (matches ecogram.css). */
export const CLIENT_LABEL_FONT = 15;
/** Size of the ring names drawn along the top of each ring (matches ecogram.css). */
const RING_LABEL_FONT = 12;
/** The ring names run along a circle this far inside the ring's outer edge. */
export const RING_LABEL_INSET = 16;
/** How far (degrees either side of the top) a ring's name may move to find room. */
const RING_LABEL_RANGE = 50;

/** Half the drawn width of a ring's name, plus a little air (an estimate: no DOM here). */
function ringLabelHalfWidth(text: string): number {
  return (Array.from(text).length * RING_LABEL_FONT * 0.62) / 2 + 4;
}

/**
 * Where each ring's name goes: the angle (degrees, 0 = top, clockwise) along the ring's upper
 * arc, as near the top as it can be while covering as few nodes as possible. On a crowded map
 * the top of a ring is often taken by people; a name under a node cannot be read. Pure and
 * deterministic: the same map gives the same angles.
 */
export function ringLabelAngles(layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, names: readonly string[], nodeR: number): number[] {
  const nodes = [...positions.values()].map((p) => {
    const dx = p.x - layout.center.x;
    const dy = p.y - layout.center.y;
    return { rho: Math.hypot(dx, dy), phi: (Math.atan2(dx, -dy) * 180) / Math.PI };
  });
  return names.map((text, i) => {
    const ring = layout.rings[i];
    if (!ring) return 0;
    const r = ring.outer - RING_LABEL_INSET;
    const half = ringLabelHalfWidth(text);
    const span = (half / Math.max(1, r)) * (180 / Math.PI);
    const near = nodes.filter((n) => n.rho > r - 4 - nodeR && n.rho < r + RING_LABEL_FONT + nodeR);
    let best = 0;
    let bestCost = Infinity;
    for (let step = 0; step <= RING_LABEL_RANGE; step += 2) {
      for (const a of step === 0 ? [0] : [-step, step]) {
        if (Math.abs(a) + span > 60) continue; // the name's path spans -60°..60°
        let covered = 0;
        for (const n of near) {
          const reach = span + ((nodeR + 2) / Math.max(1, n.rho)) * (180 / Math.PI);
          if (Math.abs(n.phi - a) < reach) covered++;
        }
        // A node covering the name costs far more than moving it away from the top.
        const cost = covered * 1000 + Math.abs(a);
        if (cost < bestCost) { bestCost = cost; best = a; }
      }
      if (bestCost < 1000) break; // the nearest free spot to the top
    }
    return best;
  });
}

/** Options of {@link ecogramLabels}. */
export interface EcogramLabelOptions {
  /** Drawn radius of a person's node. */
  nodeR: number;
  /** Drawn radius of the client's node. */
  clientR: number;
  /** Selected or focused people: placed right after the client. */
  emphasis?: ReadonlySet<string>;
  /** Ring names as drawn (their boxes are kept free). */
  ringLabels?: readonly string[];
  /** Where along its ring each name is drawn (see {@link ringLabelAngles}; computed when absent). */
  ringAngles?: readonly number[];
  /** Space around the layout square (the drawing's margin). */
  margin?: number;
}

/**
 * Label placement for an ecogram drawing: every person at `positions` (client at the centre),
 * badge rows above nodes and ring names as obstacles, closer circles first.
 */
export function ecogramLabels(network: Network, layout: EcogramLayout, positions: ReadonlyMap<string, Pt>, options: EcogramLabelOptions): Map<string, PlacedLabel> {
  const rank = new Map(layout.rings.map((ring, i) => [ring.closeness, i] as const));
  const items: LabelInput[] = [];
  for (const person of network.people) {
    const isClient = person.id === network.focus;
    const p = isClient ? layout.center : positions.get(person.id);
    if (!p) continue;
    const badges = personBadges(person, network).length;
    const node = isClient ? undefined : layout.nodes[person.id];
    items.push({
      id: person.id,
      x: p.x,
      y: p.y,
      r: isClient ? options.clientR : options.nodeR,
      text: person.name,
      ...(isClient ? { fontSize: CLIENT_LABEL_FONT, gap: 5, client: true } : {}),
      ...(badges > 0 ? { badgeHeight: 16, badgeWidth: badges * 19 } : {}),
      ...(options.emphasis?.has(person.id) ? { emphasis: true } : {}),
      rank: node ? (rank.get(node.closeness) ?? 0) : -1,
    });
  }
  const angles = options.ringAngles ?? ringLabelAngles(layout, positions, options.ringLabels ?? [], options.nodeR);
  const obstacles: Box[] = (options.ringLabels ?? []).map((text, i) => {
    const ring = layout.rings[i];
    const r = ring ? ring.outer - RING_LABEL_INSET : 0;
    const half = ringLabelHalfWidth(text);
    // The bounding box of the curved name: the chord of its arc, from the baseline to the cap height.
    const a = angles[i] ?? 0;
    const span = (half / Math.max(1, r)) * (180 / Math.PI);
    const ends = [a - span, a, a + span].flatMap((deg) => [polar(layout.center, r - 4, deg), polar(layout.center, r + RING_LABEL_FONT, deg)]);
    return {
      x0: Math.min(...ends.map((p) => p.x)), y0: Math.min(...ends.map((p) => p.y)),
      x1: Math.max(...ends.map((p) => p.x)), y1: Math.max(...ends.map((p) => p.y)),
    };
  });
  const m = options.margin ?? 0;
  return placeLabels(items, {
    fontSize: LABEL_FONT,
    bounds: { x0: -m, y0: -m, x1: layout.size + m, y1: layout.size + m },
    // The sector names run just outside the outer ring.
    within: { ...layout.center, r: (layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2) + 6 },
    obstacles,
  });
}
