import { describe, expect, it } from 'vitest';
import { planNetwork } from '@kring/fixtures';
import {
  addAction, addMeeting, completeAction, createHistory, dropAction, removeAction, removeGroup, removeMeeting, removePerson,
  removeTie, updateAction, updateMeeting, updatePerson, validateNetwork, type Network, type OperationResult,
} from '../src';
import { pairs } from './bad-input-helpers';

function ok(result: OperationResult): Network {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(validateNetwork(result.network)).toEqual([]);
  return result.network;
}

const bare: Network = { format: 'kring.network', version: 1, focus: 'p-1', people: [{ id: 'p-1', name: 'A', kind: 'person' }], ties: [], groups: [], events: [] };

describe('actions', () => {
  it('addAction creates the list, gives the next free a-<n>, and never mutates the input', () => {
    const before = structuredClone(bare);
    const result = addAction(bare, { about: ['p-1'], intent: 'ask', step: 'Vragen wie er helpt' });
    expect(result.ok && result.id).toBe('a-1');
    expect(ok(result).actions).toEqual([{ id: 'a-1', about: ['p-1'], intent: 'ask', step: 'Vragen wie er helpt' }]);
    expect(bare).toEqual(before);
    const again = addAction(planNetwork, { about: ['p-jan'], intent: 'inform', step: 'x' });
    expect(again.ok && again.id).toBe('a-5');
  });

  it('refuses contacting a not-allowed person (consent-refused at the about entry); limit is fine', () => {
    const refused = addAction(planNetwork, { about: ['p-latifa', 'p-vader'], intent: 'ask', step: 'x' });
    expect(!refused.ok && pairs(refused.errors)).toEqual([['consent-refused', 'actions[4].about[1]']]);
    ok(addAction(planNetwork, { about: ['p-vader'], intent: 'limit', step: 'Grenzen afspreken' }));
    const dangling = addAction(planNetwork, { about: ['g-steun'], intent: 'ask', step: 'x', owner: 'e-1' });
    expect(!dangling.ok && pairs(dangling.errors)).toEqual([['dangling-reference', 'actions[4].about[0]'], ['dangling-reference', 'actions[4].owner']]);
  });

  it('updateAction patches and removes keys; the id cannot change; unknown id is not-found', () => {
    const n = ok(updateAction(planNetwork, 'a-3', { owner: undefined, due: '2024-08' }));
    const { owner: _o, ...rest } = planNetwork.actions![2]!;
    expect(n.actions![2]).toEqual({ ...rest, due: '2024-08' });
    expect(updateAction(planNetwork, 'a-3', {})).toEqual({ ok: true, network: planNetwork });
    const moved = updateAction(planNetwork, 'a-3', { id: 'a-9' } as never);
    expect(!moved.ok && pairs(moved.errors)).toEqual([['invalid-value', 'actions[2].id']]);
    const missing = updateAction(planNetwork, 'nope', { step: 'x' });
    expect(!missing.ok && pairs(missing.errors)).toEqual([['not-found', 'actions']]);
    const none = updateAction(bare, 'a-1', {});
    expect(!none.ok && pairs(none.errors)).toEqual([['not-found', 'actions']]);
  });

  it('completeAction sets status done and the done date; dropAction sets dropped and clears done', () => {
    const done = ok(completeAction(planNetwork, 'a-3', { date: '2024-07-02' }));
    expect(done.actions![2]).toMatchObject({ status: 'done', done: '2024-07-02' });
    const today = ok(completeAction(planNetwork, 'a-2'));
    expect(today.actions![1]!.done).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const bad = completeAction(planNetwork, 'a-2', { date: 'gisteren' });
    expect(!bad.ok && pairs(bad.errors)).toEqual([['invalid-date', 'actions[1].done']]);
    const dropped = ok(dropAction(planNetwork, 'a-1'));
    expect(dropped.actions![0]!.status).toBe('dropped');
    expect('done' in dropped.actions![0]!).toBe(false);
    expect(completeAction(planNetwork, 'x').ok).toBe(false);
    expect(dropAction(planNetwork, 'x').ok).toBe(false);
  });

  it('removeAction leaves [] after the last; undo through the history restores', () => {
    const history = createHistory<Network>(planNetwork);
    let n = planNetwork;
    for (const id of ['a-1', 'a-2', 'a-3', 'a-4']) {
      n = ok(removeAction(n, id));
      history.push(n);
    }
    expect(n.actions).toEqual([]);
    for (let i = 0; i < 4; i++) history.undo();
    expect(history.state.present).toBe(planNetwork);
  });

  it('consent: withdrawing consent is refused while an open step contacts the person, allowed once it is dropped; done steps stay as records', () => {
    const refused = updatePerson(planNetwork, 'p-latifa', { consent: 'not-allowed' });
    expect(!refused.ok && pairs(refused.errors)).toEqual([['consent-refused', 'meetings[0].invited[1]'], ['consent-refused', 'meetings[1].invited[0]']]);
    let n = ok(removeMeeting(ok(removeMeeting(planNetwork, 'm-1')), 'm-2'));
    n = ok(updatePerson(n, 'p-latifa', { consent: 'not-allowed' })); // a-1 is done: a record
    const reopen = updateAction(n, 'a-1', { status: 'open' });
    expect(!reopen.ok && pairs(reopen.errors)).toEqual([['consent-refused', 'actions[0].about[0]']]);
  });
});

