/**
 * The drawing of the ecogram: circles, sectors, ties and people. Pure rendering
 * from props; interaction is wired by the parent (roving focus, click, keys). Composition of
 * its layers, in DOM order: the background (MapBackground.tsx; a click on it near a line picks
 * that tie: TieHits.tsx), the ties (TiesLayer.tsx), the people (NodesLayer.tsx), the ring names, the name labels
 * (NodeLabels.tsx), while dragging the drag layer (the dragged person's lines) and, beside the
 * map, the key (LabelKey.tsx); what they are drawn from is derived in useEcogramDrawing.ts.
 * @internal
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactElement, type Ref } from 'react';
import { locate } from '@kring/core/layout';
import { noDrag, type DragStore } from './dragStore';
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { nearTieClick } from './TieHits';
import type { Pt } from '../view/map/geometry';
import { keyBelowMap, LabelKey, type LabelKeyData } from './LabelKey';
import { NodeLabels } from './NodeLabels';
import type { EcogramText } from './messages';
import { useTieControls } from './useTieControls';
import { LINE_MARGIN } from '../view/map/mapLayout';
import { CLIENT_R, MARGIN, NODE_R } from '../view/map/drawing';
import { MapBackground, MapDefs, RingLabels } from './MapBackground';
import { TiesLayer } from './TiesLayer';
import { DragLayer, useMovingTies, useRestPlaces } from './DragLayer';
import { NodesLayer } from './NodesLayer';
import { useEcogramDrawing } from './useEcogramDrawing';
import { useLayoutEffect } from '../utils/layoutEffect';
import { useServerOrHydrating } from '../utils/serverSnapshot';
import type { MapChanges } from '../view/map/mapChanges';
import { useMapMarks, useMarkNames } from './useMapMarks';

const NO_GHOSTS: ReadonlyMap<string, Pt> = new Map();

export { CLIENT_R, MARGIN, NODE_R, positionsOf, tieKey } from '../view/map/drawing';

/** Props of {@link EcogramSvg}. */
export interface EcogramSvgProps {
  network: Network;
  layout: EcogramLayout;
  /** Drawn radius of a person, layout units (from `fitNodeRadius`: smaller on crowded maps). */
  nodeRadius: number;
  positions: Map<string, Pt>;
  t: EcogramText;
  idPrefix: string;
  ariaLabel: string;
  instructionsId: string;
  /** The item holding the single tab stop. */
  rovingId: string;
  selectedId: string | null;
  /** The item whose editor is open (aria-expanded). */
  openId: string | null;
  /**
   * Where a dragged person is (dragStore.ts): the drawing alone follows the pointer — the
   * person, their lines, their name and the cell under them — the view around it does not render.
   */
  dragStore: DragStore;
  hitRadius: number;
  /** Names under nodes: always (numbers where there is no room), or numbers only, names for the focused/selected person (large networks). */
  labels: 'all' | 'focused';
  /** CSS px per layout unit of the map at its fitted size: names are sized to be ≥ 12 px there (labelPlan.ts `labelFontFor`). */
  labelScale?: number | undefined;
  draggable: boolean;
  /** Draw only the rings and sectors for now: the map's size is not read yet (the first commit in a browser). */
  hold?: boolean | undefined;
  /** Draw the network plan's intent markers and open-action counts (default true). */
  planMarks?: boolean | undefined;
  /** Draw the groups as outlines round their members (default true). */
  groupOutlines?: boolean | undefined;
  /** The change overlay: what changed since `changesSince` (null or absent: off). */
  changes?: MapChanges | null | undefined;
  changesSince?: string | null | undefined;
  /** Where the people gone since `changesSince` were (drawn faint). */
  ghosts?: ReadonlyMap<string, Pt> | undefined;
  /** Write the kinds of support on the ties (P, G, A, E, F, H); see `EcogramProps.supportLetters`. Default true. */
  supportLetters?: boolean | undefined;
  svgRef: Ref<SVGSVGElement>;
  viewportRef: Ref<SVGGElement>;
  onItemClick: (id: string) => void;
  onItemFocus: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
  /**
   * Receives the key of numbered names as data whenever it changes (none while nothing is
   * drawn), for the SVG/PNG export: the same key the print key beside the map shows.
   */
  onKeyChange?: ((key: LabelKeyData | null) => void) | undefined;
}

/**
 * Up to this many people around the client an edit is drawn in the same render. Measured in Chromium (session 25,
 * renames on a fresh page, the host updating with `updatePerson`): at 300 people no task over
 * 50 ms, the first rename of a page included (16–44 ms); at 1,000 a rename shows in 42 ms
 * (median; deferred: 68), each task 24–50 ms, only a page's first rename (cold code) one task of
 * ~68 ms. At 1,500 and 2,000 people single renames held the page 100–150 ms: drawn deferred.
 */
const DRAW_AT_ONCE_UP_TO = 1000;

