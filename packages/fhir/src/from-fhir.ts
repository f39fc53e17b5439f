import {
  AREAS,
  BURDENS,
  CHANNELS,
  CLOSENESSES,
  CONSENTS,
  CONTACT_FREQUENCIES,
  FORMALITIES,
  FORMAT_NAME,
  FORMAT_VERSION,
  GROUP_KINDS,
  INTENTS,
  PERSON_KINDS,
  QUALITIES,
  SECTORS,
  SOURCES,
  STRENGTHS,
  SUPPORT_TYPES,
  TIE_STATUSES,
  isFuzzyDate,
  issue,
  joinPath,
  parseNetwork,
  validateNetwork,
  type Channel,
  type Extensions,
  type Group,
  type GroupKind,
  type IssueCode,
  type Network,
  type NetworkIssue,
  type Person,
  type PersonKind,
  type Sector,
  type SupportType,
  type Tie,
  type TieHistoryEntry,
} from '@kring/core';
import { SYSTEMS, codingInfo, isKnownSystem, type CodeInfo } from './codes';
import { decodeBase64Utf8 } from './encoding';
import { KRING_CONTENT_TYPE, KRING_EXTENSION_BASE, KRING_EXTENSIONS as X } from './extensions';

/** Options of {@link fromFhir}. */
export interface FromFhirOptions {
  /**
   * Ignore the embedded Kring document (the `Binary` entry) and build the network from the
   * FHIR resources, e.g. when the document is damaged or another system edited the resources.
   */
  ignoreEmbedded?: boolean;
  /**
   * Reference of the client's `Patient` (`"Patient/123"`), when the bundle holds related
   * persons of several patients. Default: the first `Patient` entry, else the patient of the
   * first `RelatedPerson`.
   */
  patient?: string;
  /** Name of the client when the bundle does not name the patient. Default `"Cliënt"`. */
  focusName?: string;
}

/** Result of {@link fromFhir}: a valid network plus warnings, or every error found. */
export type FromFhirResult = { ok: true; network: Network; warnings: NetworkIssue[] } | { ok: false; errors: NetworkIssue[] };

type Obj = Record<string, unknown>;

