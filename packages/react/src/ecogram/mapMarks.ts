/**
 * Placing the marks the network plan and the change overlay put on the map (useMapMarks.ts
 * says in which order and why): loaded after the map's first paint, and only for a map that
 * has something to mark — a plan (an intent or an open action), groups, or the change overlay
 * (issue 16: a map without them never loads this, nor the outline tracer and the mark
 * placers). With them: the layers that draw the marks (MarksLayers.tsx), whether marks placed
 * before still hold (`sameMarks`) and the words the marks add to the accessible names
 * (`markNames`). The placing is pure and deterministic, in layout units.
 * @internal
 */
import { estimateLabel, type MeasureLabel } from '../view/labels/labelText';
import { badgeRowSize } from '../view/map/badgeRow';
import type { Pt } from '../view/map/geometry';
import { markRoom, boxAt, type MarkBox } from '../view/map/markRoom';
import { reachOf } from '../view/map/tieMarks';
import { makeTrack } from '../view/ties/curve';
import { markExtent, tieStyle } from '../view/ties/tieStyle';
import { planOnMap, placePersonMarks, placeTieMarks, type PlanOnMap } from '../view/map/planMarks';
import { groupOutlines, outlineSteps, type OutlineCache } from '../view/map/groupOutlines';

export { outlineCache } from '../view/map/groupOutlines';
import { placeChangeMarks } from '../view/map/changeMarks';
import type { MapMarks, MapMarksInput } from './useMapMarks';
import { effectiveFormality, formatFuzzyDate, type Network } from '@kring/core';
import { contains, overlaps } from '../view/labels/labelGeometry';
import type { ChangeKind, MapChanges } from '../view/map/mapChanges';
import type { EcogramText } from './messages';
export { GroupOutlinesLayer, MarksLayer } from './MarksLayers';
import { changeWord } from './MarksLayers';

const NO_PLAN: PlanOnMap = { ties: new Map(), people: new Map(), counts: new Map() };

/** Width of a change mark's plate: the symbol, the word and padding. */
export function changePlateWidth(word: string, fontSize: number, measure: MeasureLabel | undefined): number {
  return fontSize + 6 + (measure ?? estimateLabel)(word, fontSize) + 8;
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

/** How far each person's shape reaches (someone gone since the change overlay's date: a plain node's). */
function radiusFor(input: MapMarksInput): (id: string) => number {
  const { network, nodeR, clientR, ghosts } = input;
  const reach = reachOf(network, nodeR, clientR);
  return (id) => (ghosts.has(id) ? nodeR : reach(id));
}

/** The groups' outlines still to trace for {@link placeMarks}, one step per group (groupOutlines.ts `outlineSteps`). */
export function markSteps(input: MapMarksInput, traces: OutlineCache): (() => void)[] {
  return input.groups ? outlineSteps({ network: input.network, positions: input.positions, radiusOf: radiusFor(input) }, traces) : [];
}

/** Every mark placed from scratch (see the module comment for the order). */
export function placeMarks(input: MapMarksInput, traces: OutlineCache): MapMarks {
  const { network, layout, positions, changes, ghosts, measure, fontSize, t } = input;
  const plan = input.plan ? planOnMap(network) : NO_PLAN;
  const radiusOf = radiusFor(input);
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
 * The marks of `before` still hold for `input`: nothing they are placed from changed but what
 * people are called (a rename), and no name that moved or grew covers a mark where it did not
 * before. The marks then keep their place (as the other names do, labelUpdate.ts) and nothing
 * is placed again; space a name gave up is left as it is.
 */
export function sameMarks(before: MapMarksInput, input: MapMarksInput, marks: MapMarks): boolean {
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
export function markNames(
  names: { people: Map<string, string>; ties: Map<string, string> },
  network: Network,
  marks: MapMarks,
  changes: MapChanges | null,
  since: string | null,
  t: EcogramText,
): { people: Map<string, string>; ties: Map<string, string> } {
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
}
