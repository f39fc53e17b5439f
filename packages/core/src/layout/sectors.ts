/**
 * How the seven slices share the circle. With `content` sizing a slice gets the angle its
 * people need on the fan (see fan.ts) plus a share of what is left, in proportion to that
 * need, and never less than a minimum that keeps an empty slice's name readable. A family
 * of nine no longer squeezes into a seventh of the circle while "Overig" stays empty.
 *
 * Stable: with a previous layout the slices stay exactly as they were for as long as every
 * slice still holds its people; only a slice that no longer fits resizes them all.
 * @internal
 */
import { SECTORS, type Sector } from '../model/types';
import { gapBetween, spotClearAngle, type FanOptions, type Spot } from './fan';
import { equalSectors, toRad } from './geometry';
import type { LayoutSector, SectorSizing } from './types';

/** Default smallest slice, degrees: at the outer edge of an 800 px layout that is ~145 px for its name. */
export const DEFAULT_MIN_SECTOR_ANGLE = 22;
/** Breathing room on top of the bare need of a slice. */
export const ROOM = 1.15;

/**
 * Radians a slice needs for people at these spots, in the order they sit on the fan:
 * the gaps between neighbours, the clearance from both dividers, and some breathing room.
 */
export function sectorNeed(spots: readonly Spot[], options: Pick<FanOptions, 'clearance' | 'spacing'>): number {
  const n = spots.length;
  if (n === 0) return 0;
  let need = spotClearAngle(spots[0] as Spot, options) + spotClearAngle(spots[n - 1] as Spot, options);
  for (let i = 0; i + 1 < n; i++) need += gapBetween(spots[i] as Spot, spots[i + 1] as Spot, options);
  return need * ROOM;
}

/**
 * The smallest angle (degrees) of each slice: `minDeg`, or the slice's own minimum when
 * given (e.g. what its name needs), capped so that all minimums together leave at least a quarter of the
 * circle to the people.
 */
export function sectorMinimums(minDeg: number, own?: Partial<Record<Sector, number>>): number[] {
  const mins = SECTORS.map((s) => {
    const v = own?.[s];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.max(minDeg, v) : minDeg;
  }).map((v) => Math.max(0, v));
  const total = mins.reduce((a, b) => a + b, 0);
  const cap = 270;
  return total > cap ? mins.map((v) => (v * cap) / total) : mins;
}

/** Slices sized by need (radians per sector); each at least its minimum (degrees, see {@link sectorMinimums}). */
export function contentSectors(needs: ReadonlyMap<Sector, number>, mins: readonly number[]): LayoutSector[] {
  const minOf = (i: number): number => mins[i] ?? 0;
  const need = SECTORS.map((s) => ((needs.get(s) ?? 0) * 180) / Math.PI);
  const total = need.reduce((a, b) => a + b, 0);
  if (total <= 0) return equalSectors();
  const base = need.map((d, i) => Math.max(minOf(i), d));
  const baseTotal = base.reduce((a, b) => a + b, 0);
  let angles: number[];
  if (baseTotal <= 360) {
    const extra = 360 - baseTotal;
    angles = base.map((b, i) => b + (extra * (need[i] as number)) / total);
  } else {
    const bare = need.map((d, i) => Math.max(minOf(i), d / ROOM));
    const bareTotal = bare.reduce((a, b) => a + b, 0);
    if (bareTotal <= 360) {
      // Tight: every slice gets what its people need, the breathing room is shared.
      const extra = 360 - bareTotal;
      const room = need.map((d, i) => Math.max(0, Math.max(minOf(i), d) - (bare[i] as number)));
      const roomTotal = room.reduce((a, b) => a + b, 0);
      angles = bare.map((b, i) => b + (roomTotal > 0 ? (extra * (room[i] as number)) / roomTotal : extra / SECTORS.length));
    } else {
      // Over-full: every slice keeps its minimum, the rest is shared by need.
      const rest = 360 - mins.reduce((a, b) => a + b, 0);
      angles = need.map((d, i) => minOf(i) + (rest * d) / total);
    }
  }
  const out: LayoutSector[] = [];
  let start = 0;
  SECTORS.forEach((sector, i) => {
    const end = i === SECTORS.length - 1 ? 360 : start + (angles[i] as number);
    out.push({ sector, startAngle: start, endAngle: end });
    start = end;
  });
  return out;
}

