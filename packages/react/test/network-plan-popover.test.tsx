/**
 * "Actie toevoegen" from the map and the list (issue 15 point 2): the person's and the tie's
 * popover show the ActionForm about them, the action is one step on the map's undo history,
 * and inside a KringLinkProvider the NetworkPlan shows it and undoes it from the same history.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { planViewNetwork, planViewToday } from '@kring/fixtures';
import { Ecogram, type EcogramChange } from '../src/ecogram';
import { KringLinkProvider } from '../src/linked';
import { NetworkPlan } from '../src/plan';

afterEach(() => cleanup());
vi.setConfig({ testTimeout: 60_000 });

function Host({ onChange }: { onChange?: (n: Network, c: EcogramChange | { type: string }) => void }) {
  const [network, setNetwork] = useState(planViewNetwork);
  const change = (next: Network, c: EcogramChange | { type: string }) => {
    setNetwork(next);
    onChange?.(next, c);
  };
  return (
    <KringLinkProvider>
      <section aria-label="kaart">
        <Ecogram network={network} onChange={change} today={planViewToday} defaultView="list" />
      </section>
      <section aria-label="plan">
        <NetworkPlan network={network} onChange={change} today={planViewToday} />
      </section>
    </KringLinkProvider>
  );
}

describe('"Actie toevoegen" in the popover', () => {
  it("a person's popover adds an action about them; the plan shows it; the plan's Undo takes it back", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host onChange={onChange} />);
    const map = screen.getByRole('region', { name: 'kaart' });
    await user.click(within(map).getByRole('button', { name: 'Bewerk Jan de Vries' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jan de Vries bewerken' });
    await user.click(within(dialog).getByRole('button', { name: 'Actie toevoegen' }));
    const form = within(dialog).getByRole('form', { name: 'Actie toevoegen' });
    expect(within(dialog).queryByRole('textbox', { name: /^Naam/ })).toBeNull();
    expect(within(form).getByRole('checkbox', { name: 'Jan de Vries' })).toBeChecked();
    expect(within(form).getByRole('combobox', { name: 'Doel' })).toHaveValue('strengthen');
    await user.type(within(form).getByRole('textbox', { name: /^Stap/ }), 'Jan vragen voor de steungroep');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));
    expect(onChange.mock.calls.at(-1)?.[1]).toMatchObject({ type: 'add-action', id: 'p-jan', message: 'Actie toegevoegd: Jan vragen voor de steungroep' });
    expect(within(dialog).getByRole('button', { name: 'Actie toevoegen' })).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Actie toegevoegd: Jan vragen voor de steungroep');
    await user.keyboard('{Escape}');
    // (While the popover is open, the rest of the page is hidden from assistive technology.)
    const plan = screen.getByRole('region', { name: 'plan' });
    expect(within(plan).getByRole('heading', { name: 'Jan vragen voor de steungroep' })).toBeInTheDocument();
    await user.click(within(plan).getByRole('button', { name: 'Ongedaan maken' }));
    expect(within(plan).queryByRole('heading', { name: 'Jan vragen voor de steungroep' })).toBeNull();
  });

  it("a tie's popover starts from the tie's intent; someone who refused contact starts at 'Begrenzen'", async () => {
    const user = userEvent.setup();
    render(<Host />);
    const map = screen.getByRole('region', { name: 'kaart' });
    await user.click(within(map).getByRole('button', { name: 'Bewerk band Samir en Fatima' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Actie toevoegen' }));
    let form = within(dialog).getByRole('form', { name: 'Actie toevoegen' });
    expect(within(form).getByRole('checkbox', { name: 'Samir – Fatima' })).toBeChecked();
    expect(within(form).getByRole('combobox', { name: 'Doel' })).toHaveValue('reactivate');
    expect(within(form).getByRole('status')).toHaveTextContent('Vraag Samir eerst of contact met Fatima goed is.');
    await user.click(within(form).getByRole('button', { name: 'Annuleren' }));
    expect(within(dialog).getByRole('button', { name: 'Actie toevoegen' })).toHaveFocus();
    await user.keyboard('{Escape}');

    await user.click(within(map).getByRole('button', { name: 'Bewerk Youssef' }));
    dialog = await screen.findByRole('dialog', { name: 'Youssef bewerken' });
    await user.click(within(dialog).getByRole('button', { name: 'Actie toevoegen' }));
    form = within(dialog).getByRole('form', { name: 'Actie toevoegen' });
    expect(within(form).getByRole('combobox', { name: 'Doel' })).toHaveValue('limit');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'ask');
    expect(within(form).getByRole('alert')).toHaveTextContent('Youssef wil geen contact: kies ‘Begrenzen’ of ‘Behouden’, of iemand anders.');
  });
});