/**
 * Above this many people around the client, a page's first edit that keeps everyone in place is
 * drawn deferred all the same (later ones at once, up to {@link DRAW_AT_ONCE_UP_TO}): it runs
 * code the browser has not optimised yet. Measured in Chromium (session 27, 300 people, a page's
 * first rename, traced): at once its longest task was 30–47 ms (53 ms in the benchmark on a
 * loaded machine: over issue 16's 50), deferred 11–18 ms; it shows a frame or two later (first
 * renames 38–95 ms against 17–47 ms on screen). Later renames at once: 11–36 ms.
 */
const FIRST_AT_ONCE_UP_TO = 150;

/**
 * What the drawing shows. After an edit that keeps everyone and every tie where they are (a
 * rename, a note, a strength), the edited network is drawn in a render of its own that React
 * does in slices between frames (a deferred value): placing the names again and describing a
 * large map does not hold the page in one long task. The view around the map (toolbar, editors, history) has the edit at once; the map
 * follows within a few frames. An edit that adds, removes or moves someone is drawn at once:
 * focus may move to a new person, and the map must not show a place that is gone. So is any
 * edit of a map of up to {@link DRAW_AT_ONCE_UP_TO} people: its whole render is shorter than the
 * frames a deferred one waits for, and none of its tasks is long (issue 16: none over 50 ms for
 * an edit at 300 people) — except a page's first such edit above {@link FIRST_AT_ONCE_UP_TO}
 * people, whose code runs cold: deferred.
 */
function useDrawn(network: Network, layout: EcogramLayout, positions: Map<string, Pt>): { network: Network; layout: EcogramLayout; positions: Map<string, Pt> } {
  const latest = useMemo(() => ({ network, layout, positions }), [network, layout, positions]);
  const deferred = useDeferredValue(latest);
  // Warm once an edit has been drawn (see FIRST_AT_ONCE_UP_TO).
  const firstDrawn = useRef(latest);
  const warm = useRef(false);
  useEffect(() => {
    if (deferred === latest && latest !== firstDrawn.current) warm.current = true;
  }, [deferred, latest]);
  const people = network.people.length - 1;
  const atOnce = people <= DRAW_AT_ONCE_UP_TO && (warm.current || people <= FIRST_AT_ONCE_UP_TO);
  return deferred === latest || atOnce || !sameShape(deferred, latest) ? latest : deferred;
}

/** The same people and ties at the same places: only what they say may differ. */
function sameShape(a: { network: Network; layout: EcogramLayout; positions: Map<string, Pt> }, b: typeof a): boolean {
  if (a.layout !== b.layout || a.positions !== b.positions || a.network.focus !== b.network.focus) return false;
  const [p, q, s, u] = [a.network.people, b.network.people, a.network.ties, b.network.ties];
  return p.length === q.length && s.length === u.length && p.every((x, i) => x.id === q[i]!.id) &&
    s.every((x, i) => x.id === u[i]!.id && x.between[0] === u[i]!.between[0] && x.between[1] === u[i]!.between[1]);
}

