/**
 * The marks the network plan and the change overlay put on the map (issue 15 point 3), placed
 * after the names so that none covers a name, a person, a badge or a tie's own middle mark:
 * change marks first, then each person's open-action count and intents, then the ties' intent
 * markers, then the groups' names beside their outlines (view/map/markRoom.ts). From the
 * resting positions: a drag does not reshuffle them. Also the words these marks add to the
 * accessible names of people and ties.
 * @internal
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { effectiveFormality, formatFuzzyDate, type Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { Badge } from '../view/map/describeMap';
import type { PlacedLabel } from '../view/labels/labelPlan';
import { contains, overlaps } from '../view/labels/labelGeometry';
import type { MeasureLabel } from '../view/labels/labelText';
import type { Pt } from '../view/map/geometry';
import type { PersonMarkSpot, PlanOnMap, TieMarkSpot } from '../view/map/planMarks';
import type { GroupOutline, OutlineCache } from '../view/map/groupOutlines';
import type { ChangeMarkSpot } from '../view/map/changeMarks';
import type { ChangeKind, MapChanges } from '../view/map/mapChanges';
import { lazyModule, useLazyModule } from '../utils/lazyPart';
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

/** The words on a change mark: the change, and for someone gone their name too ("Kees · weg"). */
export function changeWord(t: EcogramText, kind: ChangeKind, changes: MapChanges | null, id: string): string {
  const word = t(`change.${kind}`);
  if (kind !== 'gone') return word;
  const full = changes?.gone.find((p) => p.id === id)?.name ?? id;
  const name = Array.from(full).length > 28 ? `${Array.from(full).slice(0, 27).join('')}…` : full;
  return `${name} · ${word}`;
}

