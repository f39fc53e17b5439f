/**
 * `@kring/core`: the headless Kring network model. No DOM, no React.
 * @packageDocumentation
 */
export * from './model/types';
export * from './model/errors';
export * from './dates';
