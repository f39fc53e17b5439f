/**
 * Field-by-field changes that `diffNetworks` does not report: a person's role or consent, a
 * tie's contact or support, a group, a life event's title, date or kind, the map's
 * hand-made placements. Data for the audit log (see `summary.ts`); the words are the UI's.
 */
import { actionPeople, type Action, type Group, type LifeEvent, type Meeting, type Network, type Person, type Tie } from '@kring/core';
import type { AuditChange, AuditEntity, AuditValue } from './summary';

/** Names by id (newer version first) and the client's id. */
export interface Names {
  name(id: string | undefined): string;
  focus: string;
}

/** Fields `diffNetworks` already reports (as moves, status, strength and quality changes). */
const REPORTED: Partial<Record<AuditEntity, ReadonlySet<string>>> = {
  person: new Set(['closeness', 'sector']),
  tie: new Set(['status', 'quality']),
  action: new Set(['status', 'done']),
  meeting: new Set(['outcome']),
};
/** Free text and vendor data: the log says that it changed, never what it says. */
const HIDDEN = new Set(['note', 'boundary', 'extensions', 'history', 'step', 'outcome']);
/** Object fields logged per inner field (`location.area`, `support.gives`). */
const NESTED = new Set(['location', 'support']);
/** Fields never compared: identity, the tie's pair (ties are matched by it), the map layout (its own line). */
const SKIP = new Set(['id', 'between', 'layout', 'people:network', 'ties:network', 'groups:network', 'events:network', 'actions:network', 'meetings:network', 'format', 'version']);
/** Lists of people ids, logged as names. */
const PEOPLE_LISTS = new Set(['people', 'members', 'invited', 'about']);

type Obj = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function asValue(field: string, value: unknown, names: Names): AuditValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (PEOPLE_LISTS.has(field) && Array.isArray(value)) return value.map((id) => names.name(String(id)));
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** One line per changed field of one person, tie, group, event or the network itself. */
function compare(entity: AuditEntity, subject: { name: string; other?: string }, a: Obj, b: Obj, names: Names, skip: ReadonlySet<string> = new Set()): AuditChange[] {
  const out: AuditChange[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    if (SKIP.has(key) || SKIP.has(`${key}:${entity}`) || REPORTED[entity]?.has(key) || skip.has(key) || same(a[key], b[key])) continue;
    if (NESTED.has(key)) {
      const inner = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
      for (const change of compare(entity, subject, inner(a[key]), inner(b[key]), names)) {
        if (change.kind === 'field-changed') out.push({ ...change, field: `${key}.${change.field}` });
      }
      continue;
    }
    const change: AuditChange = { kind: 'field-changed', entity, ...subject, field: key };
    if (HIDDEN.has(key)) change.hidden = true;
    else {
      const from = asValue(key, a[key], names);
      const to = asValue(key, b[key], names);
      if (from !== undefined) change.from = from;
      if (to !== undefined) change.to = to;
    }
    out.push(change);
  }
  return out;
}

