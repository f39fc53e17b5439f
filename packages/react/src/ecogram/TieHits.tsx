/**
 * Hit areas of the ecogram's ties.
 *
 * Decision (issue 12, "a click on a tie's visible line selects that tie"): every tie has two
 * hit strokes along exactly the path it is drawn on (curve included; the smooth track, so a
 * zigzag or the gap of a broken tie is clickable too):
 *  - a WIDE one (18 units, `TieHits` below), all of them in one layer UNDER every drawn line,
 *    so a thin line is easy to hit with a finger or an unsteady mouse;
 *  - a NARROW one (the line's width plus a few units, inside the tie's own `<g>` in
 *    EcogramSvg) on top, with the line.
 * A click on a visible line therefore always lands on that line's own narrow hit, never on a
 * neighbour's wide one, however the ties are ordered; where two visible lines cross, the one
 * drawn later (on top) wins. Only a click beside every line falls through to the wide layer,
 * where again the later tie wins. Thinning wide strokes where lines run close was considered
 * and dropped: it needs the distances between all pairs of ties on every drag frame, and the
 * two layers already give the guarantee.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { insetAt, makeTrack, type Point } from '../symbols';
import { tieKey } from './EcogramSvg';

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

/** The wide hit strokes of all ties, in one layer under the drawn ties. Not exported (`hit-area`). */
export function TieHits({ network, positions, controlOf, clientR, nodeR, onClick }: TieHitsProps): ReactElement {
  return (
    <g data-part="tie-hits" aria-hidden="true">
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
            onClick={onClick}
          />
        );
      })}
    </g>
  );
}

interface TieHitProps {
  id: string;
  ax: number | undefined;
  ay: number | undefined;
  bx: number | undefined;
  by: number | undefined;
  cx: number | undefined;
  cy: number | undefined;
  ra: number;
  rb: number;
  onClick: (key: string) => void;
}

const TieHit = /* @__PURE__ */ memo(function TieHit({ id, ax, ay, bx, by, cx, cy, ra, rb, onClick }: TieHitProps): ReactElement | null {
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined) return null;
  const control = cx === undefined || cy === undefined ? undefined : { x: cx, y: cy };
  const d = tieHitPath({ x: ax, y: ay }, { x: bx, y: by }, control, ra + 2, rb + 2);
  return <path data-part="hit-area" data-hit="wide" data-tie-id={id} d={d} onClick={() => onClick(tieKey(id))} />;
});
