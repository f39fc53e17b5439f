/**
 * Words for every value and every field of the Kring format, in Dutch (default)
 * and English. Plain language (B1), never shaming. One place, used by every part.
 */
import type {
  Area,
  Burden,
  Channel,
  Closeness,
  Consent,
  ContactFrequency,
  EventCategory,
  Formality,
  Group,
  GroupKind,
  Intent,
  LifeEvent,
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
  'null-value',
] as const;

/** Every field of a life event (point or period). */
type LifeEventField = keyof LifeEvent | 'date' | 'start' | 'end';

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
  | Keys<'field.location', 'area' | 'country'>
  | Keys<'field.boundary', 'note'>
  | Keys<'field.support', 'receives' | 'gives'>
  | Keys<'field.history', keyof TieHistoryEntry>
  | Keys<'issue', (typeof ISSUE_CODES_WITH_WORDS)[number]>
  | 'issue.unknown';

const nl: Record<LabelMessageKey, string> = {
  'kind.person': 'Persoon',
  'kind.organisation': 'Organisatie',
  'kind.place': 'Plek',
  'kind.group': 'Groep',
  'kind.animal': 'Huisdier',

  'sector.family': 'Familie',
  'sector.friends': 'Vrienden',
  'sector.peers': 'Lotgenoten/medebewoners',
  'sector.community': 'Buurt en samenleving',
  'sector.work': 'Werk, school, dagbesteding',
  'sector.care': 'Zorg en hulpverlening',
  'sector.other': 'Overig',

  'formality.formal': 'Formeel (beroepskracht)',
  'formality.informal': 'Informeel (eigen netwerk)',

  'closeness.inner': 'Binnenste cirkel',
  'closeness.middle': 'Middelste cirkel',
  'closeness.outer': 'Buitenste cirkel',

  'consent.allowed': 'Mag contact',
  'consent.not-allowed': 'Geen contact',
  'consent.ask-first': 'Eerst vragen',
  'consent.unknown': 'Onbekend',

  'source.client': 'De cliënt zelf',
  'source.relative': 'Een naaste',
  'source.professional': 'Een hulpverlener',
  'source.record': 'Het dossier',

  'burden.ok': 'Gaat goed',
  'burden.strained': 'Het is zwaar',
  'burden.overloaded': 'Overbelast',

  'area.same-city': 'In dezelfde stad',
  'area.elsewhere': 'Ergens anders in Nederland',
  'area.abroad': 'In het buitenland',

  'channel.in-person': 'Persoonlijk',
  'channel.phone': 'Telefoon',
  'channel.whatsapp': 'WhatsApp',
  'channel.video': 'Videobellen',
  'channel.email': 'E-mail',
  'channel.letter': 'Brief',

  'strength.strong': 'Sterk',
  'strength.moderate': 'Gemiddeld',
  'strength.weak': 'Zwak',

  'quality.supportive': 'Steunend',
  'quality.ambivalent': 'Wisselend',
  'quality.stressful': 'Geeft spanning',
  'quality.harmful': 'Schadelijk',

  'status.active': 'Actief',
  'status.faded': 'Verwaterd',
  'status.broken': 'Verbroken',
  'status.ended': 'Afgesloten',
  'status.potential': 'Kan een rol spelen',

  'intent.maintain': 'Behouden',
  'intent.strengthen': 'Versterken',
  'intent.restore': 'Herstellen',
  'intent.reactivate': 'Opnieuw betrekken',
  'intent.limit': 'Begrenzen',
  'intent.build': 'Nieuw opbouwen',

  'support.emotional': 'Emotioneel',
  'support.practical': 'Praktisch',
  'support.informational': 'Advies en informatie',
  'support.companionship': 'Gezelschap',
  'support.financial': 'Financieel',
  'support.housing': 'Huisvesting',

  'contact.daily': 'Elke dag',
  'contact.weekly': 'Elke week',
  'contact.monthly': 'Elke maand',
  'contact.yearly': 'Elk jaar',
  'contact.rarely': 'Bijna nooit',
  'contact.never': 'Nooit',

  'groupKind.support-group': 'Steungroep',
  'groupKind.base-team': 'Basisteam',
  'groupKind.chat': 'Chatgroep',
  'groupKind.other': 'Andere groep',

  'category.housing': 'Wonen',
  'category.family': 'Familie',
  'category.relationships': 'Relaties',
  'category.health': 'Gezondheid',
  'category.work': 'Werk en dagbesteding',
  'category.income': 'Geld en inkomen',
  'category.justice': 'Politie en justitie',
  'category.care': 'Zorg en hulp',
  'category.loss': 'Verlies',
  'category.other': 'Overig',

  'valence.-2': 'Heel moeilijk',
  'valence.-1': 'Moeilijk',
  'valence.0': 'Niet goed of slecht',
  'valence.1': 'Goed',
  'valence.2': 'Heel goed',

  'field.person.id': 'Kenmerk',
  'field.person.name': 'Naam',
  'field.person.kind': 'Soort',
  'field.person.sector': 'Levensgebied',
  'field.person.formality': 'Formeel of informeel',
  'field.person.closeness': 'Cirkel',
  'field.person.role': 'Rol',
  'field.person.relationCode': 'Relatiecode (HL7)',
  'field.person.consent': 'Contact opnemen',
  'field.person.consentDate': 'Toestemming bevestigd op',
  'field.person.source': 'Wie vertelde over deze persoon',
  'field.person.burden': 'Hoe zwaar is het voor deze persoon',
  'field.person.boundary': 'Contact beperken',
  'field.person.location': 'Woonplaats',
  'field.person.languages': 'Talen',
  'field.person.interpreter': 'Tolk nodig',
  'field.person.channels': 'Contact via',
  'field.person.deceased': 'Overleden op',
  'field.person.since': 'In het netwerk sinds',
  'field.person.note': 'Notitie',
  'field.person.extensions': 'Extra gegevens',

  'field.tie.id': 'Kenmerk',
  'field.tie.between': 'Tussen',
  'field.tie.strength': 'Sterkte',
  'field.tie.quality': 'Hoe is het contact',
  'field.tie.status': 'Status',
  'field.tie.intent': 'Wat willen we met deze band',
  'field.tie.support': 'Steun',
  'field.tie.contact': 'Hoe vaak contact',
  'field.tie.history': 'Geschiedenis',
  'field.tie.since': 'Band bestaat sinds',
  'field.tie.note': 'Notitie',
  'field.tie.extensions': 'Extra gegevens',

  'field.group.id': 'Kenmerk',
  'field.group.name': 'Naam',
  'field.group.kind': 'Soort groep',
  'field.group.members': 'Leden',
  'field.group.channel': 'Contact via',
  'field.group.note': 'Notitie',
  'field.group.extensions': 'Extra gegevens',

  'field.event.id': 'Kenmerk',
  'field.event.title': 'Wat gebeurde er',
  'field.event.date': 'Datum',
  'field.event.start': 'Begin',
  'field.event.end': 'Einde',
  'field.event.category': 'Levensdomein',
  'field.event.valence': 'Hoe was het',
  'field.event.people': 'Betrokken mensen',
  'field.event.note': 'Notitie',
  'field.event.extensions': 'Extra gegevens',

  'field.location.area': 'Waar woont deze persoon',
  'field.location.country': 'Land',
  'field.boundary.note': 'Waarom beperken',
  'field.support.receives': 'Krijgt',
  'field.support.gives': 'Geeft',
  'field.history.date': 'Datum',
  'field.history.status': 'Status',
  'field.history.strength': 'Sterkte',
  'field.history.quality': 'Hoe was het contact',
  'field.history.note': 'Notitie',

  'issue.not-an-object': 'Deze gegevens kunnen niet gelezen worden.',
  'issue.wrong-format': 'Dit is geen Kring-netwerk.',
  'issue.unsupported-version': 'Deze gegevens komen uit een nieuwere versie.',
  'issue.invalid-version': 'Het versienummer klopt niet.',
  'issue.required': 'Vul dit in.',
  'issue.wrong-type': 'Deze waarde past hier niet.',
  'issue.invalid-value': 'Kies een van de mogelijkheden.',
  'issue.invalid-date': 'Dit is geen datum. Schrijf bijvoorbeeld 2019, 2019-05 of 2019-05-03.',
  'issue.duplicate-id': 'Dit kenmerk bestaat al.',
  'issue.dangling-reference': 'Deze persoon staat niet (meer) in het netwerk.',
  'issue.self-tie': 'Een band is altijd tussen twee verschillende mensen.',
  'issue.duplicate-tie': 'Er is al een band tussen deze twee.',
  'issue.history-order': 'Zet de geschiedenis op volgorde: oudste eerst.',
  'issue.period-order': 'Het einde ligt voor het begin.',
  'issue.too-long': 'Deze tekst is te lang.',
  'issue.too-deep': 'Deze gegevens zijn te diep genest.',
  'issue.forbidden-key': 'Deze naam mag niet gebruikt worden.',
  'issue.unknown-field': 'Dit veld is onbekend.',
  'issue.not-found': 'Dit staat niet (meer) in het netwerk.',
  'issue.focus-protected': 'De cliënt staat altijd in het midden en kan niet weg.',
  'issue.invalid-json': 'Deze tekst is geen geldige JSON.',
  'issue.too-large': 'Deze gegevens zijn te groot om te openen.',
  'issue.unreadable': 'Deze gegevens kunnen niet gelezen worden.',
  'issue.migrated': 'Deze gegevens kwamen uit een oudere versie en zijn bijgewerkt.',
  'issue.invalid-character': 'Deze tekst bevat een onzichtbaar teken dat niet bewaard kan worden.',
  'issue.empty-name': 'Deze naam was leeg en heet nu "Naamloos".',
  'issue.null-value': 'Dit veld was leeg (null) en is weggelaten.',
  'issue.unknown': 'Dit klopt nog niet.',
};

