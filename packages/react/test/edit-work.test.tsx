/**
 * What an edit costs the map (issue 16: edits at 300 people): work derived from what the edit
 * did not touch is not done again. A rename keeps the layout (core's `layoutKey`) and the ties,
 * so the marks moved along the ties (tieMarks.ts) are not placed again; a person who becomes
 * formal (drawn square, reaching further) does redo them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { updatePerson, type Network } from '@kring/core';
import { fatimaNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';

const calls = vi.hoisted(() => ({ marks: 0 }));
vi.mock('../src/view/map/tieMarks', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/view/map/tieMarks')>();
  return {
    ...real,
    tieMarkPlaces: (...args: Parameters<typeof real.tieMarkPlaces>) => {
      calls.marks++;
      return real.tieMarkPlaces(...args);
    },
  };
});

afterEach(cleanup);

const TODAY = '2025-06-01';

describe('an edit redoes only what it changed', () => {
  it('a rename does not place the tie marks again; making someone formal does', () => {
    const network: Network = fatimaNetwork;
    const someone = network.people.find((p) => p.id !== network.focus && (p.formality ?? 'informal') === 'informal' && p.sector !== 'care')!;
    const view = render(<Ecogram network={network} onChange={() => {}} today={TODAY} />);
    const afterMount = calls.marks;
    expect(afterMount).toBeGreaterThan(0);
    const edit = (n: Network, patch: Parameters<typeof updatePerson>[2]): Network => {
      const r = updatePerson(n, someone.id, patch);
      if (!r.ok) throw new Error('edit refused');
      return r.network;
    };
    const renamed = edit(network, { name: `${someone.name} Jansen` });
    view.rerender(<Ecogram network={renamed} onChange={() => {}} today={TODAY} />);
    expect(view.container.textContent).toContain(`${someone.name} Jansen`);
    expect(calls.marks).toBe(afterMount);
    const formal = edit(renamed, { formality: 'formal' });
    view.rerender(<Ecogram network={formal} onChange={() => {}} today={TODAY} />);
    expect(calls.marks).toBeGreaterThan(afterMount);
  }, 60_000);
});
