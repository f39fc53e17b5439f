import type { NetworkIssue } from '../model/errors';
import type { Action, Closeness, Group, Meeting, Network, Person, PeriodEvent, PointEvent, Sector, Tie } from '../model/types';

/**
 * The outcome of an operation: the new network, or the reasons it was refused.
 * A refused operation leaves nothing changed (operations never mutate their input).
 */
export type OperationResult =
  | {
      ok: true;
      /** The new network. Unchanged parts are shared with the input; do not mutate either. */
      network: Network;
      /** For `add*` operations: the id of the new person, tie, group, event, action or meeting. */
      id?: string;
    }
  | { ok: false; errors: NetworkIssue[] };

/**
 * A new person. `id` is generated when absent (`p-1`, `p-2`, … the smallest that is free
 * in the whole document). Fields set to `undefined` are left out.
 */
export type PersonInput = Omit<Person, 'id'> & { id?: string };

/**
 * Changes to a person: only the keys present change; a key set to `undefined` removes that
 * field. Values replace the old ones as a whole (`location`, `languages`, … are not merged).
 * The `id` cannot be changed.
 */
export type PersonPatch = Partial<Omit<Person, 'id'>>;

/** A new tie. `id` is generated when absent (`t-1`, `t-2`, …). */
export type TieInput = Omit<Tie, 'id'> & { id?: string };

/**
 * Changes to a tie: only the keys present change; `undefined` removes the field; values are
 * replaced as a whole. The `id` cannot be changed. See {@link UpdateTieOptions} for how a
 * change of status, strength or quality is kept in `history`.
 */
export type TiePatch = Partial<Omit<Tie, 'id'>>;

/** Options of `updateTie`. */
export interface UpdateTieOptions {
  /**
   * The date of the change, a fuzzy date (`2024`, `2024-05`, `~2024-05-03`). Default: today
   * (UTC). It must not be before the last `history` entry.
   */
  date?: string;
  /** A note stored with the history entry, e.g. why the tie changed. */
  note?: string;
  /**
   * When the patch changes `status`, `strength` or `quality`, the change is recorded in
   * `history`: the new state from `date` on (and the state before, when the history did
   * not hold it yet), so `networkAt` shows both. Set `false` to correct a mistake without
   * recording it.
   * Default `true`.
   */
  recordHistory?: boolean;
}

/** A new group. `id` is generated when absent (`g-1`, `g-2`, …). */
export type GroupInput = Omit<Group, 'id'> & { id?: string };

/** Changes to a group; same rules as {@link PersonPatch}. */
export type GroupPatch = Partial<Omit<Group, 'id'>>;

/**
 * A new life event: a point event with `date` or a period with `start` (and optional `end`).
 * `id` is generated when absent (`e-1`, `e-2`, …).
 */
export type EventInput = (Omit<PointEvent, 'id'> | Omit<PeriodEvent, 'id'>) & { id?: string };

/**
 * Changes to a life event; same rules as {@link PersonPatch}. To turn a point event into a
 * period: `{ date: undefined, start: '2019', end: '2020' }`.
 */
export type EventPatch = Partial<Omit<PointEvent, 'id'>> | Partial<Omit<PeriodEvent, 'id'>>;

/**
 * A new action of the network plan. `id` is generated when absent (`a-1`, `a-2`, …). `status`
 * may be left out (it means `open`).
 */
export type ActionInput = Omit<Action, 'id'> & { id?: string };

/** Changes to an action; same rules as {@link PersonPatch} (`about` is replaced as a whole). */
export type ActionPatch = Partial<Omit<Action, 'id'>>;

/** Options of `completeAction`. */
export interface CompleteActionOptions {
  /** When it was done, a fuzzy date. Default: today (UTC). */
  date?: string;
}

/** A new meeting. `id` is generated when absent (`m-1`, `m-2`, …). */
export type MeetingInput = Omit<Meeting, 'id'> & { id?: string };

/** Changes to a meeting; same rules as {@link PersonPatch} (`invited` is replaced as a whole). */
export type MeetingPatch = Partial<Omit<Meeting, 'id'>>;

/** A drag result: where a person was dropped (see `placePerson`). */
export interface Placement {
  /** The circle dropped in; `undefined` removes it. Absent: unchanged. */
  closeness?: Closeness;
  /** The sector dropped in; `undefined` removes it. Absent: unchanged. */
  sector?: Sector;
  /** Layout angle in degrees clockwise from 12 o'clock; `undefined` removes it. Absent: unchanged. */
  angle?: number;
  /** Layout radius, 0..1 of the outer radius; `undefined` removes it. Absent: unchanged. */
  radius?: number;
}
