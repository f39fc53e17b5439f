/**
 * Property tests: what `updateTie` records in a tie's `history` reads back through
 * `networkAt` as the state the tie was in on each day (FORMAT.md: an entry
 * `{ date, status, … }` is the state from that date on; the top-level fields are now).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  QUALITIES, STRENGTHS, TIE_STATUSES, type Network, type Tie, type TieHistoryEntry,
} from '../src';
import { compareFuzzyDates, fuzzyDateEnd, fuzzyDateStart } from '../src/dates';
import { updateTie, type OperationResult, type TiePatch } from '../src/operations';
import { validateNetwork } from '../src/parse';
import { networkAt } from '../src/time';

const PROPERTY_TIMEOUT = 120_000;
const RUNS = 1000;

const KEYS = ['status', 'strength', 'quality'] as const;
type Key = (typeof KEYS)[number];
/** A tie's state: the fields that are set. */
type State = Partial<Record<Key, string>>;
const VALUES: Record<Key, readonly string[]> = { status: TIE_STATUSES, strength: STRENGTHS, quality: QUALITIES };

const DAY_MS = 86_400_000;
/** Day ordinals (days since 1970-01-01) of 2000-01-01 and 2030-12-31. */
const FIRST_DAY = fuzzyDateStart('2000-01-01');
const LAST_DAY = fuzzyDateStart('2030-12-31');

/** A day ordinal as an exact date `YYYY-MM-DD`. */
const exact = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A fuzzy date around a day: the day itself, its month or its year, maybe with `~`. */
const fuzzyAround = (day: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(4, 7, 10), fc.boolean()).map(([length, approx]) => (approx ? '~' : '') + exact(day).slice(0, length));

const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** A value for one state field; `undefined` (left out) only when `missing` allows it. */
const valueArb = (key: Key, missing: boolean): fc.Arbitrary<string | undefined> =>
  missing ? fc.option(fc.constantFrom(...VALUES[key]), { nil: undefined }) : fc.constantFrom(...VALUES[key]);

const stateArb = (missing: boolean): fc.Arbitrary<State> =>
  fc.record({ status: valueArb('status', missing), strength: valueArb('strength', missing), quality: valueArb('quality', missing) })
    .map((s) => clean(s));

/** A change of one field: keep it, set a value, or (when `removals`) remove it. */
type FieldChange = { kind: 'keep' } | { kind: 'set'; value: string } | { kind: 'remove' };
const fieldChangeArb = (key: Key, removals: boolean): fc.Arbitrary<FieldChange> =>
  fc.oneof(
    fc.constant({ kind: 'keep' as const }),
    fc.constantFrom(...VALUES[key]).map((value) => ({ kind: 'set' as const, value })),
    ...(removals ? [fc.constant({ kind: 'remove' as const })] : []),
  );
const changeArb = (removals: boolean) =>
  fc.record({
    status: fieldChangeArb('status', removals),
    strength: fieldChangeArb('strength', removals),
    quality: fieldChangeArb('quality', removals),
    note: fc.option(fc.constantFrom('ruzie', 'weer contact', 'verhuisd'), { nil: undefined }),
  });
type Change = typeof changeArb extends (removals: boolean) => fc.Arbitrary<infer C> ? C : never;

function clean<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

function networkWith(tie: Tie): Network {
  return {
    format: 'kring.network', version: 1, id: 'net', focus: 'p-a',
    people: [{ id: 'p-a', name: 'Anouk', kind: 'person' }, { id: 'p-b', name: 'Kees', kind: 'person' }],
    ties: [tie], groups: [], events: [],
  };
}

function ok(result: OperationResult): Network {
  if (!result.ok) throw new Error(`updateTie refused: ${JSON.stringify(result.errors)}`);
  return result.network;
}

const stateOf = (tie: Tie | undefined): State =>
  clean({ status: tie?.status, strength: tie?.strength, quality: tie?.quality });

function patchFor(change: Change): TiePatch {
  const patch: Record<string, unknown> = {};
  for (const key of KEYS) {
    const c = change[key];
    if (c.kind === 'set') patch[key] = c.value;
    else if (c.kind === 'remove') patch[key] = undefined;
  }
  return patch as TiePatch;
}

function applyChange(state: State, change: Change): State {
  const next: State = { ...state };
  for (const key of KEYS) {
    const c = change[key];
    if (c.kind === 'set') next[key] = c.value;
    else if (c.kind === 'remove') delete next[key];
  }
  return next;
}

const sameState = (a: State, b: State): boolean => KEYS.every((key) => a[key] === b[key]);

