/**
 * People read from resources: a `RelatedPerson` (Kring's own or another system's), a
 * Practitioner or Organization written by Kring, and the Kring extensions they carry.
 */
import {
  AREAS,
  BURDENS,
  CHANNELS,
  CLOSENESSES,
  CONSENTS,
  CONTACT_FREQUENCIES,
  FORMALITIES,
  INTENTS,
  PERSON_KINDS,
  QUALITIES,
  SECTORS,
  SOURCES,
  STRENGTHS,
  SUPPORT_TYPES,
  TIE_STATUSES,
  joinPath,
  type Channel,
  type Person,
  type Sector,
  type SupportType,
  type Tie,
  type TieHistoryEntry,
} from '@kring/core';
import { SYSTEMS } from '../codes';
import { KRING_EXTENSION_BASE, KRING_EXTENSIONS as X } from '../extensions';
import { FHIR_ID, LANGUAGE_TAG, type Draft, type Ext, type Obj, type Reader, type Res, type TieDraft, isObject, own, set, str } from './reader';
import type { Client } from './references';

/** The Kring fields stored in extensions (shared by every resource type). */
function kringPerson(rd: Reader, ext: Map<string, Ext[]>, person: Omit<Person, 'id'>): void {
  set(person, 'sector', rd.code(ext, X.sector, SECTORS));
  set(person, 'formality', rd.code(ext, X.formality, FORMALITIES));
  set(person, 'closeness', rd.code(ext, X.closeness, CLOSENESSES));
  set(person, 'relationCode', rd.code(ext, X.relationCode));
  set(person, 'consent', rd.code(ext, X.consent, CONSENTS));
  set(person, 'consentDate', rd.fuzzy(ext, X.consentDate));
  set(person, 'source', rd.code(ext, X.source, SOURCES));
  set(person, 'burden', rd.code(ext, X.burden, BURDENS));
  const boundary = ext.get(X.boundary)?.[0];
  if (boundary) {
    const note = own(boundary.ext, 'valueString');
    if (typeof note === 'string') person.boundary = { note };
    else if (own(boundary.ext, 'valueBoolean') === true) person.boundary = {};
    else rd.error('invalid-value', boundary.path, 'boundary needs valueString (the note) or valueBoolean true');
  }
  set(person, 'interpreter', rd.flag(ext, X.interpreter));
  set(person, 'channels', rd.codes(ext, X.channel, CHANNELS));
  set(person, 'deceased', rd.fuzzy(ext, X.deceased));
  set(person, 'since', rd.fuzzy(ext, X.since));
  set(person, 'note', rd.text(ext, X.note));
  set(person, 'extensions', rd.vendor(ext));
}

function kringTie(rd: Reader, ext: Map<string, Ext[]>): TieDraft | undefined {
  const e = ext.get(X.tie)?.[0];
  if (!e) return undefined;
  const parts = rd.parts(e);
  const fields: Omit<Tie, 'id' | 'between'> = {};
  set(fields, 'strength', rd.code(parts, 'strength', STRENGTHS));
  set(fields, 'quality', rd.code(parts, 'quality', QUALITIES));
  set(fields, 'status', rd.code(parts, 'status', TIE_STATUSES));
  set(fields, 'intent', rd.code(parts, 'intent', INTENTS));
  const receives = rd.codes<SupportType>(parts, 'receives', SUPPORT_TYPES);
  const gives = rd.codes<SupportType>(parts, 'gives', SUPPORT_TYPES);
  if (receives || gives) {
    fields.support = {};
    set(fields.support, 'receives', receives);
    set(fields.support, 'gives', gives);
  }
  set(fields, 'contact', rd.code(parts, 'contact', CONTACT_FREQUENCIES));
  const history = parts.get('history');
  if (history) {
    fields.history = history.map((h) => {
      const hp = rd.parts(h);
      const entry: TieHistoryEntry = { date: rd.fuzzy(hp, 'date') ?? '' };
      if (!hp.has('date')) rd.error('required', h.path, 'a history entry needs a date');
      set(entry, 'status', rd.code(hp, 'status', TIE_STATUSES));
      set(entry, 'strength', rd.code(hp, 'strength', STRENGTHS));
      set(entry, 'quality', rd.code(hp, 'quality', QUALITIES));
      set(entry, 'note', rd.text(hp, 'note'));
      return entry;
    });
  }
  set(fields, 'since', rd.fuzzy(parts, 'since'));
  set(fields, 'note', rd.text(parts, 'note'));
  set(fields, 'extensions', rd.vendor(parts));
  const tie: TieDraft = { reversed: rd.flag(parts, 'reversed') ?? false, fields };
  set(tie, 'fixedId', rd.text(parts, 'id'));
  return tie;
}

