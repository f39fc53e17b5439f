/**
 * fast-check arbitraries for valid networks with a plan (`actions[]`, `meetings[]`), built on
 * {@link networkArbitrary}: references resolve, ids are unique, and the consent rule holds
 * (an action about someone with consent `not-allowed` only `limit`s or `maintain`s; such a
 * person is never invited). Also arbitrary junk for the plan lists.
 */
import fc from 'fast-check';
import {
  ACTION_INTENTS, ACTION_STATUSES, MEETING_KINDS, NON_CONTACT_INTENTS,
  type Action, type ActionIntent, type Meeting, type Network,
} from '../src/model/types';
import { extensionsArbitrary, fuzzyDateArbitrary, jsonArbitrary, nameArbitrary, networkArbitrary, textArbitrary, type NetworkArbitraryOptions } from './arbitraries';

type ActionBody = Omit<Action, 'id' | 'about' | 'owner'> & { about: number[]; owner?: number | string };
const actionBody = (targets: number, people: number): fc.Arbitrary<ActionBody> =>
  fc.record(
    {
      about: fc.uniqueArray(fc.nat({ max: targets - 1 }), { minLength: 1, maxLength: Math.min(3, targets) }),
      intent: fc.constantFrom(...ACTION_INTENTS),
      step: textArbitrary(),
      owner: fc.oneof(fc.nat({ max: people - 1 }), textArbitrary()),
      due: fuzzyDateArbitrary,
      status: fc.constantFrom(...ACTION_STATUSES),
      done: fuzzyDateArbitrary,
      note: textArbitrary(),
      extensions: extensionsArbitrary,
    },
    { noNullPrototype: true, requiredKeys: ['about', 'intent', 'step'] },
  );

type MeetingBody = Omit<Meeting, 'id' | 'invited' | 'group'> & { invited: number[]; group?: number };
const meetingBody = (people: number, groups: number): fc.Arbitrary<MeetingBody> =>
  fc.record(
    {
      title: nameArbitrary(),
      date: fuzzyDateArbitrary,
      kind: fc.constantFrom(...MEETING_KINDS),
      invited: fc.uniqueArray(fc.nat({ max: people - 1 }), { maxLength: Math.min(4, people) }),
      group: fc.nat({ max: Math.max(0, groups - 1) }),
      outcome: textArbitrary(),
      extensions: extensionsArbitrary,
    },
    { noNullPrototype: true, requiredKeys: ['title', 'date', 'kind', 'invited'] },
  );

function freeId(used: Set<string>, prefix: string): string {
  for (let k = 1; ; k++) {
    const id = `${prefix}${k}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** Build valid actions and meetings for `n` from the generated bodies. */
function withPlan(n: Network, actions: ActionBody[] | undefined, meetings: MeetingBody[] | undefined): Network {
  const people = n.people.map((p) => p.id);
  const targets = [...people, ...n.ties.map((t) => t.id)];
  const kindOf = new Map<string, string>();
  for (const key of ['people', 'ties', 'groups', 'events'] as const) for (const item of n[key]) kindOf.set(item.id, key);
  const refused = new Set(n.people.filter((p) => p.consent === 'not-allowed').map((p) => p.id));
  const contacted = (id: string): string[] => {
    const tie = n.ties.find((t) => t.id === id);
    return tie ? tie.between.filter((end) => end !== n.focus) : [id];
  };
  const used = new Set(kindOf.keys());
  const out: Network = { ...n };
  if (actions) {
    out.actions = actions.map(({ about, owner, intent, ...rest }) => {
      const ids = about.map((i) => targets[i] as string);
      const refuses = ids.some((id) => contacted(id).some((p) => refused.has(p)));
      const safeIntent: ActionIntent = refuses && !NON_CONTACT_INTENTS.includes(intent) ? 'limit' : intent;
      const action: Action = { id: freeId(used, 'a-'), about: ids, intent: safeIntent, ...rest };
      const ownerValue = typeof owner === 'number' ? people[owner] : owner;
      return ownerValue === undefined ? action : { ...action, owner: ownerValue };
    });
  }
  if (meetings) {
    out.meetings = meetings.map(({ invited, group, ...rest }) => {
      const meeting: Meeting = { id: freeId(used, 'm-'), ...rest, invited: invited.map((i) => people[i] as string).filter((p) => !refused.has(p)) };
      const g = group === undefined ? undefined : n.groups[group]?.id;
      return g === undefined ? meeting : { ...meeting, group: g };
    });
  }
  // Free text that happens to be the id of something other than a person would be refused.
  out.actions = out.actions?.map((a) => {
    if (a.owner === undefined || kindOf.get(a.owner) === 'people' || !used.has(a.owner)) return a;
    const { owner: _o, ...rest } = a;
    return rest;
  });
  if (out.actions === undefined) delete out.actions;
  return out;
}

/** Canonical key order (as `serializeNetwork` writes), so parse ∘ serialize gives deep-equal objects. */
function canonical(n: Network): Network {
  const { layout, extensions, actions, meetings, ...rest } = n;
  const out: Network = { ...rest };
  if (actions) out.actions = actions;
  if (meetings) out.meetings = meetings;
  if (layout) out.layout = layout;
  if (extensions) out.extensions = extensions;
  return out;
}

/** An arbitrary valid network with (often) a plan. */
export function planNetworkArbitrary(options: NetworkArbitraryOptions = {}): fc.Arbitrary<Network> {
  return networkArbitrary(options).chain((n) => {
    const targets = n.people.length + n.ties.length;
    return fc
      .record({
        actions: fc.option(fc.array(actionBody(targets, n.people.length), { maxLength: 4 }), { nil: undefined }),
        meetings: fc.option(fc.array(meetingBody(n.people.length, n.groups.length), { maxLength: 2 }), { nil: undefined }),
      })
      .map(({ actions, meetings }) => canonical(withPlan(n, actions, meetings)));
  });
}

/** Arbitrary plan lists: valid-looking items mixed with junk of every type. */
export const planJunkArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  jsonArbitrary,
  fc.array(
    fc.oneof(
      jsonArbitrary,
      fc.record(
        {
          id: fc.oneof(fc.string(), jsonArbitrary),
          about: fc.oneof(fc.array(fc.oneof(fc.constantFrom('p-1', 'p-2', 't-1', 'g-1', '__proto__'), fc.string(), jsonArbitrary)), jsonArbitrary),
          intent: fc.oneof(fc.constantFrom(...ACTION_INTENTS), fc.string()),
          step: fc.oneof(fc.string(), jsonArbitrary),
          owner: fc.oneof(fc.constantFrom('p-1', 't-1', 'g-1'), fc.string(), jsonArbitrary),
          due: fc.oneof(fuzzyDateArbitrary, fc.string()),
          status: fc.oneof(fc.constantFrom(...ACTION_STATUSES), fc.string()),
          title: fc.oneof(fc.string(), jsonArbitrary),
          date: fc.oneof(fuzzyDateArbitrary, fc.string()),
          kind: fc.oneof(fc.constantFrom(...MEETING_KINDS), fc.string()),
          invited: fc.oneof(fc.array(fc.constantFrom('p-1', 'p-2', 'p-3', 'g-1', 'nobody')), jsonArbitrary),
          group: fc.oneof(fc.constantFrom('g-1', 'p-1'), jsonArbitrary),
          extensions: jsonArbitrary,
        },
        { requiredKeys: [] },
      ),
    ),
    { maxLength: 5 },
  ),
);
