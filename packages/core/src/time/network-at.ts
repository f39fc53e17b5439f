import { fuzzyDateEnd, fuzzyDateStart, isFuzzyDate } from '../dates';
import type { LifeEvent, Network, Person, Tie, TieHistoryEntry } from '../model/types';
import { withoutPeople } from '../operations/cascade';
import { withoutPlanRefs } from '../operations/plan-cascade';
import { planAt } from './plan-at';

/**
 * Date arithmetic for one `networkAt` call: `date` is read once, and each other date string
 * once (histories and events repeat dates).
 */
class DateClock {
  private readonly first: number;
  private readonly last: number;
  private readonly spans = new Map<string, [number, number]>();

  constructor(date: string) {
    this.first = fuzzyDateStart(date);
    this.last = fuzzyDateEnd(date);
  }

  private span(d: string): [number, number] {
    let span = this.spans.get(d);
    if (!span) {
      span = [fuzzyDateStart(d), fuzzyDateEnd(d)];
      this.spans.set(d, span);
    }
    return span;
  }

  /** `d` lies wholly after the date (its first day is after the date's last day). `false` for an invalid `d`, so such items are kept. */
  isLater(d: string): boolean {
    return this.span(d)[0] > this.last;
  }

  /** The date lies wholly after `d`. `true` for an invalid `d`, so it never holds the current state back. */
  isPast(d: string): boolean {
    const end = this.span(d)[1];
    return Number.isNaN(end) || this.first > end;
  }
}

