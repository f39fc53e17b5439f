import {
  dayOrdinal, dayOrdinalParts, fuzzyDateEnd, fuzzyDateStart, isFuzzyDate, parseFuzzyDate, todayFuzzyDate, toFuzzyDateString,
  type FuzzyDate,
} from '../dates';
import { joinPath } from '../model/errors';
import type { Network, Tie, TieHistoryEntry, TieStatus } from '../model/types';
import {
  applyPatch, checkPatch, finish, idFor, indexOfId, isObject, notFound, operate, recordWithId, removeAt,
  replaceAt, type Obj,
} from './internal';
import { withoutPlanRefs } from './plan-cascade';
import type { OperationResult, TieInput, TiePatch, UpdateTieOptions } from './types';

/** The fields of a tie whose values `updateTie` keeps in `history`. */
const STATE_KEYS = ['status', 'strength', 'quality'] as const;

/** A history entry dated `date` with the state fields `tie` has (only those that are set). */
function stateEntry(tie: Tie, date: unknown): Obj {
  const entry: Obj = { date };
  for (const key of STATE_KEYS) if (tie[key] !== undefined) entry[key] = tie[key];
  return entry;
}

/**
 * The period right after a fuzzy date, at the same precision (`2024-03` → `2024-04`,
 * `2019` → `2020`, `2024-12-31` → `2025-01-01`, `~` kept); `null` when there is none.
 */
function periodAfter(date: string): string | null {
  const d = parseFuzzyDate(date);
  if (!d) return null;
  let next: FuzzyDate;
  if (d.month === undefined) next = { ...d, year: d.year + 1 };
  else if (d.day === undefined) next = d.month === 12 ? { ...d, year: d.year + 1, month: 1 } : { ...d, month: d.month + 1 };
  else next = { ...d, ...dayOrdinalParts(dayOrdinal(d.year, d.month, d.day) + 1) };
  const text = toFuzzyDateString(next);
  return isFuzzyDate(text) ? text : null;
}

/**
 * When `tie` changes on `date`: the date from which its state before the change is to be
 * recorded, or `null` when `entries` (its history) already read as that state up to `date`.
 * The state to record is the one whose fields (those set) are not what the history ends in.
 * Its date is the first one `networkAt` showed it on: after an empty history the tie's
 * `since` (when not after `date`), after a history the period right after the latest entry
 * (when not after `date`); failing that `date` itself, which still lets `networkAt` show
 * the earlier state for fields the history never set.
 */
function startOfState(tie: Tie, entries: readonly unknown[], date: unknown): unknown {
  if (!isFuzzyDate(date)) return null; // refused by the validator at the new entry's date
  const ended: Obj = {};
  for (const entry of entries) {
    if (isObject(entry)) for (const key of STATE_KEYS) if (entry[key] !== undefined) ended[key] = entry[key];
  }
  if (!STATE_KEYS.some((key) => tie[key] !== undefined && ended[key] !== tie[key])) return null;
  if (entries.length === 0) {
    return isFuzzyDate(tie.since) && fuzzyDateStart(tie.since) <= fuzzyDateStart(date) ? tie.since : date;
  }
  let latest: string | null = null;
  for (const entry of entries) {
    const d = isObject(entry) ? entry.date : undefined;
    if (isFuzzyDate(d) && (latest === null || fuzzyDateEnd(d) >= fuzzyDateEnd(latest))) latest = d;
  }
  const after = latest === null ? null : periodAfter(latest);
  return after !== null && fuzzyDateStart(after) <= fuzzyDateStart(date) ? after : date;
}

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
 * **History.** When the patch changes `status`, `strength` or `quality` and
 * `options.recordHistory` is not `false`, the change is recorded in `history`, read as
 * FORMAT.md's example and `networkAt` read it: an entry `{ date, status, … }` means "from
 * this date on, the tie was in this state", and a field an entry leaves out is unchanged.
 * - The new state is appended, dated `options.date` or today (UTC), with `options.note`
 *   (the note belongs to the change, e.g. why the tie broke). It holds the state fields the
 *   tie now has; it is written even when it has none left, to date the change.
 * - The state before is recorded first when the history does not already end in it (always
 *   when the history is empty and the tie had a state; never after earlier `updateTie`
 *   calls, whose last entry is the state they set). Only its set fields are written. It is
 *   dated from when `networkAt` showed it: the tie's `since` after an empty history, the
 *   period right after the latest entry otherwise (`2024-03` → `2024-04`: `networkAt` shows
 *   the top-level state once a date lies after the whole history); the change's date when
 *   that one is unknown or later. So `networkAt` on days before the change shows what it
 *   showed before, and from the change's date on the new state.
 * - A date before the last history entry is refused (`history-order`) rather than stored
 *   out of order; a `history` given in the same patch is appended to. Nothing is recorded
 *   when no state field changes or with `recordHistory: false`; `options.note` is then
 *   dropped.
 *
 * **Limits of the format.** An entry cannot say "no status": a field it leaves out reads as
 * unchanged. So after a change that removes a field (`status: undefined`), `networkAt` still
 * shows that field's last recorded value (until a later change sets it again) on every date
 * that does not lie wholly after the whole history (for `since: '2019'` and a change on
 * `2019-03-01`, all of 2019); only later dates, where the top-level state applies, show it
 * removed. And on dates before a change, a field the tie did not have then shows as first
 * recorded later (`networkAt`'s reading when nothing earlier is known). Fields that are set
 * always read back exactly.
 *
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
      const date: unknown = opts.date === undefined ? todayFuzzyDate() : opts.date;
      const history: unknown = next.history;
      // A patched `history` that is not a list is left for the validator to report at its path.
      if (history === undefined || Array.isArray(history)) {
        const entries: unknown[] = [...((history as unknown[] | undefined) ?? [])];
        const from = startOfState(tie, entries, date);
        if (from !== null) entries.push(stateEntry(tie, from));
        const now = stateEntry(next, date);
        if (opts.note !== undefined) now.note = opts.note;
        entries.push(now);
        next = { ...next, history: entries as TieHistoryEntry[] };
      }
    }
    return finish(next === tie ? n : { ...n, ties: replaceAt(n.ties, index, next) });
  });
}

