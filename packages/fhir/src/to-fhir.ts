import { serializeNetwork, type Group, type Network } from '@kring/core';
import { encodeBase64Utf8, stableUuid } from './encoding';
import { KRING_CONTENT_TYPE, KRING_EXTENSIONS as X, extCode, extString, kringUrl } from './extensions';
import type { FhirBinary, FhirBundle, FhirBundleEntry, FhirCareTeam, FhirCareTeamParticipant, FhirExtension, FhirReference, FhirResource } from './fhir-types';
import { UniqueIds } from './unique-ids';
import { refusalConsent } from './write/consent';
import { appointment, carePlan } from './write/plan';
import { type FocusTie, fhirDate, formalityOf, personResource } from './write/person';

/**
 * Whether `toFhir` embeds the complete Kring document. There is no default: the caller
 * decides what leaves the building (see the README, "What each choice discloses").
 *
 * - `'document'`: a `Binary` entry with the whole network as well, so `fromFhir` restores it
 *   exactly. It discloses everything the network holds: every note (about the client, about
 *   third parties, on ties and their history), boundaries with their notes, life events,
 *   ties between other people, animals, groups of every kind, layout, title and vendor
 *   extensions.
 * - `'none'`: only the mapped resources. Those still carry, per exported person: name, role
 *   and relation code, languages, country, channels and the Kring extensions — closeness,
 *   consent, burden, boundary (with its note), deceased, note, and the tie with the client
 *   with its note and history notes; and the network plan (actions with their step, owner,
 *   dates and note; meetings with title, date, invited and outcome). Not sent: events, ties between other people, animals,
 *   chat/other groups, layout, title, the network's extensions. To leave notes and full
 *   names out as well, export `redactNetwork(network, mode)` from `@kring/core`.
 */
export type EmbedChoice = 'document' | 'none';

/** Options of {@link toFhir}. */
export interface ToFhirOptions {
  /**
   * The client's `Patient` in the receiving system: a reference string such as
   * `"Patient/123"` or `"urn:uuid:…"`, or a `Reference` with an optional display text.
   */
  patient: { reference: string; display?: string } | string;
  /**
   * Required: `'document'` to embed the complete Kring document (a `Binary` entry; exact
   * round trip, discloses everything, including notes about third parties), `'none'` for the
   * mapped resources only. See {@link EmbedChoice} for what each discloses. At run time
   * anything but `'document'` (a missing value, the old `true`) embeds nothing.
   */
  embed: EmbedChoice;
  /** `collection` (default) or `transaction` (each entry gets a `POST` request). */
  type?: 'collection' | 'transaction';
  /** Time stamp of the bundle; default: now. */
  now?: Date;
  /** Name of the `CareTeam` of professionals. Default `"Formeel netwerk"`. */
  professionalsName?: string;
}

/** A FHIR id (`[A-Za-z0-9.-]{1,64}`) from a Kring id, unique within `ids` (linear: see UniqueIds). */
function fhirId(id: string, ids: UniqueIds): string {
  return ids.take((id.replace(/[^A-Za-z0-9.-]/g, '-') || 'x').slice(0, 56));
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
 * - each person whose `consent` is `not-allowed` → also a `Consent` (deny, the person as actor);
 * - the network plan: `actions` → one `CarePlan` (intent `plan`, one `activity` per action),
 *   each meeting → an `Appointment` (see `write/plan.ts`; Kring extensions keep every field);
 * - the complete network → a `Binary` entry (`KRING_CONTENT_TYPE`) only with `embed: 'document'`.
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
  const usedIds = new Map<string, UniqueIds>();
  const idFor = (type: string, id: string): string => {
    let used = usedIds.get(type);
    if (!used) usedIds.set(type, (used = new UniqueIds()));
    return fhirId(id, used);
  };

  const focus = network.focus;
  const focusTies = tiesWithClient(network);

  const entries: { fullUrl: string; resource: FhirResource }[] = [];
  const refs = new Map<string, FhirReference>();
  const professionals: FhirCareTeamParticipant[] = [];
  const consents: { fullUrl: string; resource: FhirResource }[] = [];

  for (const p of network.people ?? []) {
    if (p.id === focus || p.kind === 'animal') continue;
    const tie = focusTies.get(p.id);
    const formal = formalityOf(p) === 'formal';
    const url = fullUrl('person', p.id);
    const resource = personResource(p, formal, tie, patient, idFor);
    entries.push({ fullUrl: url, resource });
    const ref: FhirReference = { reference: url, type: resource.resourceType, display: p.name };
    refs.set(p.id, ref);
    const consent = refusalConsent(p, idFor('Consent', p.id), patient, ref);
    if (consent) consents.push({ fullUrl: fullUrl('consent', p.id), resource: consent });
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

  for (const c of consents) entries.push(c); // a loop, not a spread: no argument-count limit on huge networks

  // The network plan: a CarePlan of the actions, an Appointment per meeting.
  const refOf = (id: string): FhirReference | undefined => (id === focus ? patient : refs.get(id));
  const plan = carePlan(network, idFor('CarePlan', 'kring-plan'), patient, refOf);
  if (plan) entries.push({ fullUrl: fullUrl('care-plan', 'plan'), resource: plan });
  for (const m of network.meetings ?? []) {
    entries.push({ fullUrl: fullUrl('meeting', m.id), resource: appointment(m, network, idFor('Appointment', m.id), patient, refOf) });
  }

  // Only an explicit choice embeds: no silent default that ships notes about third parties.
  if (options.embed === 'document') {
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

/** Each person's tie with the client (the first, when there are several), and whether the client is its second end. */
function tiesWithClient(network: Network): Map<string, FocusTie> {
  const focus = network.focus;
  const focusTies = new Map<string, FocusTie>();
  for (const t of network.ties ?? []) {
    const [a, b] = t.between;
    if (a === focus && b !== focus && !focusTies.has(b)) focusTies.set(b, { tie: t, reversed: false });
    else if (b === focus && a !== focus && !focusTies.has(a)) focusTies.set(a, { tie: t, reversed: true });
  }
  return focusTies;
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
