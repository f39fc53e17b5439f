/** English texts of `./marks-messages.ts` — loaded with the other English texts when a view is shown in English (`src/locales`). */
import type { EcogramMarksMessageKey } from './marks-messages';

export const ecogramMarksMessagesEn: Record<EcogramMarksMessageKey, string> = {
  'ecogram.plan.intents': 'goal: {intents}',
  'ecogram.plan.open.one': '1 open action',
  'ecogram.plan.open.other': '{count} open actions',
  'ecogram.changes.since': 'Changed since',
  'ecogram.changes.off': 'do not show',
  'ecogram.changes.status': 'On the map: what changed since {date} (new, gone, stronger, weaker, restored, broken).',
  'ecogram.changes.none': 'Nothing on the map changed since {date}.',
  'ecogram.changes.mark': '{change} since {date}',
  'ecogram.changes.gonePerson': '{name}, gone since {date}',
};
