/**
 * What `toFhir` writes for one person: the Kring extensions, the tie with the client, the
 * relationship codes, address and languages.
 */
import { isFuzzyDate, type Formality, type Person, type Tie } from '@kring/core';
import { SNOMED_CODES, SYSTEMS, V3_ROLE_CODES, lookup, roleToRelationCode, roleToSnomedCode } from '../codes';
import { KRING_EXTENSIONS as X, extBoolean, extCode, extString, kringUrl } from '../extensions';
import type {
  FhirAddress,
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirOrganization,
  FhirPractitioner,
  FhirReference,
  FhirRelatedPerson,
} from '../fhir-types';

/** Kring's rule: `care` is formal, everything else informal, unless `formality` is set. */
export function formalityOf(p: Person): Formality {
  return p.formality ?? (p.sector === 'care' ? 'formal' : 'informal');
}

/** A FHIR date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) from a fuzzy date: the `~` is dropped. */
export function fhirDate(s: string | undefined): string | undefined {
  if (s === undefined || !isFuzzyDate(s)) return undefined;
  return s.startsWith('~') ? s.slice(1) : s;
}

/** A person's tie with the client; `reversed` when the client is the second of `between`. */
export interface FocusTie {
  tie: Tie;
  reversed: boolean;
}

/**
 * The resource for one person (not the client, not an animal): an informal person →
 * `RelatedPerson` of the client; a formal person → `Practitioner`; an organisation, place or
 * group → `Organization`. `idFor(type, kringId)` gives a FHIR id unique per resource type.
 */
export function personResource(
  p: Person,
  formal: boolean,
  tie: FocusTie | undefined,
  patient: FhirReference,
  idFor: (type: string, id: string) => string,
): FhirRelatedPerson | FhirPractitioner | FhirOrganization {
  if (p.kind === 'person' && !formal) {
    const rp: FhirRelatedPerson = { resourceType: 'RelatedPerson', id: idFor('RelatedPerson', p.id), extension: personExtensions(p, 'person', tie), patient };
    const status = tie?.tie.status;
    if (status !== undefined) rp.active = status === 'active';
    const rel = relationship(p);
    if (rel) rp.relationship = rel;
    rp.name = [{ text: p.name }];
    const addr = address(p);
    if (addr) rp.address = addr;
    const start = fhirDate(tie?.tie.since ?? p.since);
    if (start) rp.period = { start };
    if (p.languages?.length) rp.communication = p.languages.map((tag) => ({ language: languageConcept(tag) }));
    return rp;
  }
  if (p.kind === 'person') {
    const ext = personExtensions(p, 'person', tie);
    if (p.role) ext.push(extString(kringUrl(X.role), p.role));
    const pr: FhirPractitioner = { resourceType: 'Practitioner', id: idFor('Practitioner', p.id), extension: ext, name: [{ text: p.name }] };
    const addr = address(p);
    if (addr) pr.address = addr;
    if (p.languages?.length) pr.communication = p.languages.map(languageConcept);
    return pr;
  }
  const ext = personExtensions(p, 'organisation', tie);
  if (p.role) ext.push(extString(kringUrl(X.role), p.role));
  for (const tag of p.languages ?? []) ext.push(extCode(kringUrl(X.language), tag));
  const org: FhirOrganization = { resourceType: 'Organization', id: idFor('Organization', p.id), extension: ext, name: p.name };
  if (p.role) org.type = [{ text: p.role }];
  const addr = address(p);
  if (addr) org.address = addr;
  return org;
}

