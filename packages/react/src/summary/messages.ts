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

/** Words of the progress summary, Dutch and English. */
export const summaryMessages: Bundle<SummaryMessageKey> = { nl };

/** The texts the summary loads: the shared labels, the symbol words and {@link summaryMessages}. */
export const SUMMARY_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, summaryMessages);
/** Every key of {@link SUMMARY_BUNDLES}: what the summary's `messages` prop can override. */
export type SummaryTextKey = BundleKey<typeof SUMMARY_BUNDLES>;
/** The summary's text lookup (`t('summary.title')`, `t.label('sector', s)`). */
export type SummaryText = Text<SummaryTextKey>;
