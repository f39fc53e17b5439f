/** English texts of `./messages.ts` — loaded with the other English texts when a view is shown in English (`src/locales`). */
import type { TimeSliderMessageKey } from './messages';

export const timeSliderMessagesEn: Record<TimeSliderMessageKey, string> = {
  'timeSlider.label': 'Network on date',
  'timeSlider.now': 'Now',
  'timeSlider.toNow': 'Go to now',
  'timeSlider.showingNow': 'You see the network as it is now.',
  'timeSlider.showingDate': 'You see the network of {date}.',
  'timeSlider.noDates': 'There are no dates in this network yet. You see the network as it is now.',
};
