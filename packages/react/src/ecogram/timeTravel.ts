/**
 * The network as it was on a date (`networkAt`: people, ties and the plan as they stood then):
 * a module of its own so that the bundler splits it off. A map of today never loads it (issue
 * 16); a map loads it when it first shows another date or the changes since one, and a map with
 * a time slider once it is idle. `timeTravel` in useEcogramState.ts is the one handle on it.
 * @internal
 */
export { networkAt } from '@kring/core';
