/**
 * Words of the levenslijn (Lifeline) in Dutch (default) and English. Plain language,
 * never shaming. Category and valence words come from the shared label bundle
 * (`labelMessages` in `../i18n/labels`); this bundle holds the rest.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import type { EditorTextKey } from '../editor/messages';
import { SYMBOL_BUNDLES } from '../symbols/messages';
import { PAPER_BUNDLES } from '../paper/messages';

const nl = {
  'lifeline.label': 'Levenslijn',
  'lifeline.labelFor': 'Levenslijn van {name}',
  'lifeline.toolbar': 'Levenslijn bewerken en bekijken',
  'lifeline.add': 'Gebeurtenis toevoegen',
  'lifeline.undo': 'Ongedaan maken',
  'lifeline.redo': 'Opnieuw doen',
  'lifeline.zoomIn': 'Inzoomen',
  'lifeline.zoomOut': 'Uitzoomen',
  'lifeline.zoomReset': 'Alles tonen',
  'lifeline.zoomGroup': 'Zoomen',
  'lifeline.viewGroup': 'Weergave',
  'lifeline.viewTimeline': 'Tijdlijn',
  'lifeline.viewList': 'Lijst',
  'lifeline.plot': 'Tijdlijn van {from} tot {to}',
  'lifeline.plotHelp': 'Pijltjes schuiven de tijd op. Plus en min zoomen in en uit, 0 toont alles. Enter kiest de datum in het midden.',
  'lifeline.axis': 'Tijdas',
  'lifeline.today': 'Nu',
  'lifeline.pickedDate': 'Gekozen datum: {date}',
  'lifeline.ongoing': 'nog bezig',
  'lifeline.periodRange': '{start} tot {end}',
  'lifeline.periodOngoing': 'sinds {start}, nog bezig',
  'lifeline.withPeople': 'met {people}',
  'lifeline.visibleRange': 'Zichtbaar: {from} tot {to}',
  'lifeline.eventHint': 'Enter om aan te passen, Delete om te verwijderen, pijltjes naar de vorige of volgende.',
  'lifeline.eventHintReadOnly': 'Pijltjes naar de vorige of volgende.',
  'lifeline.empty': 'Er staat nog niets op de levenslijn.',
  'lifeline.emptyEditable': 'Begin met iets dat je nog goed weet, zoals een verhuizing, een baan of een geboorte.',
  'lifeline.legend': 'Levensdomeinen',
  'lifeline.moreLater': 'Later',
  'lifeline.editorAdd': 'Nieuwe gebeurtenis',
  'lifeline.loading': 'Bezig met laden…',
  'lifeline.editorEdit': 'Gebeurtenis aanpassen',
  'lifeline.editorView': 'Gebeurtenis',
  'lifeline.fieldWhen': 'Wanneer?',
  'lifeline.kindPoint': 'Op één moment',
  'lifeline.kindPeriod': 'Een periode',
  'lifeline.fieldOngoing': 'Nog bezig',
  'lifeline.noPeople': 'Er staan nog geen andere mensen in het netwerk.',
  'lifeline.close': 'Sluiten',
  'lifeline.delete': 'Verwijderen',
  'lifeline.errorTitle': 'Schrijf kort op wat er gebeurde.',
  'lifeline.errorEndBeforeStart': 'Het einde ligt vóór het begin.',
  'lifeline.errorSave': 'Opslaan lukte niet: {reason}',
  'lifeline.announceAdded': 'Toegevoegd: {title}',
  'lifeline.announceUpdated': 'Aangepast: {title}',
  'lifeline.announceRemoved': 'Verwijderd: {title}. Ongedaan maken kan met Ctrl+Z.',
  'lifeline.announceUndo': 'Ongedaan gemaakt',
  'lifeline.announceRedo': 'Opnieuw gedaan',
  'lifeline.announcePicked': 'Datum gekozen: {date}',
  'lifeline.removedNotice': '“{title}” is verwijderd.',
  'lifeline.invalidMarkedDate': '"{date}" is geen datum die Kring kan lezen (schrijf bijvoorbeeld 2019, 2019-05 of 2019-05-03), dus er staat geen datum gemarkeerd.',
  'lifeline.listHeading': 'Gebeurtenissen, de oudste eerst',
  'lifeline.listEdit': 'Aanpassen',
  'lifeline.listDelete': 'Verwijderen',
  'lifeline.listEmpty': 'Er staan nog geen gebeurtenissen in de lijst.',
  'lifeline.invalidDates': '{count} gebeurtenis(sen) met een onbekende datum staan alleen in de lijst.',
  'lifeline.keyboardHelp':
    'Toetsen: Tab naar de gebeurtenissen, pijltjes naar de vorige of volgende, Enter past aan, Delete verwijdert, N voegt toe, + en − zoomen, 0 toont alles, Ctrl+Z maakt ongedaan.',
  'lifeline.newEventTitle': 'Nieuwe gebeurtenis',
  'lifeline.legendVague': 'ergens in dat jaar of die maand',
  'lifeline.legendApprox': 'ongeveer (ca.)',
  'lifeline.legendOngoing': 'periode, nog bezig',
  'lifeline.legendValence': 'Boven de lijn: goed. Onder de lijn: moeilijk.',
  'lifeline.legendValenceVertical': 'Rechts van de lijn: goed. Links van de lijn: moeilijk.',
  'lifeline.invalidNetwork': 'Deze levenslijn kan niet getoond worden: de gegevens zijn niet compleet.',
  'lifeline.invalidMore': 'en nog {count} andere problemen',
  'lifeline.announceNothingToUndo': 'Niets om ongedaan te maken',
  'lifeline.announceNothingToRedo': 'Niets om opnieuw te doen',
  'lifeline.renderError': 'Er ging iets mis bij het tekenen van de levenslijn. Er is niets verloren gegaan.',
  'lifeline.retry': 'Opnieuw proberen',
  'lifeline.addSubmit': 'Toevoegen',
  'lifeline.addedNext': '“{title}” staat op de levenslijn. Vul de volgende in, of kies Klaar.',
};

/** The keys of {@link lifelineMessages}: `lifeline.add`, `lifeline.empty`, … Placeholders are written `{name}`. */
export type LifelineMessageKey = keyof typeof nl;

/**
 * Lifeline words per locale, keyed `lifeline.*` in the shared Kring dictionary; override
 * single keys with the `messages` prop (e.g. `{ 'lifeline.add': 'Nieuw moment' }`) or a
 * `MessagesProvider`.
 */
export const lifelineMessages: Bundle<LifelineMessageKey> = { nl };

/**
 * The texts the Lifeline loads with its first paint: its own, the symbol words and labels, and
 * the paper parts'. The editors' texts come with the editors' chunk (`LIFELINE_EDITOR_BUNDLES`
 * in `editor-messages.ts`, issue 16); a host's override for them, given to the Lifeline's
 * `messages` prop, still reaches them (`t.overrides` is handed down).
 */
export const LIFELINE_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, PAPER_BUNDLES, lifelineMessages);
/** Every key the Lifeline itself shows. */
export type LifelineOwnTextKey = BundleKey<typeof LIFELINE_BUNDLES>;
/** Every key of the Lifeline and its editors: what the Lifeline's `messages` prop can override. */
export type LifelineTextKey = LifelineOwnTextKey | EditorTextKey;
