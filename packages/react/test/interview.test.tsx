import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState, type ReactElement } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samirNetwork } from '@kring/fixtures';
import { validateNetwork, type Network } from '@kring/core';
import {
  defaultInterviewPrompts, INTERVIEW_EXTENSION, NetworkInterview, readInterviewRecord,
  type InterviewChange, type InterviewPrompt,
} from '../src/interview';

afterEach(cleanup);

/** Only the client: "Ik heb geen netwerk". */
const onlyClient: Network = { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} };

const stepOf = (id: string) => defaultInterviewPrompts.findIndex((p) => p.id === id);

/** Uncontrolled interview that reports every network to `spy`. */
function setup(props: Partial<Parameters<typeof NetworkInterview>[0]> = {}) {
  const onChange = vi.fn<(n: Network, c: InterviewChange) => void>();
  const user = userEvent.setup();
  const utils = render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} onChange={onChange} {...props} />);
  const last = () => onChange.mock.calls.at(-1)![0];
  return { ...utils, user, onChange, last };
}

async function addName(user: ReturnType<typeof userEvent.setup>, name: string, submit = 'Toevoegen') {
  await user.type(screen.getByRole('textbox', { name: /^(Naam|Name)/ }), name);
  await user.click(screen.getByRole('button', { name: submit }));
}

function personNamed(n: Network, name: string) {
  const p = n.people.find((x) => x.name === name);
  expect(p, name).toBeDefined();
  const tie = n.ties.find((t) => t.between.includes(n.focus) && t.between.includes(p!.id));
  return { person: p!, tie };
}

