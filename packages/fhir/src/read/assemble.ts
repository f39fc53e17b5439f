/**
 * The network from the drafts: ids (Kring ids given in the data, else unique ones made from
 * hints in linear time), the ties with the client, the groups; then read leniently (`parseNetwork`).
 */
import { FORMAT_NAME, FORMAT_VERSION, PARSE_LIMITS, issue, parseNetwork, type Group, type Network, type NetworkIssue, type Person, type Tie } from '@kring/core';
import type { FromFhirResult } from '../from-fhir';
import { UniqueIds } from '../unique-ids';
import { planLists, type PlanDraft } from './plan';
import type { Draft, GroupDraft, Reader } from './reader';

export function assemble(rd: Reader, focus: Draft, drafts: Draft[], groups: GroupDraft[], plan?: PlanDraft): FromFhirResult {
  // A network holds at most PARSE_LIMITS.maxArrayLength people: say so once, on the entries,
  // instead of building a network that validateNetwork would refuse with paths into it.
  const max = PARSE_LIMITS.maxArrayLength;
  if (drafts.length + 1 > max) {
    rd.error('too-long', 'entry', `the bundle gives ${drafts.length + 1} people (the client and ${drafts.length} related persons, practitioners and organisations); a Kring network holds at most ${max}`);
    return { ok: false, errors: rd.errors };
  }
  const ids = new UniqueIds();
  const fix = (id: string | undefined, path: string): string | undefined => {
    if (id === undefined) return undefined;
    if (id === '' || !ids.reserve(id)) {
      rd.error('duplicate-id', path, id === '' ? 'a Kring id must not be empty' : `Kring id "${id}" is used twice`);
      return undefined;
    }
    return id;
  };
  for (const d of drafts) {
    d.id = fix(d.fixedId, d.path);
    if (d.tie?.fixedId !== undefined) fix(d.tie.fixedId, d.path);
  }
  for (const g of groups) fix(g.fixedId, g.path);
  for (const item of [...(plan?.actions ?? []), ...(plan?.meetings ?? [])]) fix(item.id, item.path);
  if (rd.errors.length) return { ok: false, errors: rd.errors };
  const unique = (hint: string): string => ids.take(hint);
  focus.id = unique(focus.hint);
  for (const d of drafts) d.id ??= unique(d.hint);

  const people: Person[] = [focus, ...drafts].map((d) => ({ id: d.id as string, ...d.person }));
  const ties: Tie[] = [];
  for (const d of drafts) {
    if (!d.tie) continue;
    const between: [string, string] = d.tie.reversed ? [d.id as string, focus.id] : [focus.id, d.id as string];
    ties.push({ id: d.tie.fixedId ?? unique(`t-${d.id as string}`), between, ...d.tie.fields });
  }
  const outGroups: Group[] = groups.map((g) => ({
    id: g.fixedId ?? unique(g.hint),
    ...g.group,
    members: g.members.map((m) => m.id as string),
  }));
  const network: Network = { format: FORMAT_NAME, version: FORMAT_VERSION, focus: focus.id, people, ties, groups: outGroups, events: [] };
  const lists = plan ? planLists(plan, focus.id) : { paths: [] };
  if (lists.actions) network.actions = lists.actions;
  if (lists.meetings) network.meetings = lists.meetings;
  // Point at the FHIR resource a value came from: people[3].name → entry[5].resource (name).
  const nActions = lists.actions?.length ?? 0;
  const sources = {
    people: [focus, ...drafts],
    groups,
    actions: lists.paths.slice(0, nActions).map((path) => ({ path })),
    meetings: lists.paths.slice(nActions).map((path) => ({ path })),
  };
  const toSource = (p: NetworkIssue): NetworkIssue => {
    const m = /^(people|groups|actions|meetings)\[(\d+)\](.*)$/.exec(p.path);
    const from = m ? sources[m[1] as keyof typeof sources][Number(m[2])]?.path : undefined;
    return from ? issue(p.code, from, `${m?.[3] ? `${m[3].replace(/^\./, '')}: ` : ''}${p.message}`) : p;
  };
  // Text from another system may hold what a Kring network cannot (a control character, a
  // lone surrogate, a blank name): read leniently, such a value is repaired with a warning at
  // its FHIR resource ("Naamloos" for a blank name, the character removed) instead of one bad
  // character refusing the whole handover. What cannot be repaired is still an error.
  const read = parseNetwork(network, { mode: 'lenient' });
  if (!read.ok) return { ok: false, errors: read.errors.map(toSource) };
  return { ok: true, network: read.network, warnings: [...rd.warnings, ...read.warnings.map(toSource)] };
}
