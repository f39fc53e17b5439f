/**
 * Texts of the Ecogram's view controls (filter, focus on one person, the phone hint,
 * table mode), in Dutch (default) and English. Part of `ECOGRAM_BUNDLES`;
 * hosts override any key through the `messages` prop. Placeholders are filled as text.
 */
import type { Bundle } from '../i18n/types';

const nl = {
  'ecogram.filter.button': 'Filter',
  'ecogram.filter.buttonActive': 'Filter ({visible} van {total})',
  'ecogram.filter.title': 'Wat staat er op de kaart',
  'ecogram.filter.sectors': 'Vakken',
  'ecogram.filter.circles': 'Cirkels',
  'ecogram.filter.formality': 'Formeel of informeel',
  'ecogram.filter.formal': 'Formeel (professionals)',
  'ecogram.filter.informal': 'Informeel (eigen kring)',
  'ecogram.filter.ties': 'Relaties',
  'ecogram.filter.clientTiesOnly': 'Alleen relaties met {name}',
  'ecogram.filter.hideInactive': 'Verwaterde, verbroken en beëindigde relaties verbergen',
  'ecogram.filter.clear': 'Alles weer tonen',
  'ecogram.filter.result': '{visible} van {total} personen zichtbaar',
  'ecogram.filter.resultTies': '{visible} van {total} personen en {ties} van {allTies} relaties zichtbaar',
  'ecogram.filter.cleared': 'Filter uit: alle {total} personen zichtbaar',
  'ecogram.spotlight.start': 'Focus op {name}',
  'ecogram.spotlight.announce': 'Focus op {name}: {count} relaties uitgelicht, de rest is lichter getekend. Escape of F heft de focus op.',
  'ecogram.spotlight.ended': 'Focus opgeheven: alle relaties weer gewoon getekend',
  'ecogram.key.spotlight': 'focus op deze persoon aan of uit (hun relaties uitgelicht)',
  'ecogram.phone.panHint': 'Een deel van de kaart valt buiten beeld. Schuif met één vinger over de achtergrond.',
  'ecogram.phone.smallHint': 'De hele kaart past in beeld, maar de namen zijn klein.',
  'ecogram.phone.readable': 'Namen leesbaar',
  'ecogram.phone.showAll': 'Alles tonen',
};

const en: Record<keyof typeof nl, string> = {
  'ecogram.filter.button': 'Filter',
  'ecogram.filter.buttonActive': 'Filter ({visible} of {total})',
  'ecogram.filter.title': 'What the map shows',
  'ecogram.filter.sectors': 'Sectors',
  'ecogram.filter.circles': 'Circles',
  'ecogram.filter.formality': 'Formal or informal',
  'ecogram.filter.formal': 'Formal (professionals)',
  'ecogram.filter.informal': 'Informal (own circle)',
  'ecogram.filter.ties': 'Relationships',
  'ecogram.filter.clientTiesOnly': 'Only relationships with {name}',
  'ecogram.filter.hideInactive': 'Hide faded, broken and ended relationships',
  'ecogram.filter.clear': 'Show everything again',
  'ecogram.filter.result': '{visible} of {total} people shown',
  'ecogram.filter.resultTies': '{visible} of {total} people and {ties} of {allTies} relationships shown',
  'ecogram.filter.cleared': 'Filter off: all {total} people shown',
  'ecogram.spotlight.start': 'Focus on {name}',
  'ecogram.spotlight.announce': 'Focus on {name}: {count} relationships highlighted, the rest drawn lighter. Escape or F ends the focus.',
  'ecogram.spotlight.ended': 'Focus ended: all relationships drawn as usual',
  'ecogram.key.spotlight': 'focus on this person on or off (their relationships highlighted)',
  'ecogram.phone.panHint': 'Part of the map is off-screen. Slide one finger over the background.',
  'ecogram.phone.smallHint': 'The whole map fits, but the names are small.',
  'ecogram.phone.readable': 'Readable names',
  'ecogram.phone.showAll': 'Show all',
};

/** Keys of the view-control texts. */
export type EcogramViewMessageKey = keyof typeof nl;

/** The view controls' message bundle. */
export const ecogramViewMessages: Bundle<EcogramViewMessageKey> = { nl, en };