function pairKey(tie: Tie): string {
  const [a, b] = tie.between;
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function people(before: Network, after: Network, names: Names): AuditChange[] {
  const old = new Map<string, Person>(before.people.map((p) => [p.id, p]));
  return after.people.flatMap((p) => {
    const a = old.get(p.id);
    return a ? compare('person', { name: a.name }, a as unknown as Obj, p as unknown as Obj, names) : [];
  });
}

function ties(before: Network, after: Network, names: Names): AuditChange[] {
  const old = new Map<string, Tie>(before.ties.map((t) => [pairKey(t), t]));
  return after.ties.flatMap((t) => {
    const a = old.get(pairKey(t));
    if (!a) return [];
    const [x, y] = t.between;
    const subject = x === names.focus || y === names.focus
      ? { name: names.name(x === names.focus ? y : x) }
      : { name: names.name(x), other: names.name(y) };
    // A strength that was or becomes empty has no direction, so diffNetworks leaves it out: log it here.
    const strengthReported = a.strength !== undefined && t.strength !== undefined;
    // `history` changes with every status change (changeTieStatus writes it): only worth a line on its own.
    const statusChanged = (a.status ?? 'active') !== (t.status ?? 'active') || !same(a.strength, t.strength) || a.quality !== t.quality;
    const skip = new Set([...(strengthReported ? ['strength'] : []), ...(statusChanged ? ['history'] : [])]);
    return compare('tie', subject, a as unknown as Obj, t as unknown as Obj, names, skip);
  });
}

function groups(before: Network, after: Network, names: Names): AuditChange[] {
  const old = new Map<string, Group>(before.groups.map((g) => [g.id, g]));
  const ids = new Set(after.groups.map((g) => g.id));
  return [
    ...after.groups.filter((g) => !old.has(g.id)).map((g): AuditChange => ({ kind: 'group-added', name: g.name })),
    ...before.groups.filter((g) => !ids.has(g.id)).map((g): AuditChange => ({ kind: 'group-removed', name: g.name })),
    ...after.groups.flatMap((g) => {
      const a = old.get(g.id);
      return a ? compare('group', { name: a.name }, a as unknown as Obj, g as unknown as Obj, names) : [];
    }),
  ];
}

function eventLine(kind: 'event-added' | 'event-removed', e: LifeEvent): AuditChange {
  const date = e.date ?? e.start;
  return date === undefined ? { kind, name: e.title } : { kind, name: e.title, date };
}

function events(before: Network, after: Network, names: Names): AuditChange[] {
  const old = new Map<string, LifeEvent>(before.events.map((e) => [e.id, e]));
  const ids = new Set(after.events.map((e) => e.id));
  return [
    ...after.events.filter((e) => !old.has(e.id)).map((e) => eventLine('event-added', e)),
    ...before.events.filter((e) => !ids.has(e.id)).map((e) => eventLine('event-removed', e)),
    ...after.events.flatMap((e) => {
      const a = old.get(e.id);
      return a ? compare('event', { name: a.title }, a as unknown as Obj, e as unknown as Obj, names) : [];
    }),
  ];
}

/**
 * Changed fields of actions and meetings that stay in the plan (added, removed, done, dropped,
 * reopened and held are `diffNetworks` lines). The step and the outcome are free text: the log
 * says they changed, not what they say; an action is named by the people it is about, a meeting by its title.
 */
function plan(before: Network, after: Network, names: Names): AuditChange[] {
  const oldActions = new Map<string, Action>((before.actions ?? []).map((a) => [a.id, a]));
  const oldMeetings = new Map<string, Meeting>((before.meetings ?? []).map((m) => [m.id, m]));
  return [
    ...(after.actions ?? []).flatMap((a) => {
      const was = oldActions.get(a.id);
      return was ? compare('action', { name: actionPeople(after, a).map((id) => names.name(id)).join(', ') }, was as unknown as Obj, a as unknown as Obj, names) : [];
    }),
    ...(after.meetings ?? []).flatMap((m) => {
      const was = oldMeetings.get(m.id);
      return was ? compare('meeting', { name: was.title }, was as unknown as Obj, m as unknown as Obj, names) : [];
    }),
  ];
}

/** People placed by hand on the map (drag, Alt+arrows) whose placement changed; one line for all. */
function layout(before: Network, after: Network, names: Names): AuditChange[] {
  const a = before.layout ?? {};
  const b = after.layout ?? {};
  const present = new Set(after.people.map((p) => p.id));
  const moved = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => present.has(id) && !same(a[id], b[id]));
  return moved.length ? [{ kind: 'layout-changed', names: moved.map((id) => names.name(id)) }] : [];
}

/** Every change between the versions that `diffNetworks` does not report, in a fixed order. */
export function fieldChanges(before: Network, after: Network, names: Names): AuditChange[] {
  return [
    ...compare('network', { name: after.title ?? '' }, before as unknown as Obj, after as unknown as Obj, names),
    ...people(before, after, names),
    ...ties(before, after, names),
    ...groups(before, after, names),
    ...events(before, after, names),
    ...plan(before, after, names),
    ...layout(before, after, names),
  ];
}
