/** `layoutKey`: equal keys give equal layouts; a change the layout reads changes the key. */
import { describe, expect, it } from 'vitest';
import { generateRealisticNetwork } from '@kring/fixtures';
import { computeLayout, layoutKey } from '../src/layout';
import type { Network } from '../src';

const base = generateRealisticNetwork(25, 4);
const person = base.people.find((p) => p.id !== base.focus)!;
const withPerson = (change: Partial<Network['people'][number]>): Network => ({
  ...base,
  people: base.people.map((p) => (p.id === person.id ? { ...p, ...change } : p)),
});

describe('layoutKey', () => {
  it('is the same after a rename, a role or a tie quality, and so is the layout', () => {
    const renamed = withPerson({ name: 'Iemand Anders', role: 'buurman' });
    const requalified: Network = { ...renamed, ties: renamed.ties.map((t, i) => (i === 0 ? { ...t, quality: 'stressful' as const } : t)) };
    expect(layoutKey(requalified)).toBe(layoutKey(base));
    expect(computeLayout(requalified)).toEqual(computeLayout(base));
  });

  it('changes with what the layout reads: circle, sector, ties, hints', () => {
    const key = layoutKey(base);
    expect(layoutKey(withPerson({ closeness: person.closeness === 'inner' ? 'outer' : 'inner' }))).not.toBe(key);
    expect(layoutKey(withPerson({ sector: person.sector === 'family' ? 'friends' : 'family' }))).not.toBe(key);
    expect(layoutKey({ ...base, ties: base.ties.slice(1) })).not.toBe(key);
    expect(layoutKey({ ...base, layout: { [person.id]: { angle: 10, radius: 0.5, pinned: true } } })).not.toBe(key);
  });
});