/** A shallow copy of `obj` without `key` (optional fields are absent, never `undefined`). */
function without<T extends object, K extends keyof T>(obj: T, key: K): T {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

const TIE_STATE_FIELDS = ['status', 'strength', 'quality'] as const;
type TieStateField = (typeof TIE_STATE_FIELDS)[number];

/** The state of one tie on `date`. Returns the same object when nothing changes. */
function tieAt(tie: Tie, clock: DateClock): Tie {
  const history = tie.history;
  if (!history || history.length === 0) return tie;
  // The current (top-level) state holds once the date lies wholly after every history entry.
  if (history.every((e) => clock.isPast(e.date))) return tie;

  const kept: TieHistoryEntry[] = [];
  const dropped: TieHistoryEntry[] = [];
  for (const entry of history) (clock.isLater(entry.date) ? dropped : kept).push(entry);

  const result: Tie = { ...tie };
  for (const field of TIE_STATE_FIELDS) {
    const value = stateOf(field, kept, dropped, tie);
    if (value === undefined) delete result[field];
    else (result as Record<TieStateField, string>)[field] = value;
  }
  if (kept.length > 0) result.history = kept;
  else delete result.history;
  return result;
}

/**
 * One field of a tie's state: the last kept entry that sets it; without one (no earlier
 * information) the first later entry that sets it; without one the current value.
 */
function stateOf(field: TieStateField, kept: TieHistoryEntry[], dropped: TieHistoryEntry[], tie: Tie): string | undefined {
  for (let i = kept.length - 1; i >= 0; i--) {
    const v = kept[i]?.[field];
    if (v !== undefined) return v;
  }
  for (const entry of dropped) if (entry[field] !== undefined) return entry[field];
  return tie[field];
}

function eventAt(event: LifeEvent, clock: DateClock): LifeEvent | null {
  if (event.date !== undefined) return clock.isLater(event.date) ? null : event;
  if (event.start !== undefined && clock.isLater(event.start)) return null;
  if (event.end !== undefined && clock.isLater(event.end)) return without(event, 'end');
  return event;
}

function personAt(person: Person, clock: DateClock): Person {
  return person.deceased !== undefined && clock.isLater(person.deceased) ? without(person, 'deceased') : person;
}

/**
 * The network as it was on a (fuzzy) date: the map a caseworker and client look back at
 * ("hoe zag je netwerk eruit toen je in de opvang kwam?").
 *
 * **Dates.** Something dated `x` has happened by `date` when `x`'s first day is on or before
 * `date`'s last day (`isOnOrBefore`): by `2024` the change of `2024-03` counts as happened.
 * Something is *after* `date` when its first day is after `date`'s last day.
 *
 * **Ties.** `history` holds dated *earlier* states, oldest first; the top-level fields are
 * the current state. An entry `{ date: D, status: S }` means "from D on, the status was S",
 * until the next entry that sets `status`; an entry that leaves a field out left it
 * unchanged. The state of a tie on `date`:
 * - `status`, `strength`, `quality` each come from the last entry on/before `date` that sets
 *   them. With no such entry (the date lies before what the history tells), the first later
 *   entry that sets the field is taken ("no earlier information: it was as first recorded"),
 *   and failing that the current value.
 * - The current (top-level) state applies once `date` lies wholly after the last history
 *   entry's date. The day the current state began is not recorded; this is the choice made.
 *   So on the last entry's own date (`2024-03`, or `2024` which contains it) the tie shows
 *   that entry's state; from `2024-04` on it shows the current state, unchanged.
 * - History entries after `date` are dropped from the returned tie (`history` is removed
 *   when none are left), so the result reads as a network whose "now" is `date`.
 * - Other tie fields (`intent`, `support`, `contact`, `note`, …) have no history and keep
 *   their current values.
 * - A tie whose `since` is after `date` is left out.
 *
 * **People.** A person whose `since` is after `date` is left out, with their ties, group
 * memberships, event links (an event's `people` is dropped when it becomes empty) and
 * layout entry (a private helper of this module does that in one pass; it never fails). The
 * focus person is never left out: the client is the centre of every map. A person who died
 * on or before `date` is kept as is, with `deceased`; a person who died after `date` was
 * alive then and is kept without `deceased`. Other person fields (closeness, consent,
 * burden, …) have no history and keep their current values.
 *
 * **Events.** Point events after `date` are left out; periods starting after `date` are left
 * out; a period whose `end` is after `date` was still going then and is returned without `end`.
 *
 * **The plan** (`actions`, `meetings`) is not history: the format records no date on which a
 * step was planned, so no action or meeting is left out for its own date (a `due` date after
 * `date` is a deadline still ahead, as an open plan shows it). What had not happened yet is
 * undone: an action `done` after `date` is shown open (without `status` and `done`); a meeting
 * dated after `date` is shown without its `outcome`. Actions about people or ties not there yet
 * lose those ids (and go when about no one is left) and meetings lose them from `invited`, as
 * `removePerson` does. An action that would be shown open although it contacts someone whose
 * consent is (now) `not-allowed` is left out, so the result stays valid.
 *
 * **Now.** On any date that lies wholly after every date in the network, the result is
 * deep-equal to `network`. On the latest date itself it need not be (a tie whose last history
 * entry has that date shows that entry's state), so a time slider takes its stops from
 * `networkDates` and shows `network` itself for "nu" after the last stop. Unchanged parts are shared with the input rather than copied:
 * treat both as immutable. The input is never mutated. Never throws: an invalid `date`
 * returns a shallow copy of `network`; items with an invalid date of their own are kept.
 *
 * @param network - a (valid) network
 * @param date - a fuzzy date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally with `~`
 * @returns a new network object showing the state on `date`
 */
export function networkAt(network: Network, date: string): Network {
  if (!isFuzzyDate(date)) return { ...network };
  const clock = new DateClock(date);
  const later = new Set<string>();
  for (const p of network.people) {
    if (p.id !== network.focus && p.since !== undefined && clock.isLater(p.since)) later.add(p.id);
  }
  const base = withoutPeople(network, later);
  const ties: Tie[] = [];
  const laterTies = new Set<string>();
  for (const tie of base.ties) {
    if (tie.since !== undefined && clock.isLater(tie.since)) laterTies.add(tie.id);
    else ties.push(tieAt(tie, clock));
  }
  const events: LifeEvent[] = [];
  for (const event of base.events) {
    const e = eventAt(event, clock);
    if (e) events.push(e);
  }
  const result: Network = { ...withoutPlanRefs(base, laterTies), people: base.people.map((p) => personAt(p, clock)), ties, events };
  return Object.assign(result, planAt(result, (d) => clock.isLater(d)));
}
