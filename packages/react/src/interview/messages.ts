/**
 * Words of the guided interview (NetworkInterview) in Dutch (default) and English. Plain
 * language (B1), spoken to the client at the table ("je"), never shaming. The questions
 * themselves are data (`defaultInterviewPrompts`); this bundle holds the rest.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import { EDITOR_BUNDLES } from '../editor/messages';
import { namesInterviewMessages, type NamesMessageKey } from './names/messages';

/** The keys of {@link interviewMessages}: the question flow's and the names-first flow's (`names.*`). */
export type InterviewMessageKey =
  | NamesMessageKey
  | 'interview.title'
  | 'interview.intro'
  | 'interview.steps'
  | 'interview.progress'
  | 'interview.stepCount'
  | 'interview.stepSkipped'
  | 'interview.overviewStep'
  | 'interview.reassurance'
  | 'interview.addHeading'
  | 'interview.addForm'
  | 'interview.statusLegend'
  | 'interview.status.faded'
  | 'interview.status.broken'
  | 'interview.status.ended'
  | 'interview.status.active'
  | 'interview.status.potential'
  | 'interview.named'
  | 'interview.namedEmpty'
  | 'interview.remove'
  | 'interview.removeLabel'
  | 'interview.removed'
  | 'interview.unlinked'
  | 'interview.added'
  | 'interview.linked'
  | 'interview.alreadyHere'
  | 'interview.duplicate'
  | 'interview.duplicateSame'
  | 'interview.duplicateOther'
  | 'interview.back'
  | 'interview.next'
  | 'interview.skip'
  | 'interview.skipped'
  | 'interview.toOverview'
  | 'interview.doneTitle'
  | 'interview.doneCount'
  | 'interview.doneCountOne'
  | 'interview.doneNone'
  | 'interview.doneStepEmpty'
  | 'interview.doneStepSkipped'
  | 'interview.goToStep'
  | 'interview.goToStepLabel'
  | 'interview.finish'
  | 'interview.noClient'
  | 'interview.failed'
  | 'interview.consentNo'
  | 'interview.alreadyKnown'
  | 'interview.renderError'
  | 'interview.retry'
  | 'interview.invalidNetwork'
  | 'interview.invalidMore'
  | 'interview.undone'
  | 'interview.redone'
  | 'interview.nothingToUndo'
  | 'interview.nothingToRedo';

const nl: Record<Exclude<InterviewMessageKey, NamesMessageKey>, string> = {
  'interview.title': 'Wie is voor jou belangrijk?',
  'interview.intro': 'We stellen een paar vragen. Bij elke vraag kun je mensen, plekken of organisaties noemen. Je mag een vraag altijd overslaan.',
  'interview.steps': 'Vragen',
  'interview.progress': 'Vraag {current} van {total}',
  'interview.stepCount': '{count} genoemd',
  'interview.stepSkipped': 'overgeslagen',
  'interview.overviewStep': 'Overzicht',
  'interview.reassurance': 'Het is oké als je niemand weet. Dan gaan we gewoon verder.',
  'interview.addHeading': 'Wie of wat noem je?',
  'interview.addForm': 'Iemand toevoegen bij deze vraag',
  'interview.statusLegend': 'Hoe is het contact nu?',
  'interview.status.faded': 'Verwaterd: we zien of spreken elkaar bijna niet meer',
  'interview.status.broken': 'Verbroken: het contact is gestopt',
  'interview.status.ended': 'Afgesloten',
  'interview.status.active': 'Er is contact',
  'interview.status.potential': 'Kan een rol spelen',
  'interview.named': 'Genoemd bij deze vraag',
  'interview.namedEmpty': 'Nog niemand. Dat is ook goed.',
  'interview.remove': 'Weghalen',
  'interview.removeLabel': '{name} weghalen bij deze vraag',
  'interview.removed': '{name} is weggehaald.',
  'interview.unlinked': '{name} staat niet meer bij deze vraag.',
  'interview.added': '{name} is toegevoegd.',
  'interview.linked': '{name} staat nu ook bij deze vraag.',
  'interview.alreadyHere': '{name} staat al bij deze vraag.',
  'interview.duplicate': '{name} staat al in het netwerk. Is het dezelfde persoon?',
  'interview.duplicateSame': 'Ja, dezelfde',
  'interview.duplicateOther': 'Nee, iemand anders',
  'interview.back': 'Vorige',
  'interview.next': 'Volgende',
  'interview.skip': 'Overslaan',
  'interview.skipped': 'Vraag overgeslagen.',
  'interview.toOverview': 'Naar het overzicht',
  'interview.doneTitle': 'Dit hebben jullie samen genoemd',
  'interview.doneCount': 'Samen {count} mensen, plekken of organisaties. Goed gedaan.',
  'interview.doneCountOne': 'Samen 1 persoon, plek of organisatie. Goed gedaan.',
  'interview.doneNone': 'Er is nog niemand genoemd. Dat is oké: je kunt later altijd verder.',
  'interview.doneStepEmpty': 'Niemand genoemd',
  'interview.doneStepSkipped': 'Overgeslagen',
  'interview.goToStep': 'Naar deze vraag',
  'interview.goToStepLabel': 'Naar deze vraag: {question}',
  'interview.finish': 'Afronden',
  'interview.noClient': 'Deze kaart heeft geen cliënt in het midden. Daarom kan hier niemand worden toegevoegd.',
  'interview.failed': 'Dit lukte niet. Er is niets veranderd.',
  'interview.consentNo': 'Geen contact opnemen',
  'interview.alreadyKnown': 'stond al in het netwerk',
  'interview.renderError': 'De vragen kunnen nu niet worden getoond. Er is niets veranderd aan het netwerk.',
  'interview.retry': 'Opnieuw proberen',
  'interview.invalidNetwork': 'De vragen kunnen niet worden getoond: de gegevens van het netwerk kloppen niet.',
  'interview.invalidMore': 'en nog {count} andere problemen',
  'interview.undone': 'Ongedaan gemaakt',
  'interview.redone': 'Opnieuw gedaan',
  'interview.nothingToUndo': 'Niets om ongedaan te maken',
  'interview.nothingToRedo': 'Niets om opnieuw te doen',
};

/** Words of the guided interview, Dutch and English. */
export const interviewMessages: Bundle<InterviewMessageKey> = { nl: { ...nl, ...namesInterviewMessages.nl } };

/** The texts the interview loads: the editors' (labels, symbol words, editor words) and {@link interviewMessages}. */
export const INTERVIEW_BUNDLES = /* @__PURE__ */ bundles(EDITOR_BUNDLES, interviewMessages);
/** Every key of {@link INTERVIEW_BUNDLES}: what the interview's `messages` prop can override. */
export type InterviewTextKey = BundleKey<typeof INTERVIEW_BUNDLES>;
