/**
 * The field policy of a redacted network: which fields a redacted copy carries. A redacted
 * copy is built from fresh objects field by field — nothing is spread from the input — so a
 * field outside this list (an unknown field, a stray key of a network that skipped
 * validation) can never slip through.
 *
 * - Codes, enumerations, dates, numbers and flags are kept when they have the format's shape
 *   (an enumeration value from its list, a fuzzy date, `country` two capitals, …); a value of
 *   another shape, which only a network that skipped validation can hold, is left out.
 * - Free text is kept only where the drawing needs it, with every name replaced (`scrub`):
 *   the network `title`, a person's `role`, a group's `name`, an event's `title`, and the
 *   plan's texts: an action's `step` and free-text `owner`, a meeting's `title` and `outcome`
 *   (what was agreed is part of the plan a client takes home). An `owner` that is a person id
 *   is rewritten as a reference; a free-text owner that would read as an opaque id (`t2`) after
 *   redaction is left out.
 * - Notes are left out everywhere (`note`, `boundary.note`, `history[].note`, actions'
 *   `note`); the
 *   `boundary` object stays (empty), so "limit contact" is still shown.
 * - `extensions` are left out, on the document and on every person, tie, group and event,
 *   unless their key is in the host's allow-list (`keepExtensions`); a kept extension is
 *   deep-copied as it is (its text is not searched for names: allow-list only keys you know
 *   hold no personal data). Fields the parser did not know live in the extension
 *   `kring.unknown`, so they are left out too unless allow-listed.
 */
import { isFuzzyDate } from '../dates';
import {
  ACTION_INTENTS, ACTION_STATUSES, MEETING_KINDS, type Action, type Meeting,
  AREAS, BURDENS, CHANNELS, CLOSENESSES, CONSENTS, CONTACT_FREQUENCIES, EVENT_CATEGORIES, FORMALITIES, GROUP_KINDS,
  INTENTS, PERSON_KINDS, QUALITIES, SECTORS, SOURCES, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
  type Extensions, type Group, type LayoutHint, type LifeEvent, type Location, type Person, type Tie, type TieHistoryEntry,
  type TieSupport, type Valence,
} from '../model/types';
import type { IdMap } from './ids';

/** What the copy functions need: the id map, the name scrubber, the allowed extension keys. */
export interface FieldContext {
  ids: IdMap;
  /** A free text with every name replaced; `undefined` for a value that is not a string. */
  scrub(text: unknown): string | undefined;
  /** Does the text hold (a part of) someone's name? */
  namesIn(text: string): boolean;
  keepExtensions: ReadonlySet<string>;
}

type Bag = Record<string, unknown>;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const COUNTRY = /^[A-Z]{2}$/;
/** A language tag whose primary language is an ISO 639 code (2 or 3 letters): "nl", "ar-MA"; not "Latifa". */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** An HL7 v3 RoleCode: capitals ("SIS", "FRND", "GRNDCHILD"); not free text such as "latifa". */
const ROLE_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const MAX_EXTENSION_DEPTH = 32;

function bag(value: unknown): Bag {
  return value && typeof value === 'object' ? (value as Bag) : {};
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function listOf<T extends string>(list: readonly T[], value: unknown): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is T => oneOf(list, v) !== undefined);
}

/** Set `key` on `target` only when `value` is defined (absent stays absent). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const date = (value: unknown): string | undefined => (isFuzzyDate(value) ? value : undefined);

/** A deep copy of a JSON value (anything else, forbidden keys and deeper nesting left out). */
function copyJson(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth > MAX_EXTENSION_DEPTH || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return value.map((v) => copyJson(v, depth + 1) ?? null);
  const out: Bag = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) continue;
    const copy = copyJson((value as Bag)[key], depth + 1);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

/** The allow-listed extensions of an entity, or `undefined` when none are left. */
export function keptExtensions(value: unknown, ctx: FieldContext): Extensions | undefined {
  if (ctx.keepExtensions.size === 0 || !value || typeof value !== 'object') return undefined;
  const out: Extensions = {};
  let any = false;
  for (const key of ctx.keepExtensions) {
    if (FORBIDDEN.has(key) || !Object.prototype.hasOwnProperty.call(value, key)) continue;
    const copy = copyJson((value as Bag)[key], 2);
    if (copy !== undefined) {
      out[key] = copy;
      any = true;
    }
  }
  return any ? out : undefined;
}

