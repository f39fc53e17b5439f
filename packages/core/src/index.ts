/**
 * `@kring/core`: the headless Kring network model. No DOM, no React.
 *
 * The ecogram layout (its own fan and tie routing, no dependencies) lives in `@kring/core/layout` and the JSON Schema in
 * `@kring/core/schema`, so the model entry stays small.
 * @packageDocumentation
 */
export * from './model/types';
export * from './model/errors';
export * from './model/tie';
export * from './dates';
export * from './parse';
export * from './operations';
export * from './history';
export * from './time';
export * from './metrics';
export * from './share';
export * from './redact';
export * from './plan';
