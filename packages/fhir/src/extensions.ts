/**
 * The Kring FHIR extensions: one base URL, short readable names.
 * @packageDocumentation
 */
import type { FhirExtension } from './fhir-types';

/** Base URL of every Kring extension: `${KRING_EXTENSION_BASE}closeness`, … */
export const KRING_EXTENSION_BASE = 'https://kring.dev/fhir/StructureDefinition/';

/** MIME type of the `Binary` entry that carries the complete Kring network document. */
export const KRING_CONTENT_TYPE = 'application/vnd.kring.network+json';

/** Names (after {@link KRING_EXTENSION_BASE}) of the Kring extensions. Complex extensions list their parts. */
export const KRING_EXTENSIONS = {
  /** The Kring person id of the resource (valueString). Marks a resource written by Kring. */
  personId: 'person-id',
  kind: 'kind',
  sector: 'sector',
  formality: 'formality',
  closeness: 'closeness',
  /** Free-text role on Practitioner / Organization (RelatedPerson uses `relationship.text`). */
  role: 'role',
  /** The explicit Kring `relationCode` (a derived code is only in `relationship.coding`). */
  relationCode: 'relation-code',
  consent: 'consent',
  consentDate: 'consent-date',
  source: 'source',
  burden: 'burden',
  /** valueString with the note, or valueBoolean `true` for a boundary without note. */
  boundary: 'boundary',
  locationArea: 'location-area',
  locationCountry: 'location-country',
  /** A BCP 47 tag, repeated (resources without `communication`). */
  language: 'language',
  interpreter: 'interpreter',
  /** One per channel (valueCode), repeated. */
  channel: 'channel',
  deceased: 'deceased',
  since: 'since',
  note: 'note',
  /** Vendor `extensions` of a person, tie or group as JSON (valueString). */
  vendor: 'vendor-extensions',
  /** Complex: the tie between the client and this person. Parts: id, reversed, strength, quality, status, intent, contact, receives, gives, since, note, history, vendor-extensions. */
  tie: 'tie',
  /** On a CareTeam: `professionals` for the team of formal people Kring writes. */
  careTeam: 'care-team',
  /** On a CareTeam that is a Kring group: group id, kind, channel, note. */
  groupId: 'group-id',
  groupKind: 'group-kind',
  groupChannel: 'group-channel',
  groupNote: 'group-note',
  /** On the CarePlan of the network plan and on each meeting's Appointment: the Kring id of the client (references to the client use it). */
  clientId: 'client-id',
  /** On a CarePlan: `network-plan` for the plan Kring writes. */
  carePlan: 'care-plan',
  /** On a CarePlan activity: the action's fields, exactly (the standard elements carry them for other systems). */
  actionId: 'action-id',
  /** The Kring id of a person or tie the action is about (valueString), repeated. */
  actionAbout: 'action-about',
  actionIntent: 'action-intent',
  actionStep: 'action-step',
  /** A person id or free text (valueString). */
  actionOwner: 'action-owner',
  actionDue: 'action-due',
  actionStatus: 'action-status',
  actionDone: 'action-done',
  actionNote: 'action-note',
  /** On an Appointment: the meeting's fields, exactly. */
  meetingId: 'meeting-id',
  meetingDate: 'meeting-date',
  meetingKind: 'meeting-kind',
  /** A Kring person id (valueString), repeated. */
  meetingInvited: 'meeting-invited',
  meetingGroup: 'meeting-group',
} as const;

/** Full URL of a Kring extension. */
export function kringUrl(name: string): string {
  return KRING_EXTENSION_BASE + name;
}

export function extString(url: string, value: string): FhirExtension {
  return { url, valueString: value };
}
export function extCode(url: string, value: string): FhirExtension {
  return { url, valueCode: value };
}
export function extBoolean(url: string, value: boolean): FhirExtension {
  return { url, valueBoolean: value };
}