const en: Record<LabelMessageKey, string> = {
  'kind.person': 'Person',
  'kind.organisation': 'Organisation',
  'kind.place': 'Place',
  'kind.group': 'Group',
  'kind.animal': 'Pet',

  'sector.family': 'Family',
  'sector.friends': 'Friends',
  'sector.peers': 'Peers and fellow residents',
  'sector.community': 'Neighbourhood and community',
  'sector.work': 'Work, school, day activities',
  'sector.care': 'Care and support services',
  'sector.other': 'Other',

  'formality.formal': 'Formal (professional)',
  'formality.informal': 'Informal (own network)',

  'closeness.inner': 'Inner circle',
  'closeness.middle': 'Middle circle',
  'closeness.outer': 'Outer circle',

  'consent.allowed': 'May be contacted',
  'consent.not-allowed': 'No contact',
  'consent.ask-first': 'Ask first',
  'consent.unknown': 'Unknown',

  'source.client': 'The client',
  'source.relative': 'Someone close',
  'source.professional': 'A professional',
  'source.record': 'The case file',

  'burden.ok': 'Doing fine',
  'burden.strained': 'It is hard',
  'burden.overloaded': 'Overloaded',

  'area.same-city': 'In the same city',
  'area.elsewhere': 'Elsewhere in the country',
  'area.abroad': 'Abroad',

  'channel.in-person': 'In person',
  'channel.phone': 'Phone',
  'channel.whatsapp': 'WhatsApp',
  'channel.video': 'Video call',
  'channel.email': 'Email',
  'channel.letter': 'Letter',

  'strength.strong': 'Strong',
  'strength.moderate': 'Moderate',
  'strength.weak': 'Weak',

  'quality.supportive': 'Supportive',
  'quality.ambivalent': 'Mixed',
  'quality.stressful': 'Stressful',
  'quality.harmful': 'Harmful',

  'status.active': 'Active',
  'status.faded': 'Faded',
  'status.broken': 'Broken',
  'status.ended': 'Ended',
  'status.potential': 'Could play a role',

  'intent.maintain': 'Keep',
  'intent.strengthen': 'Strengthen',
  'intent.restore': 'Repair',
  'intent.reactivate': 'Get back in touch',
  'intent.limit': 'Limit',
  'intent.build': 'Build up',

  'support.emotional': 'Emotional',
  'support.practical': 'Practical',
  'support.informational': 'Advice and information',
  'support.companionship': 'Company',
  'support.financial': 'Financial',
  'support.housing': 'Housing',

  'contact.daily': 'Every day',
  'contact.weekly': 'Every week',
  'contact.monthly': 'Every month',
  'contact.yearly': 'Every year',
  'contact.rarely': 'Hardly ever',
  'contact.never': 'Never',

  'groupKind.support-group': 'Support group',
  'groupKind.base-team': 'Base team',
  'groupKind.chat': 'Chat group',
  'groupKind.other': 'Other group',

  'category.housing': 'Housing',
  'category.family': 'Family',
  'category.relationships': 'Relationships',
  'category.health': 'Health',
  'category.work': 'Work and day activities',
  'category.income': 'Money and income',
  'category.justice': 'Police and justice',
  'category.care': 'Care and support',
  'category.loss': 'Loss',
  'category.other': 'Other',

  'valence.-2': 'Very hard',
  'valence.-1': 'Hard',
  'valence.0': 'Neither good nor bad',
  'valence.1': 'Good',
  'valence.2': 'Very good',

  'field.person.id': 'Identifier',
  'field.person.name': 'Name',
  'field.person.kind': 'Kind',
  'field.person.sector': 'Area of life',
  'field.person.formality': 'Formal or informal',
  'field.person.closeness': 'Circle',
  'field.person.role': 'Role',
  'field.person.relationCode': 'Relation code (HL7)',
  'field.person.consent': 'Contacting them',
  'field.person.consentDate': 'Consent confirmed on',
  'field.person.source': 'Who told us about them',
  'field.person.burden': 'How heavy is it for them',
  'field.person.boundary': 'Limit contact',
  'field.person.location': 'Where they live',
  'field.person.languages': 'Languages',
  'field.person.interpreter': 'Interpreter needed',
  'field.person.channels': 'Keep in touch by',
  'field.person.deceased': 'Died on',
  'field.person.since': 'In the network since',
  'field.person.note': 'Note',
  'field.person.extensions': 'Extra data',

  'field.tie.id': 'Identifier',
  'field.tie.between': 'Between',
  'field.tie.strength': 'Strength',
  'field.tie.quality': 'How is the contact',
  'field.tie.status': 'Status',
  'field.tie.intent': 'What do we want with this tie',
  'field.tie.support': 'Support',
  'field.tie.contact': 'How often in touch',
  'field.tie.history': 'History',
  'field.tie.since': 'Tie exists since',
  'field.tie.note': 'Note',
  'field.tie.extensions': 'Extra data',

  'field.group.id': 'Identifier',
  'field.group.name': 'Name',
  'field.group.kind': 'Kind of group',
  'field.group.members': 'Members',
  'field.group.channel': 'Keep in touch by',
  'field.group.note': 'Note',
  'field.group.extensions': 'Extra data',

  'field.event.id': 'Identifier',
  'field.event.title': 'What happened',
  'field.event.date': 'Date',
  'field.event.start': 'Start',
  'field.event.end': 'End',
  'field.event.category': 'Area of life',
  'field.event.valence': 'How was it',
  'field.event.people': 'People involved',
  'field.event.note': 'Note',
  'field.event.extensions': 'Extra data',

  'field.location.area': 'Where do they live',
  'field.location.country': 'Country',
  'field.boundary.note': 'Why limit contact',
  'field.support.receives': 'Receives',
  'field.support.gives': 'Gives',
  'field.history.date': 'Date',
  'field.history.status': 'Status',
  'field.history.strength': 'Strength',
  'field.history.quality': 'How was the contact',
  'field.history.note': 'Note',

  'issue.not-an-object': 'This data cannot be read.',
  'issue.wrong-format': 'This is not a Kring network.',
  'issue.unsupported-version': 'This data comes from a newer version.',
  'issue.invalid-version': 'The version number is not right.',
  'issue.required': 'Please fill this in.',
  'issue.wrong-type': 'This value does not fit here.',
  'issue.invalid-value': 'Choose one of the options.',
  'issue.invalid-date': 'This is not a date. Write for example 2019, 2019-05 or 2019-05-03.',
  'issue.duplicate-id': 'This identifier already exists.',
  'issue.dangling-reference': 'This person is not (or no longer) in the network.',
  'issue.self-tie': 'A tie is always between two different people.',
  'issue.duplicate-tie': 'These two already have a tie.',
  'issue.history-order': 'Put the history in order: oldest first.',
  'issue.period-order': 'The end is before the start.',
  'issue.too-long': 'This text is too long.',
  'issue.too-deep': 'This data is nested too deeply.',
  'issue.forbidden-key': 'This name cannot be used.',
  'issue.unknown-field': 'This field is unknown.',
  'issue.not-found': 'This is not (or no longer) in the network.',
  'issue.focus-protected': 'The client always stays in the middle and cannot be removed.',
  'issue.invalid-json': 'This text is not valid JSON.',
  'issue.too-large': 'This data is too large to open.',
  'issue.unreadable': 'This data cannot be read.',
  'issue.migrated': 'This data came from an older version and has been updated.',
  'issue.invalid-character': 'This text holds an invisible character that cannot be saved.',
  'issue.empty-name': 'This name was empty and is now a placeholder name.',
  'issue.null-value': 'This field was empty (null) and has been left out.',
  'issue.unknown': 'This is not right yet.',
};

/** Words for every enum value, field name and issue code of the format, per locale. */
export const labelMessages: Bundle<LabelMessageKey> = { nl, en };

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
