import { bundles, type BundleKey } from '../i18n/bundles';
import { labelMessages } from '../i18n/labels';
import type { Bundle } from '../i18n/types';

const nl = {
  'timeSlider.label': 'Netwerk op datum',
  'timeSlider.now': 'Nu',
  'timeSlider.toNow': 'Naar nu',
  'timeSlider.showingNow': 'Je ziet het netwerk zoals het nu is.',
  'timeSlider.showingDate': 'Je ziet het netwerk van {date}.',
  'timeSlider.noDates': 'Er staan nog geen datums in dit netwerk. Je ziet het netwerk zoals het nu is.',
} as const;

/** Keys of {@link timeSliderMessages}. */
export type TimeSliderMessageKey = keyof typeof nl;

/** Words of the time slider. */
export const timeSliderMessages: Bundle<TimeSliderMessageKey> = { nl };

/** The texts the time slider loads: the shared labels and {@link timeSliderMessages}. */
export const TIME_SLIDER_BUNDLES = /* @__PURE__ */ bundles(labelMessages, timeSliderMessages);
/** Every key of {@link TIME_SLIDER_BUNDLES}: what the slider's `messages` prop can override. */
export type TimeSliderTextKey = BundleKey<typeof TIME_SLIDER_BUNDLES>;
