import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leak, namedNetwork, networkForbiddenWords, planNetwork } from '@kring/fixtures';
import { redactNetwork, redactNetworkWithIds, validateNetwork } from '../src';
import { planNetworkArbitrary } from './plan-arbitrary';

describe('redactNetwork: the network plan', () => {
  it('initials: step, owner, title and outcome scrubbed, notes gone, references rewritten', () => {
    const { network: r, ids } = redactNetworkWithIds(planNetwork, 'initials');
    expect(validateNetwork(r)).toEqual([]);
    expect(r.actions![0]).toEqual({ id: 'a1', about: [ids.get('p-latifa')], intent: 'strengthen', step: 'L. bellen over de steungroep', owner: ids.get('p-jan'), due: '2024-05-01', status: 'done', done: '2024-04-20' });
    expect(r.actions![1]!.owner).toBe('cliënt');
    expect(r.actions![2]!.step).toBe('Samen met S. een kaart aan F. sturen');
    expect(r.actions![2]).not.toHaveProperty('note');
    expect(r.actions![2]!.about).toEqual([ids.get('p-tante'), ids.get('t-3')]);
    expect(r.meetings![0]).toEqual({
      id: 'm1', title: 'Meedenkbijeenkomst met L.', date: '2024-05-15', kind: 'network-meeting',
      invited: ['p-samir', 'p-latifa', 'p-jan'].map((id) => ids.get(id)), group: ids.get('g-steun'), outcome: 'L. belt S. elke zondag.',
    });
    expect(ids.get('a-3')).toBe('a3');
    expect(ids.get('m-2')).toBe('m2');
  });

  it('role: names in plan texts become roles', () => {
    const r = redactNetwork(planNetwork, 'role');
    expect(validateNetwork(r)).toEqual([]);
    expect(r.actions![0]!.step).toBe('zus bellen over de steungroep');
    expect(r.meetings![0]!.outcome).toBe('zus belt S. elke zondag.');
  });

  it('a network without a plan gets none; a free-text owner that would read as an opaque id is left out', () => {
    const { actions: _a, meetings: _m, ...bare } = planNetwork;
    const r = redactNetwork(bare, 'initials');
    expect('actions' in r || 'meetings' in r).toBe(false);
    const odd = { ...planNetwork, actions: [{ ...planNetwork.actions![1]!, owner: 't7' }] };
    expect(validateNetwork(odd)).toEqual([]);
    expect(redactNetwork(odd, 'initials').actions![0]).not.toHaveProperty('owner');
  });

  it('the oracle network has names in every plan text before redaction (the property test can fail)', () => {
    const n = namedNetwork({ size: 6, seed: 3, names: [[0, 0, true], [1, 1, false]], mentions: [[1, 0, 0]] });
    const words = networkForbiddenWords(n);
    expect(n.actions!.length).toBeGreaterThan(0);
    expect(n.meetings!.length).toBeGreaterThan(0);
    for (const a of n.actions!) expect(leak(a.step, words)).toBeDefined();
    expect(leak(n.actions![0]!.owner!, words)).toBeDefined();
    expect(leak(n.actions![0]!.note!, words)).toBeDefined();
    for (const m of n.meetings!) expect(leak(m.title, words)).toBeDefined();
    expect(validateNetwork({ ...n })).toEqual([]);
  });

  it('property: a valid network with a plan gives a valid redacted copy, in both modes, deterministic', () => {
    fc.assert(
      fc.property(planNetworkArbitrary(), fc.constantFrom('initials' as const, 'role' as const), (n, mode) => {
        const r = redactNetwork(n, mode);
        expect(validateNetwork(r)).toEqual([]);
        expect(r.actions?.length).toBe(n.actions?.length);
        expect(r.meetings?.length).toBe(n.meetings?.length);
        expect(redactNetwork(n, mode)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
