/**
 * Words of the levenslijn (Lifeline) in Dutch (default) and English. Plain language,
 * never shaming. Category and valence words come from the shared label bundle
 * (`labelMessages` in `../i18n/labels`); this bundle holds the rest.
 */
import type { Bundle } from '../i18n/types';

/** The Lifeline's words without their `lifeline.` prefix (as the component looks them up). */
export type LifelineWord =
  | 'label'
  | 'labelFor'
  | 'toolbar'
  | 'add'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'zoomGroup'
  | 'viewGroup'
  | 'viewTimeline'
  | 'viewList'
  | 'plot'
  | 'plotHelp'
  | 'axis'
  | 'today'
  | 'pickedDate'
  | 'ongoing'
  | 'periodRange'
  | 'periodOngoing'
  | 'withPeople'
  | 'visibleRange'
  | 'eventHint'
  | 'eventHintReadOnly'
  | 'empty'
  | 'emptyEditable'
  | 'legend'
  | 'moreLater'
  | 'editorAdd'
  | 'editorEdit'
  | 'editorView'
  | 'fieldWhen'
  | 'kindPoint'
  | 'kindPeriod'
  | 'fieldOngoing'
  | 'dateHint'
  | 'noPeople'
  | 'close'
  | 'delete'
  | 'errorTitle'
  | 'errorDate'
  | 'errorEndBeforeStart'
  | 'errorSave'
  | 'announceAdded'
  | 'announceUpdated'
  | 'announceRemoved'
  | 'announceUndo'
  | 'announceRedo'
  | 'announcePicked'
  | 'removedNotice'
  | 'invalidMarkedDate'
  | 'listHeading'
  | 'listEdit'
  | 'listDelete'
  | 'listEmpty'
  | 'invalidDates'
  | 'keyboardHelp'
  | 'newEventTitle'
  | 'legendVague'
  | 'legendApprox'
  | 'legendOngoing'
  | 'legendValence'
  | 'legendValenceVertical'
  | 'errorDateEmpty'
  | 'invalidNetwork'
  | 'invalidMore'
  | 'announceNothingToUndo'
  | 'announceNothingToRedo'
  | 'renderError'
  | 'retry'
  | 'addSubmit'
  | 'addedNext';

const nl: Record<LifelineWord, string> = {
  label: 'Levenslijn',
  labelFor: 'Levenslijn van {name}',
  toolbar: 'Levenslijn bewerken en bekijken',
  add: 'Gebeurtenis toevoegen',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw doen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  zoomReset: 'Alles tonen',
  zoomGroup: 'Zoomen',
  viewGroup: 'Weergave',
  viewTimeline: 'Tijdlijn',
  viewList: 'Lijst',
  plot: 'Tijdlijn van {from} tot {to}',
  plotHelp: 'Pijltjes schuiven de tijd op. Plus en min zoomen in en uit, 0 toont alles. Enter kiest de datum in het midden.',
  axis: 'Tijdas',
  today: 'Nu',
  pickedDate: 'Gekozen datum: {date}',
  ongoing: 'nog bezig',
  periodRange: '{start} tot {end}',
  periodOngoing: 'sinds {start}, nog bezig',
  withPeople: 'met {people}',
  visibleRange: 'Zichtbaar: {from} tot {to}',
  eventHint: 'Enter om aan te passen, Delete om te verwijderen, pijltjes naar de vorige of volgende.',
  eventHintReadOnly: 'Pijltjes naar de vorige of volgende.',
  empty: 'Er staat nog niets op de levenslijn.',
  emptyEditable: 'Begin met iets dat je nog goed weet, zoals een verhuizing, een baan of een geboorte.',
  legend: 'Levensdomeinen',
  moreLater: 'Later',
  editorAdd: 'Nieuwe gebeurtenis',
  editorEdit: 'Gebeurtenis aanpassen',
  editorView: 'Gebeurtenis',
  fieldWhen: 'Wanneer?',
  kindPoint: 'Op één moment',
  kindPeriod: 'Een periode',
  fieldOngoing: 'Nog bezig',
  dateHint: 'Bijvoorbeeld 2019, mei 2019, 3-5-2019 of ca. 2010.',
  noPeople: 'Er staan nog geen andere mensen in het netwerk.',
  close: 'Sluiten',
  delete: 'Verwijderen',
  errorTitle: 'Schrijf kort op wat er gebeurde.',
  errorDate: 'Deze datum begrijp ik niet. Schrijf bijvoorbeeld 2019, mei 2019 of ca. 2010.',
  errorDateEmpty: 'Vul een datum in.',
  errorEndBeforeStart: 'Het einde ligt vóór het begin.',
  errorSave: 'Opslaan lukte niet: {reason}',
  announceAdded: 'Toegevoegd: {title}',
  announceUpdated: 'Aangepast: {title}',
  announceRemoved: 'Verwijderd: {title}. Ongedaan maken kan met Ctrl+Z.',
  announceUndo: 'Ongedaan gemaakt',
  announceRedo: 'Opnieuw gedaan',
  announcePicked: 'Datum gekozen: {date}',
  removedNotice: '“{title}” is verwijderd.',
  invalidMarkedDate: '"{date}" is geen datum die Kring kan lezen (schrijf bijvoorbeeld 2019, 2019-05 of 2019-05-03), dus er staat geen datum gemarkeerd.',
  listHeading: 'Gebeurtenissen, de oudste eerst',
  listEdit: 'Aanpassen',
  listDelete: 'Verwijderen',
  listEmpty: 'Er staan nog geen gebeurtenissen in de lijst.',
  invalidDates: '{count} gebeurtenis(sen) met een onbekende datum staan alleen in de lijst.',
  keyboardHelp:
    'Toetsen: Tab naar de gebeurtenissen, pijltjes naar de vorige of volgende, Enter past aan, Delete verwijdert, N voegt toe, + en − zoomen, 0 toont alles, Ctrl+Z maakt ongedaan.',
  newEventTitle: 'Nieuwe gebeurtenis',
  legendVague: 'ergens in dat jaar of die maand',
  legendApprox: 'ongeveer (ca.)',
  legendOngoing: 'periode, nog bezig',
  legendValence: 'Boven de lijn: goed. Onder de lijn: moeilijk.',
  legendValenceVertical: 'Rechts van de lijn: goed. Links van de lijn: moeilijk.',
  invalidNetwork: 'Deze levenslijn kan niet getoond worden: de gegevens zijn niet compleet.',
  invalidMore: 'en nog {count} andere problemen',
  announceNothingToUndo: 'Niets om ongedaan te maken',
  announceNothingToRedo: 'Niets om opnieuw te doen',
  renderError: 'Er ging iets mis bij het tekenen van de levenslijn. Er is niets verloren gegaan.',
  retry: 'Opnieuw proberen',
  addSubmit: 'Toevoegen',
  addedNext: '“{title}” staat op de levenslijn. Vul de volgende in, of kies Klaar.',
};

