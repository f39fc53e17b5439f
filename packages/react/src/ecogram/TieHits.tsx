/**
 * Hit areas of the ecogram's ties.
 *
 * Decision (issue 12, "a click on a tie's visible line selects that tie"; issue 16, first
 * render): a tie has no hit element of its own.
 *  - A click ON a drawn line (or its marks, arrowheads, letters) lands on that tie's own group:
 *    the line is painted, so it takes the pointer where it is drawn, and where two drawn lines
 *    cross, the one drawn later (on top) wins.
 *  - A click BESIDE the lines lands on the map's background (sectors, rings, the disc): within
 *    {@link NEAR_TIE} units of a tie's track it selects the tie whose path is NEAREST to the
 *    click (`nearestTie`) — a finger or an unsteady mouse that misses a thin line, or lands in
 *    the teeth of a zigzag or the gap of a broken tie, still gets the line it aimed at, never a
 *    neighbour that happens to be on top.
 * Until 2026-12 every tie had two more paths: a wide (18-unit) transparent stroke in a layer
 * under all lines for the near miss, and a narrow one (the line's width + 3) over its drawn
 * line so that a click on a visible line could not land on a neighbour's wide stroke. They did
 * the same, but cost two elements and paths per tie at every mount (838 at 300 people, ~40 ms
 * of a first render); the background now asks `nearestTie` on click (one pass over the ties).
 * What it gives up: the pointer cursor shows over the drawn line, not in the 9 units beside it.
 * @internal
 */
import type { MouseEvent } from 'react';
import type { Network } from '@kring/core';
import { insetAt, makeTrack, type Point } from '../symbols';
import { tieKey } from '../view/map/drawing';
import { hypot } from '../utils/hypot';

/** The path a tie's focus halo follows: its track between the node edges. */
export function tieTrackPath(a: Point, b: Point, control: Point | undefined, startInset: number, endInset: number): string {
  const track = makeTrack(a, b, control);
  const s0 = insetAt(track, startInset, false);
  const s1 = insetAt(track, endInset, true);
  return s1 > s0 ? track.piece(s0, s1) : track.piece(0, track.length);
}

/** Distance from `p` to the track a–(c)–b, sampled as a polyline of 32 pieces (within 0.1 px on an 800 px map). */
export function distanceToTrack(p: Point, a: Point, b: Point, control?: Point): number {
  const track = makeTrack(a, b, control);
  const n = track.control ? 32 : 1;
  let best = Infinity;
  let prev = track.at(0);
  for (let i = 1; i <= n; i++) {
    const next = track.at((track.length * i) / n);
    const dx = next.x - prev.x;
    const dy = next.y - prev.y;
    const len2 = dx * dx + dy * dy;
    const u = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - prev.x) * dx + (p.y - prev.y) * dy) / len2)) : 0;
    best = Math.min(best, hypot(p.x - (prev.x + u * dx), p.y - (prev.y + u * dy)));
    prev = next;
  }
  return best;
}

/** The tie whose drawn path is nearest to `p` (layout units); `null` when no tie is drawn or none is within `within`. */
export function nearestTie(
  p: Point,
  network: Network,
  positions: (id: string) => Point | undefined,
  controlOf: (tieId: string) => Point | undefined,
  within = Infinity,
): string | null {
  let best: { id: string; d: number } | null = null;
  for (const tie of network.ties) {
    const a = positions(tie.between[0]);
    const b = positions(tie.between[1]);
    if (!a || !b) continue;
    const d = distanceToTrack(p, a, b, controlOf(tie.id));
    if (d <= within && (!best || d < best.d)) best = { id: tie.id, d };
  }
  return best?.id ?? null;
}

/** How far beside a drawn tie (its track, layout units) a click on the background still selects it: half the former 18-unit wide hit stroke. */
export const NEAR_TIE = 9;

/** What {@link nearTieClick} needs: the drawn ties and what to do with the one picked. */
export interface NearTieClickOptions {
  network: Network;
  /** Where a person is drawn. */
  positions: (id: string) => Point | undefined;
  /** The curve's control point of a tie, if it bends. */
  controlOf: (tieId: string) => Point | undefined;
  /** Called with the picked tie's key (`tieKey`). */
  onClick: (key: string) => void;
}

/**
 * The click handler of the map's background (`<g data-part="backdrop">`): selects the tie
 * whose drawn path is nearest to the click when it is within {@link NEAR_TIE} layout units;
 * anything further does nothing, as before. Needs the screen matrix (`getScreenCTM`): where
 * there is none (jsdom) a click on the background does nothing.
 */
export function nearTieClick({ network, positions, controlOf, onClick }: NearTieClickOptions): (e: MouseEvent<SVGGElement>) => void {
  return (e) => {
    const ctm = typeof e.currentTarget.getScreenCTM === 'function' ? e.currentTarget.getScreenCTM() : null;
    if (!ctm || typeof DOMPoint === 'undefined') return;
    const local = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const id = nearestTie({ x: local.x, y: local.y }, network, positions, controlOf, NEAR_TIE);
    if (id) onClick(tieKey(id));
  };
}
