/**
 * `CareTeam`s: Kring's team of professionals and its groups, or another system's care team
 * (its practitioners and organisations become formal people in the care sector).
 */
import { CHANNELS, GROUP_KINDS, joinPath, type Group, type GroupKind, type Person, type PersonKind } from '@kring/core';
import { KRING_EXTENSIONS as X } from '../extensions';
import { FHIR_ID, type Draft, type GroupDraft, type Obj, type Reader, type Res, type TieDraft, isObject, own, set, str } from './reader';
import type { Client, Resolver } from './references';

/**
 * Every CareTeam about the client as a group draft (not the team of professionals, whose
 * members are people only). Participants not read before (practitioners of other systems,
 * references only) are drafted here and added to `drafts`.
 */
export function readCareTeams(rd: Reader, resources: readonly Res[], resolver: Resolver, client: Client, focus: Draft, drafts: Draft[]): GroupDraft[] {
  const groups: GroupDraft[] = [];
  for (const x of resources) {
    if (x.type !== 'CareTeam') continue;
    const subject = rd.object(x.r, 'subject', x.path);
    const notClient = subject ? client.check(subject, x) : undefined;
    if (notClient !== undefined) {
      rd.warn('unknown-field', joinPath(x.path, 'subject'), `this CareTeam's subject ${notClient}; it was left out`);
      continue;
    }
    const ext = rd.extensions(x.r, x.path);
    const professionals = rd.code(ext, X.careTeam) === 'professionals';
    const members = readParticipants(rd, x, resolver, client, focus, drafts);
    if (professionals) continue;
    const kind = rd.code(ext, X.groupKind, GROUP_KINDS) ?? 'other';
    const group: Omit<Group, 'id' | 'members'> = {
      name: str(rd.string(x.r, 'name', x.path)) ?? (kind === 'other' ? 'Zorgteam' : 'Steungroep'),
      kind: kind as GroupKind,
    };
    set(group, 'channel', rd.code(ext, X.groupChannel, CHANNELS));
    set(group, 'note', rd.text(ext, X.groupNote));
    set(group, 'extensions', rd.vendor(ext));
    const fixedId = rd.text(ext, X.groupId);
    const id = own(x.r, 'id');
    const g: GroupDraft = { hint: typeof id === 'string' ? id : 'team', path: x.path, group, members };
    if (fixedId !== undefined) g.fixedId = fixedId;
    groups.push(g);
  }
  return groups;
}

/** The members of one CareTeam, in participant order, each once (a set: a team of thousands stays linear). */
function readParticipants(rd: Reader, x: Res, resolver: Resolver, client: Client, focus: Draft, drafts: Draft[]): Draft[] {
  const members = new Set<Draft>();
  for (const { o: part, path: pp } of rd.objects(x.r, 'participant', x.path)) {
    const member = rd.object(part, 'member', pp);
    const mp = joinPath(pp, 'member');
    if (!member) continue;
    const ref = rd.string(member, 'reference', mp);
    if (ref !== undefined && client.check(member, x) === undefined) {
      members.add(focus);
      continue;
    }
    const target = ref !== undefined ? resolver.resolve(ref, x) : undefined;
    let d: Draft | null | undefined = target?.draft;
    if (d === undefined) {
      d = foreignParticipant(rd, part, pp, member, target, ref, resolver);
      if (target) target.draft = d;
      else if (d && ref !== undefined) resolver.remember(ref, { type: 'unresolved', r: {}, path: mp, draft: d });
      if (d) drafts.push(d);
    }
    if (d) members.add(d);
  }
  return [...members];
}

/** A CareTeam participant from another system: a formal person in the care sector. */
function foreignParticipant(
  rd: Reader,
  part: Obj,
  path: string,
  member: Obj,
  target: Res | undefined,
  ref: string | undefined,
  resolver: Resolver,
): Draft | null {
  const roles = rd.objects(part, 'role', path).map(({ o, path: p }) => rd.concept(o, p));
  const roleText = roles.find((c) => c.text)?.text ?? roles.flatMap((c) => c.codes).find((c) => c.display)?.display;
  const period = rd.object(part, 'period', path);
  const start = period ? rd.date(period, 'start', joinPath(path, 'period')) : undefined;
  const end = period ? rd.date(period, 'end', joinPath(path, 'period')) : undefined;
  const typeOf = target?.type ?? str(own(member, 'type')) ?? (ref !== undefined ? /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+$/.exec(ref)?.[1] : undefined);
  if (typeOf === 'Patient') {
    rd.warn('unknown-field', joinPath(path, 'member'), 'a participant who is another patient was left out');
    return null;
  }
  if (typeOf === 'RelatedPerson' && target) return null; // a RelatedPerson that was left out or had errors
  let name: string | undefined;
  if (target?.type === 'Practitioner' || target?.type === 'Patient' || target?.type === 'RelatedPerson') name = rd.humanName(target.r, target.path);
  else if (target?.type === 'Organization' || target?.type === 'CareTeam') name = str(own(target.r, 'name'));
  else if (target?.type === 'PractitionerRole') {
    const practitioner = own(target.r, 'practitioner');
    if (isObject(practitioner)) {
      const pref = own(practitioner, 'reference');
      const p = typeof pref === 'string' ? resolver.resolve(pref, target) : undefined;
      name = (p ? rd.humanName(p.r, p.path) : undefined) ?? str(own(practitioner, 'display'));
    }
  }
  name ??= str(own(member, 'display'));
  if (name === undefined && roleText === undefined && ref === undefined) {
    rd.warn('required', joinPath(path, 'member'), 'a participant without reference, name or role was left out');
    return null;
  }
  const informal = typeOf === 'RelatedPerson';
  const kind: PersonKind = typeOf === 'Organization' || typeOf === 'CareTeam' ? 'organisation' : 'person';
  const person: Omit<Person, 'id'> = { name: name ?? roleText ?? 'Hulpverlener', kind, sector: informal ? 'other' : 'care' };
  if (!informal) person.formality = 'formal';
  person.closeness = 'outer';
  set(person, 'role', roleText);
  person.consent = 'unknown';
  person.source = 'record';
  const tie: TieDraft = { reversed: false, fields: { status: end !== undefined ? 'ended' : 'active' } };
  set(tie.fields, 'since', start);
  const id = target ? own(target.r, 'id') : undefined;
  return { hint: typeof id === 'string' && FHIR_ID.test(id) ? id : kind === 'organisation' ? 'organisatie' : 'hulpverlener', path, person, tie };
}
