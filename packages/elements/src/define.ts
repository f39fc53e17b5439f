/**
 * `@kring/elements/define`: importing this module registers `<kring-ecogram>`, `<kring-summary>`,
 * `<kring-lifeline>` and `<kring-network-plan>` (the standalone `kring-elements.js` is this module with React bundled).
 * Loading it twice is harmless.
 * @packageDocumentation
 */
import { defineKringElements } from './index';

defineKringElements();

export * from './index';
