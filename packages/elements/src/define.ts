/**
 * `@kring/elements/define`: importing this module registers `<kring-ecogram>`, `<kring-summary>` and
 * `<kring-lifeline>` (the standalone `kring-elements.js` is this module with React bundled).
 * Loading it twice is harmless.
 * @packageDocumentation
 */
import { defineKringElements } from './index';

defineKringElements();

export * from './index';
