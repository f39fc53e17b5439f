/**
 * Texts of the Ecogram, in Dutch (default) and English, and the list of bundles the Ecogram
 * loads ({@link ECOGRAM_BUNDLES}); hosts override any key through the `messages` prop.
 * Placeholders `{name}` are filled by `format` and rendered as text only.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import type { Text } from '../i18n/lookup';
import { EDITOR_BUNDLES } from '../editor/messages';
import { NETWORK_LIST_BUNDLES } from '../network-list/messages';
import { LEGEND_BUNDLES } from '../legend/messages';
import { TIME_SLIDER_BUNDLES } from '../time-slider/messages';
import { PAPER_BUNDLES } from '../paper/messages';
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

const en: Record<EcogramMessageKey, string> = {
  'ecogram.roleDescription': 'ecogram',
  'ecogram.label': 'Ecogram of {name}',
  'ecogram.instructions':
    'Arrow keys: go to the nearest person in that direction. Enter: edit. Alt+Up or Down arrow: move the person to an inner or outer circle. Alt+Left or Right arrow: move the person to another sector. T: go through this person\'s relationships. F: focus on this person (the rest dimmed). N: add a person. Delete: remove. Escape: close.',
  'ecogram.instructionsReadOnly': 'Arrow keys: go to the nearest person in that direction. T: go through this person\'s relationships. F: focus on this person (the rest dimmed).',
  'ecogram.printKey': 'Names that do not (fully) fit on the map (the number is beside the person)',
  'ecogram.printKeyItem': '{name} ({sector}, {closeness})',
  'ecogram.toolbar': 'Ecogram toolbar',
  'ecogram.addPerson': 'Add person',
  'ecogram.addTie': 'Add relationship',
  'ecogram.undo': 'Undo',
  'ecogram.redo': 'Redo',
  'ecogram.zoomIn': 'Zoom in',
  'ecogram.zoomOut': 'Zoom out',
  'ecogram.fit': 'Show all',
  'ecogram.zoomGroup': 'Zoom',
  'ecogram.view': 'View',
  'ecogram.viewMap': 'Map',
  'ecogram.viewList': 'List',
  'ecogram.keyboardHelp': 'Keyboard shortcuts',
  'ecogram.key.arrows': 'go to the nearest person in that direction',
  'ecogram.key.home': 'go to the client in the centre',
  'ecogram.key.enter': 'edit person or relationship',
  'ecogram.key.inward': 'move the person to an inner circle (closer)',
  'ecogram.key.outward': 'move the person to an outer circle (further away)',
  'ecogram.key.sector': 'move the person to the previous or next sector',
  'ecogram.key.ties': 'go through this person\'s relationships',
  'ecogram.key.delete': 'remove (can be undone)',
  'ecogram.key.undo': 'undo / redo',
  'ecogram.key.zoom': 'zoom in / zoom out / show all',
  'ecogram.key.escape': 'close the panel or clear the selection',
  'ecogram.key.drag': 'With mouse or finger: drag a person to another circle or sector.',
  'ecogram.tie.ties': '{count} relationships',
  'ecogram.tie.one': '1 relationship',
  'ecogram.announce.added': '{name} added',
  'ecogram.announce.updated': '{name} updated',
  'ecogram.announce.removed': '{name} removed. Undo with {undoKey}',
  'ecogram.announce.movedRing': '{name} moved to the {ring}',
  'ecogram.announce.movedSector': '{name} moved to {sector}',
  'ecogram.announce.movedBoth': '{name} moved to {sector}, {ring}',
  'ecogram.announce.tieAdded': 'Relationship between {a} and {b} added',
  'ecogram.announce.tieUpdated': 'Relationship between {a} and {b} updated',
  'ecogram.announce.tieRemoved': 'Relationship between {a} and {b} removed. Undo with {undoKey}',
  'ecogram.announce.undone': 'Undone',
  'ecogram.announce.redone': 'Redone',
  'ecogram.announce.nothingToUndo': 'Nothing to undo',
  'ecogram.announce.nothingToRedo': 'Nothing to redo',
  'ecogram.announce.focusProtected': 'The client in the centre cannot be removed or moved',
  'ecogram.announce.failed': 'That did not work: {reason}',
  'ecogram.announce.noTies': '{name} has no relationships on the map yet',
  'ecogram.announce.edge': 'No more people in that direction',
  'ecogram.invalid.title': 'This network cannot be shown',
  'ecogram.invalid.intro': 'The data contains errors. Nothing was changed.',
  'ecogram.invalid.more': 'and {count} more problems',
  'ecogram.crashed': 'The ecogram could not be drawn. The data was not changed.',
  'ecogram.retry': 'Try again',
  'ecogram.pastReadOnly': 'The network as it was in {date}. View only.',
  'ecogram.pastReadOnlyDay': 'The network as it was on {date}. View only.',
  'ecogram.invalidAt': '"{date}" is not a date Kring can read (write for example 2019, 2019-05 or 2019-05-03). The network is shown as it is now. View only.',
  'ecogram.readOnly': 'View only',
  'ecogram.redacted': 'Names hidden',
  'ecogram.loading': 'Loading…',
  'ecogram.empty': 'Nobody on the map yet. Everyone is somebody\'s naaste: who was your last WhatsApp contact, for example?',
  'ecogram.fewInformal':
    'Few people from their own circle on the map yet? Questions that help: who can you fall back on if something happens? Who was your last WhatsApp contact? What are you doing this weekend, and with whom?',
  'ecogram.editPerson': 'Edit {name}',
  'ecogram.editTie': 'Edit relationship {a} and {b}',
  'ecogram.close': 'Close',
  'ecogram.delete': 'Remove',
  'ecogram.save': 'Save',
  'ecogram.cancel': 'Cancel',
  'ecogram.tieFrom': 'From',
  'ecogram.tieTo': 'To',
  'ecogram.timeNow': 'Now',
  'ecogram.timeLabel': 'Date of the network',
  'ecogram.dragHint': 'Drop in {sector}, {ring}',
  'ecogram.dragCentre': 'Dropping here cancels: the centre is for the client',
};

/** The Ecogram's message bundle. */
export const ecogramMessages: Bundle<EcogramMessageKey> = { nl, en };

/**
 * The texts the Ecogram loads: its own ({@link ecogramMessages}, the view controls'
 * `ecogramViewMessages`) and those of the parts it renders (editors, list view, legend, time
 * slider, paper). A host's override for a child part, given to the Ecogram's `messages`, reaches
 * that child.
 */
export const ECOGRAM_BUNDLES = /* @__PURE__ */ bundles(
  EDITOR_BUNDLES, NETWORK_LIST_BUNDLES, LEGEND_BUNDLES, TIME_SLIDER_BUNDLES, PAPER_BUNDLES, ecogramMessages, ecogramViewMessages, ecogramMarksMessages,
);
/** Every key of {@link ECOGRAM_BUNDLES}: what the Ecogram's `messages` prop can override. */
export type EcogramTextKey = BundleKey<typeof ECOGRAM_BUNDLES>;
/** The Ecogram's text lookup (`t('ecogram.label', { name })`, `t.label('sector', s)`). */
export type EcogramText = Text<EcogramTextKey>;
