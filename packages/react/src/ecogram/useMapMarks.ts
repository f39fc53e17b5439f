/**
 * The marks the network plan and the change overlay put on the map (issue 15 point 3), placed
 * after the names so that none covers a name, a person, a badge or a tie's own middle mark:
 * change marks first, then each person's open-action count and intents, then the ties' intent
 * markers, then the groups' names beside their outlines (view/map/markRoom.ts). From the
 * resting positions: a drag does not reshuffle them. Also the words these marks add to the
 * accessible names of people and ties.
 * @internal
 */
import { useMemo, useRef, useState } from 'react';
import { effectiveFormality, formatFuzzyDate, type Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { Badge } from '../view/map/describeMap';
import type { PlacedLabel } from '../view/labels/labelPlan';
import { contains, overlaps } from '../view/labels/labelGeometry';
import { estimateLabel, type MeasureLabel } from '../view/labels/labelText';
import { badgeRowSize } from '../view/map/badgeRow';
import type { Pt } from '../view/map/geometry';
import { markRoom, boxAt, type MarkBox } from '../view/map/markRoom';
import { reachOf } from '../view/map/tieMarks';
import { makeTrack } from '../view/ties/curve';
import { markExtent, tieStyle } from '../view/ties/tieStyle';
import { planOnMap, placePersonMarks, placeTieMarks, type PersonMarkSpot, type PlanOnMap, type TieMarkSpot } from '../view/map/planMarks';
import { outlineCache, groupOutlines, type GroupOutline } from '../view/map/groupOutlines';
import { placeChangeMarks, type ChangeKind, type ChangeMarkSpot, type MapChanges } from '../view/map/changeMarks';
import type { EcogramText } from './messages';

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

/** Width of a change mark's plate: the symbol, the word and padding. */
export function changePlateWidth(word: string, fontSize: number, measure: MeasureLabel | undefined): number {
  return fontSize + 6 + (measure ?? estimateLabel)(word, fontSize) + 8;
}

/** The words on a change mark: the change, and for someone gone their name too ("Kees · weg"). */
export function changeWord(t: EcogramText, kind: ChangeKind, changes: MapChanges | null, id: string): string {
  const word = t(`change.${kind}`);
  if (kind !== 'gone') return word;
  const full = changes?.gone.find((p) => p.id === id)?.name ?? id;
  const name = Array.from(full).length > 28 ? `${Array.from(full).slice(0, 27).join('')}…` : full;
  return `${name} · ${word}`;
}

/** What marks must keep clear of before any is placed: names, badge rows, the ties' middle marks and letters. */
function obstacles(input: MapMarksInput): MarkBox[] {
  const { network, positions, placement, badges, letters, middles, layout } = input;
  const boxes: MarkBox[] = [];
  for (const label of placement.values()) if (!label.hidden) boxes.push(label.box);
  for (const [id, list] of badges) {
    const p = positions.get(id);
    if (!p || list.length === 0) continue;
    const { width, height } = badgeRowSize(list.map((b) => b.kind));
    const r = id === network.focus ? input.clientR : input.nodeR;
    boxes.push({ x0: p.x - width / 2, x1: p.x + width / 2, y0: p.y - r + 5 - height - 5, y1: p.y - r + 5 });
  }
  for (const tie of network.ties) {
    if (!letters.get(tie.id) && !markExtent(tieStyle(tie))) continue;
    const a = positions.get(tie.between[0]);
    const b = positions.get(tie.between[1]);
    if (!a || !b) continue;
    const track = makeTrack(a, b, layout.ties?.[tie.id]?.control);
    boxes.push(boxAt(track.at(track.sAt(middles.get(tie.id) ?? 0.5)), 36, 26));
  }
  return boxes;
}

/** @internal */
export function useMapMarks(input: MapMarksInput): MapMarks {
  const { ready, network, layout, positions, nodeR, clientR, changes, ghosts, measure, fontSize, t } = input;
  // The groups' traced outlines, kept between edits (a rename re-places the names, not the outlines).
  const [traces] = useState(outlineCache);
  // The marks placed last, and what they were placed from (see sameMarks).
  const last = useRef<{ input: MapMarksInput; marks: MapMarks } | null>(null);
  return useMemo(() => {
    if (!ready || (!input.plan && !input.groups && !changes)) return NONE;
    const before = last.current;
    if (before && sameMarks(before.input, input, before.marks)) return before.marks;
    const marks = placeMarks(input, traces);
    last.current = { input, marks };
    return marks;
    // The input's parts are listed; `input` itself is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, network, layout, positions, nodeR, clientR, input.placement, input.badges, input.letters, input.middles, input.plan, input.groups, changes, ghosts, measure, fontSize, t, traces, last]);
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

/** Every mark placed from scratch (see the module comment for the order). */
function placeMarks(input: MapMarksInput, traces: ReturnType<typeof outlineCache>): MapMarks {
  const { network, layout, positions, nodeR, clientR, changes, ghosts, measure, fontSize, t } = input;
  const plan = input.plan ? planOnMap(network) : NONE.planOnMap;
  const reach = reachOf(network, nodeR, clientR);
  const radiusOf = (id: string): number => (ghosts.has(id) ? nodeR : reach(id));
  const all = new Map<string, Pt>([...positions, ...ghosts]);
  const room = markRoom(all, radiusOf, obstacles(input));
  const controlOf = (id: string): Pt | undefined => layout.ties?.[id]?.control;
  const changeMarks = changes
    ? placeChangeMarks(
        { network, changes, positions: all, controlOf, radiusOf, height: Math.max(25, fontSize + 8), widthOf: (k, id) => changePlateWidth(changeWord(t, k, changes, id), fontSize, measure) },
        room,
      )
    : [];
  const personMarks = input.plan ? placePersonMarks(network, plan, positions, radiusOf, room) : [];
  const tieMarks = input.plan ? placeTieMarks(network, plan, positions, controlOf, room) : [];
  const outlines = input.groups
    ? groupOutlines({ network, positions, radiusOf, nameWidth: (s) => (measure ?? estimateLabel)(s, fontSize), nameHeight: fontSize + 4 }, room, traces)
    : [];
  return { outlines, tieMarks, personMarks, changeMarks, planOnMap: plan };
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
