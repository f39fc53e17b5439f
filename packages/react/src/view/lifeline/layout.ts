/**
 * Placement of lifeline items, horizontal (time left → right) and vertical (time top →
 * bottom, for narrow screens). Positive events go above (horizontal) or right
 * (vertical) of the life line, negative ones below / left; the distance grows with the
 * valence. Items of one valence that would overlap get their own lane; labels that still
 * do not fit are shortened (the full text stays in the accessible name and tooltip).
 *
 * Geometry is expressed along the time axis ("t", pixels) and across it ("c", pixels);
 * the renderer maps (t, c) to (x, y) or (y, x). Pure functions, no DOM.
 */
import type { Valence } from '@kring/core';
import type { LifelineItem } from './items';
import { toPx, type TimeScale } from './time';

/** Valence levels from top (horizontal) / right (vertical) to the other side. */
export const VALENCES: readonly Valence[] = [2, 1, 0, -1, -2];

/** Estimated width of one character of a title (12.5px, semibold) and of a date (11px). */
export const TITLE_CHAR = 6.7;
export const DATE_CHAR = 6.3;

/** Height of one lane (horizontal) in pixels. */
export const LANE = 46;
/** Marker radius. */
export const MARKER_R = 11;
/** Most lanes per valence level before labels are shortened instead. */
export const MAX_LANES = 4;
/** Longest label in pixels before a title is shortened anyway. */
export const MAX_LABEL = 270;

/** Label of one item. */
export interface LabelGeometry {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Title lines (possibly shortened with "…"). Empty when the label is hidden. */
  lines: string[];
  /** Date line under the title; empty when hidden. */
  date: string;
  /** Distance from the last title line to the date line (default 14). */
  dateDy?: number;
  /** Widest line in pixels (measured or estimated), when the layout knows it. */
  width?: number;
  /** Leader line from the marker to the label (vertical layout). */
  leader?: [number, number, number, number];
}

/** One item placed. */
export interface Glyph {
  item: LifelineItem;
  valence: Valence;
  /** Start zone along the time axis (the days the start date may mean). */
  s0: number;
  s1: number;
  /** End zone along the time axis (periods); equal to the start zone for points. */
  e0: number;
  e1: number;
  /** Marker position along and across the time axis. */
  tm: number;
  cm: number;
  /** Cross position of the span band or whisker. */
  cb: number;
  label: LabelGeometry;
}

/** A valence level band across the chart. */
export interface ValenceRow {
  valence: Valence;
  /** Start and size across the time axis. */
  c0: number;
  size: number;
}

/** A placed lifeline. */
export interface LifelineLayout {
  glyphs: Glyph[];
  rows: ValenceRow[];
  /** Cross position of the life line (valence 0). */
  line: number;
  /** Size of the drawing across the time axis (height when horizontal, width when vertical). */
  crossSize: number;
  /** Size along the time axis when vertical (the chart may grow to fit labels). */
  timeSize?: number;
}

/** Shorten text to at most `px` pixels at `charPx` per character, with "…". */
export function fitText(text: string, px: number, charPx: number): string {
  const max = Math.floor(px / charPx);
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max < 4) return '';
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Split text into at most `maxLines` lines of `perLine` characters; the last line shortened with "…". */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = current ? `${current} ${w}` : w;
    if (Array.from(next).length <= perLine || !current) {
      current = next;
    } else {
      lines.push(current);
      current = w;
      if (lines.length === maxLines - 1) {
        current = words.slice(i).join(' ');
        break;
      }
    }
  }
  if (current) lines.push(current);
  return lines.slice(0, maxLines).map((l) => fitText(l, perLine, 1) || Array.from(l).slice(0, perLine).join(''));
}

interface Zones {
  s0: number;
  s1: number;
  e0: number;
  e1: number;
  tm: number;
}

/**
 * Pixel positions of an item, or `null` when none of it is in view. A marker whose spot is
 * out of view while part of its period or vague date is in view sticks to the edge, so the
 * band on screen keeps its name.
 */
function zones(item: LifelineItem, s: TimeScale): Zones | null {
  const s0 = toPx(s, item.startRange.from);
  const s1 = toPx(s, item.startRange.to);
  const e0 = toPx(s, item.endRange.from);
  const e1 = toPx(s, item.endRange.to);
  const lo = Math.min(s.r0, s.r1);
  const hi = Math.max(s.r0, s.r1);
  const trueTm = item.kind === 'point' ? (s0 + s1) / 2 : s0;
  // At least a few pixels must be in view; a sliver at the edge is not worth a label.
  if (Math.max(e1, trueTm + MARKER_R) < lo + 6 || Math.min(s0, trueTm - MARKER_R) > hi - 6) return null;
  const tm = Math.min(Math.max(trueTm, lo + MARKER_R + 2), hi - MARKER_R - 2);
  return { s0, s1, e0, e1, tm };
}

/**
 * Width in pixels of a label's title or date line as drawn. Without one (server rendering,
 * tests without layout) widths are estimated from the number of characters.
 */
export type MeasureText = (text: string, kind: 'title' | 'date') => number;

