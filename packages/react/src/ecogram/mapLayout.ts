/**
 * The layout of a network as the Ecogram draws it: on an 800-unit square, people at the
 * largest radius at which every line from the client stays clear of everyone else
 * (`fitNodeRadius`), lines keeping 4 units from people who are not their ends, people
 * 4 units apart at least. One place for these numbers: the Ecogram, its tests and
 * benchmarks use it.
 * @internal
 */
import type { Network } from '@kring/core';
import { computeLayout, fitNodeRadius, type EcogramLayout, type LayoutOptions } from '@kring/core/layout';

/** Side of the layout square, layout units. */
export const LAYOUT_SIZE = 800;

/** Slice options the Ecogram passes on. */
export type MapLayoutOptions = Pick<LayoutOptions, 'previous' | 'sectorSizing' | 'sectorMinAngles'>;

/** Drawn radius of a person, layout units. */
export function mapNodeRadius(network: Network, options: MapLayoutOptions = {}): number {
  return fitNodeRadius(network, { size: LAYOUT_SIZE, sectorSizing: options.sectorSizing, sectorMinAngles: options.sectorMinAngles });
}

/** The layout for people drawn at `nodeR`. */
export function mapLayout(network: Network, nodeR: number, options: MapLayoutOptions = {}): EcogramLayout {
  return computeLayout(network, { ...options, size: LAYOUT_SIZE, nodeRadius: nodeR + 2, lineClearance: nodeR + 4 });
}
