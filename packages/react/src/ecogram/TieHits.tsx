/**
 * Hit areas of the ecogram's ties.
 *
 * Decision (issue 12, "a click on a tie's visible line selects that tie"): every tie has two
 * hit strokes along exactly the path it is drawn on (curve included; the smooth track, so a
 * zigzag or the gap of a broken tie is clickable too):
 *  - a WIDE one (18 units, `TieHits` below), all of them in one layer UNDER every drawn line,
 *    so a thin line is easy to hit with a finger or an unsteady mouse;
 *  - a NARROW one on exactly the drawn line (zigzag and gap included, the line's width plus
 *    1.5 either side; `TieLine hitStroke`), inside the tie's own `<g>`, on top.
 * A click on a visible line therefore always lands on that line's own narrow hit, never on a
 * neighbour's wide one, however the ties are ordered; where two visible lines cross, the one
 * drawn later (on top) wins. A click beside the lines falls through to the wide layer, which
 * does not let the topmost wide stroke win but picks the tie whose path is NEAREST to the
 * click (`nearestTie`), so a near miss goes to the line the user aimed at. Thinning wide
 * strokes where lines run close was considered and dropped: it needs the distances between
 * all pairs of ties on every drag frame; nearest-on-click costs one pass per click.
 * @internal
 */
import { memo, type MouseEvent, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { insetAt, makeTrack, type Point } from '../symbols';
import { tieKey, type TieEndsProps } from '../view/map/drawing';

/** The path a tie's hit strokes and focus halo follow: its track between the node edges. */
export function tieHitPath(a: Point, b: Point, control: Point | undefined, startInset: number, endInset: number): string {
  const track = makeTrack(a, b, control);
  const s0 = insetAt(track, startInset, false);
  const s1 = insetAt(track, endInset, true);
  return s1 > s0 ? track.piece(s0, s1) : track.piece(0, track.length);
}

/** Props of {@link TieHits}. */
export interface TieHitsProps {
  network: Network;
  /** Where a person is drawn (the dragged person at the pointer). */
  positions: (id: string) => Point | undefined;
  /** The curve's control point of a tie, if it bends. */
  controlOf: (tieId: string) => Point | undefined;
  clientR: number;
  nodeR: number;
  onClick: (key: string) => void;
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
    best = Math.min(best, Math.hypot(p.x - (prev.x + u * dx), p.y - (prev.y + u * dy)));
    prev = next;
  }
  return best;
}

/** The tie whose drawn path is nearest to `p` (layout units); `null` when no tie is drawn. */
export function nearestTie(p: Point, network: Network, positions: (id: string) => Point | undefined, controlOf: (tieId: string) => Point | undefined): string | null {
  let best: { id: string; d: number } | null = null;
  for (const tie of network.ties) {
    const a = positions(tie.between[0]);
    const b = positions(tie.between[1]);
    if (!a || !b) continue;
    const d = distanceToTrack(p, a, b, controlOf(tie.id));
    if (!best || d < best.d) best = { id: tie.id, d };
  }
  return best?.id ?? null;
}

/** The wide hit strokes of all ties, in one layer under the drawn ties. Not exported (`hit-area`). */
export function TieHits({ network, positions, controlOf, clientR, nodeR, onClick }: TieHitsProps): ReactElement {
  const pick = (e: MouseEvent<SVGGElement>): void => {
    const target = (e.target as Element).closest('[data-tie-id]');
    let id = target?.getAttribute('data-tie-id') ?? null;
    // The nearest line to the click, in layout units (no screen matrix in jsdom: the stroke hit).
    const ctm = typeof e.currentTarget.getScreenCTM === 'function' ? e.currentTarget.getScreenCTM() : null;
    if (ctm && typeof DOMPoint !== 'undefined') {
      const local = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      id = nearestTie({ x: local.x, y: local.y }, network, positions, controlOf) ?? id;
    }
    if (id) onClick(tieKey(id));
  };
  return (
    <g data-part="tie-hits" aria-hidden="true" onClick={pick}>
      {network.ties.map((tie) => {
        const a = positions(tie.between[0]);
        const b = positions(tie.between[1]);
        const c = controlOf(tie.id);
        return (
          <TieHit
            key={tie.id}
            id={tie.id}
            ax={a?.x}
            ay={a?.y}
            bx={b?.x}
            by={b?.y}
            cx={c?.x}
            cy={c?.y}
            ra={tie.between[0] === network.focus ? clientR : nodeR}
            rb={tie.between[1] === network.focus ? clientR : nodeR}
          />
        );
      })}
    </g>
  );
}

interface TieHitProps extends TieEndsProps {
  id: string;
  ra: number;
  rb: number;
}

const TieHit = /* @__PURE__ */ memo(function TieHit({ id, ax, ay, bx, by, cx, cy, ra, rb }: TieHitProps): ReactElement | null {
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined) return null;
  const control = cx === undefined || cy === undefined ? undefined : { x: cx, y: cy };
  const d = tieHitPath({ x: ax, y: ay }, { x: bx, y: by }, control, ra + 2, rb + 2);
  return <path data-part="hit-area" data-hit="wide" data-tie-id={id} d={d} />;
});
