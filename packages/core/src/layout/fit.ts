/**
 * The largest node size at which a network's map stays truthful: every slice holds its
 * people on the fan with every line from the client clear of everyone else. A crowded map
 * draws smaller people instead of lines through people (and its names are sized
 * separately, so they stay readable).
 * @internal
 */
import { SECTORS } from '../model/types';
import { DEFAULT_LAYOUT_SIZE, makeGeometry, toRad } from './geometry';
import { isObject, readPeople } from './read';
import { sliceNeeds } from './seating';
import { DEFAULT_MIN_SECTOR_ANGLE, ROOM, sectorMinimums } from './sectors';
import type { FitNodeRadiusOptions } from './types';

/** Candidate radii at the default size, largest first. */
const CANDIDATES = [18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8];

/** See {@link fitNodeRadius} in index.ts. */
export function fitNodeRadiusImpl(network: unknown, options?: FitNodeRadiusOptions): number {
  const opts: Partial<FitNodeRadiusOptions> = isObject(options) ? options : {};
  const size = typeof opts.size === 'number' && Number.isFinite(opts.size) && opts.size > 0 ? opts.size : DEFAULT_LAYOUT_SIZE;
  const scale = size / DEFAULT_LAYOUT_SIZE;
  const candidates = (Array.isArray(opts.candidates) && opts.candidates.length > 0 ? opts.candidates : CANDIDATES.map((r) => r * scale))
    .filter((r) => typeof r === 'number' && Number.isFinite(r) && r > 0)
    .sort((a, b) => b - a);
  const margin = typeof opts.margin === 'number' && Number.isFinite(opts.margin) && opts.margin >= 0 ? opts.margin : 4 * scale;
  const geo = makeGeometry(size);
  const entries = readPeople(network, geo);
  const minDeg = typeof opts.minSectorAngle === 'number' && Number.isFinite(opts.minSectorAngle) ? opts.minSectorAngle : DEFAULT_MIN_SECTOR_ANGLE;
  const mins = sectorMinimums(minDeg, isObject(opts.sectorMinAngles) ? opts.sectorMinAngles : undefined);
  const equal = opts.sectorSizing === 'equal';
  const reach = typeof opts.formalReach === 'number' && Number.isFinite(opts.formalReach) && opts.formalReach > 0 ? opts.formalReach : 1;
  const fitsAt = (r: number): boolean => {
    // A formal person's square reaches `formalReach` × r by its corners (compute.ts: formalLineClearance).
    for (const e of entries) if (e.formal && reach !== 1) e.clear = r * reach + margin;
    const needs = sliceNeeds(entries, geo, r + margin / 2, { clearance: r + margin, spacing: 2 * r + margin });
    // The bare need (without breathing room) is what the fan must have.
    const bare = SECTORS.map((s) => (needs.get(s) ?? 0) / ROOM);
    return equal
      ? bare.every((b) => b <= (2 * Math.PI) / SECTORS.length)
      : bare.reduce((sum, b, i) => sum + Math.max(toRad(mins[i] ?? 0), b), 0) <= 2 * Math.PI;
  };
  // The largest candidate that fits, by bisection: a smaller radius never needs more room
  // (clearance, spacing and the seats' size all shrink with it), so "fits" holds from some
  // candidate on. 4 layouts of the slices instead of up to 11 (a crowded map tried every
  // radius from 18 down: 40 ms of the first render at 100 people in Chromium).
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fitsAt(candidates[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return candidates[lo] ?? candidates[candidates.length - 1] ?? 8 * scale;
}
