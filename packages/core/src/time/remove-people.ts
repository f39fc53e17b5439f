/**
 * Private helper of `networkAt`: drop a set of people and everything that points at them.
 *
 * Not `removePerson` from ../operations on purpose: `networkAt` removes many people at
 * once, must never fail (the operations validate and refuse the focus), and must share
 * every part it does not change so that `networkAt(n, latest)` is deep-equal to `n`.
 * @internal
 */
import type { LifeEvent, Network } from '../model/types';

/**
 * A copy of `network` without the people in `ids`, their ties, their group memberships,
 * their event links (an event's `people` is dropped when it becomes empty) and their
 * layout entries. Unchanged parts are shared, not copied. The input is not mutated.
 * @internal
 */
export function withoutPeople(network: Network, ids: ReadonlySet<string>): Network {
  if (ids.size === 0) return network;
  const result: Network = {
    ...network,
    people: network.people.filter((p) => !ids.has(p.id)),
    ties: network.ties.filter((t) => !ids.has(t.between[0]) && !ids.has(t.between[1])),
    groups: network.groups.map((g) =>
      g.members.some((m) => ids.has(m)) ? { ...g, members: g.members.filter((m) => !ids.has(m)) } : g,
    ),
    events: network.events.map((e): LifeEvent => {
      if (!e.people || !e.people.some((id) => ids.has(id))) return e;
      const people = e.people.filter((id) => !ids.has(id));
      const copy: LifeEvent = { ...e, people };
      if (people.length === 0) delete copy.people;
      return copy;
    }),
  };
  if (network.layout && Object.keys(network.layout).some((k) => ids.has(k))) {
    result.layout = Object.fromEntries(Object.entries(network.layout).filter(([k]) => !ids.has(k)));
  }
  return result;
}
