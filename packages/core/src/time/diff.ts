import type { Network, Person, Strength, Tie, TieStatus } from '../model/types';
import { otherEnd } from '../model/tie';
import { planChanges } from './plan-diff';

/** What kind of change {@link diffNetworks} found. */
export type NetworkChangeKind =
  | 'person-added'
  | 'person-removed'
  | 'person-moved'
  | 'tie-added'
  | 'tie-removed'
  | 'tie-strengthened'
  | 'tie-weakened'
  | 'tie-restored'
  | 'tie-broken'
  | 'tie-faded'
  | 'tie-status-changed'
  | 'tie-quality-changed'
  | 'action-added'
  | 'action-removed'
  | 'action-done'
  | 'action-dropped'
  | 'action-reopened'
  | 'meeting-added'
  | 'meeting-removed'
  | 'meeting-held';

/**
 * One change between two versions of a network, as data; the words ("Het contact met
 * Latifa is hersteld") are the UI's job.
 *
 * - `person-added` / `person-removed`: `personId`.
 * - `person-moved`: `personId`, `field` (`closeness` or `sector`), `from` / `to` (absent when
 *   the field was or became unset). One change per field that changed.
 * - tie kinds: `tieId` (from the newer network; from the older one for `tie-removed`),
 *   `personId` and `otherId`. When the tie involves the client (the focus), `personId` is
 *   the *other* person and `otherId` the client, so "het contact met {personId}" reads
 *   right; otherwise they are `between[0]` and `between[1]`.
 * - `tie-restored`, `tie-broken`, `tie-faded`, `tie-status-changed`: `from` / `to` are the
 *   statuses (a missing status counts as `active`). `tie-restored` is broken / faded /
 *   ended → active; `tie-status-changed` covers the rest (→ ended, → potential, potential → active).
 * - `tie-strengthened` / `tie-weakened`: `from` / `to` are strengths (weak < moderate < strong).
 * - `tie-quality-changed`: `from` / `to` are qualities (absent when unset).
 * - plan kinds (actions and meetings are matched by id): `action-added` / `action-removed`
 *   (`actionId`); `action-done`, `action-dropped`, `action-reopened` (back to open from done or
 *   dropped; `from` / `to` are statuses, absent counting as `open`); `meeting-added` /
 *   `meeting-removed` (`meetingId`); `meeting-held`: the meeting got an `outcome`.
 */
export type NetworkChange = {
  kind: NetworkChangeKind;
  personId?: string;
  tieId?: string;
  otherId?: string;
  from?: string;
  to?: string;
  /** For plan kinds: the action. */
  actionId?: string;
  /** For plan kinds: the meeting. */
  meetingId?: string;
  /** For `person-moved`: which placement field changed. */
  field?: 'closeness' | 'sector';
};

const STRENGTH_ORDER: Record<Strength, number> = { weak: 0, moderate: 1, strong: 2 };
const RESTORABLE: ReadonlySet<TieStatus> = new Set<TieStatus>(['broken', 'faded', 'ended']);

function pairKey(tie: Tie): string {
  const [a, b] = tie.between;
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}

function tieChange(kind: NetworkChangeKind, tie: Tie, focus: string, from?: string, to?: string): NetworkChange {
  // With the client at one end: the other person, then the client; otherwise between[0], between[1].
  const personId = otherEnd(tie, focus);
  const otherId = otherEnd(tie, personId);
  const change: NetworkChange = { kind, tieId: tie.id, personId, otherId };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

function fromTo(kind: NetworkChangeKind, personId: string, from: string | undefined, to: string | undefined, field: 'closeness' | 'sector'): NetworkChange {
  const change: NetworkChange = { kind, personId, field };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

function statusKind(from: TieStatus, to: TieStatus): NetworkChangeKind {
  if (to === 'active' && RESTORABLE.has(from)) return 'tie-restored';
  if (to === 'broken') return 'tie-broken';
  if (to === 'faded') return 'tie-faded';
  return 'tie-status-changed';
}

/**
 * What changed from network `a` (older, e.g. `networkAt(n, intakeDate)`) to network `b`
 * (newer, e.g. `n`): people added, removed or moved (closeness or sector), ties added or
 * removed, and per tie the status, strength and quality changes. See {@link NetworkChange}.
 *
 * People are matched by id; ties by the pair of people they join (the format allows one
 * tie per pair), so a tie that was deleted and made again is "changed", not "removed and
 * added". Removing a person reports the person and each of their ties. The client (focus)
 * is never reported as moved. A strength that was or becomes unset is not reported (it has
 * no direction).
 *
 * The order is deterministic: people added (in `b`'s order), people removed (`a`'s order),
 * people moved (`b`'s order; closeness before sector), ties added (`b`'s order), ties
 * removed (`a`'s order), then per tie in `b`'s order its status, strength and quality change,
 * then the plan: actions added (`b`'s order), removed (`a`'s order), changed status (`b`'s
 * order), meetings added, removed, held.
 * `diffNetworks(n, n)` is empty. Pure; never throws on a valid network.
 */
export function diffNetworks(a: Network, b: Network): NetworkChange[] {
  const changes: NetworkChange[] = [];
  const peopleA = new Map<string, Person>(a.people.map((p) => [p.id, p]));
  const idsB = new Set(b.people.map((p) => p.id));

  for (const p of b.people) if (!peopleA.has(p.id)) changes.push({ kind: 'person-added', personId: p.id });
  for (const p of a.people) if (!idsB.has(p.id)) changes.push({ kind: 'person-removed', personId: p.id });
  for (const p of b.people) {
    const before = peopleA.get(p.id);
    if (!before || p.id === b.focus) continue;
    if (before.closeness !== p.closeness) changes.push(fromTo('person-moved', p.id, before.closeness, p.closeness, 'closeness'));
    if (before.sector !== p.sector) changes.push(fromTo('person-moved', p.id, before.sector, p.sector, 'sector'));
  }

  const tiesA = new Map<string, Tie>();
  for (const t of a.ties) if (!tiesA.has(pairKey(t))) tiesA.set(pairKey(t), t);
  const keysB = new Set(b.ties.map(pairKey));

  for (const t of b.ties) if (!tiesA.has(pairKey(t))) changes.push(tieChange('tie-added', t, b.focus));
  for (const t of a.ties) if (!keysB.has(pairKey(t))) changes.push(tieChange('tie-removed', t, a.focus));
  const seen = new Set<string>();
  for (const t of b.ties) {
    const key = pairKey(t);
    const before = tiesA.get(key);
    if (!before || seen.has(key)) continue;
    seen.add(key);
    const statusFrom = before.status ?? 'active';
    const statusTo = t.status ?? 'active';
    if (statusFrom !== statusTo) changes.push(tieChange(statusKind(statusFrom, statusTo), t, b.focus, statusFrom, statusTo));
    if (before.strength !== undefined && t.strength !== undefined && before.strength !== t.strength) {
      const up = STRENGTH_ORDER[t.strength] > STRENGTH_ORDER[before.strength];
      changes.push(tieChange(up ? 'tie-strengthened' : 'tie-weakened', t, b.focus, before.strength, t.strength));
    }
    if (before.quality !== t.quality) changes.push(tieChange('tie-quality-changed', t, b.focus, before.quality, t.quality));
  }
  changes.push(...planChanges(a, b));
  return changes;
}