function location(rd: Reader, r: Obj, path: string, area: string | undefined, foreign: boolean): Person['location'] {
  let country: string | undefined;
  for (const { o, path: ap } of rd.objects(r, 'address', path)) {
    const c = rd.string(o, 'country', ap);
    if (c === undefined) continue;
    if (!foreign) {
      country = c;
      break;
    }
    // Foreign data: keep ISO 3166 alpha-2 codes; any other country than the Netherlands is abroad.
    if (area === undefined && !/^(nl|nld|nederland|netherlands|the netherlands)$/i.test(c.trim())) area = 'abroad';
    if (/^[A-Za-z]{2}$/.test(c)) country = c.toUpperCase();
    break;
  }
  if (area === undefined && country === undefined) return undefined;
  const loc: NonNullable<Person['location']> = {};
  set(loc, 'area', area as NonNullable<Person['location']>['area']);
  set(loc, 'country', country);
  return loc;
}

export function languagesOf(rd: Reader, concepts: { o: Obj; path: string }[]): string[] {
  const out: string[] = [];
  for (const { o, path } of concepts) {
    const { codes, text } = rd.concept(o, path);
    const tag = codes.find((c) => c.system === SYSTEMS.bcp47)?.code ?? codes[0]?.code ?? text;
    if (tag !== undefined && LANGUAGE_TAG.test(tag)) {
      if (!out.includes(tag)) out.push(tag);
    } else rd.warn('invalid-value', path, 'not a BCP 47 language tag; left out');
  }
  return out;
}

/**
 * A `RelatedPerson` as a drafted person with a tie from the client; `null` when it is left
 * out (not the client's relative: warned) or cannot be read (errors recorded).
 */
