/**
 * Words of the progress summary (NetworkSummary) in Dutch (default) and English: chart
 * titles and the sentences that say what changed, the way a caseworker writes them in a
 * report ("Het contact met Latifa is hersteld."). Plain language, never shaming.
 * Enum labels (sectors, circles, statuses, support types) come from the shared labels.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Text } from '../i18n/lookup';
import type { Bundle } from '../i18n/types';
import { SYMBOL_BUNDLES } from '../symbols/messages';

/** The keys of {@link summaryMessages}. Placeholders are written `{name}`. */
export type SummaryMessageKey =
  | 'summary.title'
  | 'summary.lead'
  | 'summary.leadOne'
  | 'summary.client'
  | 'summary.empty'
  | 'summary.redacted'
  | 'summary.charts'
  | 'summary.colCount'
  | 'summary.colWho'
  | 'summary.colSector'
  | 'summary.colCircle'
  | 'summary.colFormality'
  | 'summary.colStatus'
  | 'summary.colSupport'
  | 'summary.colDirection'
  | 'summary.ofTotal'
  | 'summary.bySector'
  | 'summary.formality'
  | 'summary.formal'
  | 'summary.informal'
  | 'summary.byCloseness'
  | 'summary.status'
  | 'summary.noTies'
  | 'summary.reciprocity'
  | 'summary.reciprocityReceives'
  | 'summary.reciprocityGives'
  | 'summary.reciprocityMutual'
  | 'summary.reciprocitySentence'
  | 'summary.reciprocityNone'
  | 'summary.reciprocityOne'
  | 'summary.reciprocityOneMutual'
  | 'summary.support'
  | 'summary.supportMissing'
  | 'summary.supportAll'
  | 'summary.nobody'
  | 'summary.changes'
  | 'summary.since'
  | 'summary.sinceNone'
  | 'summary.sincePick'
  | 'summary.noDates'
  | 'summary.changesSince'
  | 'summary.noChanges'
  | 'summary.subjectClient'
  | 'summary.subjectBetween'
  | 'summary.change.personAdded'
  | 'summary.change.personAddedPotential'
  | 'summary.change.personRemoved'
  | 'summary.change.deceased'
  | 'summary.change.closer'
  | 'summary.change.further'
  | 'summary.change.circle'
  | 'summary.change.circleUnset'
  | 'summary.change.sector'
  | 'summary.change.sectorNew'
  | 'summary.change.sectorUnset'
  | 'summary.change.tieAddedClient'
  | 'summary.change.tieAddedBetween'
  | 'summary.change.tiePotential'
  | 'summary.change.tieRemoved'
  | 'summary.change.restored'
  | 'summary.change.broken'
  | 'summary.change.faded'
  | 'summary.change.ended'
  | 'summary.change.started'
  | 'summary.change.nowPotential'
  | 'summary.change.status'
  | 'summary.change.stronger'
  | 'summary.change.weaker'
  | 'summary.change.quality'
  | 'summary.change.qualityNew'
  | 'summary.change.qualityUnset'
  | 'summary.circle.inner'
  | 'summary.circle.middle'
  | 'summary.circle.outer'
  | 'summary.quality.supportive'
  | 'summary.quality.ambivalent'
  | 'summary.quality.stressful'
  | 'summary.quality.harmful'
  | 'summary.renderError'
  | 'summary.plan'
  | 'summary.planNumbers'
  | 'summary.colPlan'
  | 'summary.planOverloaded'
  | 'summary.planRefused'
  | 'summary.planLimited'
  | 'summary.planOpen'
  | 'summary.planOverdue'
  | 'summary.planDone'
  | 'summary.planMeetings'
  | 'summary.planMeetingsOne'
  | 'summary.planNoMeetings'
  | 'summary.groups'
  | 'summary.colGroup'
  | 'summary.colMembers'
  | 'summary.groupLabel'
  | 'summary.noGroups';

