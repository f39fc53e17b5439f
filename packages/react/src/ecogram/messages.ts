/**
 * Texts of the Ecogram, in Dutch (default) and English, and the list of bundles the Ecogram
 * loads ({@link ECOGRAM_BUNDLES}); hosts override any key through the `messages` prop.
 * Placeholders `{name}` are filled by `format` and rendered as text only.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import type { Text } from '../i18n/lookup';
import type { EditorTextKey } from '../editor/messages';
import type { NetworkListTextKey } from '../network-list/messages';
import type { LegendTextKey } from '../legend/messages';
import type { TimeSliderTextKey } from '../time-slider/messages';
import { PAPER_BUNDLES } from '../paper/messages';
import { SYMBOL_BUNDLES } from '../symbols/messages';
import { ecogramViewMessages } from './view-messages';
import { ecogramMarksMessages } from './marks-messages';

const nl = {
  'ecogram.roleDescription': 'ecogram',
  'ecogram.label': 'Ecogram van {name}',
  'ecogram.instructions':
    'Pijltjestoetsen: ga naar de dichtstbijzijnde persoon in die richting. Enter: bewerken. Alt+pijl omhoog of omlaag: verplaats de persoon naar een binnenste of buitenste cirkel. Alt+pijl links of rechts: verplaats de persoon naar een ander vak. T: ga langs de relaties van deze persoon. F: focus op deze persoon (de rest vaag). N: persoon toevoegen. Delete: verwijderen. Escape: sluiten.',
  'ecogram.instructionsReadOnly': 'Pijltjestoetsen: ga naar de dichtstbijzijnde persoon in die richting. T: ga langs de relaties van deze persoon. F: focus op deze persoon (de rest vaag).',
  'ecogram.printKey': 'Namen die niet (helemaal) op de kaart passen (het nummer staat bij de persoon)',
  'ecogram.printKeyItem': '{name} ({sector}, {closeness})',
  'ecogram.toolbar': 'Ecogram-werkbalk',
  'ecogram.addPerson': 'Persoon toevoegen',
  'ecogram.addTie': 'Relatie toevoegen',
  'ecogram.undo': 'Ongedaan maken',
  'ecogram.redo': 'Opnieuw doen',
  'ecogram.zoomIn': 'Inzoomen',
  'ecogram.zoomOut': 'Uitzoomen',
  'ecogram.fit': 'Alles tonen',
  'ecogram.zoomGroup': 'Zoomen',
  'ecogram.view': 'Weergave',
  'ecogram.viewMap': 'Kaart',
  'ecogram.viewList': 'Lijst',
  'ecogram.keyboardHelp': 'Sneltoetsen',
  'ecogram.key.arrows': 'ga naar de dichtstbijzijnde persoon in die richting',
  'ecogram.key.home': 'ga naar de cliënt in het midden',
  'ecogram.key.enter': 'persoon of relatie bewerken',
  'ecogram.key.inward': 'verplaats de persoon naar een binnenste cirkel (dichterbij)',
  'ecogram.key.outward': 'verplaats de persoon naar een buitenste cirkel (verder weg)',
  'ecogram.key.sector': 'verplaats de persoon naar het vorige of volgende vak',
  'ecogram.key.ties': 'ga langs de relaties van deze persoon',
  'ecogram.key.delete': 'verwijderen (met ongedaan maken)',
  'ecogram.key.undo': 'ongedaan maken / opnieuw doen',
  'ecogram.key.zoom': 'inzoomen / uitzoomen / alles tonen',
  'ecogram.key.escape': 'venster sluiten of selectie opheffen',
  'ecogram.key.drag': 'Met muis of vinger: sleep een persoon naar een andere cirkel of een ander vak.',
  'ecogram.tie.ties': '{count} relaties',
  'ecogram.tie.one': '1 relatie',
  'ecogram.announce.added': '{name} toegevoegd',
  'ecogram.announce.updated': '{name} bijgewerkt',
  'ecogram.announce.removed': '{name} verwijderd. Ongedaan maken met {undoKey}',
  'ecogram.announce.movedRing': '{name} verplaatst naar de {ring}',
  'ecogram.announce.movedSector': '{name} verplaatst naar {sector}',
  'ecogram.announce.movedBoth': '{name} verplaatst naar {sector}, {ring}',
  'ecogram.announce.tieAdded': 'Relatie tussen {a} en {b} toegevoegd',
  'ecogram.announce.tieUpdated': 'Relatie tussen {a} en {b} bijgewerkt',
  'ecogram.announce.tieRemoved': 'Relatie tussen {a} en {b} verwijderd. Ongedaan maken met {undoKey}',
  'ecogram.announce.undone': 'Ongedaan gemaakt',
  'ecogram.announce.redone': 'Opnieuw gedaan',
  'ecogram.announce.nothingToUndo': 'Niets om ongedaan te maken',
  'ecogram.announce.nothingToRedo': 'Niets om opnieuw te doen',
  'ecogram.announce.focusProtected': 'De cliënt in het midden kan niet worden verwijderd of verplaatst',
  'ecogram.announce.failed': 'Dat lukte niet: {reason}',
  'ecogram.announce.noTies': '{name} heeft nog geen relaties op de kaart',
  'ecogram.announce.edge': 'Geen persoon meer in die richting',
  'ecogram.invalid.title': 'Dit netwerk kan niet worden getoond',
  'ecogram.invalid.intro': 'De gegevens bevatten fouten. De bron is niet gewijzigd.',
  'ecogram.invalid.more': 'en nog {count} andere problemen',
  'ecogram.crashed': 'Het ecogram kon niet worden getekend. De gegevens zijn niet gewijzigd.',
  'ecogram.retry': 'Opnieuw proberen',
  // "in juni 2022", "in 2015", but "op 3 juni 2022": the preposition follows the date's precision.
  'ecogram.pastReadOnly': 'Zo was het netwerk in {date}. Alleen bekijken.',
  'ecogram.pastReadOnlyDay': 'Zo was het netwerk op {date}. Alleen bekijken.',
  'ecogram.invalidAt': '"{date}" is geen datum die Kring kan lezen (schrijf bijvoorbeeld 2019, 2019-05 of 2019-05-03). Het netwerk staat hier zoals het nu is. Alleen bekijken.',
  'ecogram.readOnly': 'Alleen bekijken',
  'ecogram.redacted': 'Namen afgeschermd',
  'ecogram.loading': 'Bezig met laden…',
  'ecogram.empty':
    'Nog niemand op de kaart. Iedereen is een naaste van iemand: wie was bijvoorbeeld je laatste WhatsApp-contact?',
  'ecogram.fewInformal':
    'Nog weinig mensen uit het eigen netwerk op de kaart? Vragen die helpen: op wie kun je terugvallen als er iets gebeurt? Wie was je laatste WhatsApp-contact? Wat ga je dit weekend doen, en met wie?',
  'ecogram.editPerson': '{name} bewerken',
  'ecogram.editTie': 'Relatie {a} en {b} bewerken',
  'ecogram.close': 'Sluiten',
  'ecogram.delete': 'Verwijderen',
  'ecogram.save': 'Opslaan',
  'ecogram.cancel': 'Annuleren',
  'ecogram.tieFrom': 'Van',
  'ecogram.tieTo': 'Naar',
  'ecogram.timeNow': 'Nu',
  'ecogram.timeLabel': 'Datum van het netwerk',
  'ecogram.dragHint': 'Loslaten in {sector}, {ring}',
  'ecogram.dragCentre': 'Loslaten annuleert: het midden is voor de cliënt',
} as const;

/** Keys of the Ecogram's texts. */
export type EcogramMessageKey = keyof typeof nl;

/** The Ecogram's message bundle. */
export const ecogramMessages: Bundle<EcogramMessageKey> = { nl };

/**
 * The texts the Ecogram loads with its first paint: its own ({@link ecogramMessages}, the view
 * controls' `ecogramViewMessages`, the plan marks'), the symbol words and the paper parts'. The
 * parts it opens later (editors, list view, legend, time slider) bring their texts in their own
 * chunks (issue 16); a host's override for such a part, given to the Ecogram's `messages`,
 * still reaches it (`t.overrides` is handed down).
 */
export const ECOGRAM_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, PAPER_BUNDLES, ecogramMessages, ecogramViewMessages, ecogramMarksMessages);
/** Every key the Ecogram itself shows (its `t`). */
export type EcogramOwnTextKey = BundleKey<typeof ECOGRAM_BUNDLES>;
/**
 * Every key of the Ecogram and the parts it opens: what the Ecogram's `messages` prop can
 * override.
 */
export type EcogramTextKey = EcogramOwnTextKey | EditorTextKey | NetworkListTextKey | LegendTextKey | TimeSliderTextKey;
/** The Ecogram's text lookup (`t('ecogram.label', { name })`, `t.label('sector', s)`). */
export type EcogramText = Text<EcogramOwnTextKey>;