/** Options of {@link layoutHorizontal}. */
export interface HorizontalOptions {
  /** Space above the first row. */
  top?: number;
  /** Words for an item's date line. */
  dateText: (item: LifelineItem) => string;
  /** Measures label text as drawn (see {@link MeasureText}); estimates otherwise. */
  measure?: MeasureText;
}

/**
 * Pixels per character of `text` as drawn: the measured width spread over its characters,
 * never less than the estimate (`fallback`), so that shortening stays on the safe side.
 */
function charWidth(text: string, kind: 'title' | 'date', fallback: number, measure: MeasureText | undefined): number {
  const n = Array.from(text).length;
  if (!measure || n === 0) return fallback;
  const w = measure(text, kind);
  return Number.isFinite(w) && w > 0 ? Math.max(fallback, w / n) : fallback;
}

/**
 * Horizontal layout over the visible part of `scale` (items entirely outside are left
 * out). Rows from top to bottom: valence 2, 1, 0 (on the life line), -1, -2; every level
 * keeps at least one lane so that the valence positions stay put.
 */
export function layoutHorizontal(items: readonly LifelineItem[], scale: TimeScale, options: HorizontalOptions): LifelineLayout {
  const top = options.top ?? 8;
  interface Draft extends Zones {
    item: LifelineItem;
    valence: Valence;
    title: string;
    date: string;
    labelW: number;
    titleChar: number;
    dateChar: number;
    anchor: 'start' | 'end';
    box: [number, number];
    lane: number;
  }
  const drafts: Draft[] = [];
  for (const item of items) {
    const z = zones(item, scale);
    if (!z) continue;
    // Widths as drawn where a DOM can tell (the fallback font may be much wider than the
    // estimate), so that a label near the right edge really flips to the left of its marker.
    const titleChar = charWidth(item.event.title, 'title', TITLE_CHAR, options.measure);
    const title = fitText(item.event.title, MAX_LABEL, titleChar) || item.event.title.slice(0, 3);
    const date = options.dateText(item);
    const dateChar = charWidth(date, 'date', DATE_CHAR, options.measure);
    const labelW = Math.max(Array.from(title).length * titleChar, Array.from(date).length * dateChar) + (options.measure ? 2 : 0);
    let anchor: 'start' | 'end' = 'start';
    const right = z.tm + 16 + labelW;
    if (right > scale.r1 && z.tm - 16 - labelW >= scale.r0) anchor = 'end';
    const box: [number, number] =
      anchor === 'start'
        ? [Math.min(z.s0, z.tm - MARKER_R), Math.max(z.e1, right)]
        : [Math.min(z.s0, z.tm - 16 - labelW), Math.max(z.e1, z.tm + MARKER_R)];
    const valence = clampValence(item.event.valence);
    drafts.push({ ...z, item, valence, title, date, labelW, titleChar, dateChar, anchor, box, lane: 0 });
  }

  const lanesPerValence = new Map<Valence, number>();
  for (const v of VALENCES) {
    const group = drafts.filter((d) => d.valence === v).sort((a, b) => a.box[0] - b.box[0] || a.item.order - b.item.order);
    const laneEnds: number[] = [];
    for (const d of group) {
      let lane = laneEnds.findIndex((end) => end + 10 <= d.box[0]);
      if (lane === -1) {
        if (laneEnds.length < MAX_LANES) lane = laneEnds.length;
        else lane = laneEnds.indexOf(Math.min(...laneEnds));
      }
      d.lane = lane;
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, d.box[1]);
    }
    lanesPerValence.set(v, Math.max(1, laneEnds.length));
  }

  // Shorten labels that run into the next item of the same lane.
  const byLane = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.valence}:${d.lane}`;
    const list = byLane.get(key) ?? [];
    list.push(d);
    byLane.set(key, list);
  }
  const shown = new Map<Draft, { title: string; date: string }>();
  for (const list of byLane.values()) {
    list.sort((a, b) => a.box[0] - b.box[0]);
    for (let i = 0; i < list.length; i++) {
      const d = list[i] as Draft;
      const next = list[i + 1];
      const prev = list[i - 1];
      let room = MAX_LABEL;
      if (d.anchor === 'start' && next) room = next.box[0] - 10 - (d.tm + 16);
      if (d.anchor === 'end' && prev) room = d.tm - 16 - (prev.box[1] + 10);
      shown.set(d, { title: fitText(d.title, room, d.titleChar), date: fitText(d.date, room, d.dateChar) });
    }
  }

  const rows: ValenceRow[] = [];
  const laneTop = new Map<Valence, (lane: number) => number>();
  let c = top;
  let line = top;
  for (const v of VALENCES) {
    const n = lanesPerValence.get(v) ?? 1;
    const size = n * LANE;
    const c0 = c;
    rows.push({ valence: v, c0, size });
    laneTop.set(v, v > 0 ? (lane) => c0 + (n - 1 - lane) * LANE : (lane) => c0 + lane * LANE);
    if (v === 0) line = c0 + 24;
    c += size;
  }

  const glyphs: Glyph[] = drafts.map((d) => {
    const t = (laneTop.get(d.valence) as (lane: number) => number)(d.lane);
    const s = shown.get(d) ?? { title: d.title, date: d.date };
    return {
      item: d.item,
      valence: d.valence,
      s0: d.s0,
      s1: d.s1,
      e0: d.e0,
      e1: d.e1,
      tm: d.tm,
      cm: t + 24,
      cb: t + 6,
      // On the life line itself (valence 0) the title goes above the line and the date
      // below it, so the line never runs through the text.
      label: {
        x: d.anchor === 'start' ? d.tm + 16 : d.tm - 16,
        y: d.valence === 0 && d.lane === 0 ? t + 19 : t + 22,
        anchor: d.anchor,
        lines: s.title ? [s.title] : [],
        date: s.title ? s.date : '',
        width: s.title ? Math.max(Array.from(s.title).length * d.titleChar, Array.from(s.date).length * d.dateChar) : 0,
        ...(d.valence === 0 && d.lane === 0 ? { dateDy: 19 } : {}),
      },
    };
  });
  glyphs.sort((a, b) => a.item.order - b.item.order);
  return { glyphs, rows, line, crossSize: c };
}

/** Options of {@link layoutVertical}. */
export interface VerticalOptions {
  /** Width of the drawing. */
  width: number;
  /** Where the valence columns start (after the time ruler). */
  left?: number;
  dateText: (item: LifelineItem) => string;
}

/** Column width per valence level in the vertical layout. */
export const COLUMN = 26;

/**
 * Vertical layout: time runs down along `scale`; the valence picks a column (negative
 * left, positive right of the life line). Labels sit in a column to the right, pushed
 * down so that they never overlap, with a thin leader line to their marker.
 */
export function layoutVertical(items: readonly LifelineItem[], scale: TimeScale, options: VerticalOptions): LifelineLayout {
  const left = options.left ?? 56;
  const rows: ValenceRow[] = [...VALENCES].reverse().map((v, i) => ({ valence: v, c0: left + i * COLUMN, size: COLUMN }));
  const colCentre = (v: Valence) => left + (v + 2) * COLUMN + COLUMN / 2;
  const line = colCentre(0);
  const labelX = left + 5 * COLUMN + 14;
  const perLine = Math.max(8, Math.floor((options.width - labelX - 8) / TITLE_CHAR));

  const visible = items
    .map((item) => ({ item, z: zones(item, scale) }))
    .filter((x): x is { item: LifelineItem; z: Zones } => x.z !== null);

  // Periods that overlap in time within a column get their own band lane (beside the
  // centre); markers that would overlap within a column are pushed later in time (the band
  // or bracket keeps the true position, the label gives the date in words).
  const bandEnds = new Map<Valence, number[]>();
  const lastMarker = new Map<Valence, number>();
  const glyphs: Glyph[] = [];
  for (const { item, z } of visible) {
    const valence = clampValence(item.event.valence);
    let offset = 0;
    if (item.kind === 'period') {
      const ends = bandEnds.get(valence) ?? [];
      let lane = ends.findIndex((e) => e + 2 <= z.s0);
      if (lane === -1) lane = ends.length < 3 ? ends.length : ends.indexOf(Math.min(...ends));
      ends[lane] = Math.max(ends[lane] ?? -Infinity, z.e1);
      bandEnds.set(valence, ends);
      offset = lane === 0 ? 0 : lane === 1 ? 8 : -8;
    }
    const tm = Math.max(z.tm, (lastMarker.get(valence) ?? -Infinity) + 2 * MARKER_R + 2);
    lastMarker.set(valence, tm);
    const cm = colCentre(valence) + offset;
    glyphs.push({
      item, valence, s0: z.s0, s1: z.s1, e0: z.e0, e1: z.e1, tm, cm, cb: cm,
      label: { x: labelX, y: 0, anchor: 'start', lines: [], date: '' },
    });
  }

  // Labels pushed down in marker order.
  let bottom = -Infinity;
  const ordered = [...glyphs].sort((a, b) => a.tm - b.tm || a.item.order - b.item.order);
  for (const g of ordered) {
    const lines = wrapText(g.item.event.title, perLine, 2);
    const date = fitText(options.dateText(g.item), options.width - labelX - 8, DATE_CHAR);
    const height = lines.length * 15 + (date ? 13 : 0);
    const y = Math.max(g.tm - 4, bottom + 6 + 11);
    g.label = { x: labelX, y, anchor: 'start', lines, date, leader: [g.cm + MARKER_R - 2, g.tm, labelX - 4, y - 4] };
    bottom = y - 11 + height;
  }
  return { glyphs, rows, line, crossSize: options.width, timeSize: Number.isFinite(bottom) ? bottom + 8 : 0 };
}

/** A valence kept within -2..2 (bad data is drawn at the nearest level, never dropped). */
export function clampValence(v: number): Valence {
  const n = Math.max(-2, Math.min(2, Math.round(Number.isFinite(v) ? v : 0)));
  return n as Valence;
}