/** Plain object (not an array, not null). */
function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only (never `constructor`, `__proto__`, … from the prototype). */
function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** One resource of the bundle (an entry's resource or a contained one). */
interface Res {
  type: string;
  r: Obj;
  path: string;
  fullUrl?: string;
  /** The Kring person drafted from it, once read. */
  draft?: Draft | null;
}

interface TieDraft {
  fixedId?: string;
  reversed: boolean;
  fields: Omit<Tie, 'id' | 'between'>;
}

interface Draft {
  fixedId?: string;
  hint: string;
  path: string;
  person: Omit<Person, 'id'>;
  tie?: TieDraft;
  id?: string;
}

interface GroupDraft {
  fixedId?: string;
  hint: string;
  path: string;
  group: Omit<Group, 'id' | 'members'>;
  members: Draft[];
}

interface Ext {
  ext: Obj;
  path: string;
}

interface Code {
  system?: string;
  code: string;
  display?: string;
  info?: CodeInfo;
  v3?: string;
}

const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

class Reader {
  readonly errors: NetworkIssue[] = [];
  readonly warnings: NetworkIssue[] = [];

  error(code: IssueCode, path: string, message: string): void {
    this.errors.push(issue(code, path, message));
  }
  warn(code: IssueCode, path: string, message: string): void {
    this.warnings.push(issue(code, path, message));
  }

  /** An optional array field; reports a non-array. */
  array(o: Obj, key: string, path: string): unknown[] {
    const v = own(o, key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.error('wrong-type', joinPath(path, key), `${key} must be an array`);
      return [];
    }
    return v;
  }

  /** Items of an optional array of objects; reports items that are not objects. */
  objects(o: Obj, key: string, path: string): { o: Obj; path: string }[] {
    const out: { o: Obj; path: string }[] = [];
    this.array(o, key, path).forEach((v, i) => {
      const p = joinPath(joinPath(path, key), i);
      if (isObject(v)) out.push({ o: v, path: p });
      else this.error('wrong-type', p, `${key} items must be objects`);
    });
    return out;
  }

  object(o: Obj, key: string, path: string): Obj | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.error('wrong-type', joinPath(path, key), `${key} must be an object`);
      return undefined;
    }
    return v;
  }

  string(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.error('wrong-type', joinPath(path, key), `${key} must be a string`);
      return undefined;
    }
    return v;
  }

  boolean(o: Obj, key: string, path: string): boolean | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.error('wrong-type', joinPath(path, key), `${key} must be a boolean`);
      return undefined;
    }
    return v;
  }

  /** A FHIR date/dateTime as a Kring fuzzy date (the time part is dropped). */
  date(o: Obj, key: string, path: string): string | undefined {
    const v = this.string(o, key, path);
    if (v === undefined) return undefined;
    const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(T.*)?$/.exec(v);
    if (!m || !isFuzzyDate(m[1])) {
      this.error('invalid-date', joinPath(path, key), `${key} must be a FHIR date or dateTime`);
      return undefined;
    }
    return m[1];
  }

  /** `CodeableConcept`: its text and well-formed codings; malformed codings are errors. */
  concept(cc: Obj, path: string): { text?: string; codes: Code[] } {
    const codes: Code[] = [];
    for (const { o: coding, path: cp } of this.objects(cc, 'coding', path)) {
      const system = this.string(coding, 'system', cp);
      const display = this.string(coding, 'display', cp);
      const code = own(coding, 'code');
      if (code === undefined) continue;
      if (typeof code !== 'string' || code.length === 0 || code.length > 256 || /^\s|\s$/.test(code)) {
        this.error('invalid-value', joinPath(cp, 'code'), 'code must be a non-empty string without leading or trailing whitespace');
        continue;
      }
      const known = codingInfo(system, code);
      if (!known && isKnownSystem(system)) this.warn('invalid-value', joinPath(cp, 'code'), `unknown code "${code}" in ${system ?? ''}`);
      const c: Code = { code };
      if (system !== undefined) c.system = system;
      if (display !== undefined) c.display = display;
      if (known) {
        c.info = known.info;
        if (known.v3 !== undefined) c.v3 = known.v3;
      }
      codes.push(c);
    }
    const text = str(this.string(cc, 'text', path));
    return text !== undefined ? { text, codes } : { codes };
  }

  /** Display text of a `HumanName[]`: `text`, else given names + family. */
  humanName(o: Obj, path: string): string | undefined {
    const names = this.objects(o, 'name', path);
    const pick = names.find((n) => own(n.o, 'use') === 'usual') ?? names.find((n) => own(n.o, 'use') === 'official') ?? names[0];
    if (!pick) return undefined;
    const text = str(this.string(pick.o, 'text', pick.path));
    if (text) return text;
    const given = this.array(pick.o, 'given', pick.path).filter((g): g is string => typeof g === 'string');
    const family = this.string(pick.o, 'family', pick.path);
    const parts = [...given, ...(family ? [family] : [])].map((s) => s.trim()).filter(Boolean);
    return parts.length ? parts.join(' ') : undefined;
  }

  /** Kring extensions of an element, by name. Others are ignored. */
  extensions(o: Obj, path: string): Map<string, Ext[]> {
    const map = new Map<string, Ext[]>();
    for (const { o: ext, path: p } of this.objects(o, 'extension', path)) {
      const url = own(ext, 'url');
      if (typeof url !== 'string') {
        this.error('required', joinPath(p, 'url'), 'an extension needs a url');
        continue;
      }
      if (!url.startsWith(KRING_EXTENSION_BASE)) continue;
      const name = url.slice(KRING_EXTENSION_BASE.length);
      const list = map.get(name) ?? [];
      list.push({ ext, path: p });
      map.set(name, list);
    }
    return map;
  }

  /** Sub-extensions of a complex extension, by their relative url. */
  parts(ext: Ext): Map<string, Ext[]> {
    const map = new Map<string, Ext[]>();
    for (const { o, path } of this.objects(ext.ext, 'extension', ext.path)) {
      const url = own(o, 'url');
      if (typeof url !== 'string') {
        this.error('required', joinPath(path, 'url'), 'an extension needs a url');
        continue;
      }
      const list = map.get(url) ?? [];
      list.push({ ext: o, path });
      map.set(url, list);
    }
    return map;
  }

  value<T extends string>(e: Ext, key: 'valueCode' | 'valueString', allowed?: readonly T[]): T | undefined {
    const v = own(e.ext, key);
    const p = joinPath(e.path, key);
    if (typeof v !== 'string') {
      this.error(v === undefined ? 'required' : 'wrong-type', p, `${key} must be a string`);
      return undefined;
    }
    if (allowed && !(allowed as readonly string[]).includes(v)) {
      this.error('invalid-value', p, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }

  code<T extends string>(m: Map<string, Ext[]>, name: string, allowed?: readonly T[]): T | undefined {
    const e = m.get(name)?.[0];
    return e ? this.value(e, 'valueCode', allowed) : undefined;
  }

  codes<T extends string>(m: Map<string, Ext[]>, name: string, allowed?: readonly T[]): T[] | undefined {
    const list = m.get(name);
    if (!list) return undefined;
    return list.map((e) => this.value(e, 'valueCode', allowed)).filter((v): v is T => v !== undefined);
  }

  text(m: Map<string, Ext[]>, name: string): string | undefined {
    const e = m.get(name)?.[0];
    return e ? this.value(e, 'valueString') : undefined;
  }

  fuzzy(m: Map<string, Ext[]>, name: string): string | undefined {
    const e = m.get(name)?.[0];
    if (!e) return undefined;
    const v = this.value(e, 'valueString');
    if (v !== undefined && !isFuzzyDate(v)) {
      this.error('invalid-date', joinPath(e.path, 'valueString'), 'must be a Kring fuzzy date');
      return undefined;
    }
    return v;
  }

  flag(m: Map<string, Ext[]>, name: string): boolean | undefined {
    const e = m.get(name)?.[0];
    if (!e) return undefined;
    const v = own(e.ext, 'valueBoolean');
    if (typeof v !== 'boolean') {
      this.error('wrong-type', joinPath(e.path, 'valueBoolean'), 'valueBoolean must be a boolean');
      return undefined;
    }
    return v;
  }

  vendor(m: Map<string, Ext[]>): Extensions | undefined {
    const e = m.get(X.vendor)?.[0];
    if (!e) return undefined;
    const v = this.value(e, 'valueString');
    if (v === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      if (isObject(parsed)) return parsed;
    } catch {
      // reported below
    }
    this.error('invalid-value', joinPath(e.path, 'valueString'), 'must be a JSON object');
    return undefined;
  }
}

/** Assign `value` to `o[key]` only when it is defined (the model has no `undefined` fields). */
function set<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) o[key] = value;
}

