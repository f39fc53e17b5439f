/**
 * "Wat is er veranderd sinds <datum>" on the map (issue 15 point 3): the changes of
 * `diffNetworks(before, now)` that the map can show — people new or gone, ties new, stronger,
 * weaker, restored or broken — as marks with a symbol and a word (never colour alone), placed
 * clear of people, names and other marks ({@link markRoom}). The sentences for the list view
 * come from view/changes.ts. Pure, deterministic; layout units.
 * @internal
 */
import { diffNetworks, type Network, type NetworkChange } from '@kring/core';
import { makeTrack } from '../ties/curve';
import type { Pt } from './geometry';
import { bestSpot, boxAt, type MarkBox, type MarkRoom } from './markRoom';
import { besideSpots } from './planMarks';

/** What a change mark says. */
export const CHANGE_KINDS = ['new', 'gone', 'stronger', 'weaker', 'restored', 'broken'] as const;
/** One kind of change mark. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The changes the map shows, per person and per tie. */
export interface MapChanges {
  people: Map<string, ChangeKind>;
  ties: Map<string, ChangeKind>;
  /** People gone since `before`, as they were then (drawn faint where they were). */
  gone: Network['people'];
  /** Every change, for the words (view/changes.ts). */
  all: NetworkChange[];
}

/** The kind of mark a tie change gets (none for changes the map does not mark). */
function tieKind(c: NetworkChange): ChangeKind | null {
  switch (c.kind) {
    case 'tie-added':
      return 'new';
    case 'tie-strengthened':
      return 'stronger';
    case 'tie-weakened':
    case 'tie-faded':
      return 'weaker';
    case 'tie-restored':
      return 'restored';
    case 'tie-broken':
      return 'broken';
    case 'tie-status-changed':
      if (c.to === 'ended') return 'broken';
      if (c.to === 'active' && c.from === 'potential') return 'new';
      return null;
    default:
      return null;
  }
}

/** Which kind wins when one tie changed in more than one way (the status says most). */
const TIE_RANK: Readonly<Record<ChangeKind, number>> = { broken: 5, restored: 4, new: 3, gone: 3, stronger: 2, weaker: 1 };

/**
 * The map's changes from `before` (older) to `after` (now). A new person's tie with the client
 * is not marked again (the person's "nieuw" says it).
 */
export function mapChanges(before: Network, after: Network, changes: NetworkChange[] = diffNetworks(before, after)): MapChanges {
  const people = new Map<string, ChangeKind>();
  const ties = new Map<string, ChangeKind>();
  for (const c of changes) {
    if (c.kind === 'person-added' && c.personId) people.set(c.personId, 'new');
    if (c.kind === 'person-removed' && c.personId) people.set(c.personId, 'gone');
  }
  for (const c of changes) {
    const kind = tieKind(c);
    if (!kind || !c.tieId) continue;
    if (kind === 'new' && c.otherId === after.focus && c.personId && people.get(c.personId) === 'new') continue;
    const had = ties.get(c.tieId);
    if (!had || TIE_RANK[kind] > TIE_RANK[had]) ties.set(c.tieId, kind);
  }
  const gone = before.people.filter((p) => people.get(p.id) === 'gone');
  return { people, ties, gone, all: changes };
}

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

/** One line of the list view's "Veranderd sinds": who or which contact, and what. */
export type ChangeLine =
  | { kind: ChangeKind; on: 'person'; id: string; name: string }
  | { kind: ChangeKind; on: 'tie'; id: string; a: string; b: string; withClient: boolean };

/**
 * The changes the map marks, as lines for the list view (the same list in words): people
 * first (new, gone), then ties in the network's order; a tie with the client names the other
 * person. Names from the newer network, else the older.
 */
export function changeLines(before: Network, after: Network, changes: MapChanges): ChangeLine[] {
  const names = new Map<string, string>([...before.people, ...after.people].map((p) => [p.id, p.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const out: ChangeLine[] = [];
  for (const [id, kind] of changes.people) out.push({ kind, on: 'person', id, name: nameOf(id) });
  for (const tie of after.ties) {
    const kind = changes.ties.get(tie.id);
    if (!kind) continue;
    const [x, y] = tie.between;
    const withClient = x === after.focus || y === after.focus;
    const other = x === after.focus ? y : x;
    out.push({ kind, on: 'tie', id: tie.id, a: nameOf(withClient ? other : x), b: nameOf(withClient ? after.focus : y), withClient });
  }
  return out;
}
