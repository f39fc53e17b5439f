/**
 * The one removal cascade: drop a set of people and everything that points at them.
 * Used by `removePerson` (which validates and protects the focus) and by `networkAt`
 * (which removes many people at once, must never fail, and must share every part it does
 * not change so that `networkAt(n, latest)` is deep-equal to `n`).
 * @internal
 */
import type { LifeEvent, Network } from '../model/types';
// Not from ./internal: time travel (networkAt) uses this module, and would pull every operation's
// machinery into a page that only draws (issue 16).
import { isRecord as isObject } from '../parse/json';
import { withoutPlanRefs } from './plan-cascade';

/**
 * A copy of `network` without the people in `ids`, their ties, their group memberships,
 * their event links (an event's `people` is dropped when it becomes empty) and their
 * layout entries, and their part of the plan (see `plan-cascade.ts`: actions about them or their
 * ties lose those ids, and go when about no one is left; meetings lose them from `invited`).
 * Unchanged arrays and records are shared, not copied; the input is not
 * mutated. Tolerates malformed parts (a non-array `members`), which validation reports.
 * @internal
 */
export function withoutPeople(network: Network, ids: ReadonlySet<string>): Network {
  if (ids.size === 0) return network;
  const people = network.people.filter((p) => !ids.has(p.id));
  const gone = new Set(ids);
  const ties = network.ties.filter((t) => {
    const drop = Array.isArray(t.between) && (ids.has(t.between[0]) || ids.has(t.between[1]));
    if (drop) gone.add(t.id);
    return !drop;
  });
  const groups = network.groups.map((g) =>
    Array.isArray(g.members) && g.members.some((m) => ids.has(m)) ? { ...g, members: g.members.filter((m) => !ids.has(m)) } : g,
  );
  const events = network.events.map((e): LifeEvent => {
    if (!Array.isArray(e.people) || !e.people.some((id) => ids.has(id))) return e;
    const kept = e.people.filter((id) => !ids.has(id));
    if (kept.length > 0) return { ...e, people: kept };
    const { people: _gone, ...rest } = e;
    return rest as LifeEvent;
  });
  const result: Network = {
    ...withoutPlanRefs(network, gone),
    people: people.length === network.people.length ? network.people : people,
    ties: ties.length === network.ties.length ? network.ties : ties,
    groups: groups.every((g, i) => g === network.groups[i]) ? network.groups : groups,
    events: events.every((e, i) => e === network.events[i]) ? network.events : events,
  };
  if (isObject(network.layout) && Object.keys(network.layout).some((k) => ids.has(k))) {
    result.layout = Object.fromEntries(Object.entries(network.layout).filter(([k]) => !ids.has(k)));
  }
  return result;
}