/**
 * Import an HL7 FHIR R4 `Bundle` as a Kring network. Never throws.
 *
 * - A bundle written by {@link toFhir} with its embedded document gives the exact network back.
 * - Other bundles: a client (focus) from the `Patient`, each of the client's
 *   `RelatedPerson`s a person with a tie from the client (sector from the relationship code,
 *   closeness `inner` for emergency contacts / next of kin, else `outer`, consent `unknown`,
 *   tie `active` unless `active: false` or an ended period); each `CareTeam` a group whose
 *   practitioners and organisations become formal people in the `care` sector. Relationship
 *   codes are read from HL7 v3 RoleCode, v2-0131, zib2020 (COD472) and zib2024 (SNOMED CT).
 * - Malformed input gives `ok: false` with every error and its JSON path, e.g.
 *   `entry[3].resource.relationship[0]`; data that is merely dropped gives warnings.
 */
export function fromFhir(bundle: unknown, options: FromFhirOptions = {}): FromFhirResult {
  try {
    return read(bundle, options);
  } catch (e) {
    // Safety net: a bug must not break the host page.
    return { ok: false, errors: [issue('invalid-value', '', `internal error while reading the bundle: ${String(e)}`)] };
  }
}

function read(bundle: unknown, options: FromFhirOptions): FromFhirResult {
  const rd = new Reader();
  if (!isObject(bundle)) return { ok: false, errors: [issue('not-an-object', '', 'a FHIR Bundle must be a JSON object')] };
  const rt = own(bundle, 'resourceType');
  if (rt !== 'Bundle') {
    const code = rt === undefined ? 'required' : 'wrong-format';
    return { ok: false, errors: [issue(code, 'resourceType', `resourceType must be "Bundle"${typeof rt === 'string' ? `, not "${rt}"` : ''}`)] };
  }

  const resources: Res[] = [];
  for (const { o: entry, path } of rd.objects(bundle, 'entry', '')) {
    const fullUrl = rd.string(entry, 'fullUrl', path);
    const resource = own(entry, 'resource');
    const rp = joinPath(path, 'resource');
    if (resource === undefined) {
      if (own(entry, 'request') === undefined && own(entry, 'response') === undefined) rd.error('required', rp, 'an entry needs a resource');
      continue;
    }
    if (!isObject(resource)) {
      rd.error('not-an-object', rp, 'resource must be an object');
      continue;
    }
    const type = own(resource, 'resourceType');
    if (typeof type !== 'string' || !/^[A-Z][A-Za-z]+$/.test(type)) {
      rd.error(type === undefined ? 'required' : 'invalid-value', joinPath(rp, 'resourceType'), 'resourceType must be a FHIR resource type');
      continue;
    }
    resources.push(fullUrl !== undefined ? { type, r: resource, path: rp, fullUrl } : { type, r: resource, path: rp });
  }
  // No early return on broken entries: the readable ones are still checked, so every problem is reported at once.

  // The embedded Kring document, when there is one, is the source of truth.
  const documents = resources.filter((x) => x.type === 'Binary' && typeof own(x.r, 'contentType') === 'string' && (own(x.r, 'contentType') as string).startsWith(KRING_CONTENT_TYPE));
  const doc = documents[0];
  if (doc && !options.ignoreEmbedded) return readEmbedded(rd, doc, documents.length, resources);

  return readResources(rd, resources, options);
}

