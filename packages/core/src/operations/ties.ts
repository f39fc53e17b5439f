import { todayFuzzyDate } from '../dates';
import { joinPath } from '../model/errors';
import type { Network, Tie, TieHistoryEntry } from '../model/types';
import {
  applyPatch, checkPatch, finish, idFor, indexOfId, isObject, notFound, operate, recordWithId, removeAt,
  replaceAt, type Obj,
} from './internal';
import type { OperationResult, TieInput, TiePatch, UpdateTieOptions } from './types';

/** The fields of a tie whose earlier values `updateTie` keeps in `history`. */
const STATE_KEYS = ['status', 'strength', 'quality'] as const;

/**
 * Add a tie between two people. The id is `input.id` or the next free `t-<n>`. The validator
 * refuses a tie to oneself (`self-tie`), a second tie between the same pair (`duplicate-tie`)
 * and unknown people (`dangling-reference`), with paths like `ties[3].between[1]`.
 */
export function addTie(network: Network, input: TieInput): OperationResult {
  return operate(network, (n) => {
    const id = idFor(n, input, 't-');
    const tie = recordWithId(id, input) as unknown as Tie;
    return finish({ ...n, ties: [...n.ties, tie] }, id as string);
  });
}

/**
 * Change fields of a tie. Keys set to `undefined` are removed; the id cannot change.
 *
 * When the patch changes `status`, `strength` or `quality` and `options.recordHistory` is
 * not `false`, the earlier state is appended to `history` as
 * `{ date, status, strength, quality, note }` (only the fields the tie had, plus
 * `options.note`), dated `options.date` or today: the entry records the state the tie had
 * up to that date, when it changed into the new top-level state. Nothing is recorded when
 * the tie had none of the three and no note is given. A date before the last history entry
 * is refused (`history-order`) rather than stored out of order.
 * Unknown id: `not-found` (path `ties`).
 */
export function updateTie(network: Network, id: string, patch: TiePatch, options?: UpdateTieOptions): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.ties, id);
    if (index < 0) return notFound('ties', id);
    const refused = checkPatch(patch, id, joinPath('ties', index));
    if (refused) return refused;
    const tie = n.ties[index] as Tie;
    let next = applyPatch(tie, patch as Obj);
    const opts: UpdateTieOptions = isObject(options) ? options : {};
    if (next !== tie && opts.recordHistory !== false && STATE_KEYS.some((key) => tie[key] !== next[key])) {
      const entry: Obj = { date: opts.date === undefined ? todayFuzzyDate() : opts.date };
      for (const key of STATE_KEYS) if (tie[key] !== undefined) entry[key] = tie[key];
      if (opts.note !== undefined) entry.note = opts.note;
      const history: unknown = next.history;
      // A patched `history` that is not a list is left for the validator to report at its path.
      if (Object.keys(entry).length > 1 && (history === undefined || Array.isArray(history))) {
        next = { ...next, history: [...((history as TieHistoryEntry[] | undefined) ?? []), entry as unknown as TieHistoryEntry] };
      }
    }
    return finish(next === tie ? n : { ...n, ties: replaceAt(n.ties, index, next) });
  });
}

/** Remove a tie (with its history). Unknown id: `not-found` (path `ties`). */
export function removeTie(network: Network, id: string): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.ties, id);
    if (index < 0) return notFound('ties', id);
    return finish({ ...n, ties: removeAt(n.ties, index) });
  });
}
