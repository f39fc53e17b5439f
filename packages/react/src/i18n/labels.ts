/**
 * Words for every value and every field of the Kring format, in Dutch (default)
 * and English. Plain language (B1), never shaming. One place, used by every part.
 */
import type {
  ActionIntent,
  ActionStatus,
  Area,
  Burden,
  Channel,
  Closeness,
  Consent,
  ContactFrequency,
  EventCategory,
  Formality,
  Group,
  Action,
  GroupKind,
  Intent,
  LifeEvent,
  Meeting,
  MeetingKind,
  Person,
  PersonKind,
  Quality,
  Sector,
  Source,
  Strength,
  SupportType,
  Tie,
  TieHistoryEntry,
  TieStatus,
  Valence,
} from '@kring/core';
import type { Bundle } from './types';
import { nl } from './labels.nl';

type Keys<P extends string, V extends string | number> = `${P}.${V}`;

/**
 * Issue codes with their own words. A literal list (not `IssueCode`), so a code that core
 * adds later falls back to `issue.unknown` instead of breaking the build.
 */
export const ISSUE_CODES_WITH_WORDS = [
  'not-an-object', 'wrong-format', 'unsupported-version', 'invalid-version', 'required', 'wrong-type',
  'invalid-value', 'invalid-date', 'duplicate-id', 'dangling-reference', 'self-tie', 'duplicate-tie',
  'history-order', 'period-order', 'too-long', 'too-deep', 'forbidden-key', 'unknown-field', 'not-found',
  'focus-protected', 'invalid-json', 'too-large', 'unreadable', 'migrated', 'invalid-character', 'empty-name',
  'null-value', 'consent-refused', 'consent-ask-first',
] as const;

/** Every field of a life event (point or period). */
type LifeEventField = keyof LifeEvent | 'date' | 'start' | 'end';

/**
 * Languages (BCP 47) with words of their own in the label bundles: the ones clients of Dutch
 * shelters and their networks speak most. Others are named by the browser (`Intl.DisplayNames`),
 * whose first use in a page loads locale data: 26–120 ms in Chromium (session 25), inside the
 * map's first render when anyone's languages are described.
 */
export const COMMON_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'ro', 'bg', 'hu', 'lt', 'so', 'ti', 'am', 'om', 'fa', 'prs', 'ps', 'ku', 'ckb', 'tzm', 'pap', 'srn', 'fy', 'fr', 'de', 'es', 'pt', 'it', 'ru', 'uk', 'el', 'sq', 'sr', 'hr', 'bs', 'ur', 'zh'] as const;

/** Countries (ISO 3166-1 alpha-2, `XK` Kosovo) with words of their own, as {@link COMMON_LANGUAGES}. */
export const COMMON_COUNTRIES = ['NL', 'BE', 'DE', 'GB', 'FR', 'ES', 'PT', 'IT', 'PL', 'RO', 'BG', 'HU', 'LT', 'GR', 'UA', 'RU', 'TR', 'MA', 'DZ', 'TN', 'EG', 'SY', 'IQ', 'IR', 'AF', 'PK', 'ER', 'ET', 'SO', 'SD', 'SR', 'CW', 'AW', 'CD', 'NG', 'GH', 'AL', 'XK', 'RS', 'BA', 'US'] as const;

/** The enum groups with a label per value, and the type of their values (`sector` → `Sector`). */
export interface LabelValues {
  kind: PersonKind;
  sector: Sector;
  formality: Formality;
  closeness: Closeness;
  consent: Consent;
  source: Source;
  burden: Burden;
  area: Area;
  channel: Channel;
  strength: Strength;
  quality: Quality;
  status: TieStatus;
  intent: Intent;
  support: SupportType;
  contact: ContactFrequency;
  groupKind: GroupKind;
  category: EventCategory;
  valence: Valence;
  actionIntent: ActionIntent;
  actionStatus: ActionStatus;
  meetingKind: MeetingKind;
  /** Only {@link COMMON_LANGUAGES}: any other language is named by the browser. */
  language: (typeof COMMON_LANGUAGES)[number];
  /** Only {@link COMMON_COUNTRIES}: any other country is named by the browser. */
  country: (typeof COMMON_COUNTRIES)[number];
}

/** Enum groups with labels in the shared label bundle, e.g. `sector` → `sector.family`. */
export type LabelGroup = keyof LabelValues;

/** The keys of {@link labelMessages}: one per enum value, field name and issue code. */
export type LabelMessageKey =
  | { [G in LabelGroup]: Keys<G, LabelValues[G]> }[LabelGroup]
  | Keys<'field.person', keyof Person>
  | Keys<'field.tie', keyof Tie>
  | Keys<'field.group', keyof Group>
  | Keys<'field.event', LifeEventField>
  | Keys<'field.action', keyof Action>
  | Keys<'field.meeting', keyof Meeting>
  | Keys<'field.location', 'area' | 'country'>
  | Keys<'field.boundary', 'note'>
  | Keys<'field.support', 'receives' | 'gives'>
  | Keys<'field.history', keyof TieHistoryEntry>
  | Keys<'issue', (typeof ISSUE_CODES_WITH_WORDS)[number]>
  | 'issue.unknown';

/** Words for every enum value, field name and issue code of the format, per locale. */
export const labelMessages: Bundle<LabelMessageKey> = { nl };

/**
 * The label of an enum value, e.g. `valueLabel(messages, 'sector', 'family')` → "Familie".
 * Unknown values (from newer data) are shown as they are. For a host's own screens; Kring's
 * parts use `t.label(group, value)`.
 */
export function valueLabel(messages: Readonly<Partial<Record<LabelMessageKey, string>>>, group: LabelGroup, value: string | number): string {
  return (messages as Readonly<Record<string, string | undefined>>)[`${group}.${value}`] ?? String(value);
}

/**
 * Words for a core issue (`NetworkIssue.code`), falling back to a general sentence for codes
 * without words of their own. For a host's own screens; Kring's parts use `t.issue(code)`.
 */
export function issueText(messages: Readonly<Record<'issue.unknown', string>> & Readonly<Partial<Record<LabelMessageKey, string>>>, code: string): string {
  return (messages as Readonly<Record<string, string | undefined>>)[`issue.${code}`] ?? messages['issue.unknown'];
}

/**
 * Is `value` one of the values of `group` (one with a label)? For data typed loosely (e.g.
 * core's `NetworkChange.to` is a string) before `t.label(group, value)`.
 */
export function isLabelValue<G extends LabelGroup>(group: G, value: unknown): value is LabelValues[G] {
  return `${group}.${String(value)}` in labelMessages.nl;
}
