/**
 * A controlled host may refuse an edit: it keeps (or passes back) the network it had. Then the
 * edit must not be announced as done, and nothing that does not exist is selected: a
 * screen-reader user would hear "Noor toegevoegd" while Noor is not there, and the host would
 * get `onSelectionChange('p-…')` for a person it never stored. A host that takes the edit later
 * (saves first, then passes the network back) gets the announcement and the selection then.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';
import type { EcogramChange } from '../src/ecogram';
import type { LifelineChange } from '../src/lifeline';

const TODAY = '2025-06-01';

afterEach(cleanup);

/** Every text that is in a live region now (role status / aria-live), inside the component and its popovers. */
function spoken(): string {
  return [...document.querySelectorAll('[role="status"], [aria-live]')].map((el) => el.textContent ?? '').join(' | ');
}

async function addPersonThroughForm(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByRole('textbox', { name: /Naam/ }), name);
  await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
  return { user, dialog };
}

describe('Ecogram: a refused edit', () => {
  it('is not announced and selects no one when the host keeps its network', async () => {
    const onChange = vi.fn<(next: Network, change: EcogramChange) => void>();
    const onSelectionChange = vi.fn<(id: string | null) => void>();
    const { container } = render(<Ecogram network={samirNetwork} onChange={onChange} onSelectionChange={onSelectionChange} today={TODAY} />);
    await addPersonThroughForm('Noor');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [next] = onChange.mock.calls[0]!;
    const noor = next.people.find((p) => p.name === 'Noor');
    expect(noor).toBeDefined();
    // the host did not take it: not drawn, not said, not selected
    expect(container.querySelector(`[data-part="node"][data-id="${noor?.id}"]`)).toBeNull();
    expect(spoken()).not.toMatch(/Noor/);
    const selected = onSelectionChange.mock.calls.map(([id]) => id);
    expect(selected.filter((id) => id !== null && !samirNetwork.people.some((p) => p.id === id))).toEqual([]);
  });

  it('does not announce a removal the host refused', async () => {
    const onChange = vi.fn<(next: Network, change: EcogramChange) => void>();
    const { container } = render(<Ecogram network={samirNetwork} onChange={onChange} today={TODAY} />);
    const user = userEvent.setup();
    const latifa = container.querySelector<SVGGElement>('[data-part="node"][data-id="p-latifa"]');
    if (!latifa) throw new Error('no Latifa');
    act(() => latifa.focus());
    await user.keyboard('{Delete}');
    expect(onChange.mock.calls.at(-1)?.[1].type).toBe('remove-person');
    expect(container.querySelector('[data-part="node"][data-id="p-latifa"]')).not.toBeNull();
    expect(spoken()).not.toMatch(/verwijderd/i);
  });

  it('does not announce an undo the host refused (after an edit it took)', async () => {
    const onChange = vi.fn<(next: Network, change: EcogramChange) => void>();
    /** Takes every change until told to refuse. */
    function Host({ refuse }: { refuse: boolean }) {
      const [network, setNetwork] = useState(samirNetwork);
      return <Ecogram network={network} onChange={(next, change) => { onChange(next, change); if (!refuse) setNetwork(next); }} today={TODAY} />;
    }
    const { container, rerender } = render(<Host refuse={false} />);
    const user = userEvent.setup();
    act(() => container.querySelector<SVGGElement>('[data-part="node"][data-id="p-latifa"]')?.focus());
    await user.keyboard('{Delete}');
    expect(spoken()).toMatch(/Latifa verwijderd/);
    rerender(<Host refuse />);
    await user.click(screen.getByRole('button', { name: /Ongedaan maken/ }));
    expect(onChange.mock.calls.at(-1)?.[1].type).toBe('undo');
    expect(container.querySelector('[data-part="node"][data-id="p-latifa"]')).toBeNull();
    expect(spoken()).not.toMatch(/Ongedaan gemaakt/);
  });

  it('is announced, and the new person selected, once the host passes the edited network back', async () => {
    const onChange = vi.fn<(next: Network, change: EcogramChange) => void>();
    const onSelectionChange = vi.fn<(id: string | null) => void>();
    const view = (network: Network) => <Ecogram network={network} onChange={onChange} onSelectionChange={onSelectionChange} today={TODAY} />;
    const { rerender } = render(view(samirNetwork));
    await addPersonThroughForm('Noor');
    expect(spoken()).not.toMatch(/Noor/);
    // the host saved it and now passes it back (a copy, as from its store)
    const saved = structuredClone(onChange.mock.calls[0]![0]);
    const noor = saved.people.find((p) => p.name === 'Noor');
    rerender(view(saved));
    expect(spoken()).toMatch(/Noor toegevoegd/);
    expect(onSelectionChange).toHaveBeenLastCalledWith(noor?.id);
  });

  it('does not show "… is toegevoegd." in the add form for a refused person, and shows it once the host passes it back', async () => {
    const onChange = vi.fn<(next: Network, change: EcogramChange) => void>();
    const view = (network: Network) => <Ecogram network={network} onChange={onChange} today={TODAY} />;
    const { rerender } = render(view(samirNetwork));
    const { dialog } = await addPersonThroughForm('Noor');
    const status = () => dialog.querySelector('[data-part="form-status"]')?.textContent ?? '';
    expect(status()).not.toMatch(/Noor/);
    rerender(view(structuredClone(onChange.mock.calls[0]![0])));
    expect(status()).toBe('Noor is toegevoegd.');
  });

  it('is announced and selected at once for a host that takes it (uncontrolled too)', async () => {
    const onSelectionChange = vi.fn<(id: string | null) => void>();
    render(<Ecogram defaultNetwork={samirNetwork} onSelectionChange={onSelectionChange} today={TODAY} />);
    await addPersonThroughForm('Noor');
    expect(spoken()).toMatch(/Noor toegevoegd/);
    const id = onSelectionChange.mock.calls.at(-1)?.[0];
    expect(id).toMatch(/\S/);
    expect(id).not.toBeNull();
  });
});