function EcogramSvgImpl(props: EcogramSvgProps): ReactElement {
  const { t, idPrefix, rovingId, selectedId, openId, hitRadius, onKeyChange } = props;
  const { network, layout, positions } = useDrawn(props.network, props.layout, props.positions);
  const drag = useSyncExternalStore(props.dragStore.subscribe, props.dragStore.get, noDrag);
  const dropCell = useMemo(() => (drag ? locate(layout, drag.x, drag.y) : null), [drag, layout]);
  const { center } = layout;
  const nodeR = props.nodeRadius;
  const R = layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2;
  const clientR = Math.min(CLIENT_R, (layout.rings[0]?.inner ?? CLIENT_R * 2) * 0.55);
  const pos = (id: string): Pt | undefined => (drag && drag.id === id ? drag : positions.get(id));
  const controlOf = useTieControls(network, layout, positions, drag, nodeR + LINE_MARGIN);
  // The dragged person's lines follow the pointer in the drag layer (DragLayer.tsx).
  const moving = useMovingTies(network, drag?.id ?? null);
  const rest = useRestPlaces(positions, layout);
  const d = useEcogramDrawing({
    network, layout, positions, t, nodeR, clientR, selectedId,
    labels: props.labels, labelScale: props.labelScale, hold: props.hold, supportLetters: props.supportLetters,
  });
  const { ready, key } = d;
  const changes = props.changes ?? null;
  const ghosts = props.ghosts ?? NO_GHOSTS;
  // The marks (plan intents and counts, group outlines, changes) come in a render of their own
  // right after the map's first paint (a deferred value: React renders it between frames): the
  // people, ties and names show first, and placing the marks around the names (~60 ms at 100
  // people in a cold page) no longer holds up the first frame. On the server and while
  // hydrating they are drawn at once (the server's markup has them).
  const serverOrHydrating = useServerOrHydrating();
  const marksReady = useDeferredValue(ready, serverOrHydrating ? ready : false) && ready;
  const placed = useMapMarks({
    ready: marksReady, network, layout, positions, nodeR, clientR, placement: d.placement, badges: d.badges, letters: d.letters, middles: d.decor.marks,
    plan: props.planMarks !== false, groups: props.groupOutlines !== false, changes, ghosts, measure: d.measure, fontSize: d.fontSize, t,
  });
  const names = useMarkNames(d.names, network, placed, changes, props.changesSince ?? null, t);
  // The marks' layers come with their placers (mapMarks.ts), after the first paint: no map
  // without marks loads their drawing code (issue 16).
  const { marks, parts: markParts } = placed;
  // A long key (below the map: a crowded map's numbers) comes with the marks, in the render after
  // the map's first paint: its lines are below the map, and laying out 1,000 of them held the
  // first frame of a 1,000-person map up by ~140 ms. A short key stands beside the map and is
  // drawn with it (coming later, it would narrow the map).
  const keyShown = ready && (!keyBelowMap(key) || marksReady);
  // The key as data to the export: the one drawn beside the map, nothing while nothing is drawn.
  useLayoutEffect(() => {
    if (!onKeyChange) return;
    onKeyChange(ready ? key : null);
    return () => onKeyChange(null);
  }, [onKeyChange, ready, key]);
  // A hidden name shows while the pointer is on its node.
  const [hoverId, setHoverId] = useState<string | null>(null);
  const onHover = (id: string | null): void => {
    if (id !== hoverId) setHoverId(id);
  };
  const viewBox = `${-MARGIN} ${-MARGIN} ${layout.size + 2 * MARGIN} ${layout.size + 2 * MARGIN}`;

  return (
    <>
    <svg
      ref={props.svgRef}
      data-part="svg"
      // The key stands beside the map (labels.css): said on the map itself, not found with a
      // :has() on the stage, which restyled the whole drawing on every change inside it.
      data-keyed={ready && key.lines.length > 0 ? '' : undefined}
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-roledescription={t('ecogram.roleDescription')}
      aria-label={props.ariaLabel}
      aria-describedby={props.instructionsId}
      onKeyDown={props.onKeyDown}
      data-labels={props.labels}
      data-density={nodeR < NODE_R ? 'high' : 'normal'}
    >
      <MapDefs layout={layout} idPrefix={idPrefix} R={R} ringAngles={d.ringAngles} />
      <g data-part="viewport" ref={props.viewportRef}>
        {/* A click on the background beside a line selects the nearest tie (TieHits.tsx). */}
        <g data-part="backdrop" onClick={ready ? nearTieClick({ network, positions: pos, controlOf, onClick: props.onItemClick }) : undefined}>
          <MapBackground layout={layout} t={t} idPrefix={idPrefix} R={R} clientR={clientR} dropCell={dropCell} />
        </g>
        {ready ? (
          <>
            {markParts ? <markParts.GroupOutlinesLayer outlines={marks.outlines} /> : null}
            <TiesLayer
              network={network} pos={rest.pos} controlOf={rest.controlOf} letters={d.letters} decor={d.decor} names={names.ties} clientR={clientR} nodeR={nodeR}
              rovingId={rovingId} selectedId={selectedId} openId={openId} onItemClick={props.onItemClick} onItemFocus={props.onItemFocus} moving={moving}
            />
            <NodesLayer
              network={network} pos={pos} center={center} badges={d.badges} names={names.people} nodeR={nodeR} clientR={clientR} hitRadius={hitRadius}
              rovingId={rovingId} selectedId={selectedId} openId={openId} dragId={drag?.id ?? null} draggable={props.draggable}
              onHover={onHover} onItemClick={props.onItemClick} onItemFocus={props.onItemFocus}
            />
            {markParts ? <markParts.MarksLayer marks={marks} changes={changes} ghosts={ghosts} nodeR={nodeR} fontSize={d.fontSize} t={t} /> : null}
            <RingLabels layout={layout} t={t} idPrefix={idPrefix} />
            <NodeLabels
              network={network}
              placement={d.placement}
              keyed={d.keyedNumbers}
              positions={positions}
              rovingId={rovingId}
              selectedId={selectedId}
              hoverId={hoverId}
              drag={drag}
            />
            {moving ? (
              <DragLayer
                network={network} pos={pos} controlOf={controlOf} letters={d.letters} decor={d.decor} names={names.ties} clientR={clientR} nodeR={nodeR}
                rovingId={rovingId} selectedId={selectedId} openId={openId} onItemClick={props.onItemClick} onItemFocus={props.onItemFocus} only={moving}
              />
            ) : null}
          </>
        ) : null}
        {/* Measures names as drawn (useLabelMeasure.ts); never seen, never exported. */}
        <text ref={d.measureRef} data-part="label-measure" data-export="exclude" aria-hidden="true" fontSize={100} visibility="hidden" />
      </g>
    </svg>
    {keyShown ? <LabelKey data={key} /> : null}
    </>
  );
}

/** The drawing; re-renders only when its props change. */
export const EcogramSvg = /* @__PURE__ */ memo(EcogramSvgImpl);
