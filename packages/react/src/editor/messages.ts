import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import { SYMBOL_BUNDLES } from '../symbols/messages';

const nl = {
  'editor.person.title': '{name} bewerken',
  'editor.person.delete': '{name} verwijderen',
  'editor.person.section.basics': 'Wie is het',
  'editor.person.section.contact': 'Contact en toestemming',
  'editor.person.section.where': 'Woonplaats en taal',
  'editor.person.section.care': 'Zorgen en grenzen',
  'editor.person.section.more': 'Meer',
  'editor.tie.title': 'Band tussen {a} en {b}',
  'editor.tie.delete': 'Band verwijderen',
  'editor.tie.section.tie': 'De band',
  'editor.tie.section.support': 'Steun',
  'editor.tie.section.history': 'Geschiedenis',
  'editor.unnamed': 'zonder naam',
  'editor.notSet': 'Niet ingevuld',
  'editor.formalityAuto': 'Vanzelf: {value}',
  'editor.formalityHint': 'Zorg en hulpverlening is vanzelf formeel, de rest informeel. Kies zelf als het anders is, bijvoorbeeld bij een vrijwilliger.',
  'editor.roleHint': 'Bijvoorbeeld zus, huisarts of buurman.',
  'editor.relationCodeHint': 'Code voor andere systemen, bijvoorbeeld SIS (zus) of FRND (vriend).',
  'editor.dateHint': 'Bijvoorbeeld 2019, mei 2019, 3-5-2019 of 2019-05-03. Zet ca. ervoor als het ongeveer is: ca. 2010.',
  'editor.dateReads': 'Dat is: {date}',
  'editor.dateRequired': 'Vul een datum in.',
  'editor.dateTooEarly': 'Kring neemt datums vanaf {year}. Klopt het jaar?',
  'editor.dateTooLate': 'Die datum ligt te ver vooruit: Kring neemt datums tot en met {year}. Klopt het jaar?',
  'editor.today': 'Vandaag',
  'editor.todayFor': 'Vandaag invullen bij {field}',
  'editor.countryHint': 'Landcode van 2 letters, bijvoorbeeld MA voor Marokko.',
  'editor.languagesHint': 'Taalcodes met een komma ertussen, bijvoorbeeld ar, nl.',
  'editor.reads': 'Dat is: {value}',
  'editor.boundaryToggle': 'Contact met deze persoon beperken',
  'editor.supportHint': 'Kies wat er gegeven en gekregen wordt. Je mag alles leeg laten.',
  'editor.history.empty': 'Nog niets over eerder vastgelegd.',
  'editor.history.newEntry': 'Eerdere situatie toevoegen',
  'editor.history.add': 'Toevoegen aan geschiedenis',
  'editor.history.remove': 'Haal {date} weg uit de geschiedenis',
  'editor.history.dateRequired': 'Vul een datum in.',
  'editor.since.question.faded': 'Sinds wanneer is de band verwaterd?',
  'editor.since.question.broken': 'Sinds wanneer is de band verbroken?',
  'editor.since.question.ended': 'Sinds wanneer is de band afgesloten?',
  'editor.since.question.restored': 'Sinds wanneer is de band hersteld?',
  'editor.since.label': 'Datum van de verandering',
  'editor.since.before': 'Tot die datum was de band {status}; dat komt in de geschiedenis.',
  'editor.since.tooEarly': 'Die datum ligt vóór de laatste regel in de geschiedenis ({date}). Kies een latere datum, of pas eerst de geschiedenis aan.',
  'editor.since.confirm': 'Vastleggen',
  'editor.since.cancel': 'Status niet wijzigen',
  'editor.since.recorded': '{status} sinds {date}: staat in de geschiedenis.',
  'editor.addPerson.title': 'Iemand toevoegen',
  'editor.addPerson.submit': 'Toevoegen',
  'editor.addPerson.nameRequired': 'Vul een naam in. Een voornaam of bijnaam is genoeg.',
  'editor.addPerson.added': '{name} is toegevoegd.',
  'editor.addTie.title': 'Band toevoegen',
  'editor.addTie.pair': 'Tussen wie is de band?',
  'editor.addTie.from': 'Persoon 1',
  'editor.addTie.other': 'Persoon 2',
  'editor.addTie.choose': 'Kies iemand',
  'editor.addTie.client': '{name} (cliënt)',
  'editor.addTie.hasTie': '{name} – heeft al een band',
  'editor.addTie.otherHint': 'Een band met {name}. Persoon 1 kun je hierboven veranderen.',
  'editor.addTie.submit': 'Band toevoegen',
  'editor.addTie.fromRequired': 'Kies persoon 1.',
  'editor.addTie.otherRequired': 'Kies met wie.',
  'editor.addTie.same': 'Kies twee verschillende mensen: een band is altijd tussen twee.',
  'editor.addTie.duplicate': '{a} en {b} hebben al een band. Die kun je op de kaart of in de lijst bewerken.',
  'editor.addTie.added': '{a} en {b} hebben nu een band.',
  'editor.addTie.noneLeft': 'Iedereen heeft al een band met {name}. Kies hierboven iemand anders als persoon 1.',
  'editor.popover.close': 'Sluiten',
  'editor.popover.done': 'Klaar',
  'editor.popover.delete': 'Verwijderen',
} as const;

/** Keys of {@link editorMessages}. */
export type EditorMessageKey = keyof typeof nl;

/** Words of the editors and the editor popover. */
export const editorMessages: Bundle<EditorMessageKey> = { nl };

/** The texts the editors load: the shared labels, the symbol words and {@link editorMessages}. */
export const EDITOR_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, editorMessages);
/** Every key of {@link EDITOR_BUNDLES}: what an editor's `messages` prop can override. */
export type EditorTextKey = BundleKey<typeof EDITOR_BUNDLES>;
