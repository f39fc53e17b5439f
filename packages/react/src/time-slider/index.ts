/** Pick a date in the network's history (or now). */
export { TimeSlider, type TimeSliderProps } from './TimeSlider';
export { timeSliderMessages, type TimeSliderMessageKey } from './messages';