describe('Lifeline: a refused edit', () => {
  async function addEvent(title: string) {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), title);
    await user.type(within(dialog).getByLabelText('Datum'), 'mei 2023');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    return { user, dialog };
  }

  it('is not announced (live region, the form\'s status line) and selects nothing when the host keeps its network', async () => {
    const onChange = vi.fn<(next: Network, change: LifelineChange) => void>();
    const onSelectEvent = vi.fn<(id: string | null) => void>();
    render(<Lifeline network={samirNetwork} onChange={onChange} onSelectionChange={onSelectEvent} today={TODAY} />);
    await addEvent('Rijbewijs gehaald');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![1].type).toBe('add-event');
    expect(spoken()).not.toMatch(/Rijbewijs/);
    const selected = onSelectEvent.mock.calls.map(([id]) => id);
    expect(selected.filter((id) => id !== null && !samirNetwork.events.some((e) => e.id === id))).toEqual([]);
  });

  it('is announced and selected once the host passes the edited network back', async () => {
    const onChange = vi.fn<(next: Network, change: LifelineChange) => void>();
    const onSelectEvent = vi.fn<(id: string | null) => void>();
    const view = (network: Network) => <Lifeline network={network} onChange={onChange} onSelectionChange={onSelectEvent} today={TODAY} />;
    const { rerender } = render(view(samirNetwork));
    await addEvent('Rijbewijs gehaald');
    expect(spoken()).not.toMatch(/Rijbewijs/);
    const [next, change] = onChange.mock.calls[0]!;
    rerender(view(structuredClone(next)));
    expect(spoken()).toMatch(/Rijbewijs gehaald/);
    expect(onSelectEvent).toHaveBeenLastCalledWith(change.id);
  });
});