function readEmbedded(rd: Reader, doc: Res, count: number, resources: Res[]): FromFhirResult {
  const result = readDocument(rd, doc, count, resources);
  if (rd.errors.length === 0) return result;
  return { ok: false, errors: [...rd.errors, ...(result.ok ? [] : result.errors)] };
}

function readDocument(rd: Reader, doc: Res, count: number, resources: Res[]): FromFhirResult {
  const dp = joinPath(doc.path, 'data');
  const data = own(doc.r, 'data');
  if (typeof data !== 'string') {
    return { ok: false, errors: [issue(data === undefined ? 'required' : 'wrong-type', dp, 'the Kring document must be base64 data')] };
  }
  const text = decodeBase64Utf8(data);
  if (text === null) return { ok: false, errors: [issue('invalid-value', dp, 'the Kring document is not valid base64 of UTF-8 text')] };
  const parsed = parseNetwork(text);
  const inside = (p: NetworkIssue): NetworkIssue => issue(p.code, p.path === '' ? dp : p.path.startsWith('[') ? dp + p.path : `${dp}.${p.path}`, p.message);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(inside) };
  rd.warnings.push(...parsed.warnings.map(inside));
  if (count > 1) rd.warn('unknown-field', doc.path, `the bundle holds ${count} Kring documents; the first was read`);
  for (const x of resources) {
    if ((x.type === 'RelatedPerson' || x.type === 'CareTeam') && !hasKringMark(x.r)) {
      rd.warn('unknown-field', x.path, `${x.type} was not written by Kring and is not in the embedded document; import with ignoreEmbedded to include it`);
    }
  }
  return { ok: true, network: parsed.network, warnings: rd.warnings };
}

function hasKringMark(r: Obj): boolean {
  const ext = own(r, 'extension');
  return Array.isArray(ext) && ext.some((e) => isObject(e) && typeof own(e, 'url') === 'string' && (own(e, 'url') as string).startsWith(KRING_EXTENSION_BASE));
}