function location(value: unknown): Location | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = bag(value);
  const out: Location = {};
  put(out, 'area', oneOf(AREAS, v.area));
  put(out, 'country', typeof v.country === 'string' && COUNTRY.test(v.country) ? v.country : undefined);
  return out;
}

/** A person without notes, with `name` (already redacted) and `role` (names replaced). */
export function redactedPerson(value: unknown, index: number, name: string, role: string | undefined, ctx: FieldContext): Person {
  const v = bag(value);
  const out: Person = { id: ctx.ids.entity('people', index), name, kind: oneOf(PERSON_KINDS, v.kind) ?? 'person' };
  put(out, 'sector', oneOf(SECTORS, v.sector));
  put(out, 'formality', oneOf(FORMALITIES, v.formality));
  put(out, 'closeness', oneOf(CLOSENESSES, v.closeness));
  put(out, 'role', role);
  const code = v.relationCode;
  put(out, 'relationCode', typeof code === 'string' && ROLE_CODE.test(code) && !ctx.namesIn(code) ? code : undefined);
  put(out, 'consent', oneOf(CONSENTS, v.consent));
  put(out, 'consentDate', date(v.consentDate));
  put(out, 'source', oneOf(SOURCES, v.source));
  put(out, 'burden', oneOf(BURDENS, v.burden));
  if (v.boundary && typeof v.boundary === 'object') out.boundary = {};
  put(out, 'location', location(v.location));
  if (Array.isArray(v.languages)) {
    out.languages = v.languages.filter((l): l is string => typeof l === 'string' && LANGUAGE.test(l) && !ctx.namesIn(l));
  }
  put(out, 'interpreter', typeof v.interpreter === 'boolean' ? v.interpreter : undefined);
  put(out, 'channels', listOf(CHANNELS, v.channels));
  put(out, 'deceased', date(v.deceased));
  put(out, 'since', date(v.since));
  put(out, 'extensions', keptExtensions(v.extensions, ctx));
  return out;
}

function support(value: unknown): TieSupport | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = bag(value);
  const out: TieSupport = {};
  put(out, 'receives', listOf(SUPPORT_TYPES, v.receives));
  put(out, 'gives', listOf(SUPPORT_TYPES, v.gives));
  return out;
}

function historyEntry(value: unknown): TieHistoryEntry {
  const v = bag(value);
  const out: TieHistoryEntry = { date: date(v.date) ?? '' };
  put(out, 'status', oneOf(TIE_STATUSES, v.status));
  put(out, 'strength', oneOf(STRENGTHS, v.strength));
  put(out, 'quality', oneOf(QUALITIES, v.quality));
  return out;
}

/** A tie without notes, its ends rewritten to the new ids. */
export function redactedTie(value: unknown, index: number, ctx: FieldContext): Tie {
  const v = bag(value);
  const between = Array.isArray(v.between) ? v.between : [];
  const out: Tie = { id: ctx.ids.entity('ties', index), between: [ctx.ids.ref(between[0]), ctx.ids.ref(between[1])] };
  put(out, 'strength', oneOf(STRENGTHS, v.strength));
  put(out, 'quality', oneOf(QUALITIES, v.quality));
  put(out, 'status', oneOf(TIE_STATUSES, v.status));
  put(out, 'intent', oneOf(INTENTS, v.intent));
  put(out, 'support', support(v.support));
  put(out, 'contact', oneOf(CONTACT_FREQUENCIES, v.contact));
  if (Array.isArray(v.history)) out.history = v.history.map(historyEntry);
  put(out, 'since', date(v.since));
  put(out, 'extensions', keptExtensions(v.extensions, ctx));
  return out;
}

const refs = (value: unknown, ctx: FieldContext): string[] => (Array.isArray(value) ? value.map((id) => ctx.ids.ref(id)) : []);

