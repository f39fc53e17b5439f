import { describe, expect, it } from 'vitest';
import { planNetwork, samirNetwork } from '@kring/fixtures';
import { actionStatus, parseNetwork, serializeNetwork, validateNetwork, type Network } from '../src';
import { errorsOf, expectWellFormed, pairs } from './bad-input-helpers';

const plan = (): Network => structuredClone(planNetwork);

describe('actions[] and meetings[]: reading', () => {
  it('the plan fixture is valid; ask-first gives a warning at the about entry', () => {
    expect(validateNetwork(planNetwork)).toEqual([]);
    const result = parseNetwork(serializeNetwork(planNetwork));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expectWellFormed(result.warnings);
    expect(pairs(result.warnings)).toEqual([['consent-ask-first', 'actions[2].about[0]'], ['consent-ask-first', 'actions[2].about[1]']]);
    expect(result.network).toEqual(planNetwork);
    expect(serializeNetwork(result.network)).toBe(serializeNetwork(planNetwork));
  });

  it('absent lists stay absent (not normalised), and status is not filled in', () => {
    const result = parseNetwork(samirNetwork);
    expect(result.ok && 'actions' in result.network).toBe(false);
    expect(result.ok && 'meetings' in result.network).toBe(false);
    expect(actionStatus({})).toBe('open');
    expect(actionStatus(planNetwork.actions![0]!)).toBe('done');
  });

  it('contacting a not-allowed person is consent-refused at the about entry; limit and maintain are not', () => {
    const n = plan();
    n.actions!.push({ id: 'a-5', about: ['o-kloof', 'p-vader'], intent: 'ask', step: 'Vader vragen' });
    n.actions!.push({ id: 'a-6', about: ['t-2'], intent: 'restore', step: 'Contact herstellen' });
    n.actions!.push({ id: 'a-7', about: ['p-vader'], intent: 'maintain', step: 'Zo laten' });
    const errors = errorsOf(n);
    expect(pairs(errors)).toEqual([['consent-refused', 'actions[4].about[1]'], ['consent-refused', 'actions[5].about[0]']]);
    expect(pairs(validateNetwork(n))).toEqual(pairs(errors));
  });

  it('inviting a not-allowed person is consent-refused at the invited entry', () => {
    const n = plan();
    n.meetings![1]!.invited.push('p-vader');
    expect(pairs(errorsOf(n))).toEqual([['consent-refused', 'meetings[1].invited[2]']]);
  });

  it('references resolve: about (people or ties), owner, invited, group; ids share one space', () => {
    const n = plan();
    n.actions![0]!.about = ['g-steun', 'nobody', 't-1'];
    n.actions![1]!.owner = 'e-1';
    n.meetings![0]!.invited = ['t-1'];
    n.meetings![0]!.group = 'p-jan';
    n.meetings![1]!.id = 'a-1';
    expect(pairs(errorsOf(n))).toEqual([
      ['duplicate-id', 'meetings[1].id'],
      ['dangling-reference', 'actions[0].about[0]'],
      ['dangling-reference', 'actions[0].about[1]'],
      ['dangling-reference', 'actions[1].owner'],
      ['dangling-reference', 'meetings[0].invited[0]'],
      ['dangling-reference', 'meetings[0].group'],
    ]);
  });

  it('reports every broken field with its path: types, enums, dates, required, empty about', () => {
    const input = JSON.parse(serializeNetwork(planNetwork)) as Record<string, unknown[]>;
    input.actions = [
      { id: 'a-1', about: [], intent: 'call', step: 3, due: '2024-13', status: 'later' },
      { about: ['p-latifa'], intent: 'ask' },
      'nonsense',
    ];
    input.meetings = [{ id: 'm-1', title: ' ', date: 'soon', kind: 'party', invited: 'p-jan', outcome: 7 }];
    expect(pairs(errorsOf(input))).toEqual([
      ['invalid-value', 'actions[0].about'],
      ['invalid-value', 'actions[0].intent'],
      ['wrong-type', 'actions[0].step'],
      ['invalid-date', 'actions[0].due'],
      ['invalid-value', 'actions[0].status'],
      ['required', 'actions[1].id'],
      ['required', 'actions[1].step'],
      ['wrong-type', 'actions[2]'],
      ['required', 'meetings[0].title'],
      ['invalid-date', 'meetings[0].date'],
      ['invalid-value', 'meetings[0].kind'],
      ['wrong-type', 'meetings[0].invited'],
      ['wrong-type', 'meetings[0].outcome'],
    ]);
  });

  it('an owner in free text is fine; an owner that is a person id resolves', () => {
    const n = plan();
    n.actions![0]!.owner = 'de buurman';
    expect(validateNetwork(n)).toEqual([]);
  });

  it('lenient mode leaves out what breaks one item, with warnings, and gives a valid network', () => {
    const n = plan() as unknown as Record<string, unknown[]>;
    (n.actions as Record<string, unknown>[]).push(
      { id: 'a-5', about: ['p-vader'], intent: 'ask', step: 'x' },
      { id: 'a-6', about: ['nobody', 'p-latifa'], intent: 'ask', step: 'y', owner: 'g-steun' },
      { id: 'a-7', about: ['nobody'], intent: 'ask', step: 'z' },
    );
    (n.meetings as Record<string, unknown>[])[1]!.invited = ['p-vader', 'p-jan'];
    (n.meetings as Record<string, unknown>[])[1]!.group = 'nope';
    const result = parseNetwork(n, { mode: 'lenient' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expectWellFormed(result.warnings);
    expect(validateNetwork(result.network)).toEqual([]);
    expect(result.network.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-6']);
    expect(result.network.actions![4]).toEqual({ id: 'a-6', about: ['p-latifa'], intent: 'ask', step: 'y' });
    expect(result.network.meetings![1]).toEqual({ id: 'm-2', title: 'Basisteam', date: '2024-09', kind: 'base-team', invited: ['p-jan'] });
  });

  it('lenient mode: an action about a tie that was left out goes too', () => {
    const n = plan();
    n.ties.push({ id: 't-9', between: ['p-samir', 'p-samir'] });
    n.actions!.push({ id: 'a-9', about: ['t-9'], intent: 'build', step: 'x' });
    const result = parseNetwork(n, { mode: 'lenient' });
    expect(result.ok && result.network.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
    expect(result.ok && validateNetwork(result.network)).toEqual([]);
  });
});
