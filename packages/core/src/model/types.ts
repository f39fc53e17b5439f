/**
 * Types of the Kring network format, version 1 (see FORMAT.md).
 *
 * These are the parsed, in-memory shapes. They equal the JSON shapes: a parsed
 * network serialises back to the same JSON. Optional fields are absent rather
 * than `undefined` in a parsed network.
 *
 * @packageDocumentation
 */

/** The current format version that this library writes. */
export const FORMAT_VERSION = 1 as const;
/** The `format` marker of every Kring document. */
export const FORMAT_NAME = 'kring.network' as const;

/** A fuzzy date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed with `~` ("around"). */
export type FuzzyDateString = string;

export const PERSON_KINDS = ['person', 'organisation', 'place', 'group', 'animal'] as const;
/** What a node in the network is. */
export type PersonKind = (typeof PERSON_KINDS)[number];

export const SECTORS = ['family', 'friends', 'peers', 'community', 'work', 'care', 'other'] as const;
/** Sector (slice) of the ecogram. */
export type Sector = (typeof SECTORS)[number];

export const FORMALITIES = ['formal', 'informal'] as const;
/** Formal (professional) versus informal network. */
export type Formality = (typeof FORMALITIES)[number];

export const CLOSENESSES = ['inner', 'middle', 'outer'] as const;
/** Which circle around the client. */
export type Closeness = (typeof CLOSENESSES)[number];

export const CONSENTS = ['allowed', 'not-allowed', 'ask-first', 'unknown'] as const;
/** May the caseworker contact this person. */
export type Consent = (typeof CONSENTS)[number];

export const SOURCES = ['client', 'relative', 'professional', 'record'] as const;
/** Who told us about this person. */
export type Source = (typeof SOURCES)[number];

export const BURDENS = ['ok', 'strained', 'overloaded'] as const;
/** Load on a naaste (MantelScan). */
export type Burden = (typeof BURDENS)[number];

export const AREAS = ['same-city', 'elsewhere', 'abroad'] as const;
/** Where someone lives relative to the client. */
export type Area = (typeof AREAS)[number];

export const CHANNELS = ['in-person', 'phone', 'whatsapp', 'video', 'email', 'letter'] as const;
/** A way of keeping in touch. */
export type Channel = (typeof CHANNELS)[number];

export const STRENGTHS = ['strong', 'moderate', 'weak'] as const;
/** Strength of a tie. */
export type Strength = (typeof STRENGTHS)[number];

export const QUALITIES = ['supportive', 'ambivalent', 'stressful', 'harmful'] as const;
/** Quality of a tie (separate from strength). */
export type Quality = (typeof QUALITIES)[number];

export const TIE_STATUSES = ['active', 'faded', 'broken', 'ended', 'potential'] as const;
/** Status of a tie. */
export type TieStatus = (typeof TIE_STATUSES)[number];

export const INTENTS = ['maintain', 'strengthen', 'restore', 'reactivate', 'limit', 'build'] as const;
/** What worker and client want with this tie. */
export type Intent = (typeof INTENTS)[number];

export const SUPPORT_TYPES = ['emotional', 'practical', 'informational', 'companionship', 'financial', 'housing'] as const;
/** A kind of support. */
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const CONTACT_FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly', 'rarely', 'never'] as const;
/** How often there is contact. */
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const GROUP_KINDS = ['support-group', 'base-team', 'chat', 'other'] as const;
/** Kind of group. */
export type GroupKind = (typeof GROUP_KINDS)[number];

export const EVENT_CATEGORIES = ['housing', 'family', 'relationships', 'health', 'work', 'income', 'justice', 'care', 'loss', 'other'] as const;
/** Life domain of a life event. */
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const ACTION_INTENTS = [...INTENTS, 'meet', 'ask', 'inform'] as const;
/** What a plan action is for: a tie's intents, plus `meet`, `ask` and `inform`. */
export type ActionIntent = (typeof ACTION_INTENTS)[number];

/**
 * Intents of an action that do not mean contacting the person it is about (`limit` contact,
 * `maintain` what is there): the consent rule does not apply to them.
 */
export const NON_CONTACT_INTENTS: readonly ActionIntent[] = ['limit', 'maintain'];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
/** Where a plan action stands. Absent means `open`. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MEETING_KINDS = ['network-meeting', 'base-team', 'other'] as const;
/** Kind of meeting: a meedenkbijeenkomst (`network-meeting`), a base team's meeting, other. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Valence of a life event: -2 (very negative) .. 2 (very positive). */
export type Valence = -2 | -1 | 0 | 1 | 2;

/** Vendor data keyed by reverse-domain name; kept untouched. */
export type Extensions = Record<string, unknown>;

/** Where someone lives. */
export interface Location {
  area?: Area;
  /** ISO 3166-1 alpha-2 country code, e.g. `MA`. */
  country?: string;
}

/** A request to limit contact with this person. */
export interface Boundary {
  note?: string;
}

