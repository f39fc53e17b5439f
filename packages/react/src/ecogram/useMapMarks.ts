/**
 * The marks the network plan and the change overlay put on the map (issue 15 point 3), placed
 * after the names so that none covers a name, a person, a badge or a tie's own middle mark:
 * change marks first, then each person's open-action count and intents, then the ties' intent
 * markers, then the groups' names beside their outlines (view/map/markRoom.ts). From the
 * resting positions: a drag does not reshuffle them. The placing, the layers that draw the
 * marks and the words they add to the accessible names of people and ties are in mapMarks.ts,
 * loaded after the first paint and only by a map that has something to mark; this hook decides
 * when, and keeps what was placed.
 * @internal
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { Badge } from '../view/map/describeMap';
import type { PlacedLabel } from '../view/labels/labelPlan';
import type { MeasureLabel } from '../view/labels/labelText';
import type { Pt } from '../view/map/geometry';
import type { PersonMarkSpot, PlanOnMap, TieMarkSpot } from '../view/map/planMarks';
import type { GroupOutline, OutlineCache } from '../view/map/groupOutlines';
import type { ChangeMarkSpot } from '../view/map/changeMarks';
import type { MapChanges } from '../view/map/mapChanges';
import { lazyModule, useLazyModule } from '../utils/lazyPart';
import { whenPrintStarts } from '../paper/usePrintOnly';
import type { EcogramText } from './messages';

/**
 * The placers (mapMarks.ts): fetched after the first paint by a map that has something to mark,
 * never by one that has not (issue 16). Printing and the unit tests load it first (preloadParts).
 */
const placers = /* @__PURE__ */ lazyModule(() => import('./mapMarks'));

/** Whether the network has anything the marks show: a plan (a tie's intent, an open action) or groups. */
function hasMarks(network: Network, plan: boolean, groups: boolean): boolean {
  if (groups && network.groups.length > 0) return true;
  return plan && ((network.actions?.length ?? 0) > 0 || network.ties.some((tie) => tie.intent !== undefined));
}

/** What {@link useMapMarks} needs. */
export interface MapMarksInput {
  ready: boolean;
  network: Network;
  layout: EcogramLayout;
  positions: Map<string, Pt>;
  nodeR: number;
  clientR: number;
  placement: ReadonlyMap<string, PlacedLabel>;
  badges: ReadonlyMap<string, readonly Badge[]>;
  letters: ReadonlyMap<string, string>;
  middles: ReadonlyMap<string, number>;
  /** Draw the plan's markers and counts. */
  plan: boolean;
  /** Draw the groups' outlines. */
  groups: boolean;
  /** The change overlay (null: off), and where the people gone since then were. */
  changes: MapChanges | null;
  ghosts: ReadonlyMap<string, Pt>;
  measure: MeasureLabel | undefined;
  /** Font size of names (layout units): group names and change words use it. */
  fontSize: number;
  t: EcogramText;
}

/** The placed marks. */
export interface MapMarks {
  outlines: GroupOutline[];
  tieMarks: TieMarkSpot[];
  personMarks: PersonMarkSpot[];
  changeMarks: ChangeMarkSpot[];
  planOnMap: PlanOnMap;
}

const NONE: MapMarks = { outlines: [], tieMarks: [], personMarks: [], changeMarks: [], planOnMap: { ties: new Map(), people: new Map(), counts: new Map() } };

/**
 * The marks placed, and the module that placed them — which also draws them (its layers) and
 * words them (`markNames`): null until it is loaded, and for a map with nothing to mark.
 */
export interface PlacedMarks {
  marks: MapMarks;
  parts: typeof import('./mapMarks') | null;
}

