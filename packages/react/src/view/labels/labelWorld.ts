/**
 * The world of a name placement (labelSearch.ts): what is fixed while labels are placed —
 * nodes and badge rows, obstacles, the drawing's edge, the options — and each label's
 * candidates, remembered by what the label shows. Built once and reused while nothing in it
 * changes. Pure: no DOM, no React.
 * @internal
 */
import { Grid, type Box } from './labelGeometry';
import { SPOTS, type Spec } from './labelCandidates';
import type { LabelInput, LabelOptions, PlacedLabel } from './labelTypes';

/** Above this many labels the search is narrower (8 directions, no leader lines, fewer rounds). */
export const CROWDED = 80;

export interface NodeObstacle {
  owner: string;
  /** The client's node: large, so a name beside it keeps the margin from its square too. */
  client?: boolean;
  disc?: { x: number; y: number; r: number };
  box: Box;
}

/** One candidate of a label, placed and tested only when first reached. */
export interface Lazy {
  spec: Spec;
  label?: PlacedLabel;
  /** Free of nodes, badge rows and obstacles (tested once, when first reached). */
  ok?: boolean;
}

/** The options as the search uses them: every default filled in. */
export type SearchOptions = LabelOptions & {
  fontSize: number; gap: number; pad: number; clearance: number; ownMargin: number;
  leaders: boolean; spots: number; crowded: boolean;
};

/**
 * What is fixed while labels are placed: nodes and badge rows, obstacles, options; and every
 * label's candidates, remembered by what the label shows ({@link textKey}). Reused by the next
 * placement when its {@link worldKey} is the same.
 */
export interface LabelWorld {
  key: string;
  measure: LabelOptions['measure'];
  opts: SearchOptions;
  cell: number;
  maxR: number;
  nodes: Grid<NodeObstacle>;
  fixed: Grid<Box>;
  /** Candidates by label id, with the text key they were made for. */
  candidates: Map<string, { key: string; list: Lazy[] }>;
}

/** What a label shows and how big, besides its place: its candidates follow from this and the world. */
export function textKey(it: LabelInput): string {
  let key = textKeys.get(it);
  if (key === undefined) {
    key = [it.text, it.number ?? '', it.numberOnly ? 1 : 0, it.emphasis ? 1 : 0, it.fontSize ?? '', it.gap ?? ''].join('\u0000');
    textKeys.set(it, key);
  }
  return key;
}
/** Inputs are not changed once made (a new plan makes new ones): their keys are remembered. */
const textKeys = new WeakMap<LabelInput, string>();

function resolve(items: readonly LabelInput[], options: LabelOptions): SearchOptions {
  // A crowded map (over CROWDED labels) tries 8 directions and no leader lines: leader lines
  // everywhere would be a tangle, and the search stays fast (a few ms for 150 people).
  const crowded = items.length > CROWDED;
  return {
    ...options,
    fontSize: options.fontSize ?? 13,
    gap: options.gap ?? 4,
    pad: options.pad ?? 2,
    clearance: options.clearance ?? 4,
    // On a crowded map people sit closer than any margin: a name there keeps the clearance only.
    ownMargin: options.ownMargin ?? (crowded ? 0 : 6),
    leaders: (options.leaders ?? true) && !crowded,
    spots: crowded ? 8 : SPOTS.length,
    crowded,
  };
}

/**
 * The world of `items` under `options` as one string: everything but what the labels say. Null
 * when a label brings its own measure function (it cannot be compared).
 */
export function worldKey(items: readonly LabelInput[], options: LabelOptions): string | null {
  if (items.some((it) => it.measure)) return null;
  const o = resolve(items, options);
  const head = [o.fontSize, o.gap, o.pad, o.clearance, o.ownMargin, o.leaders, o.maxOneLine, o.maxLine, o.maxWideLine, o.maxWordLine, o.lineHeight];
  const b = o.bounds;
  const parts = [head.join(','), b ? `${b.x0},${b.y0},${b.x1},${b.y1}` : '-'];
  for (const box of o.obstacles ?? []) parts.push(`${box.x0},${box.y0},${box.x1},${box.y1}`);
  parts.push('|');
  for (const it of items) parts.push(`${it.id}\u0000${it.x},${it.y},${it.r},${it.badgeHeight ?? 0},${it.badgeWidth ?? ''},${it.client ? 1 : 0},${it.rank ?? 0}`);
  return parts.join('\n');
}

/** Build the world of `items` (nodes, badge rows, obstacles), or reuse `previous` when nothing in it changed. */
export function labelWorld(items: readonly LabelInput[], options: LabelOptions, previous?: LabelWorld | null): LabelWorld {
  const key = worldKey(items, options);
  if (previous && key !== null && previous.key === key && previous.measure === options.measure) return previous;
  const opts = resolve(items, options);
  // Nodes and badge rows: obstacles for every label but their own.
  let cell = 5 * opts.fontSize;
  for (const it of items) cell = Math.max(cell, 2 * it.r);
  const nodes = new Grid<NodeObstacle>(cell);
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
  // A key that cannot be compared ('' never equals a real key's first line) is never reused.
  return { key: key ?? '', measure: options.measure, opts, cell, maxR, nodes, fixed, candidates: new Map() };
}

function badgeBox(it: LabelInput): Box | null {
  const bh = it.badgeHeight ?? 0;
  if (bh <= 0) return null;
  const half = (it.badgeWidth ?? 2 * it.r) / 2;
  return { x0: it.x - half, y0: it.y - it.r - bh, x1: it.x + half, y1: it.y - it.r + 2 };
}

