/**
 * Where everyone sits on the map: core's deterministic layout (`@kring/core/layout`) of the
 * network shown, kept stable across edits — it starts from the previous layout, and an edit
 * that changes nothing the layout reads keeps it as it is.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Network } from '@kring/core';
import { layoutKey, type EcogramLayout, type SectorSizing } from '@kring/core/layout';
import { positionsOf } from './EcogramSvg';
import type { Pt } from '../view/map/geometry';
import { LAYOUT_SIZE, mapLayout, mapNodeRadius } from '../view/map/mapLayout';
import { sectorNameAngles } from '../view/map/sectorNames';
import type { EcogramText } from './messages';

/** What {@link useEcogramLayout} returns. @internal */
export interface EcogramMapLayout {
  layout: EcogramLayout;
  /** The people's radius (layout units): as large as the map allows. */
  nodeR: number;
  /** Everyone's place, the same Map through edits that keep the layout. */
  allPositions: Map<string, Pt>;
}

/** @internal */
export function useEcogramLayout(shown: Network, sectorSizingProp: SectorSizing | undefined, t: EcogramText): EcogramMapLayout {
  const previousLayout = useRef<EcogramLayout | undefined>(undefined);
  const sectorSizing = sectorSizingProp ?? 'content';
  // Every slice keeps room for its name along the edge (the radius where the names run).
  const sectorMinAngles = useMemo(() => sectorNameAngles((s) => t.label('sector', s), LAYOUT_SIZE * 0.47 + 9), [t]);
  // People are drawn as large as the map allows with every line from the client clear of
  // everyone else (a crowded map draws smaller people, never lines through people).
  // Laid out from the last network with the same layout key (`layoutKey` of @kring/core/layout): an
  // edit that changes nothing the layout reads (a rename, a tie's quality) keeps the layout.
  const [laidOut] = useState(() => ({ current: null as { key: string; network: Network } | null }));
  const layoutSource = useMemo(() => {
    const key = layoutKey(shown);
    return laidOut.current && laidOut.current.key === key ? laidOut.current : { key, network: shown };
  }, [shown, laidOut]);
  useEffect(() => {
    laidOut.current = layoutSource;
  }, [layoutSource, laidOut]);
  const nodeR = useMemo(() => mapNodeRadius(layoutSource.network, { sectorSizing, sectorMinAngles }), [layoutSource, sectorSizing, sectorMinAngles]);
  const layout = useMemo(
    () => mapLayout(layoutSource.network, nodeR, { previous: previousLayout.current, sectorSizing, sectorMinAngles }),
    [layoutSource, nodeR, sectorSizing, sectorMinAngles],
  );
  useEffect(() => {
    previousLayout.current = layout;
  }, [layout]);
  // From the layout source: the same people (ids) as `shown`, and the same Map through edits that keep the layout.
  const allPositions = useMemo(() => positionsOf(layoutSource.network, layout), [layoutSource, layout]);
  return { layout, nodeR, allPositions };
}
