/**
 * The shapes of the map's marks that drawing them needs (MarksLayers.tsx, the legend) apart
 * from placing them (planMarks.ts, groupOutlines.ts): placing loads after the first paint, and
 * only for a map that has a plan, groups or the change overlay (ecogram/mapMarks.ts).
 * @internal
 */
import type { GroupKind } from '@kring/core';

/** Dash pattern of a group's outline per kind: the kinds are told apart without colour. */
export const GROUP_DASH: Readonly<Record<GroupKind, string | undefined>> = {
  'support-group': undefined,
  'base-team': '12 5',
  chat: '2 5',
  other: '9 4 2 4',
};

/** Side of one marker (intent icon or count), layout units: ≥ 16 px at the fitted size at 1280 × 800 (about 0.67 px a unit with the legend beside the map; issue 12). */
export const MARK_SIZE = 25;
/** Space between markers in a row. */
const GAP = 2;
/** At most this many intent icons per tie or person (the accessible name lists them all). */
export const MAX_ICONS = 2;

/** Width of a row of `n` markers. */
export function rowWidth(n: number, size = MARK_SIZE): number {
  return n * size + Math.max(0, n - 1) * GAP;
}

/** Centres of the markers of a row of `n` centred on (x, y). */
export function rowCentres(x: number, n: number, size = MARK_SIZE): number[] {
  const w = rowWidth(n, size);
  return Array.from({ length: n }, (_, i) => x - w / 2 + size / 2 + i * (size + GAP));
}
