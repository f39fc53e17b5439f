/**
 * What changed between two versions of a network, for the audit log: as data, not words.
 * The words are the client's job (`src/auditText.ts`, with Kring's own Dutch labels), so the
 * log says "Steunend", never `supportive`, and a later wording fix reaches old entries too.
 *
 * Names are copied into each change when it is logged: a person removed later (or renamed)
 * still reads right in the old entry. Free-text notes are never copied (`hidden`): the log
 * says that a note changed, not what it says.
 */
import { diffNetworks, serializeNetwork, type Network, type NetworkChange, type NetworkChangeKind } from '@kring/core';
import { fieldChanges, type Names } from './fieldChanges';

/** A value of a changed field: text, a number, yes/no, or a list (for `people` / `members`: the people's names). */
export type AuditValue = string | number | boolean | string[];

/** What a field change is about. */
export type AuditEntity = 'person' | 'tie' | 'group' | 'event' | 'action' | 'meeting' | 'network';

/**
 * One change in an audit entry, as data.
 *
 * - The kinds of `diffNetworks` (`person-added`, `tie-broken`, …): `name` is the person (for a
 *   tie: the person who is not the client), `other` the second person of a tie between two
 *   people who are not the client (absent when the tie is with the client), `field`, `from`
 *   and `to` as in `NetworkChange` (enum values: the UI gives the words).
 * - `field-changed`: one field of a person, tie, group, life event or the network. `field` is
 *   the format's field name (`date`, `role`; nested ones with a dot: `location.area`,
 *   `support.gives`); `from` / `to` absent when the field was or became empty; `hidden`
 *   when the value is not logged (notes, vendor data).
 * - `event-added` / `event-removed` (`name` = title, `date` = date or start),
 *   `group-added` / `group-removed`, `layout-changed` (people moved by hand on the map),
 *   `imported` (`format`), `client-created` (a new file: `name`), `no-change`, `other`
 *   (something this list does not name).
 */
export type AuditChange =
  | { kind: NetworkChangeKind; name: string; other?: string; field?: 'closeness' | 'sector'; from?: string; to?: string }
  | { kind: 'field-changed'; entity: AuditEntity; name: string; other?: string; field: string; from?: AuditValue; to?: AuditValue; hidden?: true }
  | { kind: 'event-added' | 'event-removed'; name: string; date?: string }
  | { kind: 'group-added' | 'group-removed'; name: string }
  | { kind: 'layout-changed'; names: string[] }
  | { kind: 'imported'; format: 'kring' | 'fhir' }
  | { kind: 'client-created'; name: string }
  | { kind: 'no-change' }
  | { kind: 'other' };

/** One line of an audit entry: a change as data, or a Dutch sentence (older entries, the seed's first line). */
export type AuditItem = string | AuditChange;

/** Looks up names in the newer version first, then in the older one (removed people). */
export function namesOf(before: Network, after: Network): Names {
  const byId = new Map<string, string>();
  for (const p of before.people) byId.set(p.id, p.name);
  for (const p of after.people) byId.set(p.id, p.name);
  return { name: (id) => (id === undefined ? '?' : byId.get(id) ?? id), focus: after.focus };
}

function fromDiff(c: NetworkChange, names: Names): AuditChange {
  const change: AuditChange = { kind: c.kind, name: names.name(c.personId) };
  if (c.otherId !== undefined && c.otherId !== names.focus && c.personId !== names.focus) change.other = names.name(c.otherId);
  if (c.field) change.field = c.field;
  if (c.from !== undefined) change.from = c.from;
  if (c.to !== undefined) change.to = c.to;
  return change;
}

/**
 * The changes from `before` to `after`: `diffNetworks` (people, circles, sectors, ties'
 * status, strength and quality) and then every other field of people, ties, groups, life
 * events and the map's hand-made placements. `no-change` when nothing differs; `other` when
 * something differs that no line names.
 */
export function summarize(before: Network, after: Network): AuditChange[] {
  const names = namesOf(before, after);
  const changes: AuditChange[] = [...diffNetworks(before, after).map((c) => fromDiff(c, names)), ...fieldChanges(before, after, names)];
  if (changes.length === 0) changes.push(serializeNetwork(before) === serializeNetwork(after) ? { kind: 'no-change' } : { kind: 'other' });
  return changes;
}

/** The entry of a new client's file: the network holds only the client. */
export function created(name: string): AuditChange[] {
  return [{ kind: 'client-created', name }];
}
