/**
 * The names-first interview (issue 15, point 6): names first, each a person at once; placing
 * by two keys; an optional details card; "Ik heb geen netwerk" starts from places and people
 * from the past. Dragging onto the map is measured in Chromium (tests/browser/interview-names).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { interviewNamesEmpty, interviewNamesNetwork } from '@kring/fixtures';
import { validateNetwork, type Network } from '@kring/core';
import { NetworkInterview, readInterviewRecord, type InterviewChange } from '../src/interview';
import { splitNames } from '../src/interview/names/namesEdits';

afterEach(cleanup);
vi.setConfig({ testTimeout: 60_000 });

function setup(network: Network = interviewNamesEmpty, props: Partial<Parameters<typeof NetworkInterview>[0]> = {}) {
  const onChange = vi.fn<(n: Network, c: InterviewChange) => void>();
  const user = userEvent.setup();
  const utils = render(<NetworkInterview defaultNetwork={network} onChange={onChange} {...props} />);
  const last = () => onChange.mock.calls.at(-1)![0];
  return { ...utils, user, onChange, last };
}

const names = (n: Network) => n.people.filter((p) => p.id !== n.focus).map((p) => p.name);
const field = () => screen.getByRole('textbox', { name: /^Naam$/ });
const chips = () => within(screen.getByRole('list', { name: 'Genoemd' }));

describe('NetworkInterview, names first', () => {
  it('splits a pasted list on lines, commas and semicolons, without bullets', () => {
    expect(splitNames('Oma Fatma\n- Ricardo, Ilse;  2. Jamal \n\n')).toEqual(['Oma Fatma', 'Ricardo', 'Ilse', 'Jamal']);
  });

  it('adds each name at Enter as a person with a tie to the client; the field stays focused and empties', async () => {
    const { user, onChange, last } = setup();
    await user.click(field());
    await user.keyboard('Oma Fatma{Enter}Ricardo{Enter}');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[0]![1]).toMatchObject({ type: 'add-person', promptId: 'names' });
    expect(names(onChange.mock.calls[0]![0])).toEqual(['Oma Fatma']);
    expect(names(last())).toEqual(['Oma Fatma', 'Ricardo']);
    expect(last().ties.filter((t) => t.between.includes(last().focus))).toHaveLength(2);
    expect(validateNetwork(last())).toEqual([]);
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');
    expect(chips().getAllByRole('textbox').map((c) => (c as HTMLInputElement).value)).toEqual(['Oma Fatma', 'Ricardo']);
  });

  it('adds a pasted list as several names in one step', async () => {
    const { user, last } = setup();
    await user.click(field());
    await user.paste('Oma Fatma\nRicardo, Ilse');
    expect(names(last())).toEqual(['Oma Fatma', 'Ricardo', 'Ilse']);
    expect(readInterviewRecord(last()).added.names).toHaveLength(3);
  });

  it('Backspace in the empty field takes the last name back; × takes one back; a chip can be renamed', async () => {
    const { user, last, onChange } = setup(interviewNamesNetwork);
    await user.click(field());
    await user.keyboard('{Backspace}');
    expect(names(last())).not.toContain('Sandra van de inloop');
    await user.click(screen.getByRole('button', { name: 'Jamal weghalen' }));
    expect(names(last())).not.toContain('Jamal');
    expect(field()).toHaveFocus();
    const ricardo = chips().getByDisplayValue('Ricardo');
    await user.clear(ricardo);
    await user.type(ricardo, 'Ricardo Alves{Enter}');
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'rename-person', personId: 'n-ricardo' });
    expect(last().people.find((p) => p.id === 'n-ricardo')?.name).toBe('Ricardo Alves');
  });

  it('asks before adding a name that is already on the map; Enter again adds someone else', async () => {
    const { user, last, onChange } = setup(interviewNamesNetwork);
    await user.click(field());
    await user.keyboard('Jamal{Enter}');
    expect(screen.getByText(/Jamal staat al op de kaart/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(names(last()).filter((n) => n === 'Jamal')).toHaveLength(2);
  });

  it('places a focused name with two keys (sector, then circle), then moves focus to the next name to place', async () => {
    const { user, last, onChange } = setup(interviewNamesNetwork, { defaultStep: 1 });
    const piet = screen.getByRole('button', { name: 'Buurman Piet nog niet geplaatst' });
    piet.focus();
    await user.keyboard('4');
    expect(piet).toHaveTextContent('Buurt en samenleving: kies de cirkel');
    await user.keyboard('2');
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'place-person', personId: 'n-piet' });
    expect(last().people.find((p) => p.id === 'n-piet')).toMatchObject({ sector: 'community', closeness: 'middle' });
    expect(screen.getByRole('button', { name: 'Jamal nog niet geplaatst' })).toHaveFocus();
    await user.keyboard('1');
    await user.keyboard('{Escape}');
    await user.keyboard('3');
    expect(last().people.find((p) => p.id === 'n-jamal')?.sector).toBeUndefined();
  });

  it('places a name from the two lists after pressing it (no drag, no digits)', async () => {
    const { user, last } = setup(interviewNamesNetwork, { defaultStep: 1 });
    await user.click(screen.getByRole('button', { name: 'Jamal nog niet geplaatst' }));
    const picker = within(screen.getByRole('group', { name: 'Jamal plaatsen' }));
    await user.selectOptions(picker.getByRole('combobox', { name: 'Sector' }), 'friends');
    await user.selectOptions(picker.getByRole('combobox', { name: 'Cirkel' }), 'inner');
    await user.click(picker.getByRole('button', { name: 'Plaatsen' }));
    expect(last().people.find((p) => p.id === 'n-jamal')).toMatchObject({ sector: 'friends', closeness: 'inner' });
  });

  it('details: one card at a time, each choice saved at once, Overslaan goes on', async () => {
    const { user, last } = setup(interviewNamesNetwork, { defaultStep: 2 });
    expect(screen.getByRole('heading', { name: /Oma Fatma 1 van 6/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Sterk' }));
    const tie = () => last().ties.find((t) => t.between.includes('n-fatma'))!;
    expect(tie().strength).toBe('strong');
    await user.click(within(screen.getByRole('group', { name: 'Wat krijg je van Oma Fatma?' })).getByRole('checkbox', { name: /Emotione/ }));
    expect(tie().support?.receives).toEqual(['emotional']);
    await user.click(screen.getByRole('radio', { name: /Geen contact/ }));
    expect(last().people.find((p) => p.id === 'n-fatma')?.consent).toBe('not-allowed');
    await user.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(screen.getByRole('heading', { name: /Ricardo 2 van 6/ })).toHaveFocus();
  });

  it('"Ik heb geen netwerk" goes to step 4, places first; a suggested place is added as a place', async () => {
    const { user, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Ik heb geen netwerk' }));
    expect(screen.getByRole('heading', { name: 'Wie zou een rol kunnen spelen?' })).toHaveFocus();
    const sections = screen.getAllByRole('region').filter((r) => r.getAttribute('data-part') === 'roles-section');
    expect(sections.map((s) => within(s).getAllByRole('heading')[0]!.textContent)).toEqual(['Plekken', 'Mensen van vroeger', 'Wie zou kunnen helpen?']);
    await user.click(screen.getByRole('button', { name: 'Inloophuis toevoegen' }));
    expect(last().people.find((p) => p.name === 'Inloophuis')).toMatchObject({ kind: 'place', sector: 'community', closeness: 'outer' });
    await user.type(screen.getByRole('textbox', { name: 'Naam van iemand van vroeger' }), 'Marco van school{Enter}');
    const marco = last().people.find((p) => p.name === 'Marco van school')!;
    expect(last().ties.find((t) => t.between.includes(marco.id))?.status).toBe('faded');
    await user.click(screen.getByRole('radio', { name: /^Verbroken/ }));
    await user.type(screen.getByRole('textbox', { name: 'Naam van iemand van vroeger' }), 'Mijn oude baas{Enter}');
    const baas = last().people.find((p) => p.name === 'Mijn oude baas')!;
    expect(last().ties.find((t) => t.between.includes(baas.id))?.status).toBe('broken');
    // Both listed under "people from the past" in the interview record.
    expect(readInterviewRecord(last()).added['lost-touch']).toEqual([marco.id, baas.id]);
  });

  it('undoes the last name with Ctrl+Z (outside a text field) and redoes it', async () => {
    const { user, last, onChange } = setup();
    await user.click(field());
    await user.keyboard('Oma Fatma{Enter}');
    screen.getByRole('button', { name: 'Oma Fatma weghalen' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'undo' });
    expect(names(last())).toEqual([]);
    screen.getByRole('heading', { name: 'Wie zijn er in je leven?' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(names(last())).toEqual(['Oma Fatma']);
  });
});
