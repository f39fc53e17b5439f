import { joinPath } from '../model/errors';
import type { Group, Network } from '../model/types';
import {
  applyPatch, checkPatch, finish, idFor, indexOfId, notFound, operate, recordWithId, removeAt, replaceAt,
  type Obj,
} from './internal';
import { withoutPlanRefs } from './plan-cascade';
import type { GroupInput, GroupPatch, OperationResult } from './types';

/**
 * Add a group (a support group, base team, chat…). The id is `input.id` or the next free
 * `g-<n>`. Members must be people of the network (`dangling-reference` otherwise).
 */
export function addGroup(network: Network, input: GroupInput): OperationResult {
  return operate(network, (n) => {
    const id = idFor(n, input, 'g-');
    const group = recordWithId(id, input) as unknown as Group;
    return finish({ ...n, groups: [...n.groups, group] }, id as string);
  });
}

/**
 * Change fields of a group; `members` is replaced as a whole. Keys set to `undefined` are
 * removed; the id cannot change. Unknown id: `not-found` (path `groups`).
 */
export function updateGroup(network: Network, id: string, patch: GroupPatch): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.groups, id);
    if (index < 0) return notFound('groups', id);
    const refused = checkPatch(patch, id, joinPath('groups', index));
    if (refused) return refused;
    const group = n.groups[index] as Group;
    const next = applyPatch(group, patch as Obj);
    return finish(next === group ? n : { ...n, groups: replaceAt(n.groups, index, next) });
  });
}

/**
 * Remove a group; its members stay in the network, and meetings of the group lose their
 * `group` (the meeting stays). Unknown id: `not-found` (path `groups`). */
export function removeGroup(network: Network, id: string): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.groups, id);
    if (index < 0) return notFound('groups', id);
    return finish(withoutPlanRefs({ ...n, groups: removeAt(n.groups, index) }, new Set([id])));
  });
}
