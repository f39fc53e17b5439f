/**
 * Add / update / remove on the optional plan lists (`actions`, `meetings`), shared by
 * `actions.ts` and `meetings.ts`. An absent list is read as `[]`; adding to it creates it;
 * removing its last item leaves `[]` (the key stays, so the host sees the plan was emptied).
 * @internal
 */
import { joinPath } from '../model/errors';
import type { Network } from '../model/types';
import {
  applyPatch, checkPatch, fail, finish, idFor, indexOfId, notFound, recordWithId, removeAt, replaceAt, type Obj,
} from './internal';
import type { OperationResult } from './types';

export type PlanList = 'actions' | 'meetings';

function itemsOf(n: Network, list: PlanList): unknown[] | null {
  const items: unknown = n[list];
  if (items === undefined) return [];
  return Array.isArray(items) ? items : null;
}

function notAList(list: PlanList): OperationResult {
  return fail('wrong-type', list, `${list} must be an array; validate the network with validateNetwork first.`);
}

/** Append a new item (id given or the next free `prefix<n>`). */
export function addTo(n: Network, list: PlanList, input: unknown, prefix: string): OperationResult {
  const items = itemsOf(n, list);
  if (!items) return notAList(list);
  const id = idFor(n, input, prefix);
  const record = recordWithId(id, input);
  return finish({ ...n, [list]: [...items, record] }, id as string);
}

/** Patch the item with `id` (keys set to `undefined` are removed; the id cannot change). */
export function patchIn(n: Network, list: PlanList, id: string, patch: unknown): OperationResult {
  const items = itemsOf(n, list);
  if (!items) return notAList(list);
  const index = indexOfId(items, id);
  if (index < 0) return notFound(list, id);
  const refused = checkPatch(patch, id, joinPath(list, index));
  if (refused) return refused;
  const item = items[index] as Obj;
  const next = applyPatch(item, patch as Obj);
  return finish(next === item ? n : { ...n, [list]: replaceAt(items, index, next) });
}

/** Remove the item with `id`. */
export function removeFrom(n: Network, list: PlanList, id: string): OperationResult {
  const items = itemsOf(n, list);
  if (!items) return notAList(list);
  const index = indexOfId(items, id);
  if (index < 0) return notFound(list, id);
  return finish({ ...n, [list]: removeAt(items, index) });
}
