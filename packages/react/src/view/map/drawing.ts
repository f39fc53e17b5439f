/**
 * Sizes and ids shared by the parts of the ecogram's drawing (EcogramSvg.tsx and its layers).
 * @internal
 */
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { Pt } from './geometry';

/** Node radius of a person on a map with room, layout units (crowded maps draw people smaller: `fitNodeRadius`). */
export const NODE_R = 18;

/** A formal person is a rounded square of this half-size (× the node radius): about a disc's area. */
export const FORMAL_HALF = 0.9;
/**
 * How far a person's shape reaches from its centre (× the node radius): a disc its radius, a
 * formal person's square its corner (0.9·√2 ≈ 1.27). What keeps marks and zigzags clear of
 * people must reach around the corners, or a mark beside a square seems to run through it.
 */
export const shapeReach = (formal: boolean): number => (formal ? FORMAL_HALF * Math.SQRT2 : 1);

/** Radius of the client's node. */
export const CLIENT_R = 30;
/** Space around the layout square for the sector labels. */
export const MARGIN = 32;

/** Roving-focus ids: people by id, ties prefixed. */
export const tieKey = (id: string): string => `tie:${id}`;

/** Where each person is drawn (client at the centre). */
export function positionsOf(network: Network, layout: EcogramLayout): Map<string, Pt> {
  // Rounded to the 0.1 px the drawing uses (`f`): a warm re-layout after an edit moves
  // everyone by hundredths of a pixel, which would otherwise re-render every node and tie.
  const r = (v: number) => Math.round(v * 10) / 10;
  const out = new Map<string, Pt>();
  out.set(network.focus, { x: r(layout.center.x), y: r(layout.center.y) });
  for (const p of network.people) {
    const n = layout.nodes[p.id];
    if (n && p.id !== network.focus) out.set(p.id, { x: r(n.x), y: r(n.y) });
  }
  return out;
}

/**
 * A tie's end points and curve control point as plain numbers (not objects), so that an
 * unchanged tie keeps its memo when the layout is recomputed: the drawn line and its hit area
 * take the same ones. `cx`/`cy` absent = a straight line.
 */
export interface TieEndsProps {
  ax: number | undefined;
  ay: number | undefined;
  bx: number | undefined;
  by: number | undefined;
  cx: number | undefined;
  cy: number | undefined;
}
