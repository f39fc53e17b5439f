import { isFuzzyDate, serializeNetwork, type Formality, type Group, type Network, type Person, type Tie } from '@kring/core';
import { SYSTEMS, V3_ROLE_CODES, lookup, roleToRelationCode } from './codes';
import { encodeBase64Utf8, stableUuid } from './encoding';
import { KRING_CONTENT_TYPE, KRING_EXTENSIONS as X, extBoolean, extCode, extString, kringUrl } from './extensions';
import type {
  FhirAddress,
  FhirBinary,
  FhirBundle,
  FhirBundleEntry,
  FhirCareTeam,
  FhirCareTeamParticipant,
  FhirCodeableConcept,
  FhirExtension,
  FhirOrganization,
  FhirPractitioner,
  FhirReference,
  FhirRelatedPerson,
  FhirResource,
} from './fhir-types';

/** Options of {@link toFhir}. */
export interface ToFhirOptions {
  /**
   * The client's `Patient` in the receiving system: a reference string such as
   * `"Patient/123"` or `"urn:uuid:…"`, or a `Reference` with an optional display text.
   */
  patient: { reference: string; display?: string } | string;
  /** `collection` (default) or `transaction` (each entry gets a `POST` request). */
  type?: 'collection' | 'transaction';
  /** Time stamp of the bundle; default: now. */
  now?: Date;
  /**
   * Include the complete Kring document as a `Binary` entry (default `true`), so that
   * `fromFhir` restores the network exactly. Set `false` to send only the mapped resources
   * (data minimisation: no notes, events, layout, ties between other people, animals).
   */
  embed?: boolean;
  /** Name of the `CareTeam` of professionals. Default `"Formeel netwerk"`. */
  professionalsName?: string;
}

/** Kring's rule: `care` is formal, everything else informal, unless `formality` is set. */
function formalityOf(p: Person): Formality {
  return p.formality ?? (p.sector === 'care' ? 'formal' : 'informal');
}

/** A FHIR date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) from a fuzzy date: the `~` is dropped. */
function fhirDate(s: string | undefined): string | undefined {
  if (s === undefined || !isFuzzyDate(s)) return undefined;
  return s.startsWith('~') ? s.slice(1) : s;
}

/** A FHIR id (`[A-Za-z0-9.-]{1,64}`) from a Kring id, unique within `used`. */
function fhirId(id: string, used: Set<string>): string {
  const base = (id.replace(/[^A-Za-z0-9.-]/g, '-') || 'x').slice(0, 56);
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}

