/**
 * Texts of the network plan and the changes on the map (issue 15 point 3): the words in the
 * accessible names of people and ties, the marks' words and the "Wat is er veranderd sinds"
 * control, in Dutch (default) and English. Part of `ECOGRAM_BUNDLES`; hosts override any key
 * through the `messages` prop. The words of the change marks (`change.*`) are shared with the
 * legend (legend/messages.ts).
 */
import type { Bundle } from '../i18n/types';

const nl = {
  'ecogram.plan.intents': 'doel: {intents}',
  'ecogram.plan.open.one': '1 open actie',
  'ecogram.plan.open.other': '{count} open acties',
  'ecogram.changes.since': 'Veranderd sinds',
  'ecogram.changes.off': 'niet tonen',
  'ecogram.changes.status': 'Op de kaart: wat er veranderd is sinds {date} (nieuw, weg, sterker, zwakker, hersteld, verbroken).',
  'ecogram.changes.none': 'Sinds {date} is er op de kaart niets veranderd.',
  'ecogram.changes.mark': '{change} sinds {date}',
  'ecogram.changes.gonePerson': '{name}, weg sinds {date}',
};

/** Keys of the plan and change texts of the map. */
export type EcogramMarksMessageKey = keyof typeof nl;

/** The map's plan and change texts. */
export const ecogramMarksMessages: Bundle<EcogramMarksMessageKey> = { nl };