describe('NetworkInterview', () => {
  it('starts with the first question, in plain Dutch, with reassurance', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Wie is voor jou belangrijk?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Als er iets met je gebeurt, op wie kunnen we dan terugvallen?' })).toBeInTheDocument();
    expect(screen.getByText('Vraag 1 van 7')).toBeInTheDocument();
    expect(screen.getByText('Het is oké als je niemand weet. Dan gaan we gewoon verder.')).toBeInTheDocument();
    expect(screen.getByText('Nog niemand. Dat is ook goed.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Vragen' });
    expect(within(nav).getAllByRole('button')).toHaveLength(8);
    expect(within(nav).getByRole('button', { name: /Terugvallen/ })).toHaveAttribute('aria-current', 'step');
  });

  it('adds the person named with the first question’s defaults: inner circle, an active tie that supports the client', async () => {
    const { user, onChange, last } = setup();
    await addName(user, 'Oma Fatma');
    expect(onChange).toHaveBeenCalledTimes(1);
    const change = onChange.mock.calls[0]![1];
    expect(change).toMatchObject({ type: 'add-person', promptId: 'fallback' });
    const n = last();
    expect(validateNetwork(n)).toEqual([]);
    const { person, tie } = personNamed(n, 'Oma Fatma');
    expect(person).toMatchObject({ kind: 'person', closeness: 'inner', source: 'client' });
    expect(tie).toMatchObject({ between: [n.focus, person.id], status: 'active', support: { receives: ['emotional', 'practical'] } });
    expect(readInterviewRecord(n).added.fallback).toEqual([person.id]);
    // listed under the question, and the form is ready for the next name
    const list = screen.getByRole('region', { name: 'Genoemd bij deze vraag' });
    expect(within(list).getByText('Oma Fatma')).toBeInTheDocument();
    expect(within(list).getByText('Binnenste cirkel')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Naam/ })).toHaveValue('');
    expect(screen.getByRole('button', { name: /Terugvallen.*1 genoemd/ })).toBeInTheDocument();
  });

  it('keeps the sector, circle and consent chosen in the form over the defaults', async () => {
    const { user, last } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Levensgebied' }), 'family');
    await user.click(screen.getByRole('radio', { name: 'Middelste cirkel' }));
    await user.click(screen.getByRole('radio', { name: 'Geen contact' }));
    await addName(user, 'Tante Nora');
    expect(personNamed(last(), 'Tante Nora').person).toMatchObject({ sector: 'family', closeness: 'middle', consent: 'not-allowed' });
    // Said beside the name in "Genoemd bij deze vraag" (the live map beside the interview says it too).
    expect(within(screen.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText(/Geen contact opnemen/)).toBeInTheDocument();
  });

  it('uses each question’s own defaults: places, WhatsApp, people you help', async () => {
    const { user, last } = setup({ defaultStep: stepOf('places') });
    expect(screen.getByRole('heading', { name: 'Waar kom je mensen tegen?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Plek' })).toBeChecked();
    await addName(user, 'Inloophuis De Kloof');
    const place = personNamed(last(), 'Inloophuis De Kloof');
    expect(place.person).toMatchObject({ kind: 'place', sector: 'community', closeness: 'outer' });
    expect(place.tie?.support).toEqual({ receives: ['companionship'] });

    await user.click(screen.getByRole('button', { name: /Laatste appje/ }));
    await addName(user, 'Ricardo');
    expect(personNamed(last(), 'Ricardo').person.channels).toEqual(['whatsapp']);

    await user.click(screen.getByRole('button', { name: /Jij helpt/ }));
    expect(screen.getByRole('heading', { name: 'Voor wie doe jij wel eens iets?' })).toHaveFocus();
    await addName(user, 'Buurvrouw Els');
    expect(personNamed(last(), 'Buurvrouw Els').tie).toMatchObject({ status: 'active', support: { gives: ['practical'] } });
  });

  it('asks whether contact faded or broke off for people the client lost touch with', async () => {
    const { user, last } = setup({ defaultStep: stepOf('lost-touch') });
    const group = screen.getByRole('group', { name: 'Hoe is het contact nu?' });
    expect(within(group).getByRole('radio', { name: /^Verwaterd/ })).toBeChecked();
    await addName(user, 'Rob');
    expect(personNamed(last(), 'Rob').tie?.status).toBe('faded');
    await user.click(within(group).getByRole('radio', { name: /^Verbroken/ }));
    await addName(user, 'Sandra');
    expect(personNamed(last(), 'Sandra').tie?.status).toBe('broken');
    expect(personNamed(last(), 'Sandra').person.closeness).toBe('outer');
    const list = screen.getByRole('region', { name: 'Genoemd bij deze vraag' });
    expect(within(list).getByText(/Verbroken/)).toBeInTheDocument();
  });

  it('takes someone out again (undo): the person and their tie leave the network', async () => {
    const { user, last, onChange } = setup();
    await addName(user, 'Oma Fatma');
    await addName(user, 'Kees');
    await user.click(screen.getByRole('button', { name: 'Oma Fatma weghalen bij deze vraag' }));
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'remove-person', message: 'Oma Fatma is weggehaald.' });
    const n = last();
    expect(n.people.map((p) => p.name)).toEqual(['Samir', 'Kees']);
    expect(n.ties).toHaveLength(1);
    expect(readInterviewRecord(n).added.fallback).toHaveLength(1);
    expect(screen.queryByText('Oma Fatma')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Genoemd bij deze vraag' })).toHaveFocus();
    expect(screen.getByText('Oma Fatma is weggehaald.')).toBeInTheDocument();
  });

  it('links someone already in the network instead of making a duplicate, and can take the link back', async () => {
    const { user, last, onChange } = setup({ defaultNetwork: samirNetwork, defaultStep: stepOf('weekend') });
    await addName(user, 'latifa');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Latifa staat al in het netwerk. Is het dezelfde persoon?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, dezelfde' }));
    let n = last();
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'link-person', personId: 'p-latifa', promptId: 'weekend' });
    expect(n.people).toHaveLength(samirNetwork.people.length);
    expect(n.ties.find((t) => t.id === 't-1')?.support).toEqual({ receives: ['emotional', 'practical', 'companionship'], gives: ['companionship'] });
    expect(n.ties.find((t) => t.id === 't-1')?.history).toEqual(samirNetwork.ties[0]!.history);
    expect(within(screen.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText('Latifa')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Naam/ })).toHaveValue('');

    // naming her again at the same question says so
    await addName(user, 'Latifa');
    expect(screen.getByText('Latifa staat al bij deze vraag.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Latifa weghalen bij deze vraag' }));
    n = last();
    expect(n.people).toHaveLength(samirNetwork.people.length);
    expect(n.ties.find((t) => t.id === 't-1')?.support).toEqual(samirNetwork.ties[0]!.support);
    expect(readInterviewRecord(n).mentioned.weekend).toBeUndefined();
  });

  it('adds someone else with the same name when the caseworker says so', async () => {
    const { user, last } = setup({ defaultNetwork: samirNetwork });
    await addName(user, 'Rex');
    await user.click(screen.getByRole('button', { name: 'Nee, iemand anders' }));
    expect(last().people.filter((p) => p.name === 'Rex')).toHaveLength(2);
  });

  it('skips, goes back and on to the overview; skipped questions are marked', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(screen.getByText('Vraag 2 van 7')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Wat ga je dit weekend doen? En met wie?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /Terugvallen.*overgeslagen/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByText('Vraag 1 van 7')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Naar het overzicht' }));
    expect(screen.getByRole('heading', { name: 'Dit hebben jullie samen genoemd' })).toHaveFocus();
    expect(screen.getByText('Er is nog niemand genoemd. Dat is oké: je kunt later altijd verder.')).toBeInTheDocument();
    // "Volgende" after skipping clears the skip mark
    expect(screen.queryByText('Overgeslagen')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Naar deze vraag: Waar kom je mensen tegen?' }));
    expect(screen.getByRole('heading', { name: 'Waar kom je mensen tegen?' })).toBeInTheDocument();
  });

  it('resumes: a controlled step is reported to the host, and earlier answers are shown from the network', async () => {
    const user = userEvent.setup();
    const steps: number[] = [];
    function Host(): ReactElement {
      const [network, setNetwork] = useState<Network>(onlyClient);
      const [step, setStep] = useState(0);
      return (
        <>
          <NetworkInterview flow="questions" network={network} onChange={setNetwork} step={step} onStepChange={(s) => { steps.push(s); setStep(s); }} />
          <output data-testid="saved">{JSON.stringify({ step, network })}</output>
        </>
      );
    }
    render(<Host />);
    await addName(user, 'Anouk');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(steps).toEqual([1, 2]);
    const saved = JSON.parse(screen.getByTestId('saved').textContent!) as { step: number; network: Network };
    cleanup();

    // Later: the host opens the interview where it stopped.
    const onStepChange = vi.fn();
    render(<NetworkInterview flow="questions" defaultNetwork={saved.network} defaultStep={saved.step} onStepChange={onStepChange} />);
    expect(screen.getByText('Vraag 3 van 7')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Terugvallen.*1 genoemd/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Overzicht/ }));
    expect(onStepChange).toHaveBeenLastCalledWith(7);
    const first = screen.getAllByRole('listitem').find((li) => li.getAttribute('data-part') === 'interview-overview-item')!;
    expect(within(first).getByText('Anouk')).toBeInTheDocument();
    expect(screen.getByText('Samen 1 persoon, plek of organisatie. Goed gedaan.')).toBeInTheDocument();
  });

  it('a controlled step that the host does not change stays put', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} step={4} onStepChange={onStepChange} />);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(onStepChange).toHaveBeenCalledWith(5);
    expect(screen.getByText('Vraag 5 van 7')).toBeInTheDocument();
  });

  it('clamps a stored step that no longer exists to the overview', () => {
    render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} defaultStep={99} />);
    expect(screen.getByRole('heading', { name: 'Dit hebben jullie samen genoemd' })).toBeInTheDocument();
  });

  it('takes the host’s own questions and their defaults', async () => {
    const prompts: InterviewPrompt[] = [
      {
        id: 'buren',
        label: 'Buren',
        text: { nl: 'Wie zijn je buren?', en: 'Who are your neighbours?' },
        hint: 'Naast je, boven je, op de gang.',
        reassurance: { nl: 'Geen buren? Ook goed.' },
        defaults: { sector: 'community', closeness: 'outer', tie: { strength: 'weak', contact: 'weekly' } },
      },
    ];
    const { user, last } = setup({ prompts });
    expect(screen.getByRole('heading', { name: 'Wie zijn je buren?' })).toBeInTheDocument();
    expect(screen.getByText('Naast je, boven je, op de gang.')).toBeInTheDocument();
    expect(screen.getByText('Geen buren? Ook goed.')).toBeInTheDocument();
    expect(screen.getByText('Vraag 1 van 1')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Levensgebied' })).toHaveValue('community');
    await addName(user, 'Meneer Jansen');
    const { person, tie } = personNamed(last(), 'Meneer Jansen');
    expect(person).toMatchObject({ sector: 'community', closeness: 'outer' });
    expect(tie).toMatchObject({ status: 'active', strength: 'weak', contact: 'weekly' });
    expect(tie?.support).toBeUndefined();
    expect(last().extensions?.[INTERVIEW_EXTENSION]).toEqual({ added: { buren: [person.id] }, mentioned: {} });
    await user.click(screen.getByRole('button', { name: 'Naar het overzicht' }));
    expect(screen.getByText('Samen 1 persoon, plek of organisatie. Goed gedaan.')).toBeInTheDocument();
  });

  it('speaks English with locale="en"', async () => {
    const { user, last } = setup({ locale: 'en', defaultStep: stepOf('lost-touch') });
    expect(screen.getByRole('heading', { name: 'Who matters to you?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Who were you in touch with before, but not any more?' })).toBeInTheDocument();
    expect(screen.getByText('Question 5 of 7')).toBeInTheDocument();
    expect(screen.getByText('It is fine if no one comes to mind. We will just go on.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Broken off/ }));
    await addName(user, 'Erwin', 'Add');
    expect(personNamed(last(), 'Erwin').tie?.status).toBe('broken');
    expect(screen.getByRole('button', { name: 'Remove Erwin from this question' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.getByRole('heading', { name: 'Where do you meet people?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeEnabled();
    expect(screen.getByRole('region', { name: 'Who matters to you?' })).toHaveAttribute('lang', 'en');
  });

  it('shows a readable message when the network has no client, and never throws', () => {
    render(<NetworkInterview flow="questions" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Deze kaart heeft geen cliënt in het midden.');
  });

  it('shows names as text, never as markup', async () => {
    const { user, container } = setup();
    await addName(user, '<img src=x onerror=alert(1)>');
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('calls onDone from the overview', async () => {
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} defaultStep={7} onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    expect(onDone).toHaveBeenCalledOnce();
  });
});
