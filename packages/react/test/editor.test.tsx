import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRef, useState } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samirNetwork } from '@kring/fixtures';
import { issue, updatePerson, type Network, type NetworkIssue, type Person, type PersonPatch, type Tie, type TiePatch } from '@kring/core';
import { AddPersonForm, AddTieForm, EditorPopover, PersonEditor, TieEditor, type TieChangeOptions } from '../src/editor';

function applyPatch<T extends object>(value: T, patch: object): T {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** Click into a field and paste text: one input event, faster than typing every key. */
async function paste(user: ReturnType<typeof userEvent.setup>, el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}

const latifa = samirNetwork.people.find((p) => p.id === 'p-latifa')!;
const jan = samirNetwork.people.find((p) => p.id === 'p-jan')!;

/** A host that applies every patch, like a real one would. */
function PersonHost({ initial, onPatch, locale }: { initial: Person; onPatch: (p: PersonPatch) => void; locale?: 'nl' | 'en' }) {
  const [person, setPerson] = useState(initial);
  return (
    <PersonEditor
      value={person}
      locale={locale}
      today={() => '2025-01-02'}
      onChange={(patch) => {
        onPatch(patch);
        setPerson((p) => applyPatch(p, patch));
      }}
    />
  );
}

function TieHost({ initial, network = samirNetwork, onPatch, locale }: { initial: Tie; network?: Network; onPatch: (p: TiePatch, o?: TieChangeOptions) => void; locale?: 'nl' | 'en' }) {
  const [tie, setTie] = useState(initial);
  return (
    <TieEditor
      value={tie}
      network={network}
      locale={locale}
      today={() => '2025-01-02'}
      onChange={(patch, options) => {
        if (options) onPatch(patch, options);
        else onPatch(patch);
        setTie((t) => applyPatch(t, patch));
      }}
    />
  );
}

afterEach(cleanup);

describe('PersonEditor', () => {
  it('changes every field and sends only the changed field', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<PersonHost initial={latifa} onPatch={onPatch} />);
    const last = () => onPatch.mock.calls.at(-1)?.[0];

    const name = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, 'Lat');
    expect(last()).toEqual({ name: 'Lat' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'Organisatie');
    expect(last()).toEqual({ kind: 'organisation' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Levensgebied' }), 'Vrienden');
    expect(last()).toEqual({ sector: 'friends' });

    const formality = screen.getByRole('group', { name: 'Formeel of informeel' });
    expect(within(formality).getByRole('radio', { name: 'Vanzelf: Informeel (eigen netwerk)' })).toBeChecked();
    await user.click(within(formality).getByRole('radio', { name: 'Formeel (beroepskracht)' }));
    expect(last()).toEqual({ formality: 'formal' });
    await user.click(within(formality).getByRole('radio', { name: /^Vanzelf/ }));
    expect(last()).toEqual({ formality: undefined });

    await user.click(within(screen.getByRole('group', { name: 'Cirkel' })).getByRole('radio', { name: 'Buitenste cirkel' }));
    expect(last()).toEqual({ closeness: 'outer' });

    const role = screen.getByRole('textbox', { name: 'Rol' });
    await user.clear(role);
    expect(last()).toEqual({ role: undefined });
    await paste(user, role, 'tante');
    expect(last()).toEqual({ role: 'tante' });

    await user.type(screen.getByRole('textbox', { name: 'Relatiecode (HL7)' }), 'sis');
    expect(last()).toEqual({ relationCode: 'SIS' });

    await user.click(within(screen.getByRole('group', { name: 'Contact opnemen' })).getByRole('radio', { name: 'Geen contact' }));
    expect(last()).toEqual({ consent: 'not-allowed' });

    await paste(user, screen.getByRole('textbox', { name: 'Toestemming bevestigd op' }), '2024-05');
    expect(last()).toEqual({ consentDate: '2024-05' });
    expect(screen.getByText('Dat is: mei 2024')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vandaag invullen bij Toestemming bevestigd op' }));
    expect(last()).toEqual({ consentDate: '2025-01-02' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Wie vertelde over deze persoon' }), 'Een hulpverlener');
    expect(last()).toEqual({ source: 'professional' });

    await user.click(screen.getByRole('checkbox', { name: 'Telefoon' }));
    expect(last()).toEqual({ channels: ['phone', 'whatsapp', 'video'] });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Waar woont deze persoon' }), 'Ergens anders in Nederland');
    expect(last()).toEqual({ location: { area: 'elsewhere', country: 'MA' } });
    const country = screen.getByRole('textbox', { name: 'Land' });
    await user.clear(country);
    expect(last()).toEqual({ location: { area: 'elsewhere' } });
    await user.type(country, 'tr');
    expect(last()).toEqual({ location: { area: 'elsewhere', country: 'TR' } });
    expect(screen.getByText('Dat is: Turkije')).toBeInTheDocument();

    await paste(user, screen.getByRole('textbox', { name: 'Talen' }), ', en');
    expect(last()).toEqual({ languages: ['ar', 'nl', 'en'] });

    await user.click(screen.getByRole('checkbox', { name: 'Tolk nodig' }));
    expect(last()).toEqual({ interpreter: true });

    await user.click(within(screen.getByRole('group', { name: 'Hoe zwaar is het voor deze persoon' })).getByRole('radio', { name: 'Overbelast' }));
    expect(last()).toEqual({ burden: 'overloaded' });

    await user.click(screen.getByRole('checkbox', { name: 'Contact met deze persoon beperken' }));
    expect(last()).toEqual({ boundary: {} });
    await paste(user, screen.getByRole('textbox', { name: 'Waarom beperken' }), 'Te veel');
    expect(last()).toEqual({ boundary: { note: 'Te veel' } });

    await paste(user, screen.getByRole('textbox', { name: 'In het netwerk sinds' }), '~2010');
    expect(last()).toEqual({ since: '~2010' });
    await paste(user, screen.getByRole('textbox', { name: 'Overleden op' }), '2023');
    expect(last()).toEqual({ deceased: '2023' });
    await paste(user, screen.getByRole('textbox', { name: 'Notitie' }), 'Belt op zondag');
    expect(last()).toEqual({ note: 'Belt op zondag' });

    // every patch holds exactly one field
    for (const [patch] of onPatch.mock.calls) expect(Object.keys(patch as object)).toHaveLength(1);
  });

  it('shows the care → formal default', () => {
    render(<PersonEditor value={jan} />);
    expect(screen.getByRole('radio', { name: 'Vanzelf: Formeel (beroepskracht)' })).toBeChecked();
  });

  it('does not send an empty name or a half-typed date, and says what is wrong', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<PersonHost initial={latifa} onPatch={onPatch} />);
    const name = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.tab();
    expect(onPatch.mock.calls.some(([p]) => 'name' in p && !p.name)).toBe(false);
    expect(name).toHaveAccessibleDescription('Vul dit in.');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    const since = screen.getByRole('textbox', { name: 'In het netwerk sinds' });
    await user.type(since, 'mei 20');
    await user.tab();
    expect(onPatch.mock.calls.some(([p]) => 'since' in p)).toBe(false);
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Dit is geen datum'));
    await user.type(since, '19');
    expect(onPatch.mock.calls.at(-1)?.[0]).toEqual({ since: '2019-05' });

    // The one date field's limits (issue 14): from 1900 up to ten years after this one.
    const calls = onPatch.mock.calls.length;
    await user.clear(since);
    await user.type(since, '1850');
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Kring neemt datums vanaf 1900.'));
    await user.clear(since);
    await user.type(since, String(new Date().getFullYear() + 11));
    expect(since).toHaveAccessibleDescription(expect.stringContaining(`Kring neemt datums tot en met ${new Date().getFullYear() + 10}.`));
    expect(onPatch.mock.calls.slice(calls).some(([p]) => 'since' in p && p.since !== undefined && p.since.length === 4 && p.since < '1900')).toBe(false);
  });

  it('reads dates as people type them (3 mei 2019, 03-05-2019, ca. 2010) and keeps the typed text in the field', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<PersonHost initial={latifa} onPatch={onPatch} />);
    const since = screen.getByRole('textbox', { name: 'In het netwerk sinds' });
    for (const [typed, stored, words] of [
      ['3 mei 2019', '2019-05-03', '3 mei 2019'],
      ['03-05-2019', '2019-05-03', '3 mei 2019'],
      ['mei 2019', '2019-05', 'mei 2019'],
      ['ca. 2010', '~2010', 'ca. 2010'],
      ['2018-11', '2018-11', 'november 2018'],
    ] as const) {
      await user.clear(since);
      await user.type(since, typed);
      expect(since).toHaveValue(typed);
      expect(onPatch.mock.calls.at(-1)?.[0]).toEqual({ since: stored });
      expect(since).toHaveAccessibleDescription(expect.stringContaining(`Dat is: ${words}`));
      expect(since).not.toHaveAttribute('aria-invalid');
    }
  });

  it('shows errors from core operations next to the field, via the issue path', async () => {
    const user = userEvent.setup({ delay: null });
    function Host() {
      const [network, setNetwork] = useState(samirNetwork);
      const [issues, setIssues] = useState<NetworkIssue[]>([]);
      const person = network.people.find((p) => p.id === 'p-latifa')!;
      return (
        <PersonEditor
          value={person}
          network={network}
          issues={issues}
          onChange={(patch) => {
            const r = updatePerson(network, person.id, patch);
            if (r.ok) {
              setNetwork(r.network);
              setIssues([]);
            } else setIssues(r.errors);
          }}
        />
      );
    }
    render(<Host />);
    const role = screen.getByRole('textbox', { name: 'Rol' });
    await user.clear(role);
    await user.type(role, 'x'.repeat(3));
    expect(role).toHaveValue('xxx');
    // a fabricated issue shown through the `issues` prop
    const { rerender } = render(
      <PersonEditor value={latifa} network={samirNetwork} issues={[issue('invalid-value', 'people[1].consent', 'bad'), issue('not-found', 'people[1]', 'gone')]} />,
    );
    const consent = screen.getAllByRole('group', { name: 'Contact opnemen' }).at(-1)!;
    expect(consent).toHaveAccessibleDescription('Kies een van de mogelijkheden.');
    expect(screen.getByRole('alert')).toHaveTextContent('Dit staat niet (meer) in het netwerk.');
    // issues of another person are not shown
    rerender(<PersonEditor value={latifa} network={samirNetwork} issues={[issue('invalid-value', 'people[2].consent', 'bad')]} />);
    expect(screen.getAllByRole('group', { name: 'Contact opnemen' }).at(-1)!).not.toHaveAccessibleDescription();
  });

  it('read-only: shows the values, changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    render(<PersonEditor value={latifa} readOnly onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Latifa');
    expect(screen.getByRole('textbox', { name: 'Naam' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Geen contact' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('speaks English and hides fields a host does not use', () => {
    render(<PersonEditor value={latifa} locale="en" hiddenFields={['relationCode', 'source']} messages={{ 'field.person.name': 'Full name' }} />);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Latifa');
    expect(screen.getByRole('group', { name: 'Contacting them' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'May be contacted' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Area of life' })).toHaveDisplayValue('Family');
    expect(screen.queryByRole('textbox', { name: /Relation code/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Who told us about them' })).toBeNull();
  });
});

describe('TieEditor', () => {
  const tie = samirNetwork.ties[0]!;

  it('changes every field of a tie', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} />);
    const last = () => onPatch.mock.calls.at(-1)?.[0];
    await user.click(within(screen.getByRole('group', { name: 'Sterkte' })).getByRole('radio', { name: 'Zwak' }));
    expect(last()).toEqual({ strength: 'weak' });
    await user.click(within(screen.getByRole('group', { name: 'Hoe is het contact' })).getByRole('radio', { name: 'Geeft spanning' }));
    expect(last()).toEqual({ quality: 'stressful' });
    const tieSection = screen.getByRole('group', { name: 'De band' });
    await user.selectOptions(within(tieSection).getByRole('combobox', { name: 'Status' }), 'Verwaterd');
    await user.click(within(screen.getByRole('group', { name: 'Sinds wanneer is de band verwaterd?' })).getByRole('button', { name: 'Vastleggen' }));
    expect(onPatch).toHaveBeenLastCalledWith({ status: 'faded' }, { date: '2025-01-02' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wat willen we met deze band' }), 'Opnieuw betrekken');
    expect(last()).toEqual({ intent: 'reactivate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hoe vaak contact' }), 'Elke maand');
    expect(last()).toEqual({ contact: 'monthly' });
    await user.type(screen.getByRole('textbox', { name: 'Band bestaat sinds' }), '2001');
    expect(last()).toEqual({ since: '2001' });
    await user.type(screen.getAllByRole('textbox', { name: 'Notitie' }).at(-1)!, 'Belt elke zondag');
    expect(last()).toEqual({ note: 'Belt elke zondag' });
  });

  it('labels support from the client: "Samir krijgt van Latifa" / "Samir geeft aan Latifa"', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} />);
    const receives = screen.getByRole('group', { name: 'Samir krijgt van Latifa' });
    const gives = screen.getByRole('group', { name: 'Samir geeft aan Latifa' });
    expect(within(receives).getByRole('checkbox', { name: 'Emotioneel' })).toBeChecked();
    expect(within(gives).getByRole('checkbox', { name: 'Gezelschap' })).toBeChecked();
    await user.click(within(receives).getByRole('checkbox', { name: 'Financieel' }));
    expect(onPatch).toHaveBeenLastCalledWith({ support: { receives: ['emotional', 'practical', 'financial'], gives: ['companionship'] } });
    await user.click(within(gives).getByRole('checkbox', { name: 'Gezelschap' }));
    expect(onPatch).toHaveBeenLastCalledWith({ support: { receives: ['emotional', 'practical', 'financial'] } });
  });

  it('turns support round when the client is the second of `between`', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    const reversed: Tie = { id: 't-1', between: ['p-latifa', 'p-samir'], support: { receives: ['housing'] } };
    const network: Network = { ...samirNetwork, ties: [reversed] };
    render(<TieHost initial={reversed} network={network} onPatch={onPatch} />);
    // Latifa receives housing from Samir, so Samir gives housing
    expect(within(screen.getByRole('group', { name: 'Samir geeft aan Latifa' })).getByRole('checkbox', { name: 'Huisvesting' })).toBeChecked();
    await user.click(within(screen.getByRole('group', { name: 'Samir krijgt van Latifa' })).getByRole('checkbox', { name: 'Praktisch' }));
    expect(onPatch).toHaveBeenLastCalledWith({ support: { receives: ['housing'], gives: ['practical'] } });
  });

  it('lists the history and adds an entry in date order, and removes one', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('2019: Verbroken, ruzie na de uitzetting'),
      expect.stringContaining('maart 2024: Actief, Wisselend'),
    ]);
    const add = screen.getByRole('button', { name: 'Toevoegen aan geschiedenis' });
    await user.click(add);
    expect(onPatch).not.toHaveBeenCalled();
    expect(screen.getByText('Vul een datum in.')).toBeInTheDocument();
    const section = screen.getByRole('group', { name: 'Eerdere situatie toevoegen' });
    await user.type(within(section).getByRole('textbox', { name: 'Datum' }), '~2021');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Status' }), 'Verwaterd');
    await user.type(within(section).getByRole('textbox', { name: 'Notitie' }), 'weinig contact');
    await user.click(add);
    expect(onPatch).toHaveBeenLastCalledWith({
      history: [tie.history![0], { date: '~2021', status: 'faded', note: 'weinig contact' }, tie.history![1]],
    });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Haal 2019 weg uit de geschiedenis' }));
    expect(onPatch).toHaveBeenLastCalledWith({ history: [{ date: '~2021', status: 'faded', note: 'weinig contact' }, tie.history![1]] });
  });

  it('shows a history-order issue at the history', () => {
    render(<TieEditor value={tie} network={samirNetwork} issues={[issue('history-order', 'ties[0].history[1].date', 'x')]} />);
    expect(screen.getByText('Zet de geschiedenis op volgorde: oudste eerst.')).toBeInTheDocument();
  });

  it('speaks English', () => {
    render(<TieEditor value={tie} network={samirNetwork} locale="en" />);
    expect(screen.getByRole('group', { name: 'Samir receives from Latifa' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Strong' })).toBeChecked();
  });

  it('asks "Sinds wanneer?" when a tie breaks: today by default, a typed date, nothing sent until recorded', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} />);
    const status = within(screen.getByRole('group', { name: 'De band' })).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Verbroken');
    expect(onPatch).not.toHaveBeenCalled();
    const question = screen.getByRole('group', { name: 'Sinds wanneer is de band verbroken?' });
    const since = within(question).getByRole('textbox', { name: 'Datum van de verandering' });
    expect(since).toHaveValue('2025-01-02');
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Dat is: 2 januari 2025'));
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Tot die datum was de band actief; dat komt in de geschiedenis.'));
    await user.clear(since);
    await user.type(since, 'mei 2025');
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Dat is: mei 2025'));
    await user.click(within(question).getByRole('button', { name: 'Vastleggen' }));
    expect(onPatch).toHaveBeenCalledTimes(1);
    expect(onPatch).toHaveBeenLastCalledWith({ status: 'broken' }, { date: '2025-05' });
    expect(screen.queryByRole('group', { name: /Sinds wanneer/ })).toBeNull();
    expect(status).toHaveFocus();
    expect(status).toHaveDisplayValue('Verbroken');
    expect(screen.getByText('Verbroken sinds mei 2025: staat in de geschiedenis.')).toBeInTheDocument();
  });

  it('restoring asks too; an unreadable or too early date is refused in the question, Enter records, cancel keeps the status', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    const broken: Tie = { id: 't-1', between: ['p-samir', 'p-latifa'], status: 'broken', history: [{ date: '2024-03', status: 'active' }] };
    render(<TieHost initial={broken} network={{ ...samirNetwork, ties: [broken] }} onPatch={onPatch} />);
    const status = within(screen.getByRole('group', { name: 'De band' })).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Actief');
    const question = screen.getByRole('group', { name: 'Sinds wanneer is de band hersteld?' });
    const since = within(question).getByRole('textbox', { name: 'Datum van de verandering' });
    await user.clear(since);
    await user.type(since, 'gisteren{Enter}');
    expect(since).toHaveAccessibleDescription(expect.stringContaining('Dit is geen datum.'));
    expect(since).toHaveFocus();
    await user.clear(since);
    await user.type(since, '2020{Enter}');
    expect(since).toHaveAccessibleDescription(expect.stringContaining('vóór de laatste regel in de geschiedenis (maart 2024)'));
    expect(onPatch).not.toHaveBeenCalled();
    await user.click(within(question).getByRole('button', { name: 'Status niet wijzigen' }));
    expect(status).toHaveDisplayValue('Verbroken');
    expect(status).toHaveFocus();
    await user.selectOptions(status, 'Actief');
    const again = screen.getByRole('textbox', { name: 'Datum van de verandering' });
    await user.clear(again);
    await user.type(again, 'ca. 2024-11{Enter}');
    expect(onPatch).toHaveBeenLastCalledWith({ status: 'active' }, { date: '~2024-11' });
  });

  it('sends other status changes at once (potential, not set), and every change with askStatusDate={false}', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} />);
    await user.selectOptions(within(screen.getByRole('group', { name: 'De band' })).getByRole('combobox', { name: 'Status' }), 'Kan een rol spelen');
    expect(onPatch).toHaveBeenLastCalledWith({ status: 'potential' });
    expect(screen.queryByRole('group', { name: /Sinds wanneer/ })).toBeNull();
    cleanup();
    const onChange = vi.fn();
    render(<TieEditor value={tie} network={samirNetwork} askStatusDate={false} onChange={onChange} />);
    await user.selectOptions(within(screen.getByRole('group', { name: 'De band' })).getByRole('combobox', { name: 'Status' }), 'Verbroken');
    expect(onChange).toHaveBeenLastCalledWith({ status: 'broken' });
  });

  it('asks in English', async () => {
    const user = userEvent.setup({ delay: null });
    const onPatch = vi.fn();
    render(<TieHost initial={tie} onPatch={onPatch} locale="en" />);
    await user.selectOptions(within(screen.getByRole('group', { name: 'The tie' })).getByRole('combobox', { name: 'Status' }), 'Ended');
    const question = screen.getByRole('group', { name: 'Since when has the tie ended?' });
    expect(within(question).getByRole('textbox', { name: 'Date of the change' })).toHaveAccessibleDescription(expect.stringContaining('That is: 2 January 2025'));
    await user.click(within(question).getByRole('button', { name: 'Record' }));
    expect(onPatch).toHaveBeenLastCalledWith({ status: 'ended' }, { date: '2025-01-02' });
    expect(screen.getByText('Ended since 2 January 2025: recorded in the history.')).toBeInTheDocument();
  });
});

