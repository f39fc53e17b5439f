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

/** Keys of the view-control texts. */
export type EcogramViewMessageKey = keyof typeof nl;

/** The view controls' message bundle. */
export const ecogramViewMessages: Bundle<EcogramViewMessageKey> = { nl };