/** A scenario: a tie without history, then changes at strictly increasing exact days. */
const scenarioArb = (opts: { missing: boolean; removals: boolean }) =>
  fc
    .record({
      initial: stateArb(opts.missing),
      days: fc.uniqueArray(dayArb, { minLength: 1, maxLength: 8 }).map((ds) => [...ds].sort((a, b) => a - b)),
      // Some day, or one near the first change (mostly before it).
      since: fc.option(
        fc.oneof(dayArb.map((day) => ({ day })), fc.integer({ min: -400, max: 30 }).map((offset) => ({ offset }))),
        { nil: undefined },
      ),
      queries: fc.array(dayArb, { maxLength: 10 }),
    })
    .chain((s) =>
      fc.record({
        initial: fc.constant(s.initial),
        days: fc.constant(s.days),
        queries: fc.constant(s.queries),
        since: s.since === undefined ? fc.constant(undefined) : fuzzyAround('day' in s.since ? s.since.day : (s.days[0] as number) + s.since.offset),
        changes: fc.array(changeArb(opts.removals), { minLength: s.days.length, maxLength: s.days.length }),
      }),
    );
type Scenario = typeof scenarioArb extends (o: never) => fc.Arbitrary<infer S> ? S : never;

interface Run {
  /** `states[0]` is the initial state, `states[i]` the state after the change on `days[i - 1]`. */
  states: State[];
  networks: Network[];
  /** The history the changes should have left, by FORMAT.md's reading. */
  expectedHistory: TieHistoryEntry[];
  /** The last day of the period of the latest-ending history entry (`networkAt` shows the current network after it). */
  historyEnd: number | undefined;
}

function run(s: Scenario): Run {
  const tie = clean({ id: 't-1', between: ['p-a', 'p-b'] as [string, string], ...s.initial, since: s.since }) as Tie;
  let network = networkWith(tie);
  expect(validateNetwork(network)).toEqual([]);
  const states: State[] = [s.initial];
  const networks: Network[] = [network];
  const expectedHistory: TieHistoryEntry[] = [];
  s.days.forEach((day, i) => {
    const change = s.changes[i] as Change;
    const date = exact(day);
    const before = states[states.length - 1] as State;
    const after = applyChange(before, change);
    network = ok(updateTie(network, 't-1', patchFor(change), clean({ date, note: change.note })));
    if (!sameState(before, after)) {
      if (expectedHistory.length === 0 && Object.keys(before).length > 0) {
        const from = s.since !== undefined && fuzzyDateStart(s.since) <= day ? s.since : date;
        expectedHistory.push({ date: from, ...before } as TieHistoryEntry);
      }
      expectedHistory.push(clean({ date, ...after, note: change.note }) as TieHistoryEntry);
    }
    states.push(after);
    networks.push(network);
  });
  const ends = expectedHistory.map((e) => fuzzyDateEnd(e.date));
  return { states, networks, expectedHistory, historyEnd: ends.length > 0 ? Math.max(...ends) : undefined };
}

/** Days worth asking about: each change's day and the days around it, the since, random days. */
function queryDays(s: Scenario): number[] {
  const days = new Set<number>(s.queries);
  for (const d of s.days) for (const k of [-1, 0, 1]) days.add(d + k);
  if (s.since !== undefined) {
    for (const k of [-1, 0]) days.add(fuzzyDateStart(s.since) + k);
    for (const k of [0, 1]) days.add(fuzzyDateEnd(s.since) + k);
  }
  const last = s.days[s.days.length - 1] as number;
  days.add(last + 400);
  return [...days];
}

/** Index of the state on `day`: the last change on or before it, 0 before the first. */
function periodOf(s: Scenario, day: number): number {
  let j = 0;
  s.days.forEach((d, i) => {
    if (d <= day) j = i + 1;
  });
  return j;
}