const nl: Record<SummaryMessageKey, string> = {
  'summary.title': 'Samenvatting van het netwerk',
  'summary.lead': '{count} mensen, plekken en organisaties rond {client}.',
  'summary.leadOne': '1 persoon, plek of organisatie rond {client}.',
  'summary.client': 'de cliënt',
  'summary.empty': 'Er staat nog niemand in het netwerk rond {client}. Dat is een begin: samen kunnen jullie mensen toevoegen.',
  'summary.redacted': 'Namen zijn afgeschermd.',
  'summary.charts': 'Het netwerk in cijfers',
  'summary.colCount': 'Aantal',
  'summary.colWho': 'Wie',
  'summary.colSector': 'Levensgebied',
  'summary.colCircle': 'Cirkel',
  'summary.colFormality': 'Soort netwerk',
  'summary.colStatus': 'Contact',
  'summary.colSupport': 'Soort steun',
  'summary.colDirection': 'Richting',
  'summary.ofTotal': '{value} van {total}',
  'summary.bySector': 'Per levensgebied',
  'summary.formality': 'Eigen netwerk en beroepskrachten',
  'summary.formal': 'Beroepskrachten (formeel)',
  'summary.informal': 'Eigen netwerk (informeel)',
  'summary.byCloseness': 'Per cirkel',
  'summary.status': 'Hoe is het contact met {client}?',
  'summary.noTies': 'Er is nog geen contact met {client} vastgelegd.',
  'summary.reciprocity': 'Over en weer',
  'summary.reciprocityReceives': '{client} krijgt steun',
  'summary.reciprocityGives': '{client} doet iets voor de ander',
  'summary.reciprocityMutual': 'Allebei: over en weer',
  'summary.reciprocitySentence': '{client} krijgt steun van {receives} mensen. Voor {mutual} van hen doet {client} ook iets terug.',
  'summary.reciprocityNone': 'Er is nog niet vastgelegd wie {client} steunt.',
  'summary.reciprocityOne': '{client} krijgt steun van 1 persoon.',
  'summary.reciprocityOneMutual': '{client} krijgt steun van 1 persoon en doet daar zelf ook iets voor terug.',
  'summary.support': 'Soorten steun die {client} krijgt',
  'summary.supportMissing': 'Nog niemand gevonden voor: {list}.',
  'summary.supportAll': 'Voor elke soort steun is er iemand.',
  'summary.nobody': 'Nog niemand',
  'summary.changes': 'Wat is er veranderd?',
  'summary.since': 'Vergelijk met',
  'summary.sinceNone': 'Kies een datum',
  'summary.sincePick': 'Kies een datum om te zien wat er sindsdien veranderd is.',
  'summary.noDates': 'Er staan nog geen datums in het netwerk. Met een datum bij mensen of contacten kun je later zien wat er veranderd is.',
  'summary.changesSince': 'Sinds {date}:',
  'summary.noChanges': 'Er is niets veranderd sinds {date}.',
  'summary.subjectClient': 'het contact met {name}',
  'summary.subjectBetween': 'het contact tussen {a} en {b}',
  'summary.change.personAdded': '{name} is nieuw in het netwerk.',
  'summary.change.personAddedPotential': '{name} is nieuw in het netwerk en kan een rol gaan spelen.',
  'summary.change.personRemoved': '{name} staat niet meer in het netwerk.',
  'summary.change.deceased': '{name} is overleden.',
  'summary.change.closer': '{name} staat nu dichterbij: in de {to} (was {from}).',
  'summary.change.further': '{name} staat nu verder weg: in de {to} (was {from}).',
  'summary.change.circle': '{name} staat nu in de {to}.',
  'summary.change.circleUnset': 'Voor {name} is geen cirkel meer gekozen.',
  'summary.change.sector': '{name} hoort nu bij {to} (was {from}).',
  'summary.change.sectorNew': '{name} hoort nu bij {to}.',
  'summary.change.sectorUnset': 'Voor {name} is geen levensgebied meer gekozen.',
  'summary.change.tieAddedClient': '{client} heeft nu contact met {name}.',
  'summary.change.tieAddedBetween': '{a} en {b} hebben nu contact met elkaar.',
  'summary.change.tiePotential': '{name} kan een rol gaan spelen.',
  'summary.change.tieRemoved': '{subject} staat niet meer in de kaart.',
  'summary.change.restored': '{subject} is hersteld.',
  'summary.change.broken': '{subject} is verbroken.',
  'summary.change.faded': '{subject} is verwaterd.',
  'summary.change.ended': '{subject} is afgesloten.',
  'summary.change.started': '{subject} is begonnen.',
  'summary.change.nowPotential': '{subject} is nu een contact dat een rol kan spelen.',
  'summary.change.status': 'Bij {subject} is de status nu: {to}.',
  'summary.change.stronger': '{subject} is sterker geworden.',
  'summary.change.weaker': '{subject} is zwakker geworden.',
  'summary.change.quality': '{subject} is nu {to} (was {from}).',
  'summary.change.qualityNew': '{subject} is nu {to}.',
  'summary.change.qualityUnset': 'Bij {subject} is niet meer ingevuld hoe het contact is.',
  'summary.circle.inner': 'binnenste cirkel',
  'summary.circle.middle': 'middelste cirkel',
  'summary.circle.outer': 'buitenste cirkel',
  'summary.quality.supportive': 'steunend',
  'summary.quality.ambivalent': 'wisselend',
  'summary.quality.stressful': 'gespannen',
  'summary.quality.harmful': 'schadelijk',
  'summary.renderError': 'De samenvatting kan nu niet worden getoond.',
  'summary.plan': 'Het plan',
  'summary.planNumbers': 'Het plan in cijfers',
  'summary.colPlan': 'Wat',
  'summary.planOverloaded': 'Overbelaste naasten',
  'summary.planRefused': 'Geen contact: {client} wil dat niet',
  'summary.planLimited': 'Contact begrenzen',
  'summary.planOpen': 'Open acties',
  'summary.planOverdue': 'Over de datum',
  'summary.planDone': 'Gedaan',
  'summary.planMeetings': '{count} bijeenkomsten, waarvan {upcoming} nog gepland.',
  'summary.planMeetingsOne': '1 bijeenkomst, waarvan {upcoming} nog gepland.',
  'summary.planNoMeetings': 'Er is nog geen bijeenkomst gepland.',
  'summary.groups': 'Steungroep en basisteam',
  'summary.colGroup': 'Groep',
  'summary.colMembers': 'Leden',
  'summary.groupLabel': '{name} ({kind})',
  'summary.noGroups': 'Er is nog geen steungroep of basisteam.',
};

