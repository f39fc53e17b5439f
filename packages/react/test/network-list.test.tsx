import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samirNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { NetworkList } from '../src/network-list';

afterEach(cleanup);

const rich: Network = {
  ...samirNetwork,
  people: [
    ...samirNetwork.people,
    { id: 'p-oom', name: 'Oom Karim', kind: 'person', sector: 'family', closeness: 'outer', consent: 'not-allowed', boundary: { note: 'Intimideert de begeleider' } },
    { id: 'p-buddy', name: 'Els (maatje)', kind: 'person', sector: 'care', formality: 'informal', closeness: 'middle', consent: 'ask-first', interpreter: true, languages: ['tr'] },
    { id: 'p-x', name: '<img src=x onerror=alert(1)>', kind: 'person' },
  ],
  ties: [
    ...samirNetwork.ties,
    { id: 't-2', between: ['p-samir', 'p-oom'], strength: 'weak', quality: 'harmful', status: 'broken', intent: 'limit' },
    { id: 't-3', between: ['p-latifa', 'p-jan'], quality: 'ambivalent', support: { receives: ['informational'] } },
  ],
};

describe('NetworkList', () => {
  it('lists every person of the network, by circle, with names as text', () => {
    render(<NetworkList network={rich} />);
    expect(screen.getByRole('heading', { name: 'Netwerk van Samir' })).toBeInTheDocument();
    const tables = screen.getAllByRole('table');
    const captions = tables.map((t) => t.querySelector('caption')?.textContent);
    expect(captions).toEqual(['Binnenste cirkel: 2', 'Middelste cirkel: 2', 'Buitenste cirkel: 2', 'Nog geen cirkel gekozen: 1', undefined]);
    for (const p of rich.people.filter((x) => x.id !== rich.focus)) {
      expect(screen.getByRole('rowheader', { name: p.name })).toBeInTheDocument();
    }
    // the inner circle in sector order, then by name
    const inner = within(tables[0]!).getAllByRole('rowheader').map((th) => th.textContent);
    expect(inner).toEqual(['Latifa', 'Rex']);
  });

  it('renders a name that looks like HTML as text, never as markup', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const { container } = render(<NetworkList network={rich} onEditPerson={() => {}} />);
    expect(screen.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bewerk <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('lets a long label break after a slash (Lotgenoten/medebewoners), the text unchanged', () => {
    const network: Network = {
      ...samirNetwork,
      people: samirNetwork.people.map((p, i) => (i === 1 ? { ...p, sector: 'peers' as const } : p)),
    };
    const { container } = render(<NetworkList network={network} />);
    const cell = [...container.querySelectorAll('td li, td')].find((el) => el.textContent === 'Lotgenoten/medebewoners');
    expect(cell).toBeDefined();
    expect(cell!.querySelectorAll('wbr')).toHaveLength(1);
    expect(cell!.innerHTML).toContain('Lotgenoten/<wbr>medebewoners');
  });

  it('says consent, boundary, burden, abroad, languages, interpreter, groups and formality in words', () => {
    render(<NetworkList network={rich} />);
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    const latifa = row('Latifa');
    expect(latifa).toHaveTextContent('Mag contact');
    expect(latifa).toHaveTextContent('Hoe zwaar is het voor deze persoon: Het is zwaar');
    expect(latifa).toHaveTextContent('Woont in het buitenland (Marokko)');
    expect(latifa).toHaveTextContent('Spreekt Arabisch en Nederlands');
    expect(latifa).toHaveTextContent('Contact via: Videobellen en WhatsApp');
    expect(latifa).toHaveTextContent('Hoort bij Steungroep');
    expect(latifa).toHaveTextContent('Familie');
    expect(latifa).toHaveTextContent('Informeel (eigen netwerk)');
    const oom = row('Oom Karim');
    expect(oom).toHaveTextContent('Geen contact');
    expect(oom).toHaveTextContent('Contact beperken: Intimideert de begeleider');
    expect(oom).toHaveTextContent('Hoe is het contact: Schadelijk');
    expect(oom).toHaveTextContent('Status: Verbroken');
    expect(oom).toHaveTextContent('Wat willen we met deze band: Begrenzen');
    const els = row('Els (maatje)');
    expect(els).toHaveTextContent('Eerst vragen');
    expect(els).toHaveTextContent('Tolk nodig');
    expect(els).toHaveTextContent('Spreekt Turks');
    expect(els).toHaveTextContent('Zorg en hulpverlening');
    expect(els).toHaveTextContent('Informeel (eigen netwerk)');
    expect(row('Jan de Vries')).toHaveTextContent('Formeel (beroepskracht)');
    expect(row('Jan de Vries')).toHaveTextContent('Geen band vastgelegd');
    expect(row('Rex')).toHaveTextContent('Onbekend');
  });

  it('says the tie with the client in words, including who gives what', () => {
    render(<NetworkList network={rich} />);
    const latifa = screen.getByRole('rowheader', { name: 'Latifa' }).closest('tr')!;
    expect(latifa).toHaveTextContent('Sterkte: Sterk');
    expect(latifa).toHaveTextContent('Hoe is het contact: Steunend');
    expect(latifa).toHaveTextContent('Samir krijgt van Latifa: Emotioneel en Praktisch');
    expect(latifa).toHaveTextContent('Samir geeft aan Latifa: Gezelschap');
    expect(latifa).toHaveTextContent('Hoe vaak contact: Elke week');
    expect(latifa).toHaveTextContent('Wat willen we met deze band: Behouden');
  });

  it('lists ties between other people', () => {
    render(<NetworkList network={rich} />);
    expect(screen.getByRole('heading', { name: 'Banden tussen anderen' })).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'Latifa en Jan de Vries' }).closest('tr')!;
    expect(row).toHaveTextContent('Hoe is het contact: Wisselend');
    expect(row).toHaveTextContent('Latifa krijgt van Jan de Vries: Advies en informatie');
  });

  it('edit buttons call back with the id; the selected row is marked current', async () => {
    const user = userEvent.setup({ delay: null });
    const onEditPerson = vi.fn();
    const onEditTie = vi.fn();
    render(<NetworkList network={rich} onEditPerson={onEditPerson} onEditTie={onEditTie} selectedId="p-latifa" />);
    await user.click(screen.getByRole('button', { name: 'Bewerk Latifa' }));
    expect(onEditPerson).toHaveBeenCalledWith('p-latifa');
    await user.click(screen.getByRole('button', { name: 'Bewerk band Samir en Latifa' }));
    expect(onEditTie).toHaveBeenCalledWith('t-1');
    await user.click(screen.getByRole('button', { name: 'Bewerk band Latifa en Jan de Vries' }));
    expect(onEditTie).toHaveBeenLastCalledWith('t-3');
    await user.click(screen.getByRole('button', { name: 'Bewerk Samir' }));
    expect(onEditPerson).toHaveBeenLastCalledWith('p-samir');
    expect(screen.getByRole('rowheader', { name: 'Latifa' }).closest('tr')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('rowheader', { name: 'Rex' }).closest('tr')).not.toHaveAttribute('aria-current');
  });

  it('speaks English', () => {
    render(<NetworkList network={rich} locale="en" />);
    expect(screen.getByRole('heading', { name: 'Network of Samir' })).toBeInTheDocument();
    const latifa = screen.getByRole('rowheader', { name: 'Latifa' }).closest('tr')!;
    expect(latifa).toHaveTextContent('May be contacted');
    expect(latifa).toHaveTextContent('Lives abroad (Morocco)');
    expect(latifa).toHaveTextContent('Samir receives from Latifa: Emotional and Practical');
    expect(screen.getAllByRole('columnheader', { name: 'Tie with Samir' })).toHaveLength(4);
  });

  it('an empty network gets a kind, encouraging sentence', () => {
    const alone: Network = { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} };
    render(<NetworkList network={alone} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Iedereen is een naaste van iemand/)).toBeInTheDocument();
  });
});