/** @internal */
export function useMapMarks(input: MapMarksInput): PlacedMarks {
  const { ready, network, layout, positions, nodeR, clientR, changes, ghosts, measure, fontSize, t } = input;
  const wanted = ready && (changes !== null || hasMarks(network, input.plan, input.groups));
  const placer = useLazyModule(placers, wanted, 'the map marks');
  // The groups' traced outlines, kept between edits (a rename re-places the names, not the outlines).
  const [traces] = useState<{ cache?: OutlineCache }>(() => ({}));
  // The marks placed last, and what they were placed from (see sameMarks).
  const last = useRef<{ input: MapMarksInput; marks: MapMarks } | null>(null);
  const placingAhead = usePlacedAhead(input, wanted ? placer : null, traces, last);
  const parts = wanted && !placingAhead ? placer : null;
  const marks = useMemo(() => {
    if (!wanted || !placer || placingAhead) return NONE;
    const before = last.current;
    if (before && placer.sameMarks(before.input, input, before.marks)) return before.marks;
    const marks = placer.placeMarks(input, (traces.cache ??= placer.outlineCache()));
    last.current = { input, marks };
    return marks;
    // The input's parts are listed; `input` itself is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, placer, placingAhead, network, layout, positions, nodeR, clientR, input.placement, input.badges, input.letters, input.middles, input.plan, input.groups, changes, ghosts, measure, fontSize, t, traces, last]);
  return useMemo(() => ({ marks, parts }), [marks, parts]);
}

/** How long the network must have been still before the first marks' next step runs (ms). */
const QUIET_MS = 200;

/**
 * Whether the marks wait for their first placing, done ahead in tasks of its own (issue 16: no
 * task over 50 ms after the mount): each group's outline traced in one task, then the marks
 * placed in another (kept as the last placing, which the render then finds still holds), then
 * the render draws them. Only the first placing of a map whose placers came after its first
 * render waits: their code runs cold then, and tracing three groups of a 300-person map and
 * placing and drawing the marks in one task held the page ~120 ms. A map that had them at once
 * (printing, a host that preloads the parts) and every later placing (warm; a rename keeps the
 * outlines) place in the render. When printing starts before the steps are through, the rest
 * runs at once and the marks are drawn before the print-out (`whenPrintStarts`).
 *
 * While the steps run, the map has no marks' module either (`parts` null): its arrival changes
 * nothing drawn, so the render it causes makes no new accessible names. The render that then
 * draws the marks is not a transition: tried (session 27), an edit that came meanwhile restarted
 * it and placed the marks again inside it; at 1,000 people the first renames after the mount got
 * slower (lab, 6 pages × 2 rounds: first renames ~220 ms against ~170 ms).
 *
 * Edits come first: while the network keeps changing (someone typing a name, a host's edits in a
 * row) the steps wait until it has been still for {@link QUIET_MS}, so an edit is not drawn
 * behind a step of the marks (at 1,000 people the first placing is a task of ~100 ms with its
 * cold code). The marks come a moment later instead.
 */
function usePlacedAhead(
  input: MapMarksInput,
  placer: typeof import('./mapMarks') | null,
  traces: { cache?: OutlineCache },
  last: { current: { input: MapMarksInput; marks: MapMarks } | null },
): boolean {
  const [cameLate] = useState(() => placers.get() === null);
  const [done, setDone] = useState(false);
  const waiting = cameLate && !done;
  const latest = useRef(input);
  latest.current = input;
  // When the network last changed after the first render (performance.now(); never: -Infinity).
  const changedAt = useRef(-Infinity);
  const firstNetwork = useRef(input.network);
  useEffect(() => {
    if (input.network !== firstNetwork.current) changedAt.current = performance.now();
  }, [input.network]);
  useEffect(() => {
    if (!waiting || !placer) return;
    const cache = (traces.cache ??= placer.outlineCache());
    const steps = [
      ...placer.markSteps(latest.current, cache),
      () => {
        const now = latest.current;
        last.current = { input: now, marks: placer.placeMarks(now, cache) };
      },
    ];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (): void => {
      const still = performance.now() - changedAt.current;
      if (still < QUIET_MS) {
        timer = setTimeout(run, QUIET_MS - still);
        return;
      }
      const step = steps.shift();
      if (!step) return setDone(true);
      step();
      timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    // Printing starts before the steps are through: the rest at once, drawn before the print-out.
    const stopPrint = whenPrintStarts(() => {
      clearTimeout(timer);
      for (let step = steps.shift(); step; step = steps.shift()) step();
      flushSync(() => setDone(true));
    });
    return () => {
      clearTimeout(timer);
      stopPrint();
    };
  }, [waiting, placer, traces, last, input.positions]);
  return waiting;
}

/**
 * The accessible names with what the marks say (mapMarks.ts `markNames`): the names as they
 * are while there are no marks (nothing to add, and nothing of the placers loaded).
 */
export function useMarkNames(
  names: { people: Map<string, string>; ties: Map<string, string> },
  network: Network,
  placed: PlacedMarks,
  changes: MapChanges | null,
  since: string | null,
  t: EcogramText,
): { people: Map<string, string>; ties: Map<string, string> } {
  const { marks, parts } = placed;
  return useMemo(() => (parts ? parts.markNames(names, network, marks, changes, since, t) : names), [parts, names, network, marks, changes, since, t]);
}
