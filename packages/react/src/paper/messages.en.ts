/** English texts of `./messages.ts` — loaded with the other English texts when a view is shown in English (`src/locales`). */
import type { PaperMessageKey } from './messages';

export const paperMessagesEn: Record<PaperMessageKey, string> = {
  'paper.save': 'Save as image',
  'paper.saveSvg': 'Save as SVG',
  'paper.savePng': 'Save as PNG',
  'paper.saved': '{file} has been saved',
  'paper.saveFailed': 'Saving did not work: {reason}',
  'paper.standPer': 'As of {date}',
  'paper.author': 'Prepared by {author}',
  'paper.page': 'Page {page} of {pages}',
  'paper.pageContinued': 'Page {page} — continued on the next page',
  'paper.confidential': 'Confidential — contains personal data',
  'paper.file.ecogram': 'ecogram',
  'paper.file.lifeline': 'lifeline',
};
