/**
 * Consent refusals: a FHIR R4 `Consent` that denies (provision.type `deny`) with a person as
 * actor makes that person's Kring `consent` `not-allowed` ("do not contact").
 *
 * Decisions:
 * - Read: `status: active`, about the client (`patient`), scope `patient-privacy` (what Kring
 *   writes; research, treatment and advance-directive consents say nothing about contacting
 *   someone). Every other Consent is left out with a warning naming the field.
 * - Refusals are found at any depth of `provision` ("permit everything, except this person").
 *   A permit never lifts a refusal, and a refusal without an actor (everyone) is not read:
 *   Kring records consent per person. Periods and purposes of a provision are not read, so a
 *   refusal counts as current.
 * - **A refusal wins.** When a Kring `consent` extension (or the embedded document) says
 *   anything but `not-allowed` for a person a Consent refuses, the person becomes
 *   `not-allowed` and a warning says so: contacting someone who must not be contacted can put
 *   a shelter client in danger; not contacting someone who may be contacted costs one question.
 * - The date: the Consent's `dateTime` (date part) becomes `consentDate`, except for a Kring
 *   person whose extension already says `not-allowed` (its fuzzy date is more exact).
 */
import { joinPath, type Network, type Person } from '@kring/core';
import { SYSTEMS } from '../codes';
import { KRING_EXTENSION_BASE, KRING_EXTENSIONS as X } from '../extensions';
import { type Obj, type Reader, type Res, isObject, own } from './reader';
import type { Client, Resolver } from './references';

/** One person refused by one Consent. */
export interface Refusal {
  /** The resource the actor reference points at, when it is in the bundle. */
  target: Res | undefined;
  /** Path of the actor's reference, for warnings. */
  path: string;
  /** The Consent's `dateTime` as a Kring date. */
  date: string | undefined;
}

/** The refusals of every Consent about the client; malformed Consents are errors, others left out with a warning. */
export function readConsents(rd: Reader, resources: readonly Res[], resolver: Resolver, client: Client): Refusal[] {
  const out: Refusal[] = [];
  for (const x of resources) {
    if (x.type !== 'Consent') continue;
    const { r, path } = x;
    const status = rd.string(r, 'status', path);
    if (own(r, 'status') === undefined) rd.error('required', joinPath(path, 'status'), 'a Consent needs a status');
    const patient = rd.object(r, 'patient', path);
    const scope = rd.object(r, 'scope', path);
    const scopes = scope ? rd.concept(scope, joinPath(path, 'scope')).codes : [];
    const date = rd.date(r, 'dateTime', path);
    const denied = deniedActors(rd, r, path);
    if (status === undefined) continue;
    if (status !== 'active') {
      rd.warn('unknown-field', joinPath(path, 'status'), `this Consent is "${status}", not active; it was not applied`);
      continue;
    }
    const notClient = patient ? client.check(patient, x) : 'is missing';
    if (notClient !== undefined) {
      rd.warn('unknown-field', joinPath(path, 'patient'), `this Consent's patient ${notClient}; it was not applied`);
      continue;
    }
    if (!scopes.some((c) => c.code === 'patient-privacy' && (c.system === undefined || c.system === SYSTEMS.consentScope))) {
      rd.warn('unknown-field', joinPath(path, 'scope'), 'only privacy consents (scope patient-privacy) say whom not to contact; this Consent was not applied');
      continue;
    }
    for (const d of denied) {
      if (d.ref === undefined) {
        rd.warn('unknown-field', d.path, 'a refusal without an actor (everyone) is not read: Kring records consent per person');
        continue;
      }
      out.push({ target: resolver.resolve(d.ref, x), path: d.path, date });
    }
  }
  return out;
}

/**
 * The actor references of every `deny` provision, nested ones included. Walked with a stack
 * and a visited set: a hostile object input may nest deeply or refer to itself.
 */
