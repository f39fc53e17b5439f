/**
 * "Wat is er veranderd sinds <datum>" on the map (issue 15 point 3): the changes the map shows
 * (mapChanges.ts) as marks with a symbol and a word (never colour alone), placed clear of
 * people, names and other marks ({@link markRoom}). The sentences for the list view come from
 * view/changes.ts. Pure, deterministic; layout units.
 * @internal
 */
import type { Network } from '@kring/core';
import { makeTrack } from '../ties/curve';
import type { Pt } from './geometry';
import type { ChangeKind, MapChanges } from './mapChanges';
import { bestSpot, boxAt, type MarkBox, type MarkRoom } from './markRoom';
import { besideSpots } from './planMarks';

export { CHANGE_KINDS, changeLines, mapChanges, type ChangeKind, type ChangeLine, type MapChanges } from './mapChanges';

/** A placed change mark. */
export interface ChangeMarkSpot {
  /** The person or tie. */
  id: string;
  on: 'person' | 'tie';
  kind: ChangeKind;
  x: number;
  y: number;
  /** Width of its plate (symbol + word). */
  w: number;
  box: MarkBox;
}

/** Height of a change mark's plate, layout units (≥ 16 px at 1280, like a badge). */
export const CHANGE_MARK_H = 25;

/** What {@link placeChangeMarks} needs. */
export interface ChangeMarkInput {
  network: Pick<Network, 'ties' | 'people' | 'focus'>;
  changes: MapChanges;
  positions: ReadonlyMap<string, Pt>;
  controlOf: (tieId: string) => Pt | undefined;
  radiusOf: (id: string) => number;
  /** Height of a plate (at least {@link CHANGE_MARK_H}). */
  height: number;
  /** Width of the plate of this change of this person or tie (symbol included). */
  widthOf: (kind: ChangeKind, id: string) => number;
}

/** Spots along a tie for its change mark: around the middle, either side of the status mark. */
const ALONG = [0.4, 0.6, 0.34, 0.66, 0.46, 0.54, 0.28, 0.72];

/** Where each change mark goes (people first, then ties); claims what it places in `room`. */
export function placeChangeMarks(input: ChangeMarkInput, room: MarkRoom): ChangeMarkSpot[] {
  const { network, changes, positions } = input;
  const out: ChangeMarkSpot[] = [];
  const h = Math.max(CHANGE_MARK_H, input.height);
  for (const person of [...network.people, ...changes.gone]) {
    const kind = changes.people.get(person.id);
    const p = positions.get(person.id);
    if (!kind || !p) continue;
    const w = input.widthOf(kind, person.id);
    const spot = bestSpot(room, besideSpots(p, input.radiusOf(person.id), w, h), []);
    if (!spot) continue;
    room.take(spot.box);
    out.push({ id: person.id, on: 'person', kind, x: spot.p.x, y: spot.p.y, w, box: spot.box });
  }
  for (const tie of network.ties) {
    const kind = changes.ties.get(tie.id);
    const a = positions.get(tie.between[0]);
    const b = positions.get(tie.between[1]);
    if (!kind || !a || !b) continue;
    const track = makeTrack(a, b, input.controlOf(tie.id));
    const w = input.widthOf(kind, tie.id);
    const candidates = ALONG.map((t) => {
      const p = track.at(track.sAt(t));
      return { p, box: boxAt(p, w, h) };
    });
    const spot = bestSpot(room, candidates, []);
    if (!spot) continue;
    room.take(spot.box);
    out.push({ id: tie.id, on: 'tie', kind, x: spot.p.x, y: spot.p.y, w, box: spot.box });
  }
  return out;
}
