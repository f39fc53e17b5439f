/**
 * The network plan on the map (issue 15 point 3): which intents each tie and each person
 * carries, and where their markers go. A tie shows its own `intent` and the intents of open
 * actions about it; a person the intents of open actions about them and how many open actions
 * are about them (core `openActionCounts`: actions about a tie count for its other end).
 *
 * Placement: a tie's markers sit along the tie, nearest the end away from the client (the
 * middle keeps its status mark and support letters); a person's row (count, then intents)
 * beside the person. Every spot keeps clear of people, names, badges and marks placed before
 * it ({@link markRoom}). Pure, deterministic; layout units.
 * @internal
 */
import { actionStatus, openActionCounts, type ActionIntent, type Network } from '@kring/core';
import { makeTrack } from '../ties/curve';
import type { Pt } from './geometry';
import { bestSpot, boxAt, type MarkBox, type MarkRoom } from './markRoom';
import { hypot } from '../../utils/hypot';
import { MARK_SIZE, MAX_ICONS, rowWidth } from './markShapes';

export { MARK_SIZE, MAX_ICONS, rowCentres, rowWidth } from './markShapes';


/** What the plan says about the map. */
export interface PlanOnMap {
  /** Intents per tie id: the tie's own first, then those of open actions about it, once each. */
  ties: Map<string, ActionIntent[]>;
  /** Intents of open actions about each person (by id, directly), once each. */
  people: Map<string, ActionIntent[]>;
  /** Open actions per person (core `openActionCounts`). */
  counts: Map<string, number>;
}

function addTo(map: Map<string, ActionIntent[]>, id: string, intent: ActionIntent): void {
  const list = map.get(id);
  if (!list) map.set(id, [intent]);
  else if (!list.includes(intent)) list.push(intent);
}

/** The intents and counts of `network` per tie and person. */
export function planOnMap(network: Network): PlanOnMap {
  const ties = new Map<string, ActionIntent[]>();
  const people = new Map<string, ActionIntent[]>();
  const tieIds = new Set(network.ties.map((t) => t.id));
  const personIds = new Set(network.people.map((p) => p.id));
  for (const tie of network.ties) if (tie.intent) addTo(ties, tie.id, tie.intent);
  for (const action of network.actions ?? []) {
    if (actionStatus(action) !== 'open') continue;
    for (const ref of action.about) {
      if (tieIds.has(ref)) addTo(ties, ref, action.intent);
      else if (personIds.has(ref) && ref !== network.focus) addTo(people, ref, action.intent);
    }
  }
  const counts = openActionCounts(network);
  counts.delete(network.focus);
  return { ties, people, counts };
}

/** A row of markers on a tie, placed. */
export interface TieMarkSpot {
  tieId: string;
  /** Centre of the row. */
  x: number;
  y: number;
  intents: ActionIntent[];
  box: MarkBox;
}

/** A person's row of markers (count first, then intents), placed. */
export interface PersonMarkSpot {
  personId: string;
  x: number;
  y: number;
  count: number;
  intents: ActionIntent[];
  box: MarkBox;
}


/** Spots along a tie, from the end away from the client (or the second end) inwards. */
const ALONG = [0.74, 0.68, 0.8, 0.62, 0.26, 0.32, 0.2, 0.38, 0.56, 0.44];

/**
 * Where each tie's intent markers go: along the tie, clear of people, names and marks.
 * Claims what it places in `room`.
 */
export function placeTieMarks(
  network: Network,
  plan: PlanOnMap,
  positions: ReadonlyMap<string, Pt>,
  controlOf: (tieId: string) => Pt | undefined,
  room: MarkRoom,
): TieMarkSpot[] {
  const out: TieMarkSpot[] = [];
  for (const tie of network.ties) {
    const intents = (plan.ties.get(tie.id) ?? []).slice(0, MAX_ICONS);
    if (intents.length === 0) continue;
    const a = positions.get(tie.between[0]);
    const b = positions.get(tie.between[1]);
    if (!a || !b) continue;
    const curve = makeTrack(a, b, controlOf(tie.id));
    // Nearer the person who is not the client (ALONG > 0.5 runs towards the second end).
    const flip = tie.between[1] === network.focus;
    const w = rowWidth(intents.length);
    const candidates = ALONG.map((t) => {
      const p = curve.at(curve.sAt(flip ? 1 - t : t));
      return { p, box: boxAt(p, w, MARK_SIZE) };
    });
    const spot = bestSpot(room, candidates, []);
    if (!spot) continue;
    room.take(spot.box);
    out.push({ tieId: tie.id, x: spot.p.x, y: spot.p.y, intents, box: spot.box });
  }
  return out;
}

/** Directions tried beside a person, degrees (0 = right, 90 = below): lower right first. */
const AROUND = [35, 0, 145, 180, 70, 110, -35, -145, 90, -90];

/**
 * Where each person's count and intent markers go: beside the person, clear of people, names,
 * badges and marks. Claims what it places in `room`.
 */
export function placePersonMarks(
  network: Network,
  plan: PlanOnMap,
  positions: ReadonlyMap<string, Pt>,
  radiusOf: (id: string) => number,
  room: MarkRoom,
): PersonMarkSpot[] {
  const out: PersonMarkSpot[] = [];
  for (const person of network.people) {
    if (person.id === network.focus) continue;
    const count = plan.counts.get(person.id) ?? 0;
    const intents = (plan.people.get(person.id) ?? []).slice(0, MAX_ICONS);
    if (count === 0 && intents.length === 0) continue;
    const p = positions.get(person.id);
    if (!p) continue;
    const n = (count > 0 ? 1 : 0) + intents.length;
    const candidates = besideSpots(p, radiusOf(person.id), rowWidth(n), MARK_SIZE);
    const spot = bestSpot(room, candidates, []);
    if (!spot) continue;
    room.take(spot.box);
    out.push({ personId: person.id, x: spot.p.x, y: spot.p.y, count, intents, box: spot.box });
  }
  return out;
}

/** Boxes of w × h beside a shape of reach `r` around `p`, in the {@link AROUND} directions, near then a little further. */
export function besideSpots(p: Pt, r: number, w: number, h: number): { p: Pt; box: MarkBox }[] {
  const out: { p: Pt; box: MarkBox }[] = [];
  for (const extra of [3, 12]) {
    for (const deg of AROUND) {
      const a = (deg * Math.PI) / 180;
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      // As near as the box can come along this direction with `extra` between it and the shape.
      const gapAt = (d: number): number => hypot(Math.max(0, Math.abs(cos * d) - w / 2), Math.max(0, Math.abs(sin * d) - h / 2));
      let d = r + extra;
      while (gapAt(d) < r + extra && d < r + extra + w + h) d += 1;
      const c = { x: p.x + cos * d, y: p.y + sin * d };
      out.push({ p: c, box: boxAt(c, w, h) });
    }
  }
  return out;
}
