/**
 * `@kring/react`: React visualisers for Kring networks.
 * @packageDocumentation
 */
export {};