function personExtensions(p: Person, kindDefault: Person['kind'], tie: FocusTie | undefined): FhirExtension[] {
  const ext: FhirExtension[] = [extString(kringUrl(X.personId), p.id)];
  const code = (name: string, v: string | undefined): void => {
    if (v !== undefined) ext.push(extCode(kringUrl(name), v));
  };
  const str = (name: string, v: string | undefined): void => {
    if (v !== undefined && v !== '') ext.push(extString(kringUrl(name), v));
  };
  if (p.kind !== kindDefault) code(X.kind, p.kind);
  code(X.sector, p.sector);
  code(X.formality, p.formality);
  code(X.closeness, p.closeness);
  code(X.relationCode, p.relationCode);
  code(X.consent, p.consent);
  str(X.consentDate, p.consentDate);
  code(X.source, p.source);
  code(X.burden, p.burden);
  if (p.boundary) {
    ext.push(p.boundary.note ? extString(kringUrl(X.boundary), p.boundary.note) : extBoolean(kringUrl(X.boundary), true));
  }
  code(X.locationArea, p.location?.area);
  if (p.interpreter !== undefined) ext.push(extBoolean(kringUrl(X.interpreter), p.interpreter));
  for (const c of p.channels ?? []) code(X.channel, c);
  str(X.deceased, p.deceased);
  str(X.since, p.since);
  str(X.note, p.note);
  if (p.extensions !== undefined) str(X.vendor, JSON.stringify(p.extensions));
  if (tie) ext.push(tieExtension(tie.tie, tie.reversed));
  return ext;
}

function tieExtension(t: Tie, reversed: boolean): FhirExtension {
  const parts: FhirExtension[] = [{ url: 'id', valueString: t.id }];
  const code = (url: string, v: string | undefined): void => {
    if (v !== undefined) parts.push({ url, valueCode: v });
  };
  const str = (url: string, v: string | undefined): void => {
    if (v !== undefined && v !== '') parts.push({ url, valueString: v });
  };
  if (reversed) parts.push({ url: 'reversed', valueBoolean: true });
  code('strength', t.strength);
  code('quality', t.quality);
  code('status', t.status);
  code('intent', t.intent);
  code('contact', t.contact);
  for (const s of t.support?.receives ?? []) code('receives', s);
  for (const s of t.support?.gives ?? []) code('gives', s);
  str('since', t.since);
  str('note', t.note);
  for (const h of t.history ?? []) {
    const hp: FhirExtension[] = [{ url: 'date', valueString: h.date }];
    if (h.status) hp.push({ url: 'status', valueCode: h.status });
    if (h.strength) hp.push({ url: 'strength', valueCode: h.strength });
    if (h.quality) hp.push({ url: 'quality', valueCode: h.quality });
    if (h.note) hp.push({ url: 'note', valueString: h.note });
    parts.push({ url: 'history', extension: hp });
  }
  if (t.extensions !== undefined) str(X.vendor, JSON.stringify(t.extensions));
  return { url: kringUrl(X.tie), extension: parts };
}

/**
 * `RelatedPerson.relationship`: the explicit `relationCode`, else a v3 RoleCode derived from
 * the Dutch role word, else a SNOMED CT code for words v3 has no code for ("ex-partner":
 * see `ROLE_WORDS_SNOMED`); the role itself as text.
 */
function relationship(p: Person): FhirCodeableConcept[] | undefined {
  const coding = relationCoding(p);
  if (coding === undefined && !p.role) return undefined;
  const cc: FhirCodeableConcept = {};
  if (coding !== undefined) cc.coding = [coding];
  if (p.role) cc.text = p.role;
  return [cc];
}

function relationCoding(p: Person): FhirCoding | undefined {
  const code = p.relationCode ?? (p.role ? roleToRelationCode(p.role) : undefined);
  if (code !== undefined) {
    const info = lookup(V3_ROLE_CODES, code);
    return info ? { system: SYSTEMS.v3RoleCode, code, display: info.display } : { system: SYSTEMS.v3RoleCode, code };
  }
  const snomed = p.role ? roleToSnomedCode(p.role) : undefined;
  const info = snomed !== undefined ? lookup(SNOMED_CODES, snomed) : undefined;
  return snomed !== undefined && info ? { system: SYSTEMS.snomed, code: snomed, display: info.display } : undefined;
}

function address(p: Person): FhirAddress[] | undefined {
  return p.location?.country ? [{ country: p.location.country }] : undefined;
}

function languageConcept(tag: string): FhirCodeableConcept {
  return { coding: [{ system: SYSTEMS.bcp47, code: tag }] };
}
