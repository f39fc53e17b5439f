/**
 * Where a person's badges sit: one row above the node, centred.
 *
 * Sizes (issue 12: badges at least 16 px at the default fit at 1280 px): at 1280×800 the map
 * is drawn at about 0.7 CSS px per layout unit (656 px for the 864-unit view box when the
 * legend is beside it, less with the toolbar on the first screen), so a badge is 23 units
 * across (≈ 16–17 px) and the refusal of contact ("geen contact") 30 units (≈ 21 px): larger
 * than every other badge, and drawn differently too (a filled plate, see `BadgeIcon`), so it
 * is told apart by size and shape, not by colour.
 * @internal
 */
import type { BadgeKind } from '../ties/badges';

/** Diameter of a badge, layout units. */
export const BADGE_SIZE = 23;
/** Diameter of the "geen contact" badge, layout units. */
export const CONSENT_BADGE_SIZE = 30;
/** Space between two badges. */
const GAP = 2;
/** How far a badge row reaches down over the top of the node. */
const OVERLAP = 5;

/** Diameter of one badge kind. */
export function badgeSize(kind: BadgeKind): number {
  return kind === 'consent-no' ? CONSENT_BADGE_SIZE : BADGE_SIZE;
}

/** Width and height of a row of these badges (0 × 0 for none): for label placement (labelPlan.ts). */
export function badgeRowSize(kinds: readonly BadgeKind[]): { width: number; height: number } {
  if (kinds.length === 0) return { width: 0, height: 0 };
  const sizes = kinds.map(badgeSize);
  return { width: sizes.reduce((s, d) => s + d, 0) + GAP * (kinds.length - 1), height: Math.max(...sizes) - OVERLAP };
}

/** Centre and diameter of each badge, relative to the node's centre, for a node of radius `r`. */
export function badgeRow(kinds: readonly BadgeKind[], r: number): { kind: BadgeKind; x: number; y: number; size: number }[] {
  const { width } = badgeRowSize(kinds);
  const bottom = -r + OVERLAP;
  let x = -width / 2;
  return kinds.map((kind) => {
    const size = badgeSize(kind);
    const out = { kind, x: x + size / 2, y: bottom - size / 2, size };
    x += size + GAP;
    return out;
  });
}
