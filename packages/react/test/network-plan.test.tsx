/**
 * NetworkPlan (issue 15 point 2) through the UI, with Testing Library: the plan grouped by
 * intent, overdue said in words, add / edit / complete / drop / reopen / remove through the
 * buttons and forms (each a core operation and one undo step), the consent rule in the form
 * (refused: disabled and explained; ask-first: a warning), filters, and read-only.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { emptyPlanNetwork, planViewNetwork, planViewToday } from '@kring/fixtures';
import { NetworkPlan, type PlanChange } from '../src/plan';

afterEach(() => cleanup());
vi.setConfig({ testTimeout: 30_000 });

const TODAY = planViewToday;

function Host({ initial, onChange }: { initial: Network; onChange?: (n: Network, c: PlanChange) => void }) {
  const [network, setNetwork] = useState(initial);
  return (
    <NetworkPlan
      network={network}
      today={TODAY}
      onChange={(next, change) => {
        setNetwork(next);
        onChange?.(next, change);
      }}
    />
  );
}

const row = (step: string) => screen.getByRole('heading', { name: step }).closest('li') as HTMLElement;
const sectionTitles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('NetworkPlan: the plan grouped by intent', () => {
  it('shows open actions in sections by intent, empty sections hidden, a tie as "Samir – Latifa", owners by name or as written', () => {
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Netwerkplan' })).toBeInTheDocument();
    expect(sectionTitles()).toEqual([
      'Opnieuw betrekken (1 actie)', 'Versterken en behouden (1 actie)', 'Begrenzen (1 actie)', 'Samenkomen, vragen en informeren (2 acties)',
    ]);
    const cooking = row('Samen met Latifa koken op zondag');
    expect(within(cooking).getByText('Samir – Latifa')).toBeInTheDocument();
    expect(within(cooking).getByText('Latifa')).toBeInTheDocument();
    expect(within(cooking).getByText('september 2024')).toBeInTheDocument();
    expect(within(cooking).getByText('Versterken')).toBeInTheDocument();
    expect(within(row('Afspraken over contact met vader vastleggen')).getByText('cliënt')).toBeInTheDocument();
    expect(screen.getByText('5 open, 3 te laat, 1 gedaan, 1 vervallen')).toBeInTheDocument();
  });

  it('marks overdue actions with words and an icon, and lists them first in their section', () => {
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} />);
    const limit = row('Afspraken over contact met vader vastleggen');
    expect(within(limit).getByText('Te laat — was juni 2024')).toBeInTheDocument();
    expect(limit.querySelector('[data-part="plan-overdue"] svg[aria-hidden="true"]')).not.toBeNull();
    const contact = screen.getByRole('heading', { name: /^Samenkomen, vragen en informeren/ }).closest('section') as HTMLElement;
    const steps = within(contact).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(steps).toEqual(['Jan vertellen over de nieuwe woning', 'Fatima vragen of ze bij de steungroep wil']);
    expect(within(row('Jan vertellen over de nieuwe woning')).getByText('Te laat — was 31 juli 2024')).toBeInTheDocument();
    expect(within(row('Fatima vragen of ze bij de steungroep wil')).queryByText(/Te laat/)).toBeNull();
  });

  it('an empty plan says so and offers "Actie toevoegen"', () => {
    render(<NetworkPlan defaultNetwork={emptyPlanNetwork} today={TODAY} />);
    expect(screen.getByText('Er staan nog geen acties in het plan.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actie toevoegen' })).toBeEnabled();
    expect(screen.queryByRole('group', { name: 'Welke acties' })).toBeNull();
  });

  it('read-only: the plan without any button', () => {
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} readOnly />);
    expect(screen.queryByRole('button', { name: 'Actie toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Gedaan/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeInTheDocument();
  });

  it('speaks English', () => {
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} locale="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Network plan' })).toBeInTheDocument();
    expect(screen.getByText('Overdue — was June 2024')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add action' })).toBeInTheDocument();
  });
});

describe('NetworkPlan: editing through the UI', () => {
  it('adds an action with the form; announced, handed to the host, undone with one step', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={emptyPlanNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Actie toevoegen' });
    expect(within(form).getByRole('combobox', { name: 'Doel' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'meet');
    await user.click(within(form).getByRole('checkbox', { name: 'Latifa' }));
    await user.type(within(form).getByRole('textbox', { name: /^Stap/ }), 'Koffie drinken met Latifa');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Wie doet het' }), 'begeleider');
    await user.type(within(form).getByRole('textbox', { name: /^Wanneer klaar/ }), '2024-09-01');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const [next, change] = onChange.mock.calls[0] as [Network, PlanChange];
    expect(change).toMatchObject({ type: 'add-action', message: 'Actie toegevoegd: Koffie drinken met Latifa' });
    expect(next.actions).toEqual([{ id: 'a-1', about: ['p-latifa'], intent: 'meet', step: 'Koffie drinken met Latifa', owner: 'begeleider', due: '2024-09-01' }]);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Koffie drinken met Latifa' })).toHaveFocus();
    expect(await screen.findByText('Actie toegevoegd: Koffie drinken met Latifa')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByText('Er staan nog geen acties in het plan.')).toBeInTheDocument();
    expect(onChange.mock.calls[1]?.[1]).toMatchObject({ type: 'undo' });
  });

  it('the form asks for whom and what before it submits', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={emptyPlanNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Actie toevoegen' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Kies over wie de actie gaat.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Jan de Vries' }));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Actie toevoegen' }));
    expect(screen.getByText('Schrijf op wat er moet gebeuren.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Stap/ })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('completes an action with the date asked (default today), then reopens it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={planViewNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Gedaan: Jan vertellen over de nieuwe woning' }));
    const date = screen.getByRole('textbox', { name: /^Wanneer gedaan/ });
    expect(date).toHaveFocus();
    expect(date).toHaveValue(TODAY);
    await user.clear(date);
    await user.type(date, '30-7-2024');
    await user.click(screen.getByRole('button', { name: 'Opslaan als gedaan' }));
    const [next, change] = onChange.mock.calls[0] as [Network, PlanChange];
    expect(change).toMatchObject({ type: 'complete-action', id: 'a-6' });
    expect(next.actions?.find((a) => a.id === 'a-6')).toMatchObject({ status: 'done', done: '2024-07-30' });
    expect(screen.queryByRole('heading', { name: 'Jan vertellen over de nieuwe woning' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Netwerkplan' })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: 'Gedaan en vervallen' }));
    const done = row('Jan vertellen over de nieuwe woning');
    expect(within(done).getByText('Gedaan op 30 juli 2024')).toBeInTheDocument();
    expect(within(done).queryByText(/Te laat/)).toBeNull();
    await user.click(within(done).getByRole('button', { name: 'Weer openen: Jan vertellen over de nieuwe woning' }));
    expect(onChange.mock.calls[1]?.[1]).toMatchObject({ type: 'reopen-action', id: 'a-6' });
    const reopened = (onChange.mock.calls[1]?.[0] as Network).actions?.find((a) => a.id === 'a-6');
    expect(reopened?.status).toBeUndefined();
    expect(reopened?.done).toBeUndefined();
  });

  it('drops an action ("Laat vallen"): it leaves the open list and shows as "Vervallen" under all', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={planViewNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Laat vallen: Samen met Latifa koken op zondag' }));
    expect(onChange.mock.calls[0]?.[1]).toMatchObject({ type: 'drop-action', id: 'a-5' });
    expect(screen.queryByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Alles' }));
    expect(within(row('Samen met Latifa koken op zondag')).getByText('Vervallen')).toBeInTheDocument();
  });

  it('edits an action in place', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={planViewNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Wijzigen: Samen met Latifa koken op zondag' }));
    const form = screen.getByRole('form', { name: 'Actie wijzigen' });
    expect(within(form).getByRole('checkbox', { name: 'Samir – Latifa' })).toBeChecked();
    const step = within(form).getByRole('textbox', { name: /^Stap/ });
    await user.clear(step);
    await user.type(step, 'Samen met Latifa koken op zaterdag');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Wie doet het' }), 'Nog niemand');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    const [next, change] = onChange.mock.calls[0] as [Network, PlanChange];
    expect(change).toMatchObject({ type: 'update-action', id: 'a-5', message: 'Actie gewijzigd: Samen met Latifa koken op zaterdag' });
    expect(next.actions?.find((a) => a.id === 'a-5')).toEqual({ id: 'a-5', about: ['t-1'], intent: 'strengthen', step: 'Samen met Latifa koken op zaterdag', due: '2024-09' });
    expect(screen.getByRole('heading', { name: 'Samen met Latifa koken op zaterdag' })).toHaveFocus();
  });

  it('removes an action, with an undo right there', async () => {
    const user = userEvent.setup();
    render(<Host initial={planViewNetwork} />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Samen met Latifa koken op zondag' }));
    expect(screen.queryByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeNull();
    expect(screen.getByText('Actie verwijderd: Samen met Latifa koken op zondag.')).toBeInTheDocument();
    const notice = screen.getByText('Actie verwijderd: Samen met Latifa koken op zondag.').parentElement as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeInTheDocument();
  });

  it('Ctrl+Z undoes the last step', async () => {
    const user = userEvent.setup();
    render(<Host initial={planViewNetwork} />);
    await user.click(screen.getByRole('button', { name: 'Laat vallen: Samen met Latifa koken op zondag' }));
    expect(screen.queryByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('heading', { name: 'Samen met Latifa koken op zondag' })).toBeInTheDocument();
  });
});

describe('NetworkPlan: consent in the form', () => {
  it('someone who refused contact cannot be chosen for a contacting intent, and the form says why', async () => {
    const user = userEvent.setup();
    render(<Host initial={planViewNetwork} />);
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Actie toevoegen' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'reactivate');
    const youssef = within(form).getByRole('checkbox', { name: 'Youssef' });
    expect(youssef).toBeDisabled();
    expect(youssef).toHaveAccessibleDescription('Youssef wil geen contact: alleen bij ‘Begrenzen’ of ‘Behouden’.');
    expect(within(form).getByRole('checkbox', { name: 'Samir – Youssef' })).toBeDisabled();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'limit');
    expect(within(form).getByRole('checkbox', { name: 'Youssef' })).toBeEnabled();
  });

  it('a refused person chosen already (an edit, another intent) blocks the submit, with the reason linked to the list', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={planViewNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Wijzigen: Afspraken over contact met vader vastleggen' }));
    const form = screen.getByRole('form', { name: 'Actie wijzigen' });
    expect(within(form).getByRole('checkbox', { name: 'Samir – Youssef' })).toBeChecked();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'meet');
    const reason = 'Youssef wil geen contact: kies ‘Begrenzen’ of ‘Behouden’, of iemand anders.';
    expect(within(form).getByRole('alert')).toHaveTextContent(reason);
    expect(within(form).getByRole('group', { name: 'Over wie' })).toHaveAccessibleDescription(reason);
    expect(within(form).getByRole('button', { name: 'Opslaan' })).toHaveAccessibleDescription(reason);
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(onChange).not.toHaveBeenCalled();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Doel' }), 'maintain');
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('ask-first is a warning that names the client and does not block', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={emptyPlanNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Actie toevoegen' });
    await user.click(within(form).getByRole('checkbox', { name: 'Fatima' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Vraag Samir eerst of contact met Fatima goed is.');
    expect(within(form).getByRole('group', { name: 'Over wie' })).toHaveAccessibleDescription('Vraag Samir eerst of contact met Fatima goed is.');
    await user.type(within(form).getByRole('textbox', { name: /^Stap/ }), 'Fatima een kaart sturen');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('the search narrows the list and keeps what is chosen', async () => {
    const user = userEvent.setup();
    render(<Host initial={emptyPlanNetwork} />);
    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Actie toevoegen' });
    await user.click(within(form).getByRole('checkbox', { name: 'Jan de Vries' }));
    await user.type(within(form).getByRole('searchbox', { name: 'Zoek een naam' }), 'lati');
    const names = within(form).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent);
    expect(names).toEqual(['Latifa', 'Jan de Vries', 'Samir – Latifa']);
  });
});

describe('NetworkPlan: a refused edit', () => {
  it('reopening a step with someone who has since refused contact is refused by core, and the row says why', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    // Youssef refused contact after a meeting with him was done: the done step is a record, reopening it is not allowed.
    const network: Network = { ...planViewNetwork, actions: [{ id: 'a-9', about: ['p-vader'], intent: 'meet', step: 'Koffie met vader', status: 'done', done: '2024-03' }] };
    render(<Host initial={network} onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'Alles' }));
    await user.click(screen.getByRole('button', { name: 'Weer openen: Koffie met vader' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(within(row('Koffie met vader')).getByRole('alert')).toHaveTextContent('Youssef wil geen contact: kies ‘Begrenzen’ of ‘Behouden’, of iemand anders.');
    expect(within(row('Koffie met vader')).getByText('Gedaan op maart 2024')).toBeInTheDocument();
  });
});

describe('NetworkPlan: filters', () => {
  it('open / done / all, by owner and by person; a controlled host keeps the filter', async () => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} onFilterChange={onFilterChange} />);
    await user.click(screen.getByRole('radio', { name: 'Gedaan en vervallen' }));
    expect(sectionTitles()).toEqual(['Versterken en behouden (1 actie)', 'Nieuw opbouwen (1 actie)']);
    expect(onFilterChange).toHaveBeenLastCalledWith({ status: 'done' });
    await user.click(screen.getByRole('radio', { name: 'Alles' }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(7);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wie doet het' }), 'Jan de Vries');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Latifa bellen over de steungroep']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wie doet het' }), 'Iedereen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Over wie' }), 'Fatima');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Samen met Samir een kaart aan Fatima sturen', 'Fatima vragen of ze bij de steungroep wil']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wie doet het' }), 'Jan de Vries');
    expect(screen.getByText('Geen acties die bij deze keuze passen.')).toBeInTheDocument();
  });

  it('a controlled filter is the host\'s', () => {
    render(<NetworkPlan defaultNetwork={planViewNetwork} today={TODAY} filter={{ status: 'done', owner: 'p-jan' }} />);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Latifa bellen over de steungroep']);
  });
});
