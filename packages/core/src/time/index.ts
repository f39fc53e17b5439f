/**
 * Time: the network on a date, the dates it mentions, and what changed between two versions.
 */
export { networkAt } from './network-at';
export { networkDates } from './network-dates';
export { diffNetworks } from './diff';
export type { NetworkChange, NetworkChangeKind } from './diff';
