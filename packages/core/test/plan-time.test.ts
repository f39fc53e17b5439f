import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planNetwork } from '@kring/fixtures';
import { completeAction, diffNetworks, dropAction, networkAt, networkDates, removeAction, updateMeeting, validateNetwork, addMeeting, type Network, type OperationResult } from '../src';
import { planNetworkArbitrary } from './plan-arbitrary';

function ok(result: OperationResult): Network {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.network;
}

describe('networkAt and the plan', () => {
  it('keeps every plan item (not history); a step done later is shown open; a meeting later has no outcome yet', () => {
    const then = networkAt(planNetwork, '2024-03');
    expect(validateNetwork(then)).toEqual([]);
    // The aunt (since 2024-02) is there; nothing is left out for its due date.
    expect(then.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
    const { status: _s, done: _d, ...open } = planNetwork.actions![0]!;
    expect(then.actions![0]).toEqual(open);
    expect(then.actions![3]).toBe(planNetwork.actions![3]); // dropped: no date, kept as it is
    expect(then.meetings![0]).not.toHaveProperty('outcome');
    expect(then.meetings![1]).toBe(planNetwork.meetings![1]);
    const after = networkAt(planNetwork, '2024-04-25');
    expect(after.actions![0]).toBe(planNetwork.actions![0]);
  });

  it('items about people or ties not there yet lose them (and go when about no one is left)', () => {
    const early = networkAt(planNetwork, '2023');
    expect(validateNetwork(early)).toEqual([]);
    // a-3 is about the aunt and her tie, both since 2024-02.
    expect(early.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-4']);
  });

  it('a step done later that contacts someone now not-allowed is left out, so the result stays valid', () => {
    const n: Network = {
      ...planNetwork,
      people: planNetwork.people.map((p) => (p.id === 'p-latifa' ? { ...p, consent: 'not-allowed' } : p)),
      meetings: [],
    };
    expect(validateNetwork(n)).toEqual([]);
    const then = networkAt(n, '2024-01');
    expect(validateNetwork(then)).toEqual([]);
    expect(then.actions!.map((a) => a.id)).toEqual(['a-2', 'a-4']); // a-3: the aunt was not there yet
  });

  it('networkDates holds done dates and meeting dates, not due dates; after the last the network is itself', () => {
    const dates = networkDates(planNetwork);
    expect(dates).toContain('2024-04-20');
    expect(dates).toContain('2024-05-15');
    expect(dates).not.toContain('2024-07');
    expect(networkAt(planNetwork, '2030')).toEqual(planNetwork);
  });

  it('property: on any date the result is valid; after every date it equals the network', () => {
    fc.assert(
      fc.property(planNetworkArbitrary({ readableIds: true }), fc.integer({ min: 1900, max: 2100 }), (n, year) => {
        expect(validateNetwork(networkAt(n, String(year)))).toEqual([]);
        expect(networkAt(n, '9999')).toEqual(n);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('diffNetworks and the plan', () => {
  it('reports actions added, removed, done, dropped, reopened and meetings added, removed, held', () => {
    let b = ok(completeAction(planNetwork, 'a-3', { date: '2024-08' }));
    b = ok(dropAction(b, 'a-2'));
    b = ok(removeAction(b, 'a-4'));
    b = ok(updateMeeting(b, 'm-2', { outcome: 'Plan bijgesteld' }));
    b = ok(addMeeting(b, { title: 'Nieuw', date: '2025', kind: 'other', invited: [] }));
    const changes = diffNetworks(planNetwork, b);
    expect(changes).toEqual([
      { kind: 'action-removed', actionId: 'a-4' },
      { kind: 'action-dropped', actionId: 'a-2', from: 'open', to: 'dropped' },
      { kind: 'action-done', actionId: 'a-3', from: 'open', to: 'done' },
      { kind: 'meeting-added', meetingId: 'm-3' },
      { kind: 'meeting-held', meetingId: 'm-2' },
    ]);
    expect(diffNetworks(b, planNetwork)).toContainEqual({ kind: 'action-reopened', actionId: 'a-3', from: 'done', to: 'open' });
    expect(diffNetworks(planNetwork, planNetwork)).toEqual([]);
  });

  it('looking back: what was done since a date', () => {
    const changes = diffNetworks(networkAt(planNetwork, '2024-03'), planNetwork);
    expect(changes.filter((c) => c.kind.startsWith('action') || c.kind.startsWith('meeting'))).toEqual([
      { kind: 'action-done', actionId: 'a-1', from: 'open', to: 'done' },
      { kind: 'meeting-held', meetingId: 'm-1' },
    ]);
  });
});
