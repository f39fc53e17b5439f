/**
 * Where the curved ties bend. At rest that is the layout's own routing
 * (`EcogramLayout.ties[id].control`, so screen, exports and hosts agree); while a person is
 * dragged, that person's ties are routed again at every move around everyone else at
 * their resting places, so a line never seems to run through a third person under the
 * pointer either. Pure routing lives in `@kring/core/layout`.
 * @internal
 */
import { useMemo } from 'react';
import { otherEnd, type Network } from '@kring/core';
import { createTieRouter, type EcogramLayout, type RouteObstacle } from '@kring/core/layout';
import type { Pt } from '../view/map/geometry';

/** The control point of a tie's curve, or `undefined` for a straight line. */
export type ControlOf = (tieId: string) => Pt | undefined;

export function useTieControls(
  network: Network,
  layout: EcogramLayout,
  positions: ReadonlyMap<string, Pt>,
  drag: { id: string; x: number; y: number } | null,
  clearance: number,
): ControlOf {
  const dragId = drag?.id ?? null;
  // One router per drag: everyone but the dragged person, at rest.
  const router = useMemo(() => {
    if (dragId === null) return null;
    const obstacles: RouteObstacle[] = [];
    for (const [id, p] of positions) {
      if (id === dragId) continue;
      obstacles.push({ id, x: p.x, y: p.y, r: id === network.focus ? (layout.rings[0]?.inner ?? clearance) : clearance });
    }
    const R = layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2;
    return createTieRouter(obstacles, { bounds: { x: layout.center.x, y: layout.center.y, r: R + clearance }, away: layout.center });
  }, [dragId, positions, network.focus, layout, clearance]);
  const live = useMemo(() => {
    const out = new Map<string, Pt | undefined>();
    if (!drag || !router) return out;
    for (const tie of network.ties) {
      if (!tie.between.includes(drag.id)) continue;
      const other = otherEnd(tie, drag.id);
      const p = positions.get(other);
      // Lines from the client stay straight rays (as in the layout).
      if (!p || other === network.focus) {
        out.set(tie.id, undefined);
        continue;
      }
      out.set(tie.id, router.route({ id: drag.id, x: drag.x, y: drag.y }, { id: other, x: p.x, y: p.y }));
    }
    return out;
  }, [drag, router, network, positions]);
  return (tieId) => (live.has(tieId) ? live.get(tieId) : layout.ties?.[tieId]?.control);
}