function personExtensions(p: Person, kindDefault: Person['kind'], tie: { tie: Tie; reversed: boolean } | undefined): FhirExtension[] {
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

function relationship(p: Person): FhirCodeableConcept[] | undefined {
  const code = p.relationCode ?? (p.role ? roleToRelationCode(p.role) : undefined);
  if (code === undefined && !p.role) return undefined;
  const cc: FhirCodeableConcept = {};
  if (code !== undefined) {
    const info = lookup(V3_ROLE_CODES, code);
    cc.coding = [info ? { system: SYSTEMS.v3RoleCode, code, display: info.display } : { system: SYSTEMS.v3RoleCode, code }];
  }
  if (p.role) cc.text = p.role;
  return [cc];
}

function address(p: Person): FhirAddress[] | undefined {
  return p.location?.country ? [{ country: p.location.country }] : undefined;
}

function languageConcept(tag: string): FhirCodeableConcept {
  return { coding: [{ system: SYSTEMS.bcp47, code: tag }] };
}

/**
 * Export a Kring network as an HL7 FHIR R4 `Bundle` for another care system.
 *
 * - every informal person (not the client) → `RelatedPerson` with `relationship` coded in
 *   HL7 v3 RoleCode (from `relationCode`, else derived from a Dutch `role` such as "zus"),
 *   `active` from the tie with the client, `period.start`, `communication` from languages;
 * - formal people → `Practitioner`, organisations / places / groups → `Organization`; the
 *   formal ones are participants of one `CareTeam` of professionals;
 * - each group of kind `support-group` / `base-team` → a `CareTeam`;
 * - what FHIR has no element for (closeness, consent, burden, strength, quality, …) → Kring
 *   extensions under `KRING_EXTENSION_BASE`;
 * - the complete network → a `Binary` entry (`KRING_CONTENT_TYPE`), unless `embed: false`.
 *
 * Pure and deterministic for a given `now`; never throws for a typed network.
 */
export function toFhir(network: Network, options: ToFhirOptions): FhirBundle {
  const patient: FhirReference =
    typeof options.patient === 'string'
      ? { reference: options.patient }
      : options.patient.display !== undefined
        ? { reference: options.patient.reference, display: options.patient.display }
        : { reference: options.patient.reference };
  const netKey = network.id ?? network.focus;
  const fullUrl = (what: string, id: string): string => `urn:uuid:${stableUuid(`${netKey}\u0000${what}\u0000${id}`)}`;
  const usedIds = new Map<string, Set<string>>();
  const idFor = (type: string, id: string): string => {
    let used = usedIds.get(type);
    if (!used) usedIds.set(type, (used = new Set()));
    return fhirId(id, used);
  };

  const focus = network.focus;
  const focusTies = new Map<string, { tie: Tie; reversed: boolean }>();
  for (const t of network.ties ?? []) {
    const [a, b] = t.between;
    if (a === focus && b !== focus && !focusTies.has(b)) focusTies.set(b, { tie: t, reversed: false });
    else if (b === focus && a !== focus && !focusTies.has(a)) focusTies.set(a, { tie: t, reversed: true });
  }

  const entries: { fullUrl: string; resource: FhirResource }[] = [];
  const refs = new Map<string, FhirReference>();
  const professionals: FhirCareTeamParticipant[] = [];

  for (const p of network.people ?? []) {
    if (p.id === focus || p.kind === 'animal') continue;
    const tie = focusTies.get(p.id);
    const formal = formalityOf(p) === 'formal';
    const url = fullUrl('person', p.id);
    let resource: FhirRelatedPerson | FhirPractitioner | FhirOrganization;
    if (p.kind === 'person' && !formal) {
      const rp: FhirRelatedPerson = {
        resourceType: 'RelatedPerson',
        id: idFor('RelatedPerson', p.id),
        extension: personExtensions(p, 'person', tie),
        patient,
      };
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
      resource = rp;
    } else if (p.kind === 'person') {
      const ext = personExtensions(p, 'person', tie);
      if (p.role) ext.push(extString(kringUrl(X.role), p.role));
      const pr: FhirPractitioner = { resourceType: 'Practitioner', id: idFor('Practitioner', p.id), extension: ext, name: [{ text: p.name }] };
      const addr = address(p);
      if (addr) pr.address = addr;
      if (p.languages?.length) pr.communication = p.languages.map(languageConcept);
      resource = pr;
    } else {
      const ext = personExtensions(p, 'organisation', tie);
      if (p.role) ext.push(extString(kringUrl(X.role), p.role));
      for (const tag of p.languages ?? []) ext.push(extCode(kringUrl(X.language), tag));
      const org: FhirOrganization = { resourceType: 'Organization', id: idFor('Organization', p.id), extension: ext, name: p.name };
      if (p.role) org.type = [{ text: p.role }];
      const addr = address(p);
      if (addr) org.address = addr;
      resource = org;
    }
    entries.push({ fullUrl: url, resource });
    const ref: FhirReference = { reference: url, type: resource.resourceType, display: p.name };
    refs.set(p.id, ref);
    if (formal) {
      const part: FhirCareTeamParticipant = {};
      if (p.role) part.role = [{ text: p.role }];
      part.member = ref;
      const start = fhirDate(tie?.tie.since ?? p.since);
      if (start) part.period = { start };
      professionals.push(part);
    }
  }

  if (professionals.length > 0) {
    const team: FhirCareTeam = {
      resourceType: 'CareTeam',
      id: idFor('CareTeam', 'kring-professionals'),
      extension: [extCode(kringUrl(X.careTeam), 'professionals')],
      status: 'active',
      name: options.professionalsName ?? 'Formeel netwerk',
      subject: patient,
      participant: professionals,
    };
    entries.push({ fullUrl: fullUrl('care-team', 'professionals'), resource: team });
  }

  for (const g of network.groups ?? []) {
    if (g.kind !== 'support-group' && g.kind !== 'base-team') continue;
    entries.push({ fullUrl: fullUrl('group', g.id), resource: groupCareTeam(g, focus, patient, refs, idFor('CareTeam', g.id)) });
  }

  if (options.embed !== false) {
    const binary: FhirBinary = {
      resourceType: 'Binary',
      id: idFor('Binary', 'kring-network'),
      contentType: KRING_CONTENT_TYPE,
      securityContext: patient,
      data: encodeBase64Utf8(serializeNetwork(network)),
    };
    entries.push({ fullUrl: fullUrl('document', 'network'), resource: binary });
  }

  const type = options.type ?? 'collection';
  return {
    resourceType: 'Bundle',
    type,
    timestamp: (options.now ?? new Date()).toISOString(),
    entry: entries.map(({ fullUrl: u, resource }): FhirBundleEntry =>
      type === 'transaction' ? { fullUrl: u, resource, request: { method: 'POST', url: resource.resourceType } } : { fullUrl: u, resource },
    ),
  };
}

function groupCareTeam(g: Group, focus: string, patient: FhirReference, refs: Map<string, FhirReference>, id: string): FhirCareTeam {
  const ext: FhirExtension[] = [extString(kringUrl(X.groupId), g.id), extCode(kringUrl(X.groupKind), g.kind)];
  if (g.channel) ext.push(extCode(kringUrl(X.groupChannel), g.channel));
  if (g.note) ext.push(extString(kringUrl(X.groupNote), g.note));
  if (g.extensions !== undefined) ext.push(extString(kringUrl(X.vendor), JSON.stringify(g.extensions)));
  const participant: FhirCareTeamParticipant[] = [];
  for (const m of g.members) {
    const ref = m === focus ? patient : refs.get(m);
    // Animals (and dangling ids) have no FHIR resource: they stay in the embedded document.
    if (ref) participant.push({ member: ref });
  }
  const team: FhirCareTeam = { resourceType: 'CareTeam', id, extension: ext, status: 'active', name: g.name, subject: patient };
  if (participant.length > 0) team.participant = participant;
  return team;
}
