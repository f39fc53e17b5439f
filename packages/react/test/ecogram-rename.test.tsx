/**
 * One edit on a drawn map: what a caseworker sees change after renaming someone (issue 16:
 * an edit re-places and re-describes only what it touched).
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { updatePerson, type Network } from '@kring/core';
import { fatimaNetwork, generateNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';

afterEach(cleanup);

const TODAY = '2025-06-01';
const rename = (network: Network, id: string, name: string): Network => {
  const result = updatePerson(network, id, { name });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.network;
};
const labelAt = (c: HTMLElement, id: string) => {
  const l = c.querySelector(`[data-part="node-label"][data-id="${id}"]`);
  return l ? `${l.getAttribute('x')},${l.getAttribute('y')},${l.getAttribute('data-side')}` : null;
};

describe('renaming someone on the map', () => {
  it('shows and says the new name, on the person and on their ties; everyone else keeps their name where it was', () => {
    const network = fatimaNetwork;
    const id = 'p-moeder';
    const { container, rerender } = render(<Ecogram network={network} today={TODAY} />);
    const others = network.people.filter((p) => p.id !== id).map((p) => p.id);
    const before = new Map(others.map((o) => [o, labelAt(container, o)]));
    expect([...before.values()].filter((b) => b !== null).length).toBe(others.length);
    const tieNames = () => new Map([...container.querySelectorAll('[data-part="tie"]')].map((t) => [t.getAttribute('data-id'), t.getAttribute('aria-label') ?? '']));
    const tiesBefore = tieNames();
    const next = rename(network, id, 'Amina El Amrani');
    rerender(<Ecogram network={next} today={TODAY} />);
    const node = container.querySelector(`[data-part="node"][data-id="${id}"]`)!;
    expect(node.getAttribute('aria-label')).toContain('Amina El Amrani');
    expect(container.querySelector(`[data-part="node-label"][data-id="${id}"]`)?.textContent).toContain('Amina El Amrani');
    for (const o of others) expect(labelAt(container, o), o).toBe(before.get(o));
    const tiesAfter = tieNames();
    for (const tie of next.ties) {
      const name = tiesAfter.get(tie.id)!;
      if (tie.between.includes(id)) {
        expect(name).toContain('Amina El Amrani');
        expect(name).not.toBe(tiesBefore.get(tie.id));
      } else expect(name).toBe(tiesBefore.get(tie.id));
    }
  });

  it('on a map of more than 150 people, the first rename (drawn in slices) and the next both reach the map; no one else moves', () => {
    const network = generateNetwork(200, 3);
    const { container, rerender } = render(<Ecogram network={network} today={TODAY} />);
    const [a, b] = network.people.filter((p) => p.id !== network.focus);
    const others = network.people.filter((p) => p.id !== a!.id && p.id !== b!.id).map((p) => p.id);
    const before = new Map(others.map((o) => [o, labelAt(container, o)]));
    const once = rename(network, a!.id, 'Aaron Aalders');
    rerender(<Ecogram network={once} today={TODAY} />);
    expect(container.querySelector(`[data-part="node"][data-id="${a!.id}"]`)?.getAttribute('aria-label')).toContain('Aaron Aalders');
    const twice = rename(once, b!.id, 'Bea Bakker');
    rerender(<Ecogram network={twice} today={TODAY} />);
    expect(container.querySelector(`[data-part="node"][data-id="${b!.id}"]`)?.getAttribute('aria-label')).toContain('Bea Bakker');
    expect(container.querySelector(`[data-part="node"][data-id="${a!.id}"]`)?.getAttribute('aria-label')).toContain('Aaron Aalders');
    for (const o of others) expect(labelAt(container, o), o).toBe(before.get(o));
  });

  it('on a crowded map, keeps every number on the map and in the key, and they agree', () => {
    const network = generateNetwork(120, 4);
    const { container, rerender } = render(<Ecogram network={network} today={TODAY} />);
    const numbersNow = () => new Map([...container.querySelectorAll('[data-part="print-key"] li')].map((li) => [li.getAttribute('data-id'), li.getAttribute('value')]));
    const before = numbersNow();
    const first = network.people.find((p) => p.id !== network.focus)!;
    const next = rename(network, first.id, 'Aaron Aalders');
    rerender(<Ecogram network={next} today={TODAY} />);
    // every number drawn on the map is the number the key gives that person
    const key = new Map([...container.querySelectorAll('[data-part="print-key"] li')].map((li) => [li.getAttribute('data-id'), li.getAttribute('value')]));
    const numbers = [...container.querySelectorAll('[data-part="node-number"]')];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      const id = n.closest('[data-id]')?.getAttribute('data-id') ?? n.getAttribute('data-id');
      expect(key.get(id!), id!).toBe(n.textContent?.trim());
    }
    // a rename changes no number (numbers follow places, not names)
    for (const [id, number] of key) if (id !== first.id && before.has(id)) expect(number, id!).toBe(before.get(id));
    const names = [...container.querySelectorAll('[data-part="print-key"] li')].map((li) => li.textContent ?? '');
    expect(names.some((t) => t.includes('Aaron Aalders'))).toBe(true);
  });
});
