/**
 * `@kring/core/layout`: the deterministic ecogram layout. No DOM.
 *
 * The client sits in the centre; three rings by closeness (inner, middle, outer) and
 * seven slices by sector (family, friends, peers, community, work, care, other; clockwise
 * from 12 o'clock), sized by what they hold (or equal). Everyone else is placed in their
 * ring × slice cell, each at an angle of their own so that no line from the client passes
 * someone else; ties that would pass a third person are curved around them.
 *
 * @packageDocumentation
 */
import type { Network } from '../model/types';
import { computeLayoutImpl } from './compute';
import { locateIn } from './geometry';
import { fitNodeRadiusImpl } from './fit';
import { routeTieImpl, type RouteObstacle, type RouteOptions, type RoutePoint } from './route';
import type { EcogramLayout, FitNodeRadiusOptions, LayoutOptions, LocateResult } from './types';

export type { EcogramLayout, FitNodeRadiusOptions, LayoutNode, LayoutOptions, LayoutRing, LayoutSector, LayoutTie, LocateResult, SectorSizing } from './types';
export type { RouteObstacle, RouteOptions, RoutePoint, TieRouter } from './route';
export { createTieRouter } from './route';
export { DEFAULT_LAYOUT_SIZE, DEFAULT_NODE_RADIUS } from './geometry';
export { layoutKey } from './key';
/** @internal Shared with `@kring/react`'s tie marks; not part of the supported API. */
export { bucketByCell, type CellTable } from './cells';

/**
 * Place every person of a network on the ecogram.
 *
 * - The client (`network.focus`) is at `center` and has no entry in `nodes`.
 * - People without a sector go to `other`, without a closeness to `outer`.
 * - A layout hint (`network.layout[id]`) with `angle` (degrees clockwise from 12 o'clock)
 *   and/or `radius` (fraction 0..1 of the outer radius) fixes that coordinate; when the
 *   hint lies outside the person's cell (closeness or sector changed since), it is
 *   clamped into the cell. `pinned` keeps someone at their place in `previous`.
 * - Slices are sized by content (`sectorSizing`, default `content`; `minSectorAngle`),
 *   and within a slice everyone gets an angle of their own, so that no line from the client
 *   passes within `lineClearance` of someone else (crowded slices squeeze this evenly).
 * - `ties` gives, per tie, a control point when its straight line would pass a person who
 *   is not one of its ends (or the client's disc): draw it as a quadratic curve.
 * - With `previous`, people keep their places: slices keep their angles while everyone
 *   fits, slices whose people did not change are copied as they were, and in a changed
 *   slice newcomers take the widest free gap while the others are held at their old angles.
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

/**
 * Route one tie among people, e.g. the ties of a person being dragged: `undefined` when the
 * straight line from `a` to `b` keeps every obstacle (except the two ends) at its clearance,
 * else the control point of a quadratic Bézier curve (SVG `Q`) that does, or that comes
 * least close. For many ties among the same obstacles, build one {@link createTieRouter}.
 *
 * @param a - one end (`id` and centre, px).
 * @param b - the other end.
 * @param obstacles - people (and the client's disc) with the clearance a line keeps from each, px.
 * @param options - `bounds` (a circle curves stay in), `away` (bend away from this point first).
 */
export function routeTie(
  a: RoutePoint, b: RoutePoint, obstacles: readonly RouteObstacle[], options?: RouteOptions,
): { x: number; y: number } | undefined {
  return routeTieImpl(a, b, obstacles, options);
}

/**
 * The largest node radius (px at `size`) at which every slice holds its people with every
 * line from the client clear of everyone else — the radius to draw people at, and to pass
 * to {@link computeLayout} as `lineClearance: r + margin` and `nodeRadius: r + margin / 2`.
 * A crowded map draws smaller people rather than lines that seem to run through someone.
 * Returns the smallest candidate when none fits. Pure; never throws.
 *
 * @param network - the network to draw.
 * @param options - `size`, `candidates` (largest first), `margin`, and the slice options of the layout.
 */
export function fitNodeRadius(network: Network, options?: FitNodeRadiusOptions): number {
  return fitNodeRadiusImpl(network, options);
}