export function readRelatedPerson(rd: Reader, x: Res, client: Client): Draft | null {
  const { r, path } = x;
  const patient = own(r, 'patient');
  if (patient === undefined) {
    rd.error('required', joinPath(path, 'patient'), 'a RelatedPerson needs a patient');
    return null;
  }
  if (!isObject(patient)) {
    rd.error('wrong-type', joinPath(path, 'patient'), 'patient must be a Reference');
    return null;
  }
  rd.string(patient, 'reference', joinPath(path, 'patient'));
  const ext = rd.extensions(r, path);
  const kringId = rd.text(ext, X.personId);
  const relationships = rd.objects(r, 'relationship', path).map(({ o, path: p }) => rd.concept(o, p));
  const active = rd.boolean(r, 'active', path);
  const period = rd.object(r, 'period', path);
  const start = period ? rd.date(period, 'start', joinPath(path, 'period')) : undefined;
  const end = period ? rd.date(period, 'end', joinPath(path, 'period')) : undefined;
  const name = rd.humanName(r, path);
  const communication = rd.objects(r, 'communication', path).flatMap(({ o, path: p }) => {
    const language = rd.object(o, 'language', p);
    return language ? [{ o: language, path: joinPath(p, 'language') }] : [];
  });
  const languages = languagesOf(rd, communication);
  const telecom = rd.objects(r, 'telecom', path);
  const notClient = client.check(patient, x);
  if (notClient !== undefined) {
    rd.warn('unknown-field', joinPath(path, 'patient'), `this RelatedPerson's patient ${notClient}; it was left out, not imported as the client's relative`);
    return null;
  }

  const text = relationships.find((c) => c.text !== undefined)?.text;
  const codes = relationships.flatMap((c) => c.codes);
  const person: Omit<Person, 'id'> = { name: '', kind: 'person' };

  if (kringId !== undefined) {
    person.name = name ?? '';
    person.kind = rd.code(ext, X.kind, PERSON_KINDS) ?? 'person';
    kringPerson(rd, ext, person);
    set(person, 'role', text);
    if (languages.length) person.languages = languages;
    set(person, 'location', location(rd, r, path, rd.code(ext, X.locationArea, AREAS), false));
    const draft: Draft = { fixedId: kringId, hint: kringId, path, person };
    set(draft, 'tie', kringTie(rd, ext));
    return draft;
  }

  // A RelatedPerson from another system: sensible defaults.
  const known = codes.filter((c) => c.info);
  // A relationship ("zus") says more on the map than a contact role ("eerste contactpersoon").
  const role =
    text ?? known.find((c) => c.info?.nl && c.info.sector)?.info?.nl ?? known.find((c) => c.info?.nl)?.info?.nl ?? codes.find((c) => c.display)?.display;
  const sector: Sector = known.find((c) => c.info?.sector)?.info?.sector ?? 'other';
  const formal = known.some((c) => c.info?.formal);
  const emergency = known.some((c) => c.info?.emergency);
  person.name = name ?? role ?? 'Naaste';
  person.sector = sector;
  if (formal && sector !== 'care') person.formality = 'formal';
  person.closeness = emergency ? 'inner' : 'outer';
  set(person, 'role', role);
  set(person, 'relationCode', known.find((c) => c.v3 !== undefined)?.v3);
  person.consent = 'unknown';
  person.source = 'record';
  if (languages.length) person.languages = languages;
  set(person, 'location', location(rd, r, path, undefined, true));
  const channels: Channel[] = [];
  let numbers = false;
  for (const { o } of telecom) {
    const system = own(o, 'system');
    const channel: Channel | undefined = system === 'phone' || system === 'sms' ? 'phone' : system === 'email' ? 'email' : undefined;
    if (channel && !channels.includes(channel)) channels.push(channel);
    if (own(o, 'value') !== undefined) numbers = true;
  }
  if (channels.length) person.channels = channels;
  if (numbers) rd.warn('unknown-field', joinPath(path, 'telecom'), 'Kring keeps the kind of contact (phone, e-mail), not numbers or addresses');
  const tie: TieDraft = { reversed: false, fields: { status: active === false || end !== undefined ? 'ended' : 'active' } };
  set(tie.fields, 'since', start);
  const id = own(r, 'id');
  return { hint: typeof id === 'string' && FHIR_ID.test(id) ? id : 'naaste', path, person, tie };
}

/** A Practitioner or Organization written by Kring (it has the `person-id` extension). */
export function readKringProfessional(rd: Reader, x: Res): Draft {
  const { r, path } = x;
  const ext = rd.extensions(r, path);
  const kringId = rd.text(ext, X.personId) ?? '';
  const org = x.type === 'Organization';
  const person: Omit<Person, 'id'> = {
    name: (org ? str(rd.string(r, 'name', path)) : rd.humanName(r, path)) ?? '',
    kind: rd.code(ext, X.kind, PERSON_KINDS) ?? (org ? 'organisation' : 'person'),
  };
  kringPerson(rd, ext, person);
  set(person, 'role', rd.text(ext, X.role));
  const languages = org
    ? (rd.codes(ext, X.language) ?? [])
    : languagesOf(rd, rd.objects(r, 'communication', path));
  if (languages.length) person.languages = languages;
  set(person, 'location', location(rd, r, path, rd.code(ext, X.locationArea, AREAS), false));
  const draft: Draft = { fixedId: kringId, hint: kringId, path, person };
  set(draft, 'tie', kringTie(rd, ext));
  return draft;
}

/** Was this resource written by Kring as a person (it has the `person-id` extension)? */
export function hasPersonId(r: Obj): boolean {
  const ext = own(r, 'extension');
  return Array.isArray(ext) && ext.some((e) => isObject(e) && own(e, 'url') === KRING_EXTENSION_BASE + X.personId);
}
