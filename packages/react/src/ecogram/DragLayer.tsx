/**
 * The drag layer: while a person is dragged, their lines follow the pointer in a layer of their
 * own on top of the drawing (`will-change: transform`, ecogram-drawing.css, so Chromium rasters
 * it apart); the ties layer keeps them at rest, unseen (`data-moving`), and gets the same props
 * at every move, so React skips it. A move then re-rasters those few lines instead of
 * everything under the long lines from the client: at 300 people raster work per 2 s drag went
 * 800 → 330 ms and frames that missed the screen's refresh 23–26 → 2–5 of ~115 (issue 16).
 * On top, because a composited layer under the people makes the browser composite everything
 * drawn above it apart as well (tried: twice the work). The dragged lines cross names for the
 * moment of the drag; the drop puts them back under the people.
 * @internal
 */
import { useMemo, useRef, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { Pt } from '../view/map/geometry';
import { useLayoutEffect } from '../utils/layoutEffect';
import { TiesLayer, type TiesLayerProps } from './TiesLayer';

/** The ties of the dragged person (drawn in the drag layer), or undefined while nobody is dragged. */
export function useMovingTies(network: Network, dragId: string | null): ReadonlySet<string> | undefined {
  return useMemo(
    () => (dragId === null ? undefined : new Set(network.ties.filter((tie) => tie.between.includes(dragId)).map((tie) => tie.id))),
    [dragId, network.ties],
  );
}

/** Where the resting ties layer draws: everyone at rest, the layout's curves (stable through a drag). */
export function useRestPlaces(positions: ReadonlyMap<string, Pt>, layout: EcogramLayout): Pick<TiesLayerProps, 'pos' | 'controlOf'> {
  return useMemo(
    () => ({ pos: (id: string) => positions.get(id), controlOf: (id: string) => layout.ties?.[id]?.control }),
    [positions, layout],
  );
}

/** `<g data-part="drag-layer">`: copies of the dragged person's ties, following the pointer. */
export function DragLayer(props: TiesLayerProps & { only: ReadonlySet<string> }): ReactElement {
  const ref = useRef<SVGGElement>(null);
  // A copy is lit as its original is under a focus on one person (useSpotlight marks the
  // originals; the Ecogram around the drawing does not render during a drag).
  useLayoutEffect(() => {
    const layer = ref.current;
    const svg = layer?.ownerSVGElement;
    if (!layer || !svg) return;
    const lit = new Set<string>();
    for (const tie of Array.from(svg.querySelectorAll('[data-part="ties"] > [data-part="tie"][data-moving][data-lit]'))) lit.add(tie.getAttribute('data-id') ?? '');
    for (const copy of Array.from(layer.querySelectorAll('[data-copy-of]'))) copy.toggleAttribute('data-lit', lit.has(copy.getAttribute('data-copy-of') ?? ''));
  }, [props.only]);
  return (
    <g data-part="drag-layer" aria-hidden="true" ref={ref}>
      <TiesLayer {...props} />
    </g>
  );
}