/** Read a previous layout's slices when they are usable (seven, in order, increasing, covering 0..360). */
export function readPreviousSectors(previous: unknown): LayoutSector[] | null {
  if (typeof previous !== 'object' || previous === null) return null;
  const list = (previous as { sectors?: unknown }).sectors;
  if (!Array.isArray(list) || list.length !== SECTORS.length) return null;
  let at = 0;
  const out: LayoutSector[] = [];
  for (let i = 0; i < SECTORS.length; i++) {
    const s = list[i] as Partial<LayoutSector> | undefined;
    if (!s || s.sector !== SECTORS[i] || s.startAngle !== at || typeof s.endAngle !== 'number' || !(s.endAngle > at)) return null;
    out.push({ sector: SECTORS[i] as Sector, startAngle: s.startAngle, endAngle: s.endAngle });
    at = s.endAngle;
  }
  return at === 360 ? out : null;
}

/**
 * Grow the slices that no longer hold their people by moving only their own borders,
 * into the room their direct neighbours have to spare; everyone elsewhere keeps their
 * slice exactly. `null` when the neighbours cannot give enough.
 */
function growInPlace(kept: LayoutSector[], want: number[], target: number[], floor: number[]): LayoutSector[] | null {
  const DEG = 180 / Math.PI;
  // Borders in degrees: b[i] is where slice i starts, b[n] = 360.
  const b = [...kept.map((s) => s.startAngle), 360];
  const n = kept.length;
  const angle = (i: number): number => toRad((b[i + 1] as number) - (b[i] as number));
  for (let i = 0; i < n; i++) {
    if (angle(i) + 1e-9 >= (want[i] as number)) continue;
    const missing = (target[i] as number) - angle(i);
    // Family starts at 12 o'clock and "other" ends there: that border never moves.
    const neighbours = [i + 1, i - 1].filter((j) => j >= 0 && j < n);
    const spare = neighbours.map((j) => Math.max(0, angle(j) - Math.max(floor[j] as number, target[j] as number)));
    const total = spare.reduce((a, c) => a + c, 0);
    if (total <= 0) return null;
    const take = Math.min(missing, total);
    neighbours.forEach((j, k) => {
      const share = ((take * (spare[k] as number)) / total) * DEG;
      if (j > i) b[i + 1] = (b[i + 1] as number) + share;
      else b[i] = (b[i] as number) - share;
    });
    if (angle(i) + 1e-9 < (want[i] as number)) return null;
  }
  return kept.map((s, i) => ({ sector: s.sector, startAngle: b[i] as number, endAngle: b[i + 1] as number }));
}

/** The slices of a layout. */
export function chooseSectors(
  sizing: SectorSizing, needs: ReadonlyMap<Sector, number>, mins: readonly number[], previous: unknown,
): LayoutSector[] {
  if (sizing === 'equal') return equalSectors();
  const fresh = contentSectors(needs, mins);
  const kept = readPreviousSectors(previous);
  if (!kept) return fresh;
  const freshAngle = fresh.map((f) => toRad(f.endAngle - f.startAngle));
  const need = kept.map((s) => needs.get(s.sector) ?? 0);
  // A slice still fits when it holds the need of its people (with room) — or, on an
  // over-full map where no slice can, nine tenths of what a fresh sizing would give it.
  // One that does not grows into its neighbours' spare room; only when they have too little
  // are all slices sized afresh.
  const want = need.map((d, i) => Math.max(toRad(mins[i] ?? 0), Math.min(d, 0.9 * (freshAngle[i] as number))));
  const target = need.map((d, i) => Math.min(d, freshAngle[i] as number));
  const floor = kept.map((_, i) => toRad(mins[i] ?? 0));
  return growInPlace(kept, want, target, floor) ?? fresh;
}
