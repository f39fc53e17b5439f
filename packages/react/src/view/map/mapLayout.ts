/**
 * The layout of a network as the Ecogram draws it: on an 800-unit square, people at the
 * largest radius at which every line from the client stays clear of everyone else
 * (`fitNodeRadius`), lines keeping LINE_MARGIN units from people who are not their ends,
 * people as far apart at least. One place for these numbers: the Ecogram, its tests and
 * benchmarks use it.
 * @internal
 */
import type { Network } from '@kring/core';
import { computeLayout, fitNodeRadius, type EcogramLayout, type LayoutOptions } from '@kring/core/layout';
import { shapeReach } from './drawing';

/** Side of the layout square, layout units. */
export const LAYOUT_SIZE = 800;
/**
 * Units a line keeps from the edge of a person who is not one of its ends: the node's
 * outline (2) and half the widest line (2.5) take part of it, so a gap stays visible.
 */
export const LINE_MARGIN = 6;
/** Radii tried for the people, largest first: a crowded map draws smaller people rather than lines through people. */
const NODE_RADII = [18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6];

/** Slice options the Ecogram passes on. */
export type MapLayoutOptions = Pick<LayoutOptions, 'previous' | 'sectorSizing' | 'sectorMinAngles'>;

/** Drawn radius of a person, layout units. */
export function mapNodeRadius(network: Network, options: MapLayoutOptions = {}): number {
  return fitNodeRadius(network, {
    size: LAYOUT_SIZE, margin: LINE_MARGIN, candidates: NODE_RADII, sectorSizing: options.sectorSizing, sectorMinAngles: options.sectorMinAngles,
    formalReach: shapeReach(true),
  });
}

/** The layout for people drawn at `nodeR`. */
export function mapLayout(network: Network, nodeR: number, options: MapLayoutOptions = {}): EcogramLayout {
  return computeLayout(network, {
    ...options, size: LAYOUT_SIZE, nodeRadius: nodeR + LINE_MARGIN / 2, lineClearance: nodeR + LINE_MARGIN,
    // A formal person is a square: lines keep the margin from its corners.
    formalLineClearance: nodeR * shapeReach(true) + LINE_MARGIN,
  });
}

