import { bundles, type BundleKey } from '../i18n/bundles';
import { labelMessages } from '../i18n/labels';
import type { Bundle } from '../i18n/types';

const nl = {
  'symbol.badge.consent-no': 'Geen contact opnemen',
  'symbol.badge.ask-first': 'Eerst vragen voor contact',
  'symbol.badge.boundary': 'Contact beperken',
  'symbol.badge.overloaded': 'Overbelast',
  'symbol.badge.abroad': 'Woont in het buitenland',
  'symbol.badge.interpreter': 'Tolk nodig',
  'symbol.badge.support-group': 'Hoort bij steungroep of basisteam',
  'symbol.focus': 'cliënt, in het midden',
  'symbol.deceased': 'Overleden',
  'symbol.deceasedOn': 'Overleden ({date})',
  'symbol.noTie': 'Geen band vastgelegd',
  'symbol.field': '{field}: {value}',
  'symbol.receivesFrom': '{a} krijgt van {b}',
  'symbol.givesTo': '{a} geeft aan {b}',
  'symbol.tieBetween': 'Band tussen {a} en {b}',
  'symbol.abroadIn': 'Woont in het buitenland ({country})',
  'symbol.speaks': 'Spreekt {languages}',
  'symbol.boundaryNote': 'Contact beperken: {note}',
  'symbol.memberOf': 'Hoort bij {group}',
  'symbol.memberOfKind': 'Hoort bij {group} ({kind})',
  'symbol.since': 'Sinds {date}',
  'symbol.historyEntry': '{date}: {state}',
  'symbol.notSet': 'Niet ingevuld',
  // Letters on a tie for the kinds of support (Dutch practice: P, G, A, E; see supportLetters.ts).
  'symbol.supportLetter.practical': 'P',
  'symbol.supportLetter.companionship': 'G',
  'symbol.supportLetter.informational': 'A',
  'symbol.supportLetter.emotional': 'E',
  'symbol.supportLetter.financial': 'F',
  'symbol.supportLetter.housing': 'H',
  // A person who does not want to be contacted: part of their visible name and accessible name.
  'symbol.noContactName': '{name} · geen contact',
  // The support letters drawn on a tie, at the end of its accessible name.
  'symbol.lettersOnLine': 'Op de lijn: {letters}',
  // the change marks: on the map and in its legend
  'change.new': 'nieuw',
  'change.gone': 'weg',
  'change.stronger': 'sterker',
  'change.weaker': 'zwakker',
  'change.restored': 'hersteld',
  'change.broken': 'verbroken',
} as const;

/** Keys of {@link symbolMessages}. */
export type SymbolMessageKey = keyof typeof nl;

/** Words for the symbols (badges, node styles) and the shared descriptions of people and ties. */
export const symbolMessages: Bundle<SymbolMessageKey> = { nl };

/** The texts the symbol parts and their descriptions use: the shared labels and {@link symbolMessages}. */
export const SYMBOL_BUNDLES = /* @__PURE__ */ bundles(labelMessages, symbolMessages);
/** Every key of {@link SYMBOL_BUNDLES}. */
export type SymbolTextKey = BundleKey<typeof SYMBOL_BUNDLES>;
