import { describe, expect, it } from 'vitest';
import { fatimaNetwork } from '@kring/fixtures';
import { filterNetwork, isFilterActive, spotlightOf, NO_FILTER } from '../src/view/map/filters';
import { toggleIn } from '../src/ecogram/FilterPanel';
import { SECTORS } from '@kring/core';

const before = JSON.stringify(fatimaNetwork);
const ids = (n: { people: { id: string }[] }) => n.people.map((p) => p.id).sort();

describe('filterNetwork (pure; the network is never changed)', () => {
  it('shows everything without a filter and returns the same network object', () => {
    const r = filterNetwork(fatimaNetwork, NO_FILTER);
    expect(r.network).toBe(fatimaNetwork);
    expect(r).toMatchObject({ visible: 15, total: 15, active: false, visibleTies: 17, totalTies: 17 });
    expect(isFilterActive({ sectors: [...SECTORS] })).toBe(false);
  });

  it('filters by sector and circle; the client always stays and is not counted', () => {
    const r = filterNetwork(fatimaNetwork, { sectors: ['family'] });
    expect(ids(r.network)).toEqual(['p-broer', 'p-fatima', 'p-moeder', 'p-nadia', 'p-poes']);
    expect(r).toMatchObject({ visible: 4, total: 15, active: true });
    // ties only between people still shown
    expect(r.network.ties.map((t) => t.id).sort()).toEqual(['t-broer', 't-moeder', 't-moeder-broer', 't-nadia', 't-poes']);
    const inner = filterNetwork(fatimaNetwork, { closeness: ['inner'] });
    expect(ids(inner.network)).toEqual(['p-fatima', 'p-moeder', 'p-sanne']);
    expect(filterNetwork(fatimaNetwork, { sectors: [] }).visible).toBe(0);
  });

  it('uses the layout placement when given (a person dragged to another cell)', () => {
    const r = filterNetwork(fatimaNetwork, { sectors: ['friends'] }, (id) => (id === 'p-moeder' ? { sector: 'friends', closeness: 'inner' } : undefined));
    expect(ids(r.network)).toContain('p-moeder');
  });

  it('filters formal and informal by the effective formality (an informal volunteer in "work")', () => {
    const formal = filterNetwork(fatimaNetwork, { formality: ['formal'] });
    expect(ids(formal.network)).toEqual(['p-fatima', 'p-ggz', 'p-huisarts', 'p-jan']);
    const informal = filterNetwork(fatimaNetwork, { formality: ['informal'] });
    expect(ids(informal.network)).toContain('p-wim');
  });

  it('only ties with the client, and hiding faded/broken/ended ties, hide ties but keep the people', () => {
    const client = filterNetwork(fatimaNetwork, { clientTiesOnly: true });
    expect(client.visible).toBe(15);
    expect(client.network.ties.some((t) => !t.between.includes('p-fatima'))).toBe(false);
    expect(client.visibleTies).toBe(15);
    const active = filterNetwork(fatimaNetwork, { hideInactive: true });
    expect(active.network.ties.find((t) => t.id === 't-lotte')).toBeUndefined();
    expect(active.network.ties.find((t) => t.id === 't-glenn')).toBeDefined(); // potential stays
    expect(ids(active.network)).toContain('p-lotte');
  });

  it('never mutates the host network', () => {
    filterNetwork(fatimaNetwork, { sectors: ['care'], hideInactive: true, clientTiesOnly: true });
    expect(JSON.stringify(fatimaNetwork)).toBe(before);
  });

  it('toggleIn: unchecking one of "all" keeps the rest; checking the last one goes back to all', () => {
    const every = ['a', 'b', 'c'] as const;
    const one = toggleIn(undefined, 'b', every);
    expect(one).toEqual(['a', 'c']);
    expect(toggleIn(one, 'b', every)).toBeUndefined();
  });
});

describe('spotlightOf', () => {
  it('lights the person, their ties and the people at the other end', () => {
    const s = spotlightOf(fatimaNetwork, 'p-moeder');
    expect([...(s?.ties ?? [])].sort()).toEqual(['t-moeder', 't-moeder-broer']);
    expect([...(s?.people ?? [])].sort()).toEqual(['p-broer', 'p-fatima', 'p-moeder']);
    expect(spotlightOf(fatimaNetwork, 'nobody')).toBeNull();
  });
});
