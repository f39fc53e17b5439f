/**
 * The shape of format v1, written down once as data. The reader (`structure.ts`), the
 * canonical writer (`serialize.ts`) and the JSON Schema (`../schema`) are all driven by
 * these tables, so field names, key order, enums and limits cannot drift apart.
 *
 * Field order in each table is the canonical key order of `serializeNetwork`: the order
 * of the example in FORMAT.md (so it is written back byte for byte), then the order of
 * its field list; fields FORMAT.md does not list (`title`, `since`) sit next to their kin.
 */
import type {
  Action, Boundary, Group, Meeting, LayoutHint, Location, Network, PeriodEvent, Person, PointEvent, Tie, TieHistoryEntry, TieSupport,
} from '../model/types';
import {
  ACTION_INTENTS, ACTION_STATUSES, MEETING_KINDS, AREAS, BURDENS, CHANNELS, CLOSENESSES, CONSENTS, CONTACT_FREQUENCIES, EVENT_CATEGORIES, FORMALITIES,
  GROUP_KINDS, INTENTS, PERSON_KINDS, QUALITIES, SECTORS, SOURCES, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
} from '../model/types';

/**
 * Limits against abusive or broken input. A document that breaks one is refused with
 * `too-long`, `too-deep` or `too-large`.
 */
export const PARSE_LIMITS = {
  /** Longest string anywhere in a document, in UTF-16 code units. */
  maxStringLength: 10_000,
  /** Most items in any array (people, ties, members, languages, arrays inside extensions, …). */
  maxArrayLength: 10_000,
  /** Deepest nesting inside an `extensions` object (the `extensions` object itself is level 1). */
  maxExtensionDepth: 32,
  /** Longest JSON text `parseNetwork` reads, and the most string characters in an object input. */
  maxDocumentChars: 20_000_000,
  /** Most values (objects, arrays, keys and primitives) read from one document. */
  maxValues: 2_000_000,
  /** At most this many issues are listed; one `too-large` issue then says more were left out. */
  maxIssues: 10_000,
} as const;

/** The limits of one read: {@link PARSE_LIMITS}, or what a host set (`parseNetwork(…, { limits })`). */
export type ParseLimits = { readonly [K in keyof typeof PARSE_LIMITS]: number };

/**
 * The limits of a read: the defaults with what the host raised or lowered. A value that is not
 * a positive number (or `Infinity`) keeps the default, so a typo can never switch a limit off.
 */
export function resolveLimits(given: Partial<ParseLimits> | undefined): ParseLimits {
  const out: Record<keyof ParseLimits, number> = { ...PARSE_LIMITS };
  if (given && typeof given === 'object') {
    for (const key of Object.keys(PARSE_LIMITS) as (keyof ParseLimits)[]) {
      const v: unknown = (given as Record<string, unknown>)[key];
      if (typeof v === 'number' && v > 0 && !Number.isNaN(v)) out[key] = Math.floor(v);
    }
  }
  return out;
}

/** Keys that are refused everywhere (`forbidden-key`) so no prototype can be reached. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A fuzzy date as a JSON Schema / display pattern (the reader uses `parseFuzzyDate`). */
export const FUZZY_DATE_PATTERN = '^~?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

/** The value of one field. */
export type ValueSpec =
  /** An entity id: a non-empty string, unique across the document, not a forbidden key. */
  | { type: 'id' }
  /** The id of a person (checked against `people` by the rules). */
  | { type: 'ref' }
  /**
   * Free text (any Unicode but the characters of `text.ts`), at most `maxStringLength`.
   * `label`: the name something is shown by (a person's or group's name, an event's
   * title): never empty or only white space, so nothing is drawn without a label.
   */
  | { type: 'text'; label?: boolean }
  /** A code with a fixed shape (country, language tag, role code). */
  | { type: 'code'; pattern: string; what: string }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'date' }
  | { type: 'boolean' }
  | { type: 'number'; integer?: boolean; min?: number; max?: number }
  | { type: 'array'; items: ValueSpec; length?: number; minItems?: number }
  | { type: 'object'; spec: ObjectSpec }
  /** An object keyed by person id (the `layout`). */
  | { type: 'record'; values: ValueSpec }
  /** Vendor data: any JSON, within the limits, copied as it is. */
  | { type: 'extensions' };

