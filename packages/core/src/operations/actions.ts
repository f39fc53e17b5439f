import { isFuzzyDate, todayFuzzyDate } from '../dates';
import type { Network } from '../model/types';
import { fail, indexOfId, isObject, notFound, operate } from './internal';
import { addTo, patchIn, removeFrom } from './plan-list';
import type { ActionInput, ActionPatch, CompleteActionOptions, OperationResult } from './types';

/**
 * Add an action to the network plan. The id is `input.id` or the next free `a-<n>`; the
 * `actions` list is created when the network has none. `about` must name people or ties,
 * `owner` a person or be free text. An action that means contacting someone whose consent
 * is `not-allowed` is refused with `consent-refused` at its `about` entry (as every rule, by
 * `validateNetwork`).
 */
export function addAction(network: Network, input: ActionInput): OperationResult {
  return operate(network, (n) => addTo(n, 'actions', input, 'a-'));
}

/**
 * Change fields of an action; `about` is replaced as a whole. Keys set to `undefined` are
 * removed (`{ owner: undefined }`); the id cannot change. Unknown id: `not-found` (path
 * `actions`).
 */
export function updateAction(network: Network, id: string, patch: ActionPatch): OperationResult {
  return operate(network, (n) => patchIn(n, 'actions', id, patch));
}

/**
 * Remove an action from the plan (to keep it as a record that will not happen, use
 * {@link dropAction}). Unknown id: `not-found` (path `actions`). Removing the last action
 * leaves `actions: []`.
 */
export function removeAction(network: Network, id: string): OperationResult {
  return operate(network, (n) => removeFrom(n, 'actions', id));
}

function known(n: Network, id: string): OperationResult | null {
  const actions: unknown = n.actions;
  return Array.isArray(actions) && indexOfId(actions, id) >= 0 ? null : notFound('actions', id);
}

/**
 * Mark an action done: `status: 'done'` and `done` = `options.date` (default today, UTC).
 * A completed action is a record: the consent rule no longer applies to it. Unknown id:
 * `not-found`; a `date` that is not a fuzzy date: `invalid-date` at `actions[i].done`.
 */
export function completeAction(network: Network, id: string, options: CompleteActionOptions = {}): OperationResult {
  return operate(network, (n) => {
    const missing = known(n, id);
    if (missing) return missing;
    const date = isObject(options) && options.date !== undefined ? options.date : todayFuzzyDate();
    if (!isFuzzyDate(date)) {
      const index = indexOfId(n.actions ?? [], id);
      return fail('invalid-date', `actions[${index}].done`, `${JSON.stringify(date)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, optionally with "~".`);
    }
    return patchIn(n, 'actions', id, { status: 'done', done: date });
  });
}

/**
 * Drop an action: `status: 'dropped'` (it will not happen, and stays in the plan as a record);
 * a `done` date is removed. Unknown id: `not-found` (path `actions`).
 */
export function dropAction(network: Network, id: string): OperationResult {
  return operate(network, (n) => known(n, id) ?? patchIn(n, 'actions', id, { status: 'dropped', done: undefined }));
}
