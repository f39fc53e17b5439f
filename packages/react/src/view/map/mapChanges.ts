/**
 * "Wat is er veranderd sinds <datum>" (issue 15 point 3): which changes of
 * `diffNetworks(before, now)` the map and the list view show — people new or gone, ties new,
 * stronger, weaker, restored or broken — per person and per tie, and as lines for the list
 * view. Where the marks go is placed apart (changeMarks.ts, loaded with the map's other marks).
 * Pure, deterministic.
 * @internal
 */
import { diffNetworks, type Network, type NetworkChange } from '@kring/core';

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
