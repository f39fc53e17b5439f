/** English texts of `./view-messages.ts` — loaded with the other English texts when a view is shown in English (`src/locales`). */
import type { EcogramViewMessageKey } from './view-messages';

export const ecogramViewMessagesEn: Record<EcogramViewMessageKey, string> = {
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
