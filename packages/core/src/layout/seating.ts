/**
 * How a slice seats its people before the fan settles them: rows within a circle, and the
 * order of a cold start (each circle's people spread over the slice, circles interleaved).
 * Also what a slice needs (radians), for sizing the slices and fitting the node size.
 * @internal
 */
import { CLOSENESSES, type Closeness, type Sector } from '../model/types';
import { type FanOptions } from './fan';
import { makeCell, radialRange, type Cell, type Geometry } from './geometry';
import { byId, spotOf, type Entry } from './read';
import { sectorNeed } from './sectors';

/** Where the first row of a circle sits, as a fraction of the way from its inner to its outer edge (after the padding). */
const ROW_START = 0.35;

/** Rows of a ring cell: one for a lone person, else an inner and an outer row, more when crowded. */
export function rowRadii(cell: Cell, count: number, pad: number, spacing: number, span: number): number[] {
  const [rMin, rMax] = radialRange(cell, pad);
  if (count <= 1 || rMax - rMin < spacing / 2) return [cell.rm];
  const maxRows = Math.max(2, Math.floor((rMax - rMin) / (spacing / 2)) + 1);
  const perRow = Math.max(1, Math.floor((span * cell.rm) / spacing));
  const rows = Math.min(maxRows, Math.max(2, Math.ceil(count / perRow)));
  // Rows start a third of the way out: a person close to the client's disc costs the most
  // angle (the angle that clears a line grows as 1/r).
  const from = rMin + (rMax - rMin) * ROW_START;
  return Array.from({ length: rows }, (_, k) => from + ((rMax - from) * k) / (rows - 1));
}

/**
 * The order of a cold start: each circle's people (by id) spread over the whole slice and
 * the circles interleaved; consecutive people of one circle alternate rows.
 */
export function coldOrder(entries: readonly Entry[], rowsOf: (c: Closeness) => number[]): { entry: Entry; r: number }[] {
  const byRing = new Map<Closeness, Entry[]>();
  for (const e of entries) {
    const list = byRing.get(e.closeness);
    if (list) list.push(e);
    else byRing.set(e.closeness, [e]);
  }
  const keyed: { entry: Entry; r: number; key: number; ring: number }[] = [];
  for (const [closeness, list] of byRing) {
    list.sort(byId);
    const radii = rowsOf(closeness);
    list.forEach((entry, j) => {
      keyed.push({ entry, r: radii.length ? (radii[j % radii.length] as number) : 0, key: (j + 0.5) / list.length, ring: CLOSENESSES.indexOf(closeness) });
    });
  }
  keyed.sort((a, b) => a.key - b.key || a.ring - b.ring || byId(a.entry, b.entry));
  return keyed.map(({ entry, r }) => ({ entry, r }));
}

/** Radians each slice needs for its people, seated as a cold start would seat them. */
export function sliceNeeds(entries: readonly Entry[], geo: Geometry, pad: number, fan: Pick<FanOptions, 'clearance' | 'spacing'>): Map<Sector, number> {
  const bySector = new Map<Sector, Entry[]>();
  for (const e of entries) {
    const list = bySector.get(e.sector);
    if (list) list.push(e);
    else bySector.set(e.sector, [e]);
  }
  const needs = new Map<Sector, number>();
  for (const [sector, list] of bySector) {
    const spots = coldOrder(list, (c) => rowRadii(makeCell(geo, sector, c), list.filter((e) => e.closeness === c).length, pad, fan.spacing, Math.PI))
      .map(({ entry, r }) => spotOf(entry, entry.hintR ?? r));
    needs.set(sector, sectorNeed(spots, fan));
  }
  return needs;
}