/** One field of an object. */
export interface FieldSpec {
  /** A plain identifier (`[A-Za-z_$][\w$]*`), so its JSON path is `parent.key`. */
  key: string;
  value: ValueSpec;
  required?: boolean;
  /** When absent on read (parse mode only), use this value without a warning. */
  parseDefault?: () => unknown;
  /** One line for the JSON Schema `description`. */
  description?: string;
}

/** An object shape. */
export interface ObjectSpec {
  /** Name in the JSON Schema `$defs`. */
  name: string;
  description: string;
  fields: readonly FieldSpec[];
}

const text = (): ValueSpec => ({ type: 'text' });
const label = (): ValueSpec => ({ type: 'text', label: true });
const date = (): ValueSpec => ({ type: 'date' });
const oneOf = (values: readonly string[]): ValueSpec => ({ type: 'enum', values });
const refs = (): ValueSpec => ({ type: 'array', items: { type: 'ref' } });
const EXTENSIONS = {
  key: 'extensions',
  value: { type: 'extensions' },
  description: 'Anything a host adds, keyed by the host\'s reverse-domain name; kept as it is.',
} as const satisfies FieldSpec;

/** BCP 47 language tag, in its general shape (`nl`, `ar-MA`, `zh-Hant-TW`). */
export const LANGUAGE_TAG_PATTERN = '^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$';
/** ISO 3166-1 alpha-2 country code. */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';
/** HL7 v3 RoleCode (`SIS`, `FRND`, …). */
export const ROLE_CODE_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

export const LOCATION_SPEC = {
  name: 'location',
  description: 'Where someone lives.',
  fields: [
    { key: 'area', value: oneOf(AREAS) },
    { key: 'country', value: { type: 'code', pattern: COUNTRY_PATTERN, what: 'an ISO 3166 alpha-2 country code like "MA"' } },
  ],
} as const satisfies ObjectSpec;

export const BOUNDARY_SPEC = {
  name: 'boundary',
  description: 'Contact with this person should be limited.',
  fields: [{ key: 'note', value: text() }],
} as const satisfies ObjectSpec;

