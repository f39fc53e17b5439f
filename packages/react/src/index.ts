/**
 * `@kring/react`: React visualisers for Kring networks.
 *
 * Import the stylesheet once: `import '@kring/react/styles.css'`.
 * @packageDocumentation
 */
export * from './ecogram';
export type { PaperPage } from './paper/content';
export * from './lifeline';
export * from './linked';
export * from './interview';
export * from './summary';
export * from './editor';
export * from './network-list';
export * from './legend';
export * from './time-slider';
export * from './symbols';
export {
  format, labelMessages, LOCALES, MESSAGE_BUNDLES, isLocale, getMessages, formatMessage, valueLabel,
  MessagesProvider, useI18n, useMessages, useLocale, issueText,
  type Bundle, type Locale, type LabelMessageKey, type KringMessageKey, type KringMessages, type LabelGroup,
  type I18nValue, type MessagesProviderProps,
} from './i18n';
export { exportSVG, exportPNG, svgStringToPNG, EXPORT_FONT_STACK, type ExportSVGOptions, type ExportPNGOptions, type ExportKey } from './export';
export { createPanZoom, readViewBox, type PanZoomInstance, type PanZoomOptions, type PanZoomTransform, type PanZoomBounds } from './zoom';
export { createDrag, type DragInstance, type DragOptions, type DragPoint } from './drag';
export { useControllableState } from './utils/useControllableState';
/**
 * User text for a string that the host's own words surround (a document title, a log line):
 * wrapped in FSI … PDI (balanced) when it holds a right-to-left letter or a directional control
 * character, so that it cannot reorder the words around it — what Kring does with every name
 * it puts into a sentence. Plain Latin text is returned as it is. See "Right-to-left and mixed
 * text" in the README.
 */
export { isolate as isolateText } from './utils/bidi';
