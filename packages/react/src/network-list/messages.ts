import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import { SYMBOL_BUNDLES } from '../symbols/messages';

const nl = {
  'networkList.title': 'Netwerk van {name}',
  'networkList.changesSince': 'Veranderd sinds {date}',
  'networkList.changesNone': 'Sinds {date} is er op de kaart niets veranderd.',
  'networkList.change.person': '{name}: {change}',
  'networkList.change.client': 'Contact met {name}: {change}',
  'networkList.change.between': 'Contact tussen {a} en {b}: {change}',
  'networkList.changeWord.new': 'nieuw',
  'networkList.changeWord.gone': 'weg',
  'networkList.changeWord.stronger': 'sterker',
  'networkList.changeWord.weaker': 'zwakker',
  'networkList.changeWord.restored': 'hersteld',
  'networkList.changeWord.broken': 'verbroken',
  'networkList.focusNote': '{name} staat in het midden. Hieronder staan de mensen, plekken en groepen om {name} heen, per cirkel.',
  'networkList.circleCaption': '{circle}: {count}',
  'networkList.noCircle': 'Nog geen cirkel gekozen',
  'networkList.col.name': 'Naam',
  'networkList.col.kind': 'Soort en rol',
  'networkList.col.sector': 'Levensgebied',
  'networkList.col.tie': 'Band met {name}',
  'networkList.col.consent': 'Contact opnemen',
  'networkList.col.notes': 'Let op',
  'networkList.col.groups': 'Groepen',
  'networkList.col.actions': 'Bewerken',
  'networkList.col.between': 'Tussen',
  'networkList.col.about': 'Over de band',
  'networkList.otherTies': 'Banden tussen anderen',
  'networkList.between': '{a} en {b}',
  'networkList.edit': 'Bewerk {name}',
  'networkList.editTie': 'Bewerk band {a} en {b}',
  'networkList.editShort': 'Bewerk',
  'networkList.editTieShort': 'Bewerk band',
  'networkList.empty': 'Er staat nog niemand in het netwerk. Iedereen is een naaste van iemand: begin met één persoon, plek of huisdier.',
  'networkList.nothing': '–',
} as const;

/** Keys of {@link networkListMessages}. */
export type NetworkListMessageKey = keyof typeof nl;

/** Words of the network list. */
export const networkListMessages: Bundle<NetworkListMessageKey> = { nl };

/** The texts the network list loads: the shared labels, the symbol words and {@link networkListMessages}. */
export const NETWORK_LIST_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, networkListMessages);
/** Every key of {@link NETWORK_LIST_BUNDLES}: what the list's `messages` prop can override. */
export type NetworkListTextKey = BundleKey<typeof NETWORK_LIST_BUNDLES>;