export const PERSON_SPEC = {
  name: 'person',
  description: 'A person, organisation, place, group or animal in the network.',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    { key: 'name', value: label(), required: true, description: 'Display text, any Unicode; not empty or only white space.' },
    { key: 'kind', value: oneOf(PERSON_KINDS), required: true },
    { key: 'sector', value: oneOf(SECTORS) },
    { key: 'formality', value: oneOf(FORMALITIES), description: 'When absent, care is formal and the rest informal.' },
    { key: 'role', value: text(), description: 'Free text, e.g. "zus", "huisarts".' },
    { key: 'relationCode', value: { type: 'code', pattern: ROLE_CODE_PATTERN, what: 'an HL7 v3 RoleCode like "SIS"' } },
    { key: 'closeness', value: oneOf(CLOSENESSES), description: 'Which circle around the client.' },
    { key: 'consent', value: oneOf(CONSENTS), description: 'May the caseworker contact this person; absent means unknown.' },
    { key: 'consentDate', value: date() },
    { key: 'source', value: oneOf(SOURCES) },
    { key: 'burden', value: oneOf(BURDENS) },
    { key: 'boundary', value: { type: 'object', spec: BOUNDARY_SPEC } },
    { key: 'location', value: { type: 'object', spec: LOCATION_SPEC } },
    {
      key: 'languages',
      value: { type: 'array', items: { type: 'code', pattern: LANGUAGE_TAG_PATTERN, what: 'a BCP 47 language tag like "nl" or "ar-MA"' } },
    },
    { key: 'interpreter', value: { type: 'boolean' } },
    { key: 'channels', value: { type: 'array', items: oneOf(CHANNELS) } },
    { key: 'deceased', value: date(), description: 'Date of death.' },
    { key: 'since', value: date(), description: 'Since when this person is part of the network.' },
    { key: 'note', value: text() },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const SUPPORT_SPEC = {
  name: 'support',
  description: 'What the first of `between` receives from and gives to the second.',
  fields: [
    { key: 'receives', value: { type: 'array', items: oneOf(SUPPORT_TYPES) } },
    { key: 'gives', value: { type: 'array', items: oneOf(SUPPORT_TYPES) } },
  ],
} as const satisfies ObjectSpec;

export const HISTORY_ENTRY_SPEC = {
  name: 'historyEntry',
  description: 'An earlier state of a tie.',
  fields: [
    { key: 'date', value: date(), required: true },
    { key: 'status', value: oneOf(TIE_STATUSES) },
    { key: 'strength', value: oneOf(STRENGTHS) },
    { key: 'quality', value: oneOf(QUALITIES) },
    { key: 'note', value: text() },
  ],
} as const satisfies ObjectSpec;

export const TIE_SPEC = {
  name: 'tie',
  description: 'A relation between two different people; at most one tie per pair.',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    {
      key: 'between', value: { type: 'array', items: { type: 'ref' }, length: 2 }, required: true,
      description: 'Two different people ids; unordered for the relation, ordered for support.',
    },
    { key: 'strength', value: oneOf(STRENGTHS) },
    { key: 'quality', value: oneOf(QUALITIES) },
    { key: 'status', value: oneOf(TIE_STATUSES) },
    { key: 'intent', value: oneOf(INTENTS) },
    { key: 'support', value: { type: 'object', spec: SUPPORT_SPEC } },
    { key: 'contact', value: oneOf(CONTACT_FREQUENCIES) },
    {
      key: 'history', value: { type: 'array', items: { type: 'object', spec: HISTORY_ENTRY_SPEC } },
      description: 'Earlier states, oldest first.',
    },
    { key: 'since', value: date(), description: 'Since when this tie exists.' },
    { key: 'note', value: text() },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const GROUP_SPEC = {
  name: 'group',
  description: 'A named subset of people, e.g. a support group.',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    { key: 'name', value: label(), required: true },
    { key: 'kind', value: oneOf(GROUP_KINDS), required: true },
    { key: 'members', value: refs(), required: true },
    { key: 'channel', value: oneOf(CHANNELS) },
    { key: 'note', value: text() },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const EVENT_SPEC = {
  name: 'event',
  description: 'A life event: either a moment (`date`) or a period (`start`, optional `end`; no end = still going).',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    { key: 'title', value: label(), required: true },
    { key: 'date', value: date() },
    { key: 'start', value: date() },
    { key: 'end', value: date(), description: 'Not before start; absent means still going.' },
    { key: 'category', value: oneOf(EVENT_CATEGORIES), required: true },
    { key: 'valence', value: { type: 'number', integer: true, min: -2, max: 2 }, required: true },
    { key: 'people', value: refs() },
    { key: 'note', value: text() },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const ACTION_SPEC = {
  name: 'action',
  description: 'One step of the network plan.',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    {
      key: 'about', value: { type: 'array', items: { type: 'ref' }, minItems: 1 }, required: true,
      description: 'One or more ids of people or ties the action is about.',
    },
    { key: 'intent', value: oneOf(ACTION_INTENTS), required: true },
    { key: 'step', value: text(), required: true, description: 'Free text: what is to be done.' },
    { key: 'owner', value: text(), description: 'Who does it: a person id, or free text ("begeleider").' },
    { key: 'due', value: date() },
    { key: 'status', value: oneOf(ACTION_STATUSES), description: 'Absent means open.' },
    { key: 'done', value: date(), description: 'When it was done.' },
    { key: 'note', value: text() },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const MEETING_SPEC = {
  name: 'meeting',
  description: 'A network meeting, base-team meeting or other meeting.',
  fields: [
    { key: 'id', value: { type: 'id' }, required: true },
    { key: 'title', value: label(), required: true },
    { key: 'date', value: date(), required: true },
    { key: 'kind', value: oneOf(MEETING_KINDS), required: true },
    { key: 'invited', value: refs(), required: true, description: 'People ids; none with consent not-allowed.' },
    { key: 'group', value: { type: 'ref' }, description: 'The id of the group that meets.' },
    { key: 'outcome', value: text(), description: 'Free text: what was agreed.' },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

export const LAYOUT_HINT_SPEC = {
  name: 'layoutHint',
  description: 'A user-chosen placement of a person on the ecogram.',
  fields: [
    { key: 'angle', value: { type: 'number' }, description: 'Degrees clockwise from 12 o\'clock.' },
    { key: 'radius', value: { type: 'number', min: 0, max: 1 }, description: 'Fraction 0..1 of the outer radius.' },
    { key: 'pinned', value: { type: 'boolean' } },
  ],
} as const satisfies ObjectSpec;

const empty = (): unknown[] => [];

/** The network document without `format` and `version` (those are read first, see `parseNetwork`). */
export const NETWORK_SPEC = {
  name: 'network',
  description: 'A Kring network document, format v1.',
  fields: [
    { key: 'id', value: { type: 'id' } },
    { key: 'title', value: text() },
    { key: 'focus', value: { type: 'ref' }, required: true, description: 'The id of the client, one of people.' },
    { key: 'people', value: { type: 'array', items: { type: 'object', spec: PERSON_SPEC } }, required: true },
    { key: 'ties', value: { type: 'array', items: { type: 'object', spec: TIE_SPEC } }, required: true, parseDefault: empty },
    { key: 'groups', value: { type: 'array', items: { type: 'object', spec: GROUP_SPEC } }, required: true, parseDefault: empty },
    { key: 'events', value: { type: 'array', items: { type: 'object', spec: EVENT_SPEC } }, required: true, parseDefault: empty },
    // Optional and not defaulted: an absent plan stays absent (see `Network` in types.ts).
    { key: 'actions', value: { type: 'array', items: { type: 'object', spec: ACTION_SPEC } }, description: 'The network plan.' },
    { key: 'meetings', value: { type: 'array', items: { type: 'object', spec: MEETING_SPEC } } },
    {
      key: 'layout', value: { type: 'record', values: { type: 'object', spec: LAYOUT_HINT_SPEC } },
      description: 'Per-person placement the user chose, keyed by person id.',
    },
    EXTENSIONS,
  ],
} as const satisfies ObjectSpec;

/** Key under an entity's `extensions` where unknown fields found on read are kept. */
export const UNKNOWN_FIELDS_KEY = 'kring.unknown';

// Compile-time guard: each table lists exactly the fields of its type in types.ts. When a
// field is added there, `pnpm typecheck` fails here until the reader knows it too.
type KeysOf<S extends { fields: readonly { key: string }[] }> = S['fields'][number]['key'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _FieldTablesMatchTypes = [
  Expect<Same<KeysOf<typeof PERSON_SPEC>, keyof Person>>,
  Expect<Same<KeysOf<typeof LOCATION_SPEC>, keyof Location>>,
  Expect<Same<KeysOf<typeof BOUNDARY_SPEC>, keyof Boundary>>,
  Expect<Same<KeysOf<typeof TIE_SPEC>, keyof Tie>>,
  Expect<Same<KeysOf<typeof SUPPORT_SPEC>, keyof TieSupport>>,
  Expect<Same<KeysOf<typeof HISTORY_ENTRY_SPEC>, keyof TieHistoryEntry>>,
  Expect<Same<KeysOf<typeof GROUP_SPEC>, keyof Group>>,
  Expect<Same<KeysOf<typeof EVENT_SPEC>, keyof PointEvent | keyof PeriodEvent>>,
  Expect<Same<KeysOf<typeof ACTION_SPEC>, keyof Action>>,
  Expect<Same<KeysOf<typeof MEETING_SPEC>, keyof Meeting>>,
  Expect<Same<KeysOf<typeof LAYOUT_HINT_SPEC>, keyof LayoutHint>>,
  Expect<Same<KeysOf<typeof NETWORK_SPEC>, Exclude<keyof Network, 'format' | 'version'>>>,
];