function readResources(rd: Reader, resources: Res[], options: FromFhirOptions): FromFhirResult {
  const byUrl = new Map<string, Res>();
  const byTypeId = new Map<string, Res>();
  for (const x of resources) {
    if (x.fullUrl !== undefined && !byUrl.has(x.fullUrl)) byUrl.set(x.fullUrl, x);
    const id = own(x.r, 'id');
    if (typeof id === 'string' && !byTypeId.has(`${x.type}/${id}`)) byTypeId.set(`${x.type}/${id}`, x);
  }
  const containedCache = new Map<string, Res>();
  const resolve = (ref: string, container?: Res): Res | undefined => {
    if (ref.startsWith('#')) {
      if (!container) return undefined;
      const key = `${container.path}${ref}`;
      const cached = containedCache.get(key);
      if (cached) return cached;
      const list = own(container.r, 'contained');
      if (!Array.isArray(list)) return undefined;
      const k = list.findIndex((c) => isObject(c) && own(c, 'id') === ref.slice(1));
      const c = list[k];
      if (!isObject(c) || typeof own(c, 'resourceType') !== 'string') return undefined;
      const res: Res = { type: own(c, 'resourceType') as string, r: c, path: joinPath(joinPath(container.path, 'contained'), k) };
      containedCache.set(key, res);
      return res;
    }
    const direct = byUrl.get(ref);
    if (direct) return direct;
    const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
    return m ? byTypeId.get(`${m[1]}/${m[2]}`) : undefined;
  };

  // The client: the chosen Patient, else the first Patient entry, else the first subject.
  const patients = resources.filter((x) => x.type === 'Patient');
  let patientRef = options.patient;
  if (patientRef === undefined && patients[0]) {
    const p = patients[0];
    const id = own(p.r, 'id');
    patientRef = p.fullUrl ?? (typeof id === 'string' ? `Patient/${id}` : undefined);
  }
  if (patientRef === undefined) {
    for (const x of resources) {
      const ref = own(x.r, x.type === 'RelatedPerson' ? 'patient' : x.type === 'CareTeam' ? 'subject' : '');
      const s = isObject(ref) ? own(ref, 'reference') : undefined;
      if (typeof s === 'string') {
        patientRef = s;
        break;
      }
    }
  }
  const patientRes = patientRef !== undefined ? resolve(patientRef) : undefined;
  let patientDisplay: string | undefined;
  const isClient = (ref: Obj): boolean => {
    const s = own(ref, 'reference');
    if (typeof s !== 'string' || patientRef === undefined || s === patientRef) {
      if (patientDisplay === undefined) patientDisplay = str(own(ref, 'display'));
      return true;
    }
    const a = resolve(s);
    if (a !== undefined && a === patientRes) {
      if (patientDisplay === undefined) patientDisplay = str(own(ref, 'display'));
      return true;
    }
    return false;
  };

  const focus: Draft = { hint: 'client', path: '', person: { name: '', kind: 'person' } };
  const drafts: Draft[] = [];
  const groups: GroupDraft[] = [];

  for (const x of resources) {
    if (x.type === 'RelatedPerson') x.draft = readRelatedPerson(rd, x, isClient);
    else if ((x.type === 'Practitioner' || x.type === 'Organization') && hasPersonId(x.r)) x.draft = readKringProfessional(rd, x);
    if (x.draft) drafts.push(x.draft);
  }

  for (const x of resources) {
    if (x.type !== 'CareTeam') continue;
    const subject = rd.object(x.r, 'subject', x.path);
    if (subject && !isClient(subject)) {
      rd.warn('unknown-field', joinPath(x.path, 'subject'), 'this CareTeam is about another patient; it was left out');
      continue;
    }
    const ext = rd.extensions(x.r, x.path);
    const professionals = rd.code(ext, X.careTeam) === 'professionals';
    const members: Draft[] = [];
    for (const { o: part, path: pp } of rd.objects(x.r, 'participant', x.path)) {
      const member = rd.object(part, 'member', pp);
      const mp = joinPath(pp, 'member');
      if (!member) continue;
      const ref = rd.string(member, 'reference', mp);
      if (ref !== undefined && isClient(member) && (ref === patientRef || resolve(ref)?.type === 'Patient' || /(^|\/)Patient\//.test(ref))) {
        members.push(focus);
        continue;
      }
      const target = ref !== undefined ? resolve(ref, x) : undefined;
      let d: Draft | null | undefined = target?.draft;
      if (d === undefined) {
        d = foreignParticipant(rd, part, pp, member, target, ref, resolve);
        if (target) target.draft = d;
        else if (d && ref !== undefined) byUrl.set(ref, { type: 'unresolved', r: {}, path: mp, draft: d });
        if (d) drafts.push(d);
      }
      if (d && !members.includes(d)) members.push(d);
    }
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

  for (const x of resources) {
    if (x.type === 'Binary') rd.warn('unknown-field', x.path, 'a Binary that is not a Kring document was left out');
    else if (!['Patient', 'RelatedPerson', 'CareTeam', 'Practitioner', 'Organization', 'PractitionerRole'].includes(x.type)) {
      rd.warn('unknown-field', joinPath(x.path, 'resourceType'), `${x.type} is not imported`);
    }
  }

  // The client's name.
  const patientName = patientRes && patientRes.type === 'Patient' ? rd.humanName(patientRes.r, patientRes.path) : undefined;
  focus.person.name = patientName ?? patientDisplay ?? options.focusName ?? 'Cliënt';

  if (rd.errors.length) return { ok: false, errors: rd.errors };
  return assemble(rd, focus, drafts, groups);
}

function hasPersonId(r: Obj): boolean {
  const ext = own(r, 'extension');
  return Array.isArray(ext) && ext.some((e) => isObject(e) && own(e, 'url') === KRING_EXTENSION_BASE + X.personId);
}

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

function languagesOf(rd: Reader, concepts: { o: Obj; path: string }[]): string[] {
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

function readRelatedPerson(rd: Reader, x: Res, isClient: (ref: Obj) => boolean): Draft | null {
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
  if (!isClient(patient)) {
    rd.warn('unknown-field', joinPath(path, 'patient'), 'this RelatedPerson belongs to another patient; it was left out');
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

function readKringProfessional(rd: Reader, x: Res): Draft {
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

/** A CareTeam participant from another system: a formal person in the care sector. */
function foreignParticipant(
  rd: Reader,
  part: Obj,
  path: string,
  member: Obj,
  target: Res | undefined,
  ref: string | undefined,
  resolve: (ref: string, container?: Res) => Res | undefined,
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
      const p = typeof pref === 'string' ? resolve(pref, target) : undefined;
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

function assemble(rd: Reader, focus: Draft, drafts: Draft[], groups: GroupDraft[]): FromFhirResult {
  const used = new Set<string>();
  const fix = (id: string | undefined, path: string): string | undefined => {
    if (id === undefined) return undefined;
    if (id === '' || used.has(id)) {
      rd.error('duplicate-id', path, id === '' ? 'a Kring id must not be empty' : `Kring id "${id}" is used twice`);
      return undefined;
    }
    used.add(id);
    return id;
  };
  for (const d of drafts) {
    d.id = fix(d.fixedId, d.path);
    if (d.tie?.fixedId !== undefined) fix(d.tie.fixedId, d.path);
  }
  for (const g of groups) fix(g.fixedId, g.path);
  if (rd.errors.length) return { ok: false, errors: rd.errors };
  const unique = (hint: string): string => {
    let id = hint;
    for (let n = 2; used.has(id); n++) id = `${hint}-${n}`;
    used.add(id);
    return id;
  };
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
  const problems = validateNetwork(network);
  if (problems.length) {
    // Point at the FHIR resource a bad value came from: people[3].name → entry[5].resource (name)
    const sources = [focus, ...drafts];
    return {
      ok: false,
      errors: problems.map((p) => {
        const m = /^people\[(\d+)\](.*)$/.exec(p.path);
        const from = m ? sources[Number(m[1])]?.path : undefined;
        return from ? issue(p.code, from, `${m?.[2] ? `${m[2].replace(/^\./, '')}: ` : ''}${p.message}`) : p;
      }),
    };
  }
  return { ok: true, network, warnings: rd.warnings };
}
