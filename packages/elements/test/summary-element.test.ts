import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { defineKringElements, KringSummaryElement, type KringSinceChangeEvent } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

async function mount(attributes: Record<string, string> = {}, setup?: (el: KringSummaryElement) => void): Promise<KringSummaryElement> {
  const el = document.createElement('kring-summary');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  await act(async () => document.body.append(el));
  return el;
}

const shadow = (el: HTMLElement): HTMLElement => el.shadowRoot as unknown as HTMLElement;

describe('<kring-summary>', () => {
  it('is registered with the others; defining again does not throw', () => {
    expect(customElements.get('kring-summary')).toBe(KringSummaryElement);
    expect(() => defineKringElements()).not.toThrow();
  });

  it('sums up the network from the JSON attribute in its shadow root, in the chosen language', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork), locale: 'en', label: 'Samir in numbers' });
    const root = within(shadow(el));
    await waitFor(() => expect(root.getByRole('heading', { name: 'Samir in numbers' })).toBeInTheDocument());
    expect(root.getAllByRole('table').length).toBeGreaterThan(0);
  });

  it('compares with the since attribute, hides names when redacted, and reports a picked date', async () => {
    const el = await mount({ network: JSON.stringify(marcoNetwork), since: '2016', redacted: 'initials' }, );
    const root = within(shadow(el));
    const picker = await root.findByRole('combobox', { name: 'Vergelijk met' });
    expect(picker).toHaveValue('2016');
    expect(root.getByRole('region', { name: 'Wat is er veranderd?' })).toBeInTheDocument();
    for (const person of marcoNetwork.people.filter((p) => p.name.includes(' '))) expect(shadow(el).textContent).not.toContain(person.name);
    const seen: (string | null)[] = [];
    el.addEventListener('kring-since-change', (e) => seen.push((e as KringSinceChangeEvent).detail.since));
    const other = [...(picker as HTMLSelectElement).options].map((o) => o.value).find((v) => v && v !== '2016');
    if (!other) throw new Error('no other date to pick');
    await act(async () => {
      fireEvent.change(picker, { target: { value: other } });
    });
    expect(seen).toEqual([other]);
    expect(el.since).toBe(other);
  });

  it('lists the problems of a bad network instead of throwing', async () => {
    const el = await mount({ network: '{"format":"kring.network","version":1,"focus":"p-x","people":[]}' });
    const alert = await within(shadow(el)).findByRole('alert');
    expect(alert.textContent).toMatch(/kan niet worden getoond/);
    expect(alert.textContent).toMatch(/focus/);
  });
});
