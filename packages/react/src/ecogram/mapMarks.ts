/**
 * Placing the marks the network plan and the change overlay put on the map (useMapMarks.ts
 * says in which order and why): loaded after the map's first paint, and only for a map that
 * has something to mark — a plan (an intent or an open action), groups, or the change overlay
 * (issue 16: a map without them never loads this, nor the outline tracer and the mark
 * placers). Pure, deterministic; layout units.
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
import { changeWord, type MapMarks, type MapMarksInput } from './useMapMarks';

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
