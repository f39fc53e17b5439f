/**
 * Words of the meeting planner (MeetingPlanner) in Dutch (default) and English: planning a
 * meedenkbijeenkomst or a base team's meeting, the invitation list with who to ask first and
 * who is left out (for the caseworker only), the outcome and the actions agreed, and the
 * printed invitation list. Plain language, spoken to the caseworker ("je"). Enum labels
 * (meeting kinds, intents) and field names come from the shared labels.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Text } from '../i18n/lookup';
import type { Bundle } from '../i18n/types';
import { EDITOR_BUNDLES } from '../editor/messages';
import { PAPER_BUNDLES } from '../paper/messages';

const nl = {
  'meeting.title': 'Meedenkbijeenkomst plannen',
  'meeting.intro': 'Kies wie je uitnodigt: een groep, of zelf een paar mensen. Wie niet benaderd mag worden, komt niet op de uitnodiging.',
  'meeting.editTitle': 'Bijeenkomst wijzigen: {title}',
  'meeting.form': 'Nieuwe bijeenkomst',
  'meeting.source': 'Wie nodig je uit?',
  'meeting.sourceGroup': 'Een groep',
  'meeting.sourceSelection': 'Zelf mensen kiezen',
  'meeting.groupNone': 'Kies een groep',
  'meeting.groupOption': '{name} ({kind}, {count} leden)',
  'meeting.groupOptionOne': '{name} ({kind}, 1 lid)',
  'meeting.groupOptionCount': '{name} ({count} leden)',
  'meeting.groupOptionCountOne': '{name} (1 lid)',
  'meeting.noGroups': 'Er is nog geen groep. Kies zelf mensen.',
  'meeting.people': 'Mensen uit het netwerk',
  'meeting.peopleHint': 'Vink aan wie je wilt uitnodigen.',
  'meeting.noPeople': 'Er staan nog geen mensen in het netwerk.',
  'meeting.invite': 'Uitnodigen ({count})',
  'meeting.inviteNone': 'Nog niemand om uit te nodigen.',
  'meeting.askFirst': 'Eerst aan {client} vragen',
  'meeting.askFirstCount': 'Bij {count} van hen eerst aan {client} vragen of dat goed is.',
  'meeting.askFirstCountOne': 'Bij 1 van hen eerst aan {client} vragen of dat goed is.',
  'meeting.excluded': 'Niet uitnodigen ({count})',
  'meeting.excludedHint': 'Alleen voor jou: deze mensen staan niet op de uitnodiging en niet op papier.',
  'meeting.excludedReason': '{client} wil niet dat er contact met {name} wordt opgenomen.',
  'meeting.excludedNote': 'Notitie: {note}',
  'meeting.save': 'Bijeenkomst opslaan',
  'meeting.saveChanges': 'Wijzigingen opslaan',
  'meeting.cancel': 'Niet wijzigen',
  'meeting.saved': '{title} op {date} is opgeslagen.',
  'meeting.updated': '{title} op {date} is gewijzigd.',
  'meeting.removed': '{title} is verwijderd.',
  'meeting.needDate': 'Vul een datum in.',
  'meeting.needInvitee': 'Kies minstens één persoon om uit te nodigen.',
  'meeting.failed': 'Dat is niet gelukt. Er is niets veranderd.',
  'meeting.list': 'Bijeenkomsten',
  'meeting.upcoming': 'Gepland ({count})',
  'meeting.held': 'Geweest ({count})',
  'meeting.noUpcoming': 'Geen geplande bijeenkomsten.',
  'meeting.noHeld': 'Nog geen bijeenkomsten gehouden.',
  'meeting.when': '{date} · {kind}',
  'meeting.groupLine': 'Groep: {group}',
  'meeting.invitedLine': 'Uitgenodigd: {names}',
  'meeting.invitedNone': 'Niemand uitgenodigd.',
  'meeting.edit': 'Wijzigen',
  'meeting.editLabel': '{title} op {date} wijzigen',
  'meeting.remove': 'Verwijderen',
  'meeting.removeLabel': '{title} op {date} verwijderen',
  'meeting.undo': 'Ongedaan maken',
  'meeting.outcomeOpen': 'Afspraken vastleggen',
  'meeting.outcomeOpenLabel': 'Afspraken vastleggen: {title} op {date}',
  'meeting.outcome': 'Wat is er afgesproken?',
  'meeting.outcomeHint': 'In gewone woorden, zoals je het in het plan zou zetten.',
  'meeting.outcomeSave': 'Afspraken opslaan',
  'meeting.outcomeSaved': 'De afspraken van {title} zijn opgeslagen.',
  'meeting.outcomeLine': 'Afgesproken: {outcome}',
  'meeting.actions': 'Acties uit deze bijeenkomst ({count})',
  'meeting.actionForm': 'Nieuwe actie',
  'meeting.actionAboutNone': 'Kies iemand',
  'meeting.actionOwnerNone': 'Nog niet bekend',
  'meeting.actionOwnerCaseworker': 'begeleider',
  'meeting.actionOwnerClient': 'cliënt',
  'meeting.actionAdd': 'Actie toevoegen',
  'meeting.actionAdded': 'Actie toegevoegd: {step}',
  'meeting.actionNeedStep': 'Schrijf op wat de stap is.',
  'meeting.actionNeedAbout': 'Kies over wie de actie gaat.',
  'meeting.actionRefused': '{client} wil niet dat er contact met {name} wordt opgenomen. Kies een ander doel, zoals Begrenzen, of iemand anders.',
  'meeting.actionAskFirst': 'Eerst aan {client} vragen of contact met {name} goed is.',
  'meeting.actionLine': '{intent}: {step}',
  'meeting.actionOwner': 'Wie: {owner}',
  'meeting.actionDue': 'Klaar op: {date}',
  'meeting.actionOverdue': 'over de datum',
  'meeting.print': 'Uitnodigingslijst afdrukken',
  'meeting.printLabel': 'Uitnodigingslijst afdrukken: {title} op {date}',
  'meeting.printDraft': 'Deze uitnodigingslijst afdrukken',
  'meeting.paperTitle': 'Uitnodigingslijst — {client}',
  'meeting.dateUnknown': 'nog niet bekend',
  'meeting.sheetInvited': 'Uitgenodigd',
  'meeting.sheetNone': 'Nog niemand op de lijst.',
  'meeting.client': 'de cliënt',
  'meeting.readOnly': 'Alleen bekijken: hier kan niets worden gewijzigd.',
  'meeting.renderError': 'De bijeenkomsten kunnen nu niet worden getoond. Er is niets veranderd.',
  'meeting.retry': 'Opnieuw proberen',
  'meeting.invalidNetwork': 'De bijeenkomsten kunnen niet worden getoond: de gegevens van het netwerk kloppen niet.',
  'meeting.invalidMore': 'en nog {count} problemen',
  'meeting.undone': 'Ongedaan gemaakt',
  'meeting.redone': 'Opnieuw gedaan',
  'meeting.nothingToUndo': 'Niets om ongedaan te maken',
  'meeting.nothingToRedo': 'Niets om opnieuw te doen',
} as const;

/** The keys of {@link meetingMessages}. Placeholders are written `{name}`. */
export type MeetingMessageKey = keyof typeof nl;

/** Words of the meeting planner, Dutch and English. */
export const meetingMessages: Bundle<MeetingMessageKey> = { nl };

/** The texts the planner loads: the editors' (labels, symbol words, the date field), the paper parts' and {@link meetingMessages}. */
export const MEETING_BUNDLES = /* @__PURE__ */ bundles(EDITOR_BUNDLES, PAPER_BUNDLES, meetingMessages);
/** Every key of {@link MEETING_BUNDLES}: what the planner's `messages` prop can override. */
export type MeetingTextKey = BundleKey<typeof MEETING_BUNDLES>;
/** The planner's text lookup. */
export type MeetingText = Text<MeetingTextKey>;
