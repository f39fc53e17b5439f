/** The legend of the ecogram: every symbol in words, drawn by the same code as the map. */
export { Legend, LEGEND_SECTIONS, type LegendProps, type LegendSection } from './Legend';
export { legendMessages, type LegendMessageKey } from './messages';
