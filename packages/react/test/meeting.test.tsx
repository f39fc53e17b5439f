/**
 * MeetingPlanner (issue 15 point 4): the invitation list leaves out who may not be contacted
 * (shown to the caseworker with the reason), flags who to ask first, saves a valid meeting,
 * records the outcome and the actions agreed (consent checked), and prints a list that never
 * names the people left out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateNetwork, type Network } from '@kring/core';
import { meetingNetwork, meetingToday, planNetwork } from '@kring/fixtures';
import { InvitationSheet, MeetingPlanner, type MeetingChange } from '../src/meeting';
import { MEETING_BUNDLES } from '../src/meeting/messages';
import { textFor } from '../src/i18n';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(props: Partial<Parameters<typeof MeetingPlanner>[0]> = {}) {
  const onChange = vi.fn<(next: Network, change: MeetingChange) => void>();
  const user = userEvent.setup();
  const view = render(<MeetingPlanner defaultNetwork={meetingNetwork} today={meetingToday} onChange={onChange} {...props} />);
  const last = () => onChange.mock.calls.at(-1)!;
  return { onChange, user, view, last };
}

const invitees = () => within(screen.getByRole('group', { name: /^Uitnodigen/ })).getAllByRole('listitem').filter((li) => li.closest('[data-part="meeting-invitees"]'));
const sheetText = (container: HTMLElement) => container.querySelector('[data-part="invitation-sheet"]')!.textContent ?? '';

describe('MeetingPlanner: the invitation list', () => {
  it('from the support group: the refused father is left out, shown apart with the reason; the aunt is flagged', () => {
    setup();
    expect(screen.getByRole('combobox', { name: 'Groep' })).toHaveValue('g-steun');
    const names = invitees().map((li) => li.querySelector('[data-part="meeting-invitee-name"]')!.textContent);
    expect(names).toEqual(['Latifa, zus', 'Fatima, tante', 'Kees, vriend']);
    expect(screen.getByRole('heading', { name: 'Uitnodigen (3)' })).toBeInTheDocument();
    const excluded = screen.getByRole('region', { name: 'Niet uitnodigen (1)' });
    expect(excluded).toHaveTextContent('Youssef');
    expect(excluded).toHaveTextContent('Samir wil niet dat er contact met Youssef wordt opgenomen.');
    expect(excluded).toHaveTextContent('Notitie: Samir wil geen contact na de ruzie in 2019.');
    expect(excluded).toHaveAccessibleDescription(/Alleen voor jou/);
    // Ask first: in words and with a mark (not colour alone).
    const fatima = invitees().find((li) => li.textContent?.includes('Fatima'))!;
    expect(fatima).toHaveTextContent('Eerst aan Samir vragen');
    expect(fatima.querySelector('[data-mark="ask-first"]')).not.toBeNull();
    expect(invitees().find((li) => li.textContent?.includes('Latifa'))).not.toHaveTextContent('Eerst');
  });

  it('from a selection the host passes: the caseworker ticks people on and off; a refused one is still left out', async () => {
    const { user } = setup({ people: ['p-latifa', 'p-vader'] });
    expect(screen.getByRole('radio', { name: 'Zelf mensen kiezen' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Youssef/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Youssef/ })).toHaveAccessibleName('Youssef, vader (Geen contact)');
    expect(invitees().map((li) => li.textContent)).toEqual(['Latifa, zus']);
    await user.click(screen.getByRole('checkbox', { name: /Kees/ }));
    await user.click(screen.getByRole('checkbox', { name: /Latifa/ }));
    expect(invitees().map((li) => li.textContent)).toEqual(['Kees, vriend']);
    expect(screen.getByRole('region', { name: 'Niet uitnodigen (1)' })).toHaveTextContent('Youssef');
  });

  it('in English', () => {
    setup({ locale: 'en' });
    expect(screen.getByRole('heading', { name: 'Plan a network meeting' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Do not invite (1)' })).toHaveTextContent('Samir does not want anyone to contact Youssef.');
    expect(screen.getAllByText('Ask Samir first').length).toBe(1);
  });
});

describe('MeetingPlanner: saving', () => {
  it('writes a valid meeting with core addMeeting: never the refused person, the group kept', async () => {
    const { user, onChange, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst opslaan' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Datum' })).toHaveAccessibleDescription(/Vul een datum in/);
    await user.type(screen.getByRole('textbox', { name: 'Datum' }), '3-12-2024');
    await user.clear(screen.getByRole('textbox', { name: 'Titel' }));
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Steungroep bij elkaar');
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst opslaan' }));
    const [next, change] = last();
    expect(change.type).toBe('add-meeting');
    expect(validateNetwork(next)).toEqual([]);
    const meeting = next.meetings!.find((m) => m.title === 'Steungroep bij elkaar')!;
    expect(meeting).toMatchObject({ date: '2024-12-03', kind: 'network-meeting', group: 'g-steun', invited: ['p-latifa', 'p-tante', 'p-kees'] });
    expect(meeting.invited).not.toContain('p-vader');
    expect(within(screen.getByRole('form', { name: 'Nieuwe bijeenkomst' })).getByText('Steungroep bij elkaar op 3 december 2024 is opgeslagen.')).toBeInTheDocument();
    // Listed as planned now; the form starts afresh, without a "fill in a date" left over.
    expect(screen.getByRole('heading', { name: 'Gepland (2)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Datum' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Datum' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('button', { name: 'Bijeenkomst opslaan' })).toHaveFocus();
  });

  it('changes a planned meeting (updateMeeting) and removes one (removeMeeting), undo brings it back', async () => {
    const { user, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Overleg basisteam op 5 november 2024 wijzigen' }));
    expect(screen.getByRole('heading', { name: 'Bijeenkomst wijzigen: Overleg basisteam' })).toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: /Latifa/ }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(last()[1].type).toBe('update-meeting');
    expect(last()[0].meetings!.find((m) => m.id === 'm-2')).toMatchObject({ invited: ['p-jan', 'p-ria'], group: 'g-basis' });
    await user.click(screen.getByRole('button', { name: 'Overleg basisteam op 5 november 2024 verwijderen' }));
    expect(last()[1].type).toBe('remove-meeting');
    expect(last()[0].meetings!.map((m) => m.id)).toEqual(['m-1']);
    expect(screen.getByRole('heading', { name: 'Bijeenkomsten' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(last()[1].type).toBe('undo');
    expect(last()[0].meetings!.map((m) => m.id)).toEqual(['m-1', 'm-2']);
  });
});

describe('MeetingPlanner: afterwards', () => {
  it('records the outcome and the actions agreed; a contacting action about the refused father is refused with the reason', async () => {
    const { user, last, onChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Afspraken vastleggen: Meedenkbijeenkomst op 12 juni 2024' }));
    const outcome = screen.getByRole('textbox', { name: 'Wat is er afgesproken?' });
    await user.clear(outcome);
    await user.type(outcome, 'Kees belt elke zondag.');
    await user.click(screen.getByRole('button', { name: 'Afspraken opslaan' }));
    expect(last()[0].meetings!.find((m) => m.id === 'm-1')!.outcome).toBe('Kees belt elke zondag.');

    const form = screen.getByRole('form', { name: 'Nieuwe actie' });
    const w = within(form);
    await user.type(w.getByRole('textbox', { name: 'Stap' }), 'Vader uitnodigen');
    await user.selectOptions(w.getByRole('combobox', { name: 'Over wie' }), 'p-vader');
    expect(w.getByRole('combobox', { name: 'Over wie' })).toHaveAccessibleDescription(/Samir wil niet dat er contact met Youssef wordt opgenomen/);
    const calls = onChange.mock.calls.length;
    await user.click(w.getByRole('button', { name: 'Actie toevoegen' }));
    expect(onChange.mock.calls.length).toBe(calls);
    // Limiting contact is not contacting: allowed.
    await user.selectOptions(w.getByRole('combobox', { name: 'Doel' }), 'limit');
    expect(w.getByRole('combobox', { name: 'Over wie' })).not.toHaveAccessibleDescription(/wil niet/);
    await user.selectOptions(w.getByRole('combobox', { name: 'Wie doet het' }), 'begeleider');
    await user.type(w.getByRole('textbox', { name: 'Wanneer klaar' }), '2025-01');
    await user.click(w.getByRole('button', { name: 'Actie toevoegen' }));
    const [next, change] = last();
    expect(change).toMatchObject({ type: 'add-action', meetingId: 'm-1' });
    const action = next.actions!.find((a) => a.id === change.actionId)!;
    expect(action).toMatchObject({ about: ['p-vader'], intent: 'limit', step: 'Vader uitnodigen', owner: 'begeleider', due: '2025-01', extensions: { 'kring.meeting': { meeting: 'm-1' } } });
    expect(validateNetwork(next)).toEqual([]);
    expect(screen.getByText('Acties uit deze bijeenkomst (3)')).toBeInTheDocument();
    expect(within(screen.getByRole('form', { name: 'Nieuwe actie' })).getByText('Actie toegevoegd: Vader uitnodigen')).toBeInTheDocument();
    expect(within(screen.getByRole('form', { name: 'Nieuwe actie' })).getByRole('textbox', { name: 'Stap' })).toHaveValue('');
  });

  it('flags an action about the aunt: ask the client first', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /Afspraken vastleggen: Meedenkbijeenkomst/ }));
    const w = within(screen.getByRole('form', { name: 'Nieuwe actie' }));
    await user.selectOptions(w.getByRole('combobox', { name: 'Over wie' }), 'p-tante');
    expect(w.getByRole('combobox', { name: 'Over wie' })).toHaveAccessibleDescription(/Eerst aan Samir vragen of contact met Fatima goed is/);
  });

  it('read-only: the meetings with outcome and actions, nothing to change', () => {
    setup({ readOnly: true });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByText(/Afgesproken: Samir wil weer gaan voetballen/)).toBeInTheDocument();
    expect(screen.getByText(/Vragen: Latifa vragen wat zij nodig heeft/)).toBeInTheDocument();
    expect(screen.getByText('over de datum')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /verwijderen/ })).toBeNull();
  });
});

describe('MeetingPlanner: the printed invitation list', () => {
  const refusal = /Youssef|vader|geen contact|niet uitnodigen|wil niet|not-allowed|Notitie/i;

  it('never names the excluded and says nothing of a refusal (the form, then a saved meeting)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, view } = setup();
    const sheet = view.container.querySelector('[data-part="invitation-sheet"]')!;
    expect(sheet).toHaveAttribute('data-print-only');
    expect(sheet.querySelector('[data-part="title-block"]')).toHaveTextContent('Uitnodigingslijst — Samir');
    expect(sheetText(view.container)).toContain('Latifa');
    expect(sheetText(view.container)).toContain('Fatima');
    expect(sheetText(view.container)).not.toMatch(refusal);
    expect(sheetText(view.container)).not.toMatch(/eerst|vragen/i);
    await user.click(screen.getByRole('button', { name: 'Deze uitnodigingslijst afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Uitnodigingslijst afdrukken: Meedenkbijeenkomst op 12 juni 2024' }));
    expect(print).toHaveBeenCalledTimes(2);
    expect(sheetText(view.container)).toContain('12 juni 2024');
    expect(sheetText(view.container)).not.toMatch(refusal);
    // Everything else of the planner is screen-only.
    for (const part of ['meeting-form', 'meeting-list', 'meeting-header']) {
      expect(view.container.querySelector(`[data-part="${part}"]`)).toHaveAttribute('data-screen-only');
    }
  });

  it('the sheet reads the list again: handed a refused person or a group, it still leaves them out', () => {
    const t = textFor(MEETING_BUNDLES, 'nl');
    const { container } = render(
      <InvitationSheet network={meetingNetwork} meeting={{ title: 'Meedenkbijeenkomst', kind: 'network-meeting', invited: ['p-vader', 'g-steun', 'p-jan'] }} client="Samir" t={t} today={meetingToday} onScreen />,
    );
    const text = sheetText(container);
    expect(text).not.toMatch(refusal);
    expect([...container.querySelectorAll('[data-part="sheet-invitees"] li')].map((li) => li.textContent)).toEqual(['Latifa, zus', 'Fatima, tante', 'Kees, vriend', 'Jan de Vries, netwerkondersteuner']);
    expect(text).not.toMatch(/\b[1-9] (van|niet)\b/);
  });

  it('a network without groups starts from a selection; planNetwork keeps its refused father out too', () => {
    const { view } = setup({ defaultNetwork: { ...planNetwork, groups: [], meetings: planNetwork.meetings!.map(({ group: _g, ...m }) => m) } });
    expect(screen.getByRole('radio', { name: 'Zelf mensen kiezen' })).toBeChecked();
    expect(screen.getByText('Nog niemand om uit te nodigen.')).toBeInTheDocument();
    expect(sheetText(view.container)).not.toMatch(/Youssef/);
  });
});

describe('MeetingPlanner: data as in every view', () => {
  it('controlled: shows what the host passes back; a host that keeps the old network keeps the list', async () => {
    const onChange = vi.fn<(next: Network, change: MeetingChange) => void>();
    const user = userEvent.setup();
    const { rerender } = render(<MeetingPlanner network={meetingNetwork} onChange={onChange} today={meetingToday} />);
    await user.click(screen.getByRole('button', { name: 'Overleg basisteam op 5 november 2024 verwijderen' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Gepland (1)' })).toBeInTheDocument();
    rerender(<MeetingPlanner network={onChange.mock.calls[0]![0]} onChange={onChange} today={meetingToday} />);
    expect(screen.getByRole('heading', { name: 'Gepland (0)' })).toBeInTheDocument();
  });

  it('a network that is not valid shows the problems with their path', () => {
    const bad = { ...meetingNetwork, meetings: [{ ...meetingNetwork.meetings![0]!, invited: ['p-vader'] }] } as Network;
    render(<MeetingPlanner network={bad} />);
    expect(screen.getByRole('alert')).toHaveTextContent('meetings[0].invited[0]');
  });
});

describe('MeetingPlanner: names in any script', () => {
  it('each name in a list of names is bidi-isolated, so an Arabic name cannot pull the next one into its run', () => {
    const arabic: Network = { ...meetingNetwork, people: meetingNetwork.people.map((p) => (p.id === 'p-latifa' ? { ...p, name: 'لطيفة' } : p)) };
    render(<MeetingPlanner defaultNetwork={arabic} today={meetingToday} readOnly />);
    const line = [...document.querySelectorAll('[data-part="meeting-item"] p')].map((p) => p.textContent).find((x) => x?.startsWith('Uitgenodigd: ') && x.includes('Kees'));
    // The whole list is isolated as one value of the sentence, and each name in it once more.
    expect(line).toBe('Uitgenodigd: \u2068\u2068لطيفة\u2069, Fatima, Kees\u2069');
  });
});
