import type { Network } from '../model/types';
import { operate } from './internal';
import { addTo, patchIn, removeFrom } from './plan-list';
import type { MeetingInput, MeetingPatch, OperationResult } from './types';

/**
 * Add a meeting (a meedenkbijeenkomst, a base team's meeting, …). The id is `input.id` or the
 * next free `m-<n>`; the `meetings` list is created when the network has none. `invited` must
 * be people, none with consent `not-allowed` (`consent-refused` at that `invited` entry);
 * `group` a group.
 */
export function addMeeting(network: Network, input: MeetingInput): OperationResult {
  return operate(network, (n) => addTo(n, 'meetings', input, 'm-'));
}

/**
 * Change fields of a meeting (record its `outcome`, move its `date`); `invited` is replaced as
 * a whole. Keys set to `undefined` are removed; the id cannot change. Unknown id:
 * `not-found` (path `meetings`).
 */
export function updateMeeting(network: Network, id: string, patch: MeetingPatch): OperationResult {
  return operate(network, (n) => patchIn(n, 'meetings', id, patch));
}

/** Remove a meeting. Unknown id: `not-found` (path `meetings`). Removing the last leaves `meetings: []`. */
export function removeMeeting(network: Network, id: string): OperationResult {
  return operate(network, (n) => removeFrom(n, 'meetings', id));
}