/** A person, organisation, place, group or animal in the network. */
export interface Person {
  id: string;
  /** Display text; any Unicode. Always rendered as text. */
  name: string;
  kind: PersonKind;
  sector?: Sector;
  /** When absent: `care` is formal, the rest informal (see {@link effectiveFormality}). */
  formality?: Formality;
  closeness?: Closeness;
  /** Free text, e.g. "zus", "huisarts". */
  role?: string;
  /** HL7 v3 RoleCode, e.g. `SIS`, `FRND`. */
  relationCode?: string;
  /** Default `unknown`. */
  consent?: Consent;
  consentDate?: FuzzyDateString;
  source?: Source;
  burden?: Burden;
  boundary?: Boundary;
  location?: Location;
  /** BCP 47 language tags. */
  languages?: string[];
  interpreter?: boolean;
  channels?: Channel[];
  /** Date of death. */
  deceased?: FuzzyDateString;
  /** Since when this person is part of the network (used by `networkAt`). */
  since?: FuzzyDateString;
  note?: string;
  extensions?: Extensions;
}

/** Support flowing along a tie, seen from the first person of `between`. */
export interface TieSupport {
  receives?: SupportType[];
  gives?: SupportType[];
}

/** An earlier state of a tie. */
export interface TieHistoryEntry {
  date: FuzzyDateString;
  status?: TieStatus;
  strength?: Strength;
  quality?: Quality;
  note?: string;
}

/** A relation between two people. */
export interface Tie {
  id: string;
  /** Two distinct people ids. Unordered for the relation; ordered for `support`. */
  between: [string, string];
  strength?: Strength;
  quality?: Quality;
  status?: TieStatus;
  intent?: Intent;
  support?: TieSupport;
  contact?: ContactFrequency;
  /** Earlier states, oldest first. The top-level fields are the current state. */
  history?: TieHistoryEntry[];
  /** Since when this tie exists (used by `networkAt`). */
  since?: FuzzyDateString;
  note?: string;
  extensions?: Extensions;
}

/** A named subset of people, e.g. a support group. */
export interface Group {
  id: string;
  name: string;
  kind: GroupKind;
  members: string[];
  channel?: Channel;
  note?: string;
  extensions?: Extensions;
}

interface LifeEventBase {
  id: string;
  title: string;
  category: EventCategory;
  valence: Valence;
  people?: string[];
  note?: string;
  extensions?: Extensions;
}

/** A life event at one (fuzzy) date. */
export interface PointEvent extends LifeEventBase {
  date: FuzzyDateString;
  start?: never;
  end?: never;
}

/** A life period; no `end` means still going. */
export interface PeriodEvent extends LifeEventBase {
  start: FuzzyDateString;
  end?: FuzzyDateString;
  date?: never;
}

/** An event on the levenslijn. */
export type LifeEvent = PointEvent | PeriodEvent;

/**
 * One step of the network plan ("Latifa bellen over de steungroep").
 *
 * Consent rule (checked by `parseNetwork`/`validateNetwork`): an open action (status absent
 * or `open`: done and dropped ones are records) whose intent means contacting (every intent
 * but `limit` and `maintain`) about a person with consent `not-allowed` — or about a tie with
 * such a person at its other end — is an error `consent-refused` at `actions[i].about[k]`;
 * `ask-first` is a warning (`consent-ask-first`).
 */
export interface Action {
  id: string;
  /** One or more ids of people or ties the action is about. */
  about: string[];
  intent: ActionIntent;
  /** Free text: what is to be done. */
  step: string;
  /** Who does it: a person id, or free text ("begeleider", "cliënt"). */
  owner?: string;
  /** When it should be done. */
  due?: FuzzyDateString;
  /** Absent means `open` (see {@link actionStatus}); never filled in on read. */
  status?: ActionStatus;
  /** When it was done. */
  done?: FuzzyDateString;
  note?: string;
  extensions?: Extensions;
}

/** A network meeting (meedenkbijeenkomst), a base team's meeting or another meeting. */
export interface Meeting {
  id: string;
  title: string;
  date: FuzzyDateString;
  kind: MeetingKind;
  /** People ids; none may have consent `not-allowed` (`consent-refused`). May be empty. */
  invited: string[];
  /** The id of the group that meets (a support group, a base team). */
  group?: string;
  /** Free text: what was agreed. */
  outcome?: string;
  extensions?: Extensions;
}

/** The status of an action: its `status`, or `open` when absent (FORMAT.md's default). */
export function actionStatus(action: Pick<Action, 'status'>): ActionStatus {
  return action.status ?? 'open';
}

/** A user-chosen placement of a person on the ecogram. */
export interface LayoutHint {
  /** Angle in degrees, clockwise from 12 o'clock (0 = top, 90 = right). */
  angle?: number;
  /** Distance from the centre as a fraction 0..1 of the outer radius. */
  radius?: number;
  /** Pinned: the layout never moves this person. */
  pinned?: boolean;
}

/** A whole Kring network document (format v1). */
export interface Network {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  id?: string;
  /** The id of the client, one of `people`. */
  focus: string;
  title?: string;
  people: Person[];
  ties: Tie[];
  groups: Group[];
  events: LifeEvent[];
  /*
   * `actions` and `meetings` (the network plan) are optional and NOT normalised: unlike
   * `ties`, `groups` and `events` (which `parseNetwork` fills in as `[]`), an absent list stays
   * absent. FORMAT.md added them to v1 as optional, so a document without them must be
   * written back byte for byte, and networks hosts build in code (without a plan) stay valid
   * `Network`s. Read them with `network.actions ?? []`. An operation that empties one keeps
   * the empty array (it does not remove the key).
   */
  /** The network plan: steps to take. Optional; absent = no plan. */
  actions?: Action[];
  /** Planned and held meetings. Optional; absent = none. */
  meetings?: Meeting[];
  layout?: Record<string, LayoutHint>;
  extensions?: Extensions;
}