const en: Record<LifelineWord, string> = {
  label: 'Life-line',
  labelFor: 'Life-line of {name}',
  toolbar: 'Edit and view the life-line',
  add: 'Add event',
  undo: 'Undo',
  redo: 'Redo',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show all',
  zoomGroup: 'Zoom',
  viewGroup: 'View',
  viewTimeline: 'Timeline',
  viewList: 'List',
  plot: 'Timeline from {from} to {to}',
  plotHelp: 'Arrow keys move along in time. Plus and minus zoom in and out, 0 shows everything. Enter picks the date in the middle.',
  axis: 'Time axis',
  today: 'Now',
  pickedDate: 'Picked date: {date}',
  ongoing: 'ongoing',
  periodRange: '{start} to {end}',
  periodOngoing: 'since {start}, ongoing',
  withPeople: 'with {people}',
  visibleRange: 'Showing {from} to {to}',
  eventHint: 'Enter to edit, Delete to remove, arrow keys to the previous or next.',
  eventHintReadOnly: 'Arrow keys to the previous or next.',
  empty: 'Nothing on the life-line yet.',
  emptyEditable: 'Start with something you remember well, such as a move, a job or a birth.',
  legend: 'Areas of life',
  moreLater: 'Later',
  editorAdd: 'New event',
  editorEdit: 'Edit event',
  editorView: 'Event',
  fieldWhen: 'When?',
  kindPoint: 'At one moment',
  kindPeriod: 'A period',
  fieldOngoing: 'Still going',
  dateHint: 'For example 2019, May 2019, 3-5-2019 or c. 2010.',
  noPeople: 'There are no other people in the network yet.',
  close: 'Close',
  delete: 'Remove',
  errorTitle: 'Write briefly what happened.',
  errorDate: 'I do not understand this date. Write for example 2019, May 2019 or c. 2010.',
  errorDateEmpty: 'Enter a date.',
  errorEndBeforeStart: 'The end is before the start.',
  errorSave: 'Could not save: {reason}',
  announceAdded: 'Added: {title}',
  announceUpdated: 'Changed: {title}',
  announceRemoved: 'Removed: {title}. Undo with Ctrl+Z.',
  announceUndo: 'Undone',
  announceRedo: 'Redone',
  announcePicked: 'Date picked: {date}',
  removedNotice: '“{title}” was removed.',
  invalidMarkedDate: '"{date}" is not a date Kring can read (write for example 2019, 2019-05 or 2019-05-03), so no date is marked.',
  listHeading: 'Events, oldest first',
  listEdit: 'Edit',
  listDelete: 'Remove',
  listEmpty: 'There are no events in the list yet.',
  invalidDates: '{count} event(s) with an unknown date are only shown in the list.',
  keyboardHelp:
    'Keys: Tab to the events, arrow keys to the previous or next, Enter edits, Delete removes, N adds, + and − zoom, 0 shows everything, Ctrl+Z undoes.',
  newEventTitle: 'New event',
  legendVague: 'some time in that year or month',
  legendApprox: 'around (c.)',
  legendOngoing: 'period, still going',
  legendValence: 'Above the line: good. Below the line: hard.',
  legendValenceVertical: 'Right of the line: good. Left of the line: hard.',
  invalidNetwork: 'This life-line cannot be shown: the data is incomplete.',
  invalidMore: 'and {count} more problems',
  announceNothingToUndo: 'Nothing to undo',
  announceNothingToRedo: 'Nothing to redo',
  renderError: 'Something went wrong while drawing the life-line. Nothing was lost.',
  retry: 'Try again',
  addSubmit: 'Add',
  addedNext: '“{title}” is on the life-line. Fill in the next one, or choose Done.',
};

/** The keys of {@link lifelineMessages}: `lifeline.add`, `lifeline.empty`, … Placeholders are written `{name}`. */
export type LifelineMessageKey = `lifeline.${LifelineWord}`;

function prefixed(words: Record<LifelineWord, string>): Record<LifelineMessageKey, string> {
  const out = {} as Record<LifelineMessageKey, string>;
  for (const [k, v] of Object.entries(words)) out[`lifeline.${k as LifelineWord}`] = v;
  return out;
}

/**
 * Lifeline words per locale, keyed `lifeline.*` in the shared Kring dictionary; override
 * single keys with the `messages` prop (e.g. `{ 'lifeline.add': 'Nieuw moment' }`) or a
 * `MessagesProvider`.
 */
export const lifelineMessages: Bundle<LifelineMessageKey> = { nl: prefixed(nl), en: prefixed(en) };
