/**
 * `changeTieStatus`: a status change with its "since when" date written to the tie's
 * `history` (FORMAT.md: an entry `{ date, status }` is the state from that date on), and
 * `tieStatusChangeKind`: which changes ask that question. Unit and property tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIE_STATUSES, type Network, type Tie, type TieStatus } from '../src';
import { fuzzyDateStart } from '../src/dates';
import { changeTieStatus, tieStatusChangeKind, type OperationResult } from '../src/operations';
import { createHistory } from '../src/history';
import { validateNetwork } from '../src/parse';
import { networkAt } from '../src/time';

function networkWith(tie: Tie): Network {
  return {
    format: 'kring.network', version: 1, id: 'net', focus: 'p-a',
    people: [{ id: 'p-a', name: 'Anouk', kind: 'person' }, { id: 'p-b', name: 'Kees', kind: 'person' }],
    ties: [tie], groups: [], events: [],
  };
}

function ok(result: OperationResult): Network {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.network;
}

const statusOn = (n: Network, date: string): TieStatus | undefined => networkAt(n, date).ties[0]?.status;

describe('tieStatusChangeKind', () => {
  it('asks "since when" for faded, broken, ended and restored, and for nothing else', () => {
    expect(tieStatusChangeKind('active', 'faded')).toBe('faded');
    expect(tieStatusChangeKind('active', 'broken')).toBe('broken');
    expect(tieStatusChangeKind(undefined, 'ended')).toBe('ended');
    expect(tieStatusChangeKind('faded', 'broken')).toBe('broken');
    expect(tieStatusChangeKind('broken', 'active')).toBe('restored');
    expect(tieStatusChangeKind('faded', 'active')).toBe('restored');
    expect(tieStatusChangeKind('ended', 'active')).toBe('restored');
    expect(tieStatusChangeKind('active', 'active')).toBeNull();
    expect(tieStatusChangeKind(undefined, 'active')).toBeNull();
    expect(tieStatusChangeKind('potential', 'active')).toBeNull();
    expect(tieStatusChangeKind('active', 'potential')).toBeNull();
    expect(tieStatusChangeKind('broken', undefined)).toBeNull();
  });
});

describe('changeTieStatus', () => {
  const tie: Tie = { id: 't-1', between: ['p-a', 'p-b'], status: 'active', strength: 'strong', since: '2010' };

  it('writes the state before and the new status with its "since when" date to the history', () => {
    const before = networkWith(tie);
    const after = ok(changeTieStatus(before, 't-1', 'broken', { date: '2019-05', note: 'ruzie' }));
    expect(after.ties[0]).toEqual({
      ...tie,
      status: 'broken',
      history: [
        { date: '2010', status: 'active', strength: 'strong' },
        { date: '2019-05', status: 'broken', strength: 'strong', note: 'ruzie' },
      ],
    });
    expect(before.ties[0]).toEqual(tie); // input untouched
    expect(statusOn(after, '2019-04-30')).toBe('active');
    expect(statusOn(after, '2019-05-01')).toBe('broken');
    expect(validateNetwork(after)).toEqual([]);
  });

  it('restores a broken tie: the broken period stays in the history', () => {
    const broken = ok(changeTieStatus(networkWith(tie), 't-1', 'broken', { date: '2019' }));
    const restored = ok(changeTieStatus(broken, 't-1', 'active', { date: '2024-03' }));
    expect(restored.ties[0]?.status).toBe('active');
    expect(restored.ties[0]?.history).toEqual([
      { date: '2010', status: 'active', strength: 'strong' },
      { date: '2019', status: 'broken', strength: 'strong' },
      { date: '2024-03', status: 'active', strength: 'strong' },
    ]);
    expect(statusOn(restored, '2015')).toBe('active');
    expect(statusOn(restored, '2020-06')).toBe('broken');
    expect(statusOn(restored, '2024-04')).toBe('active');
  });

  it('is undone through the history mechanism', () => {
    const start = networkWith(tie);
    const history = createHistory(start);
    history.push(ok(changeTieStatus(start, 't-1', 'faded', { date: '2023' })));
    expect(history.present.ties[0]?.status).toBe('faded');
    expect(history.undo()).toBe(start);
    expect(history.redo().ties[0]?.history).toHaveLength(2);
  });

  it('changes nothing for the same status, and refuses bad input with a path instead of throwing', () => {
    const n = networkWith(tie);
    expect(changeTieStatus(n, 't-1', 'active', { date: '2019' })).toEqual({ ok: true, network: n });
    const unknown = changeTieStatus(n, 't-9', 'broken');
    expect(unknown.ok ? [] : unknown.errors.map((e) => [e.code, e.path])).toEqual([['not-found', 'ties']]);
    const badDate = changeTieStatus(n, 't-1', 'broken', { date: 'gisteren' });
    expect(badDate.ok).toBe(false);
    expect(badDate.ok ? '' : badDate.errors[0]?.path).toMatch(/^ties\[0\]\.history\[\d\]\.date$/);
    const early = ok(changeTieStatus(n, 't-1', 'broken', { date: '2019' }));
    const tooEarly = changeTieStatus(early, 't-1', 'active', { date: '2015' });
    expect(tooEarly.ok ? '' : tooEarly.errors[0]?.code).toBe('history-order');
    expect(changeTieStatus(null as unknown as Network, 't-1', 'broken').ok).toBe(false);
    expect(changeTieStatus(n, 't-1', 'gone' as TieStatus).ok).toBe(false);
  });

  it('defaults the date to today', () => {
    const today = new Date().toISOString().slice(0, 10);
    const after = ok(changeTieStatus(networkWith({ ...tie, since: undefined } as Tie), 't-1', 'ended'));
    expect(after.ties[0]?.history?.at(-1)).toEqual({ date: today, status: 'ended', strength: 'strong' });
  });
});

describe('changeTieStatus (properties)', () => {
  const DAY_MS = 86_400_000;
  const exact = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const first = fuzzyDateStart('2000-01-01');
  const last = fuzzyDateStart('2030-12-31');
  const statusArb = fc.constantFrom(...TIE_STATUSES);

  it('a chain of dated status changes reads back through networkAt, and undo gives every earlier network back', () => {
    fc.assert(
      fc.property(
        fc.option(statusArb, { nil: undefined }),
        fc.array(fc.tuple(fc.integer({ min: first, max: last }), statusArb), { minLength: 1, maxLength: 6 }),
        (initial, steps) => {
          const ordered = [...steps].sort((a, b) => a[0] - b[0]);
          const start = networkWith(initial ? { id: 't-1', between: ['p-a', 'p-b'], status: initial } : { id: 't-1', between: ['p-a', 'p-b'] });
          const history = createHistory(start);
          const seen: Network[] = [start];
          let expected = initial;
          const changes: [number, TieStatus][] = [];
          for (const [day, status] of ordered) {
            const result = changeTieStatus(history.present, 't-1', status, { date: exact(day) });
            const next = ok(result);
            expect(validateNetwork(next)).toEqual([]);
            expect(next.ties[0]?.status).toBe(status);
            if (status !== expected) {
              expect(next.ties[0]?.history?.at(-1)).toEqual({ date: exact(day), status });
              changes.push([day, status]);
              history.push(next);
              seen.push(next);
            } else {
              expect(next).toBe(history.present);
            }
            expected = status;
          }
          const now = history.present;
          // On each change's day the new status shows, the day before it the one before
          // (unless another change fell on that same day).
          changes.forEach(([day, status], i) => {
            const sameDayLater = changes.slice(i + 1).some(([d]) => d === day);
            if (!sameDayLater) expect(statusOn(now, exact(day))).toBe(status);
            const prev = changes[i - 1];
            if (prev && prev[0] < day - 1) expect(statusOn(now, exact(day - 1))).toBe(prev[1]);
          });
          for (let i = seen.length - 2; i >= 0; i--) expect(history.undo()).toBe(seen[i]);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