describe('updateTie history read by networkAt', () => {
  it('shows on each day the state set most recently on or before it, and the current network after the last change', () => {
    fc.assert(
      fc.property(scenarioArb({ missing: false, removals: false }), (s) => {
        const { states, networks, expectedHistory } = run(s);
        const current = networks[networks.length - 1] as Network;
        expect(current.ties[0]?.history ?? []).toEqual(expectedHistory);
        const last = s.days[s.days.length - 1] as number;
        for (const q of queryDays(s)) {
          const shown = networkAt(current, exact(q));
          const present = s.since === undefined || fuzzyDateStart(s.since) <= q;
          expect(shown.ties.length).toBe(present ? 1 : 0);
          if (!present) continue;
          expect(stateOf(shown.ties[0])).toEqual(states[periodOf(s, q)]);
          if (q >= last) expect(shown).toEqual(current);
        }
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it('with fields missing or removed, shows every set field exactly and the rest as the format reads them', () => {
    fc.assert(
      fc.property(scenarioArb({ missing: true, removals: true }), (s) => {
        const { states, networks, expectedHistory, historyEnd } = run(s);
        const current = networks[networks.length - 1] as Network;
        expect(current.ties[0]?.history).toEqual(expectedHistory.length > 0 ? expectedHistory : undefined);
        for (const q of queryDays(s)) {
          const shown = networkAt(current, exact(q));
          const present = s.since === undefined || fuzzyDateStart(s.since) <= q;
          expect(shown.ties.length).toBe(present ? 1 : 0);
          if (!present) continue;
          if (historyEnd === undefined || q > historyEnd) {
            // After the whole history: the current network, unchanged.
            expect(shown).toEqual(current);
            continue;
          }
          const j = periodOf(s, q);
          const expected: State = {};
          for (const key of KEYS) {
            // A set field reads back exactly. A field left out of an entry reads as unchanged
            // (FORMAT.md has no "no status"), so a missing one shows the latest earlier value,
            // else (nothing earlier known) the first later one.
            const earlier = states.slice(0, j + 1).reverse().find((st) => st[key] !== undefined);
            const later = states.slice(j + 1).find((st) => st[key] !== undefined);
            const value = (earlier ?? later)?.[key];
            if (value !== undefined) expected[key] = value;
          }
          expect(stateOf(shown.ties[0])).toEqual(expected);
          for (const key of KEYS) if (states[j]?.[key] !== undefined) expect(shown.ties[0]?.[key]).toBe(states[j]?.[key]);
        }
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  /** A valid hand-written history (fuzzy dates, oldest first) that need not end in the current state. */
  const handWrittenArb = fc
    .record({
      current: stateArb(true),
      entries: fc.array(fc.tuple(dayArb, stateArb(true)), { maxLength: 4 }),
      precision: fc.array(fc.constantFrom(4, 7, 10), { minLength: 4, maxLength: 4 }),
      since: fc.option(dayArb.chain(fuzzyAround), { nil: undefined }),
      change: changeArb(true),
      gap: fc.integer({ min: 0, max: 800 }),
      queries: fc.array(dayArb, { maxLength: 10 }),
    })
    .map((r) => {
      const history = r.entries
        .map(([day, st], i) => ({ date: exact(day).slice(0, r.precision[i]), ...st }) as TieHistoryEntry)
        .sort((a, b) => compareFuzzyDates(a.date, b.date));
      const lastStart = history.length > 0 ? fuzzyDateStart((history[history.length - 1] as TieHistoryEntry).date) : FIRST_DAY;
      const sinceStart = r.since === undefined ? FIRST_DAY : fuzzyDateStart(r.since);
      return { ...r, history, changeDay: Math.max(lastStart, sinceStart) + r.gap };
    });

  it('leaves what networkAt shows before the change as it was, also after a hand-written history', () => {
    fc.assert(
      fc.property(handWrittenArb, (r) => {
        const tie = clean({
          id: 't-1', between: ['p-a', 'p-b'] as [string, string], ...r.current,
          history: r.history.length > 0 ? r.history : undefined,
          since: r.since,
        }) as Tie;
        const old = networkWith(tie);
        expect(validateNetwork(old)).toEqual([]);
        const date = exact(r.changeDay);
        const next = ok(updateTie(old, 't-1', patchFor(r.change), clean({ date, note: r.change.note })));
        const now = stateOf(next.ties[0]);
        const recorded = !sameState(stateOf(tie), now);
        const days = new Set<number>([...r.queries, r.changeDay - 1, r.changeDay, r.changeDay + 1, r.changeDay + 400]);
        for (const e of next.ties[0]?.history ?? []) for (const d of [fuzzyDateStart(e.date) - 1, fuzzyDateStart(e.date), fuzzyDateEnd(e.date), fuzzyDateEnd(e.date) + 1]) days.add(d);
        for (const q of days) {
          const before = networkAt(old, exact(q)).ties[0];
          const after = networkAt(next, exact(q)).ties[0];
          expect(after === undefined).toBe(before === undefined);
          if (!before || !after) continue;
          if (q < r.changeDay) {
            // The past is unchanged for every field it showed (a field it did not show may now
            // show as first recorded: the format's reading when nothing earlier is known).
            for (const key of KEYS) if (before[key] !== undefined) expect(after[key]).toBe(before[key]);
          } else if (recorded) {
            // From the change's day on: its new state, exactly for every field that is set.
            for (const key of KEYS) if (now[key] !== undefined) expect(after[key]).toBe(now[key]);
            // After the whole history: the current state, also for removed fields.
            const ends = (next.ties[0]?.history ?? []).map((e) => fuzzyDateEnd(e.date));
            if (q > Math.max(...ends)) expect(after).toEqual(next.ties[0]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