describe('meetings', () => {
  it('add, update (outcome), remove; inviting a not-allowed person is refused', () => {
    const added = addMeeting(planNetwork, { title: 'Meedenken', date: '2024-10', kind: 'network-meeting', invited: ['p-jan'], group: 'g-steun' });
    expect(added.ok && added.id).toBe('m-3');
    const refused = addMeeting(planNetwork, { title: 'x', date: '2024', kind: 'other', invited: ['p-jan', 'p-vader'] });
    expect(!refused.ok && pairs(refused.errors)).toEqual([['consent-refused', 'meetings[2].invited[1]']]);
    const bad = addMeeting(planNetwork, { title: 'x', date: '2024', kind: 'other', invited: [], group: 'p-jan' });
    expect(!bad.ok && pairs(bad.errors)).toEqual([['dangling-reference', 'meetings[2].group']]);
    const n = ok(updateMeeting(planNetwork, 'm-2', { outcome: 'Plan bijgesteld' }));
    expect(n.meetings![1]!.outcome).toBe('Plan bijgesteld');
    expect(ok(removeMeeting(planNetwork, 'm-1')).meetings!.map((m) => m.id)).toEqual(['m-2']);
    expect(removeMeeting(planNetwork, 'nope').ok).toBe(false);
    expect(ok(addMeeting(bare, { title: 'x', date: '2024', kind: 'other', invited: ['p-1'] })).meetings).toHaveLength(1);
  });
});

describe('removing what the plan points at (the cascade)', () => {
  it('removePerson: about loses them (an action about no one else goes), owner goes, invited loses them; their ties go from about too', () => {
    const n = ok(removePerson(planNetwork, 'p-tante'));
    // a-3 was about p-tante and t-3 (her tie): about no one left, so it went.
    expect(n.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-4']);
    const m = ok(removePerson(planNetwork, 'p-jan'));
    expect('owner' in m.actions![0]!).toBe(false);
    expect(m.meetings!.map((x) => x.invited)).toEqual([['p-samir', 'p-latifa'], ['p-latifa']]);
  });

  it('removeTie: actions about it lose it, and go when about nothing else', () => {
    const n = ok(removeTie(planNetwork, 't-3'));
    expect(n.actions![2]!.about).toEqual(['p-tante']);
    const m = ok(removeTie(planNetwork, 't-2'));
    expect(m.actions!.map((a) => a.id)).toEqual(['a-1', 'a-3', 'a-4']);
  });

  it('removeGroup: meetings of the group lose their group and stay', () => {
    const n = ok(removeGroup(planNetwork, 'g-steun'));
    expect(n.meetings).toHaveLength(2);
    expect('group' in n.meetings![0]!).toBe(false);
  });

  it('a network without a plan is unchanged in shape by the cascade', () => {
    const n = ok(removePerson({ ...bare, people: [...bare.people, { id: 'p-2', name: 'B', kind: 'person' }] }, 'p-2'));
    expect('actions' in n).toBe(false);
    expect('meetings' in n).toBe(false);
  });
});

describe('shareUnchanged and the plan', () => {
  it('borrows unchanged actions and meetings from the previous version', async () => {
    const { shareUnchanged } = await import('../src');
    const next = ok(updateMeeting(planNetwork, 'm-2', { outcome: 'x' }));
    const shared = shareUnchanged(planNetwork, structuredClone(next));
    expect(shared).toEqual(next);
    expect(shared.actions).toBe(planNetwork.actions);
    expect(shared.meetings![0]).toBe(planNetwork.meetings![0]);
    expect(shareUnchanged(planNetwork, structuredClone(planNetwork))).toBe(planNetwork);
  });
});
