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
  return fitNodeRadius(network, { size: LAYOUT_SIZE, margin: LINE_MARGIN, candidates: NODE_RADII, sectorSizing: options.sectorSizing, sectorMinAngles: options.sectorMinAngles });
}

/** The layout for people drawn at `nodeR`. */
export function mapLayout(network: Network, nodeR: number, options: MapLayoutOptions = {}): EcogramLayout {
  return computeLayout(network, { ...options, size: LAYOUT_SIZE, nodeRadius: nodeR + LINE_MARGIN / 2, lineClearance: nodeR + LINE_MARGIN });
}

/**
 * What the layout reads of a network, as one string: the client, each person's id, sector and
 * circle, each tie's id and ends, and the layout hints. Two networks with the same key get the
 * same layout, so a view can keep its layout through edits that change nothing of it — a
 * rename, a note, a tie's quality — instead of laying out and routing every tie again (the
 * re-render benchmark: ~25 ms per rename at 300 people).
 */
export function layoutKey(network: Network): string {
  const parts: string[] = [network.focus];
  for (const p of network.people) parts.push(`${p.id}\u0000${p.sector ?? ''}\u0000${p.closeness ?? ''}`);
  parts.push('\u0001');
  for (const t of network.ties) parts.push(`${t.id}\u0000${t.between[0]}\u0000${t.between[1]}`);
  parts.push('\u0001', network.layout ? JSON.stringify(network.layout) : '');
  return parts.join('\u0002');
}