describe('AddPersonForm', () => {
  it('asks for a name, then adds with the chosen kind, sector, circle and consent and is ready for the next', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    render(<AddPersonForm onSubmit={onSubmit} />);
    const add = screen.getByRole('button', { name: 'Toevoegen' });
    await user.click(add);
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByRole('textbox', { name: 'Naam' });
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Vul een naam in'));
    expect(name).toHaveFocus();
    await user.type(name, '  Oom Karim ');
    await user.click(screen.getByRole('radio', { name: 'Huisdier' }));
    await user.click(screen.getByRole('radio', { name: 'Persoon' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Levensgebied' }), 'Familie');
    await user.click(screen.getByRole('radio', { name: 'Middelste cirkel' }));
    await user.click(screen.getByRole('radio', { name: 'Eerst vragen' }));
    await user.click(add);
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Oom Karim', kind: 'person', sector: 'family', closeness: 'middle', consent: 'ask-first' });
    expect(name).toHaveValue('');
    expect(name).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Oom Karim is toegevoegd.');
    // Enter submits too
    await user.type(name, 'Rex{Enter}');
    expect(onSubmit).toHaveBeenLastCalledWith({ name: 'Rex', kind: 'person', sector: 'family', closeness: 'middle', consent: 'ask-first' });
  });

  it('keeps the input when the host says the add failed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<AddPersonForm onSubmit={() => ({ ok: false })} locale="en" />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Jo{Enter}');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Jo');
    expect(screen.getByRole('form', { name: 'Add someone' })).toBeInTheDocument();
  });
});

