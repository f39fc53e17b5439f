/**
 * The candidates of one name label (see labelPlacer.ts): the texts it may show (one, two or
 * three lines, shortened, its number), the spots around its node (16 directions, then further
 * out with a leader line) with their costs, and where a candidate puts the label. Pure.
 * @internal
 */
import { boxDistance, nearestOnBox, type Segment } from './labelGeometry';
import { cleanName, estimateLabel, hyphenatedLines, isRtl, splitLines, wrapAndShorten } from './labelText';
import type { LabelInput, LabelOptions, LabelSide, PlacedLabel } from './labelTypes';
import { hypot } from '../../utils/hypot';

export interface Variant {
  lines: string[];
  width: number;
  truncated: boolean;
  numbered: boolean;
  cost: number;
}

/** Directions tried around a node (degrees, 0 = right, 90 = below) with their cost. */
export const SPOTS: readonly (readonly [number, number])[] = [
  [90, 0], [270, 0.4], [0, 0.7], [180, 0.7], [45, 1.4], [135, 1.4], [315, 1.6], [225, 1.6],
  [67.5, 2.2], [112.5, 2.2], [22.5, 2.4], [157.5, 2.4], [292.5, 2.6], [247.5, 2.6], [337.5, 2.6], [202.5, 2.6],
];
/** Extra cost of a spot with a leader line: a full name further out beats a shortened one close by. */
export const LEADER_COST = 4;
export const SHORTENED_COST = 12;
/** Cost of a name with a long word broken by a hyphen (see variantsOf). */
export const HYPHEN_COST = 5;

/** Cost of showing the number instead of the name (the key lists it). */
export const NUMBER_COST = 20;

const sideOf = (deg: number): LabelSide => {
  const a = ((deg % 360) + 360) % 360;
  return a >= 45 && a <= 135 ? 'below' : a > 135 && a < 225 ? 'left' : a >= 225 && a <= 315 ? 'above' : 'right';
};

/** The texts a label may show, cheapest first (see the module comment). */
export function variantsOf(it: LabelInput, fs: number, options: LabelOptions & { crowded?: boolean }): Variant[] {
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
  // A long word broken with a hyphen ("Bewindvoerders-" / "kantoor Amstelland"): dearer than
  // any whole-word form, cheaper than a far leader line, a shortened name or a number.
  const whole = out.length;
  const narrowest = out.length > 0 ? Math.min(...out.map((v) => v.width)) : Infinity;
  const hyphenated = options.crowded ? null : hyphenatedLines(name, maxLine, width);
  if (hyphenated) {
    const w = Math.max(...hyphenated.map(width));
    if (w < narrowest - fs) out.push({ lines: hyphenated, width: w, truncated: false, numbered: false, cost: HYPHEN_COST });
  }
  if (whole === 0) {
    // A shortened name is drawn with its key number in front of its first line (NodeLabels):
    // its lines leave room for it, and the box the placer keeps free holds it (or it overlaps
    // the next name: found with a 200-character name beside "Dr. محمد Amrani").
    const plain = wrapAndShorten(name, maxWide, width, 2);
    const wrapped = plain.truncated && number !== undefined ? wrapAndShorten(name, maxWide - width(`${number} `), width, 2) : plain;
    const lineWidth = (line: string, i: number): number => width(i === 0 && wrapped.truncated && number !== undefined ? `${number} ${line}` : line);
    out.push({ ...wrapped, width: Math.max(...wrapped.lines.map(lineWidth)), numbered: false, cost: wrapped.truncated ? SHORTENED_COST : 2.5 });
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

export interface Spec {
  v: Variant;
  reach: number;
  deg: number;
  cost: number;
}

/** Every candidate of one label as text, distance and direction, cheapest first (ties keep the order of {@link SPOTS}). */
export function specsOf(it: LabelInput, options: LabelOptions & { fontSize: number; leaders: boolean; spots?: number; crowded?: boolean }): Spec[] {
  const fs = it.fontSize ?? options.fontSize;
  const spots = SPOTS.slice(0, options.spots ?? SPOTS.length);
  // The client's name may take a leader even on a crowded map: it is always drawn.
  const reaches = !options.leaders && !it.client ? [0] : [0, 1.4 * fs, 3 * fs, 4.5 * fs, 6 * fs, 8 * fs, 10 * fs];
  const out: Spec[] = [];
  for (const v of variantsOf(it, fs, options)) {
    for (const [k, reach] of reaches.entries()) {
      for (const [deg, spotCost] of spots) out.push({ v, reach, deg, cost: v.cost + spotCost + (k > 0 ? LEADER_COST + 2 * (k - 1) : 0) });
    }
  }
  // Array sort is stable (ES2019): equal costs keep the order above (variant, then reach, then spot).
  return out.sort((a, b) => a.cost - b.cost);
}

/** Where one candidate puts the label: its box touches the node's edge plus the gap (plus `reach`) in direction `deg`. */
export function labelAt(it: LabelInput, spec: Spec, options: LabelOptions & { fontSize: number; gap: number; pad: number }): PlacedLabel {
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
    const len = hypot(to.x - it.x, to.y - it.y) || 1;
    const from = { x: it.x + ((to.x - it.x) / len) * (it.r + 1), y: it.y + ((to.y - it.y) / len) * (it.r + 1) };
    leader = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  }
  return {
    id: it.id, text: v.lines.join(' '), lines: v.lines, truncated: v.truncated, numbered: v.numbered, rtl,
    x, y, anchor, lineHeight, fontSize: fs, side: sideOf(deg), angle: deg, box, hidden: false,
    ...(leader ? { leader } : {}),
  };
}