const en: Record<SummaryMessageKey, string> = {
  'summary.title': 'Network summary',
  'summary.lead': '{count} people, places and organisations around {client}.',
  'summary.leadOne': '1 person, place or organisation around {client}.',
  'summary.client': 'the client',
  'summary.empty': 'There is no one in the network around {client} yet. That is a start: you can add people together.',
  'summary.redacted': 'Names are hidden.',
  'summary.charts': 'The network in numbers',
  'summary.colCount': 'Number',
  'summary.colWho': 'Who',
  'summary.colSector': 'Area of life',
  'summary.colCircle': 'Circle',
  'summary.colFormality': 'Kind of network',
  'summary.colStatus': 'Contact',
  'summary.colSupport': 'Kind of support',
  'summary.colDirection': 'Direction',
  'summary.ofTotal': '{value} of {total}',
  'summary.bySector': 'By area of life',
  'summary.formality': 'Own network and professionals',
  'summary.formal': 'Professionals (formal)',
  'summary.informal': 'Own network (informal)',
  'summary.byCloseness': 'By circle',
  'summary.status': 'How is the contact with {client}?',
  'summary.noTies': 'No contact with {client} has been recorded yet.',
  'summary.reciprocity': 'Give and take',
  'summary.reciprocityReceives': '{client} gets support',
  'summary.reciprocityGives': '{client} does something for them',
  'summary.reciprocityMutual': 'Both: give and take',
  'summary.reciprocitySentence': '{client} gets support from {receives} people and does something in return for {mutual} of them.',
  'summary.reciprocityNone': 'It has not been recorded yet who supports {client}.',
  'summary.reciprocityOne': '{client} gets support from 1 person.',
  'summary.reciprocityOneMutual': '{client} gets support from 1 person and does something in return.',
  'summary.support': 'Kinds of support {client} gets',
  'summary.supportMissing': 'No one found yet for: {list}.',
  'summary.supportAll': 'There is someone for every kind of support.',
  'summary.nobody': 'No one yet',
  'summary.changes': 'What has changed?',
  'summary.since': 'Compare with',
  'summary.sinceNone': 'Choose a date',
  'summary.sincePick': 'Choose a date to see what has changed since.',
  'summary.noDates': 'The network has no dates yet. With a date on people or contacts you can later see what has changed.',
  'summary.changesSince': 'Since {date}:',
  'summary.noChanges': 'Nothing has changed since {date}.',
  'summary.subjectClient': 'the contact with {name}',
  'summary.subjectBetween': 'the contact between {a} and {b}',
  'summary.change.personAdded': '{name} is new in the network.',
  'summary.change.personAddedPotential': '{name} is new in the network and could play a role.',
  'summary.change.personRemoved': '{name} is no longer in the network.',
  'summary.change.deceased': '{name} has died.',
  'summary.change.closer': '{name} is closer now: in the {to} (was the {from}).',
  'summary.change.further': '{name} is further away now: in the {to} (was the {from}).',
  'summary.change.circle': '{name} is now in the {to}.',
  'summary.change.circleUnset': 'No circle is chosen for {name} any more.',
  'summary.change.sector': '{name} now belongs to {to} (was {from}).',
  'summary.change.sectorNew': '{name} now belongs to {to}.',
  'summary.change.sectorUnset': 'No area of life is chosen for {name} any more.',
  'summary.change.tieAddedClient': '{client} is now in touch with {name}.',
  'summary.change.tieAddedBetween': '{a} and {b} are now in touch with each other.',
  'summary.change.tiePotential': '{name} could play a role.',
  'summary.change.tieRemoved': '{subject} is no longer on the map.',
  'summary.change.restored': '{subject} has been restored.',
  'summary.change.broken': '{subject} has been broken off.',
  'summary.change.faded': '{subject} has faded.',
  'summary.change.ended': '{subject} has ended.',
  'summary.change.started': '{subject} has started.',
  'summary.change.nowPotential': '{subject} is now a contact that could play a role.',
  'summary.change.status': 'The status of {subject} is now: {to}.',
  'summary.change.stronger': '{subject} has become stronger.',
  'summary.change.weaker': '{subject} has become weaker.',
  'summary.change.quality': '{subject} is now {to} (was {from}).',
  'summary.change.qualityNew': '{subject} is now {to}.',
  'summary.change.qualityUnset': 'For {subject} it is no longer filled in how the contact is.',
  'summary.circle.inner': 'inner circle',
  'summary.circle.middle': 'middle circle',
  'summary.circle.outer': 'outer circle',
  'summary.quality.supportive': 'supportive',
  'summary.quality.ambivalent': 'mixed',
  'summary.quality.stressful': 'stressful',
  'summary.quality.harmful': 'harmful',
  'summary.renderError': 'The summary cannot be shown right now.',
  'summary.plan': 'The plan',
  'summary.planNumbers': 'The plan in numbers',
  'summary.colPlan': 'What',
  'summary.planOverloaded': 'Overloaded relatives',
  'summary.planRefused': 'No contact: {client} does not want it',
  'summary.planLimited': 'Limit contact',
  'summary.planOpen': 'Open actions',
  'summary.planOverdue': 'Past the due date',
  'summary.planDone': 'Done',
  'summary.planMeetings': '{count} meetings, {upcoming} of them still planned.',
  'summary.planMeetingsOne': '1 meeting, {upcoming} of them still planned.',
  'summary.planNoMeetings': 'No meeting has been planned yet.',
  'summary.groups': 'Support group and base team',
  'summary.colGroup': 'Group',
  'summary.colMembers': 'Members',
  'summary.groupLabel': '{name} ({kind})',
  'summary.noGroups': 'There is no support group or base team yet.',
};

/** Words of the progress summary, Dutch and English. */
export const summaryMessages: Bundle<SummaryMessageKey> = { nl, en };

/** The texts the summary loads: the shared labels, the symbol words and {@link summaryMessages}. */
export const SUMMARY_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, summaryMessages);
/** Every key of {@link SUMMARY_BUNDLES}: what the summary's `messages` prop can override. */
export type SummaryTextKey = BundleKey<typeof SUMMARY_BUNDLES>;
/** The summary's text lookup (`t('summary.title')`, `t.label('sector', s)`). */
export type SummaryText = Text<SummaryTextKey>;
