/**
 * Interaction fixes of issue 12 in the Ecogram (jsdom): "Relatie toevoegen" asks for both
 * people, a tie that breaks / fades / ends / is restored asks "Sinds wanneer?" and writes that
 * date to the tie's history (undoable), and the keyboard help says Alt+arrows MOVE a person.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkAt, type Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramChange, type EcogramProps } from '../src/ecogram';
import { fitHeight } from '../src/ecogram/useFitToScreen';
import { NetworkList } from '../src/network-list';

const TODAY = '2025-06-01';

afterEach(cleanup);

function Host(props: Omit<EcogramProps, 'network' | 'onChange'> & { initial: Network; onChange?: (n: Network, c: EcogramChange) => void }) {
  const { initial, onChange, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return (
    <Ecogram
      {...rest}
      today={TODAY}
      network={network}
      onChange={(next, change) => {
        setNetwork(next);
        onChange?.(next, change);
      }}
    />
  );
}

function tieOf(container: HTMLElement, id: string): SVGGElement {
  const el = container.querySelector<SVGGElement>(`[data-part="tie"][data-id="${id}"]`);
  if (!el) throw new Error(`no tie ${id}`);
  return el;
}

describe('Ecogram: interaction fixes', () => {
  it('"Relatie toevoegen" shows the selected person as person 1, lets the user change it, and refuses a pair that has a tie', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={samirNetwork} onChange={onChange} defaultSelectedId="p-latifa" />);
    await user.click(screen.getByRole('button', { name: 'Relatie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relatie toevoegen' });
    const first = within(dialog).getByRole('combobox', { name: 'Persoon 1' });
    const second = within(dialog).getByRole('combobox', { name: 'Persoon 2' });
    expect(first).toHaveDisplayValue('Latifa');
    await user.selectOptions(second, 'Samir (cliënt) – heeft al een band');
    await user.click(within(dialog).getByRole('button', { name: 'Band toevoegen' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(second).toHaveAccessibleDescription(expect.stringContaining('Latifa en Samir hebben al een band.'));
    await user.selectOptions(first, 'Rex');
    await user.click(within(dialog).getByRole('button', { name: 'Band toevoegen' }));
    const [next, change] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(change.type).toBe('add-tie');
    expect(next.ties.some((x) => x.between[0] === 'p-rex' && x.between[1] === 'p-samir')).toBe(true);
  });

  it('a tie that breaks asks "Sinds wanneer?"; the answer goes into the history, and one undo takes it back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    await user.click(tieOf(container, 't-1'));
    const dialog = await screen.findByRole('dialog');
    const status = within(within(dialog).getByRole('group', { name: 'De band' })).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Verbroken');
    expect(onChange).not.toHaveBeenCalled();
    const question = within(dialog).getByRole('group', { name: 'Sinds wanneer is de band verbroken?' });
    const since = within(question).getByRole('textbox', { name: 'Datum van de verandering' });
    expect(since).toHaveValue(TODAY); // the Ecogram's `today`
    await user.clear(since);
    await user.type(since, 'april 2025');
    await user.click(within(question).getByRole('button', { name: 'Vastleggen' }));
    const [next, change] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(change).toMatchObject({ type: 'update-tie', id: 't-1' });
    const tie = next.ties.find((x) => x.id === 't-1');
    expect(tie?.status).toBe('broken');
    expect(tie?.history?.at(-1)).toEqual({ date: '2025-04', status: 'broken', strength: 'strong', quality: 'supportive' });
    expect(networkAt(next, '2025-03').ties.find((x) => x.id === 't-1')?.status).toBe('active');
    expect(within(dialog).getByText('Verbroken sinds april 2025: staat in de geschiedenis.')).toBeInTheDocument();
    expect(status).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    const [undone] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(undone.ties.find((x) => x.id === 't-1')).toEqual(samirNetwork.ties[0]);
  });

  it('the keyboard help and the map instructions say that Alt+arrows move the person, in Dutch and English', async () => {
    const user = userEvent.setup();
    const { container, unmount } = render(<Host initial={samirNetwork} />);
    await user.click(screen.getByText('Sneltoetsen'));
    const rows = () => [...container.querySelectorAll('[data-part="keyboard-help-row"]')].map((r) => r.textContent ?? '');
    expect(rows()).toEqual(expect.arrayContaining([
      'Alt+↑verplaats de persoon naar een binnenste cirkel (dichterbij)',
      'Alt+↓verplaats de persoon naar een buitenste cirkel (verder weg)',
      'Alt+← / Alt+→verplaats de persoon naar het vorige of volgende vak',
      '← ↑ → ↓ga naar de dichtstbijzijnde persoon in die richting',
    ]));
    const map = screen.getByRole('group', { name: 'Ecogram van Samir' });
    expect(map).toHaveAccessibleDescription(expect.stringContaining('Alt+pijl omhoog of omlaag: verplaats de persoon naar een binnenste of buitenste cirkel.'));
    unmount();
    const en = render(<Host initial={samirNetwork} locale="en" />);
    await user.click(screen.getByText('Keyboard shortcuts'));
    expect([...en.container.querySelectorAll('[data-part="keyboard-help-row"]')].map((r) => r.textContent)).toEqual(expect.arrayContaining([
      'Alt+↑move the person to an inner circle (closer)',
      'Alt+← / Alt+→move the person to the previous or next sector',
    ]));
    expect(screen.getByRole('group', { name: 'Ecogram of Samir' })).toHaveAccessibleDescription(expect.stringContaining('Alt+Left or Right arrow: move the person to another sector.'));
  });
});

describe('first screen and list width', () => {
  it('caps the map at the room left under its top edge, never below 320 px, and not at all low on the page', () => {
    expect(fitHeight(300, 800)).toBe(484);
    expect(fitHeight(68, 800)).toBe(716);
    expect(fitHeight(100, 400)).toBe(320);
    expect(fitHeight(401, 800)).toBeNull();
    expect(fitHeight(0, 0)).toBeNull();
  });

  it('the list\'s edit buttons are short on screen and still name who they edit', () => {
    render(<NetworkList network={samirNetwork} onEditPerson={() => {}} onEditTie={() => {}} />);
    const person = screen.getByRole('button', { name: 'Bewerk Latifa' });
    expect(person).toHaveTextContent(/^Bewerk$/);
    const tie = screen.getByRole('button', { name: 'Bewerk band Samir en Latifa' });
    expect(tie).toHaveTextContent(/^Bewerk band$/);
  });
});