describe('AddTieForm', () => {
  it('asks for both people: person 1 filled in and shown, person 2 to choose, then submits the pair', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    render(<AddTieForm network={samirNetwork} from="p-samir" onSubmit={onSubmit} />);
    const pair = screen.getByRole('group', { name: 'Tussen wie is de band?' });
    const first = within(pair).getByRole('combobox', { name: 'Persoon 1' });
    const other = within(pair).getByRole('combobox', { name: 'Persoon 2' });
    expect(first).toHaveDisplayValue('Samir (cliënt)');
    expect(other).toHaveFocus();
    expect(other).toHaveAccessibleDescription('Een band met Samir. Persoon 1 kun je hierboven veranderen.');
    // Everyone is offered; who already has a tie with Samir says so.
    expect(within(other).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Kies iemand', 'Samir (cliënt)', 'Latifa – heeft al een band', 'Jan de Vries', 'Inloophuis De Kloof', 'Rex',
    ]);
    await user.click(screen.getByRole('button', { name: 'Band toevoegen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(other).toHaveAccessibleDescription(expect.stringContaining('Kies met wie.'));
    expect(other).toHaveFocus();
    await user.selectOptions(other, 'Rex');
    await user.click(screen.getByRole('button', { name: 'Band toevoegen' }));
    expect(onSubmit).toHaveBeenCalledWith({ between: ['p-samir', 'p-rex'] });
    // Ready for the next one: person 1 stays, person 2 is empty and focused, the form says what happened.
    expect(first).toHaveDisplayValue('Samir (cliënt)');
    expect(other).toHaveDisplayValue('Kies iemand');
    expect(other).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Samir en Rex hebben nu een band.');
  });

  it('says so for the same person twice and for a pair that already has a tie, and does not submit', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    render(<AddTieForm network={samirNetwork} from="p-latifa" onSubmit={onSubmit} />);
    const first = screen.getByRole('combobox', { name: 'Persoon 1' });
    const other = screen.getByRole('combobox', { name: 'Persoon 2' });
    expect(first).toHaveDisplayValue('Latifa');
    await user.selectOptions(other, 'Latifa');
    expect(other).toHaveAccessibleDescription(expect.stringContaining('Kies twee verschillende mensen'));
    expect(other).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(other, 'Samir (cliënt) – heeft al een band');
    expect(other).toHaveAccessibleDescription(expect.stringContaining('Latifa en Samir hebben al een band.'));
    await user.click(first);
    await user.click(screen.getByRole('button', { name: 'Band toevoegen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(other).toHaveFocus();
    // Changing person 1 instead makes the pair new.
    await user.selectOptions(first, 'Jan de Vries');
    expect(other).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Band toevoegen' }));
    expect(onSubmit).toHaveBeenCalledWith({ between: ['p-jan', 'p-samir'] });
  });

  it('fills in a new `from` as person 1 when the host passes one', () => {
    const { rerender } = render(<AddTieForm network={samirNetwork} from="p-latifa" onSubmit={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Persoon 1' })).toHaveDisplayValue('Latifa');
    rerender(<AddTieForm network={samirNetwork} from="p-jan" onSubmit={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Persoon 1' })).toHaveDisplayValue('Jan de Vries');
  });

  it('starts from the client when nobody is given, and speaks English', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    render(<AddTieForm network={samirNetwork} onSubmit={onSubmit} locale="en" />);
    expect(screen.getByRole('combobox', { name: 'Person 1' })).toHaveDisplayValue('Samir (client)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person 1' }), 'Latifa');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person 2' }), 'Jan de Vries');
    await user.click(screen.getByRole('button', { name: 'Add tie' }));
    expect(onSubmit).toHaveBeenCalledWith({ between: ['p-latifa', 'p-jan'] });
    expect(screen.getByRole('status')).toHaveTextContent('Latifa and Jan de Vries now have a tie.');
  });
});

describe('EditorPopover', () => {
  function Host({ portal = true, virtual = false, onDelete = vi.fn(), onDone = vi.fn() }: { portal?: boolean; virtual?: boolean; onDelete?: () => void; onDone?: () => void }) {
    const [open, setOpen] = useState(false);
    const ref = useRef<HTMLButtonElement>(null);
    const [anchor, setAnchor] = useState<Element | { getBoundingClientRect: () => DOMRect } | null>(null);
    return (
      <div>
        <button
          ref={ref}
          type="button"
          onClick={() => {
            setAnchor(virtual ? { getBoundingClientRect: () => ref.current!.getBoundingClientRect() } : ref.current);
            setOpen(true);
          }}
        >
          Latifa
        </button>
        <EditorPopover open={open} onOpenChange={setOpen} anchor={anchor} title="Latifa bewerken" portal={portal} onDelete={onDelete} onDone={onDone}>
          <PersonEditor value={latifa} hiddenFields={['relationCode']} />
        </EditorPopover>
      </div>
    );
  }

  it('is a named dialog; Escape closes it and returns focus to the anchor', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Host />);
    const anchor = screen.getByRole('button', { name: 'Latifa' });
    await user.click(anchor);
    const dialog = await screen.findByRole('dialog', { name: 'Latifa bewerken' });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Naam' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(anchor).toHaveFocus());
  });

  it('with a virtual anchor and no portal: renders in place; Close returns focus', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = render(<Host portal={false} virtual />);
    const anchor = screen.getByRole('button', { name: 'Latifa' });
    await user.click(anchor);
    const dialog = await screen.findByRole('dialog', { name: 'Latifa bewerken' });
    expect(container.contains(dialog)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(anchor).toHaveFocus());
  });

  it('Delete and Done call the host; Done closes', async () => {
    const user = userEvent.setup({ delay: null });
    const onDelete = vi.fn();
    const onDone = vi.fn();
    render(<Host onDelete={onDelete} onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Latifa' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    expect(onDelete).toHaveBeenCalledOnce();
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    expect(onDone).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