function deniedActors(rd: Reader, r: Obj, path: string): { ref: string | undefined; path: string }[] {
  const out: { ref: string | undefined; path: string }[] = [];
  const top = rd.object(r, 'provision', path);
  if (!top) return out;
  const stack: { o: Obj; path: string }[] = [{ o: top, path: joinPath(path, 'provision') }];
  const seen = new Set<Obj>();
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (seen.has(item.o)) continue;
    seen.add(item.o);
    const type = rd.string(item.o, 'type', item.path);
    const actors = rd.objects(item.o, 'actor', item.path);
    if (type === 'deny' && actors.length === 0) out.push({ ref: undefined, path: item.path });
    for (const { o: actor, path: ap } of actors) {
      const ref = rd.object(actor, 'reference', ap);
      const rp = joinPath(ap, 'reference');
      if (!ref) {
        rd.error('required', rp, 'a Consent actor needs a reference');
        continue;
      }
      const s = rd.string(ref, 'reference', rp);
      if (type === 'deny') {
        if (s !== undefined) out.push({ ref: s, path: rp });
        else rd.warn('unknown-field', rp, 'a refused actor without a literal reference cannot be matched to a person; not applied');
      }
    }
    const nested = rd.objects(item.o, 'provision', item.path);
    for (let k = nested.length - 1; k >= 0; k--) stack.push(nested[k] as { o: Obj; path: string }); // no spread: a huge list would overflow the call stack
  }
  return out;
}

/** What a refusal does to a person's consent fields; the warning when it overrules Kring's own data. */
function refuse(person: Omit<Person, 'id'>, kring: boolean, refusal: Refusal): string | undefined {
  const before = person.consent;
  if (kring && before === 'not-allowed') {
    if (person.consentDate === undefined && refusal.date !== undefined) person.consentDate = refusal.date;
    return undefined;
  }
  person.consent = 'not-allowed';
  if (refusal.date !== undefined) person.consentDate = refusal.date;
  else delete person.consentDate;
  return kring ? `this Consent refuses contact with this person, but Kring's consent for them says "${before ?? 'unknown'}"; the refusal wins` : undefined;
}

/** Apply refusals to the people drafted from the resources (no embedded document). */
export function applyToDrafts(rd: Reader, refusals: readonly Refusal[]): void {
  for (const refusal of refusals) {
    const draft = refusal.target?.draft;
    if (!draft) {
      rd.warn('dangling-reference', refusal.path, 'the refused actor is not a person imported from this bundle; the refusal was not applied to anyone');
      continue;
    }
    const warning = refuse(draft.person, draft.fixedId !== undefined, refusal);
    if (warning) rd.warn('invalid-value', refusal.path, warning);
  }
}

/** Apply refusals to the embedded document's people, matched through the resources' `person-id` extension. */
export function applyToNetwork(rd: Reader, network: Network, refusals: readonly Refusal[]): Network {
  if (refusals.length === 0) return network;
  const index = new Map(network.people.map((p, i) => [p.id, i]));
  const people = [...network.people];
  for (const refusal of refusals) {
    const id = refusal.target ? personIdOf(refusal.target.r) : undefined;
    const at = id !== undefined ? index.get(id) : undefined;
    const person = at !== undefined ? people[at] : undefined;
    if (at === undefined || !person) {
      rd.warn('dangling-reference', refusal.path, 'the refused actor is not a person of the embedded network; the refusal was not applied to anyone');
      continue;
    }
    const copy: Person = { ...person };
    const warning = refuse(copy, true, refusal);
    people[at] = copy;
    if (warning) rd.warn('invalid-value', refusal.path, warning);
  }
  return { ...network, people };
}

/** The Kring person id a resource carries, if any (read quietly: the document is the source of truth). */
function personIdOf(r: Obj): string | undefined {
  const ext = own(r, 'extension');
  if (!Array.isArray(ext)) return undefined;
  for (const e of ext) {
    if (isObject(e) && own(e, 'url') === KRING_EXTENSION_BASE + X.personId && typeof own(e, 'valueString') === 'string') return own(e, 'valueString') as string;
  }
  return undefined;
}
