/**
 * `@kring/react`: React visualisers for Kring networks.
 *
 * Import the stylesheet once: `import '@kring/react/styles.css'`.
 * @packageDocumentation
 */
export * from './ecogram';
export * from './editor';
export * from './network-list';
export * from './symbols';
export * from './i18n';
export { exportSVG, exportPNG, svgStringToPNG, EXPORT_FONT_STACK, type ExportSVGOptions, type ExportPNGOptions } from './export';
export { useControllableState } from './utils/useControllableState';