/**
 * Remove a tie (with its history). Actions about it lose it from `about`; an action about
 * nothing else goes too (see `plan-cascade.ts`). Unknown id: `not-found` (path `ties`).
 */
export function removeTie(network: Network, id: string): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.ties, id);
    if (index < 0) return notFound('ties', id);
    return finish(withoutPlanRefs({ ...n, ties: removeAt(n.ties, index) }, new Set([id])));
  });
}

/**
 * The kind of a status change that asks "since when?": the tie `faded`, `broken` or `ended`
 * (from any other status, or from none), or was `restored` (back to `active` from faded,
 * broken or ended). `null` for every other change — no change, to or from `potential`, a
 * first `active` for a tie without a status or a potential one, or removing the status —
 * which needs no date of its own.
 */
export type TieStatusChangeKind = 'faded' | 'broken' | 'ended' | 'restored';

const LAPSED: readonly string[] = ['faded', 'broken', 'ended'];

/** Which kind of dated status change going from `from` to `to` is (see {@link TieStatusChangeKind}). */
export function tieStatusChangeKind(from: TieStatus | undefined, to: TieStatus | undefined): TieStatusChangeKind | null {
  if (from === to || to === undefined) return null;
  if (LAPSED.includes(to)) return to as TieStatusChangeKind;
  if (to === 'active' && from !== undefined && LAPSED.includes(from)) return 'restored';
  return null;
}

/** Options of {@link changeTieStatus}. */
export interface ChangeTieStatusOptions {
  /**
   * Since when the tie has the new status: a fuzzy date (`2019`, `~2019-05`). Default: today
   * (UTC). It must not be before the last `history` entry (`history-order`).
   */
  date?: string;
  /** A note stored with the new state's history entry ("ruzie na de uitzetting"). */
  note?: string;
}

/**
 * Change a tie's status and write the change to its `history`: "since when" is `options.date`.
 * The state before the change goes into `history` (dated from when it held, when the history
 * did not already end in it), the new status gets an entry dated `options.date`, so
 * `networkAt` shows the old status before that date and the new one from it on. The history
 * rule is `updateTie`'s (recording on, always); this is the operation an editor calls when
 * the user answers "Sinds wanneer?" (see {@link tieStatusChangeKind} for which changes ask).
 *
 * The same status again changes nothing (the network is returned as it is). A status that is
 * not one of `TIE_STATUSES` or a date that is not a fuzzy date is refused by the validator
 * with the path of the field; an unknown id gives `not-found` (path `ties`). Undo is the
 * host's history (`createHistory`): the result is one new network, the input is untouched.
 */
export function changeTieStatus(network: Network, id: string, status: TieStatus, options?: ChangeTieStatusOptions): OperationResult {
  return operate(network, (n) => {
    const tie = n.ties[indexOfId(n.ties, id)];
    if (!tie) return notFound('ties', id);
    if (tie.status === status) return { ok: true, network: n };
    const opts: ChangeTieStatusOptions = isObject(options) ? options : {};
    return updateTie(n, id, { status }, {
      recordHistory: true,
      ...(opts.date !== undefined ? { date: opts.date } : {}),
      ...(opts.note !== undefined ? { note: opts.note } : {}),
    });
  });
}