/** @internal */
export function useMapMarks(input: MapMarksInput): MapMarks {
  const { ready, network, layout, positions, nodeR, clientR, changes, ghosts, measure, fontSize, t } = input;
  const wanted = ready && (changes !== null || hasMarks(network, input.plan, input.groups));
  const placer = useLazyModule(placers, wanted, 'the map marks');
  // The groups' traced outlines, kept between edits (a rename re-places the names, not the outlines).
  const [traces] = useState<{ cache?: OutlineCache }>(() => ({}));
  // The marks placed last, and what they were placed from (see sameMarks).
  const last = useRef<{ input: MapMarksInput; marks: MapMarks } | null>(null);
  const tracing = useTracedFirst(input, wanted ? placer : null, traces);
  return useMemo(() => {
    if (!wanted || !placer || tracing) return NONE;
    const before = last.current;
    if (before && sameMarks(before.input, input, before.marks)) return before.marks;
    const marks = placer.placeMarks(input, (traces.cache ??= placer.outlineCache()));
    last.current = { input, marks };
    return marks;
    // The input's parts are listed; `input` itself is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, placer, tracing, network, layout, positions, nodeR, clientR, input.placement, input.badges, input.letters, input.middles, input.plan, input.groups, changes, ghosts, measure, fontSize, t, traces, last]);
}

/**
 * Whether the marks wait for the groups' outlines, traced one group per task (issue 16: no
 * task over 50 ms after the mount). Only the first placing of a map whose placers came after
 * its first render waits: their code runs cold then, and tracing three groups of a 300-person
 * map in the same task as the placing held the page ~120 ms. A map that had them at once
 * (printing, a host that preloads the parts) and every later placing (warm; a rename keeps
 * the outlines) place in the render.
 */
function useTracedFirst(input: MapMarksInput, placer: typeof import('./mapMarks') | null, traces: { cache?: OutlineCache }): boolean {
  const [cameLate] = useState(() => placers.get() === null);
  const [done, setDone] = useState(false);
  const waiting = cameLate && !done && input.groups && input.network.groups.length > 0;
  const latest = useRef(input);
  latest.current = input;
  useEffect(() => {
    if (!waiting || !placer) return;
    const steps = placer.markSteps(latest.current, (traces.cache ??= placer.outlineCache()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (): void => {
      const step = steps.shift();
      if (!step) return setDone(true);
      step();
      timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [waiting, placer, traces, input.positions]);
  return waiting;
}

/**
 * The marks of `before` still hold for `input`: nothing they are placed from changed but what
 * people are called (a rename), and no name that moved or grew covers a mark where it did not
 * before. The marks then keep their place (as the other names do, labelUpdate.ts) and nothing
 * is placed again; space a name gave up is left as it is.
 */
function sameMarks(before: MapMarksInput, input: MapMarksInput, marks: MapMarks): boolean {
  const a = before.network;
  const b = input.network;
  const same = (['ready', 'layout', 'positions', 'nodeR', 'clientR', 'middles', 'plan', 'groups', 'changes', 'ghosts', 'measure', 'fontSize', 't'] as const).every((k) => before[k] === input[k]);
  if (!same || a.focus !== b.focus || a.ties !== b.ties || a.groups !== b.groups || a.actions !== b.actions || a.people.length !== b.people.length) return false;
  if (!a.people.every((p, i) => p === b.people[i] || (p.id === b.people[i]!.id && effectiveFormality(p) === effectiveFormality(b.people[i]!)))) return false;
  if (before.badges.size !== input.badges.size || [...input.badges].some(([id, list]) => before.badges.get(id) !== list)) return false;
  if (before.letters.size !== input.letters.size || [...input.letters].some(([id, text]) => before.letters.get(id) !== text)) return false;
  const taken = [...marks.tieMarks, ...marks.personMarks, ...marks.changeMarks].map((m) => m.box);
  for (const o of marks.outlines) if (o.name) taken.push(o.name.box);
  for (const [id, label] of input.placement) {
    const old = before.placement.get(id);
    if (old === label || label.hidden) continue;
    // A name within the space it had before (a number renumbered in place) covers nothing new.
    if (old && !old.hidden && contains(old.box, label.box)) continue;
    if (taken.some((box) => overlaps(box, label.box))) return false;
  }
  return before.placement.size === input.placement.size;
}

/**
 * The accessible names with what the marks say: a person's plan intents and open actions
 * ("doel: Versterken; 2 open acties") and change ("nieuw sinds mei 2024"); a tie's intents of
 * open actions that its own intent does not already say, and its change.
 */
export function useMarkNames(
  names: { people: Map<string, string>; ties: Map<string, string> },
  network: Network,
  marks: MapMarks,
  changes: MapChanges | null,
  since: string | null,
  t: EcogramText,
): { people: Map<string, string>; ties: Map<string, string> } {
  return useMemo(() => {
    const { planOnMap: plan } = marks;
    if (plan.counts.size === 0 && plan.people.size === 0 && plan.ties.size === 0 && !changes) return names;
    const date = since ? formatFuzzyDate(since, t.locale) : '';
    const intentsText = (list: readonly string[]) =>
      t('ecogram.plan.intents', { intents: list.map((i) => t.label('actionIntent', i as never)).join(', ') });
    const changeText = (kind: ChangeKind | undefined) => (kind ? t('ecogram.changes.mark', { change: t(`change.${kind}`), date }) : null);
    const people = new Map(names.people);
    for (const person of network.people) {
      const extra: string[] = [];
      const intents = plan.people.get(person.id);
      if (intents?.length) extra.push(intentsText(intents));
      const count = plan.counts.get(person.id) ?? 0;
      if (count > 0) extra.push(count === 1 ? t('ecogram.plan.open.one') : t('ecogram.plan.open.other', { count }));
      const change = changeText(changes?.people.get(person.id));
      if (change) extra.push(change);
      if (extra.length > 0) people.set(person.id, `${names.people.get(person.id) ?? person.name}; ${extra.join('; ')}`);
    }
    const ties = new Map(names.ties);
    for (const tie of network.ties) {
      const extra: string[] = [];
      // The tie's own intent is already in its name ("doel: …", describeTie): the actions' others only.
      const intents = (plan.ties.get(tie.id) ?? []).filter((i) => i !== tie.intent);
      if (intents.length) extra.push(intentsText(intents));
      const change = changeText(changes?.ties.get(tie.id));
      if (change) extra.push(change);
      if (extra.length > 0) ties.set(tie.id, `${names.ties.get(tie.id) ?? ''}; ${extra.join('; ')}`);
    }
    return { people, ties };
  }, [names, network, marks, changes, since, t]);
}