/** A group without its note, its name scrubbed, its members rewritten. */
export function redactedGroup(value: unknown, index: number, ctx: FieldContext): Group {
  const v = bag(value);
  const out: Group = {
    id: ctx.ids.entity('groups', index),
    name: ctx.scrub(v.name) ?? '',
    kind: oneOf(GROUP_KINDS, v.kind) ?? 'other',
    members: refs(v.members, ctx),
  };
  put(out, 'channel', oneOf(CHANNELS, v.channel));
  put(out, 'extensions', keptExtensions(v.extensions, ctx));
  return out;
}

const VALENCES: readonly unknown[] = [-2, -1, 0, 1, 2];

/** An event without its note, its title scrubbed, its people rewritten. */
export function redactedEvent(value: unknown, index: number, ctx: FieldContext): LifeEvent {
  const v = bag(value);
  const base = {
    id: ctx.ids.entity('events', index),
    title: ctx.scrub(v.title) ?? '',
    category: oneOf(EVENT_CATEGORIES, v.category) ?? 'other',
    valence: (VALENCES.includes(v.valence) ? v.valence : 0) as Valence,
  };
  const event: LifeEvent =
    v.start !== undefined || v.date === undefined
      ? { ...base, start: date(v.start) ?? '', ...(date(v.end) !== undefined ? { end: date(v.end) as string } : {}) }
      : { ...base, date: date(v.date) ?? '' };
  if (Array.isArray(v.people)) event.people = refs(v.people, ctx);
  put(event, 'extensions', keptExtensions(v.extensions, ctx));
  return event;
}

/** Layout hints under the new ids (entries for ids that are no person are left out). */
export function redactedLayout(value: unknown, people: ReadonlyMap<string, string>): Record<string, LayoutHint> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, LayoutHint> = {};
  for (const key of Object.keys(value)) {
    const id = people.get(key);
    if (id === undefined) continue;
    const v = bag((value as Bag)[key]);
    const hint: LayoutHint = {};
    put(hint, 'angle', typeof v.angle === 'number' && Number.isFinite(v.angle) ? v.angle : undefined);
    put(hint, 'radius', typeof v.radius === 'number' && v.radius >= 0 && v.radius <= 1 ? v.radius : undefined);
    put(hint, 'pinned', typeof v.pinned === 'boolean' ? v.pinned : undefined);
    out[id] = hint;
  }
  return out;
}

/** Text that reads as an opaque id of a redacted network (`p1`, `t2`, `x3`). */
const OPAQUE_ID = /^[a-z]\d+$/;

/** An action without its note: `step` and a free-text `owner` scrubbed, references rewritten. */
export function redactedAction(value: unknown, index: number, ctx: FieldContext): Action {
  const v = bag(value);
  const out: Action = {
    id: ctx.ids.entity('actions', index),
    about: refs(v.about, ctx),
    intent: oneOf(ACTION_INTENTS, v.intent) ?? 'maintain',
    step: ctx.scrub(v.step) ?? '',
  };
  if (ctx.ids.has(v.owner)) {
    out.owner = ctx.ids.ref(v.owner);
  } else {
    const owner = ctx.scrub(v.owner);
    if (owner !== undefined && !OPAQUE_ID.test(owner)) out.owner = owner;
  }
  put(out, 'due', date(v.due));
  put(out, 'status', oneOf(ACTION_STATUSES, v.status));
  put(out, 'done', date(v.done));
  put(out, 'extensions', keptExtensions(v.extensions, ctx));
  return out;
}

/** A meeting: `title` and `outcome` scrubbed, `invited` and `group` rewritten. */
export function redactedMeeting(value: unknown, index: number, ctx: FieldContext): Meeting {
  const v = bag(value);
  const out: Meeting = {
    id: ctx.ids.entity('meetings', index),
    title: ctx.scrub(v.title) ?? '',
    date: date(v.date) ?? '',
    kind: oneOf(MEETING_KINDS, v.kind) ?? 'other',
    invited: refs(v.invited, ctx),
  };
  if (typeof v.group === 'string') out.group = ctx.ids.ref(v.group);
  put(out, 'outcome', ctx.scrub(v.outcome));
  put(out, 'extensions', keptExtensions(v.extensions, ctx));
  return out;
}
