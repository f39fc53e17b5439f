/**
 * `@kring/core/layout`: the deterministic ecogram layout. No DOM.
 *
 * The client sits in the centre; three rings by closeness (inner, middle, outer) and
 * seven fixed, equal slices by sector (family, friends, peers, community, work, care,
 * other; clockwise from 12 o'clock). Everyone else is placed in their ring × slice cell.
 *
 * @packageDocumentation
 */
import type { Network } from '../model/types';
import { computeLayoutImpl } from './compute';
import { locateIn } from './geometry';
import type { EcogramLayout, LayoutOptions, LocateResult } from './types';

export type { EcogramLayout, LayoutNode, LayoutOptions, LayoutRing, LayoutSector, LocateResult } from './types';
export { DEFAULT_LAYOUT_SIZE, DEFAULT_NODE_RADIUS } from './geometry';

/**
 * Place every person of a network on the ecogram.
 *
 * - The client (`network.focus`) is at `center` and has no entry in `nodes`.
 * - People without a sector go to `other`, without a closeness to `outer`.
 * - A layout hint (`network.layout[id]`) with `angle` (degrees clockwise from 12 o'clock)
 *   and/or `radius` (fraction 0..1 of the outer radius) fixes that coordinate; when the
 *   hint lies outside the person's cell (closeness or sector changed since), it is
 *   clamped into the cell. `pinned` keeps someone at their place in `previous`.
 * - With `previous`, people keep their places: cells whose people did not change are
 *   copied as they were, and in a changed cell newcomers take the freest spot while the
 *   others are held near their old places.
 *
 * Pure and deterministic: the same input gives bit-identical output. Never throws; bad
 * input (missing fields, unknown sector, non-finite hints) falls back to defaults.
 *
 * @param network - the network to lay out; it is not changed.
 * @param options - `previous` layout for a warm start, `size` (px, default 800) and
 *   `nodeRadius` (px at this size, default 18 at 800).
 * @returns a new layout.
 */
export function computeLayout(network: Network, options?: LayoutOptions): EcogramLayout {
  return computeLayoutImpl(network, options);
}

/**
 * Which ring and slice lie under a point, e.g. where a dragged person was dropped.
 * The result can be passed to `placePerson` as it is.
 *
 * @param layout - a layout from {@link computeLayout}.
 * @param x - px from the left edge.
 * @param y - px from the top edge.
 * @returns the cell with the point's angle (degrees clockwise from 12 o'clock) and
 *   radius (fraction of the outer radius; points beyond the outer ring count as the outer
 *   ring at radius 1), or `null` for the client's disc in the centre (and for a point that
 *   is not a finite number).
 */
export function locate(layout: EcogramLayout, x: number, y: number): LocateResult | null {
  return locateIn(layout, x, y);
}
