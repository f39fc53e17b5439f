import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { marcoIntakeDate, marcoNetwork, meetingNetwork, meetingToday, samirNetwork } from '@kring/fixtures';
import { formatFuzzyDate, networkAt, type Network } from '@kring/core';
import { describeNetworkChanges, NetworkSummary } from '../src/summary';

afterEach(cleanup);

/** The rows of the chart with this caption, as [label, number, who?]. */
function chart(caption: string | RegExp): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const header = within(row).getByRole('rowheader').querySelector('[data-part="summary-label"]')!.textContent ?? '';
      const cells = within(row).getAllByRole('cell');
      const value = cells[0]!.querySelector('[data-part="summary-value"]')!.textContent ?? '';
      return cells[1] ? [header, value, cells[1].textContent ?? ''] : [header, value];
    });
}

describe('NetworkSummary: the numbers', () => {
  it('sums up Samir’s network in tables with a caption, words and numbers', () => {
    render(<NetworkSummary network={samirNetwork} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Samenvatting van het netwerk' })).toBeInTheDocument();
    expect(screen.getByText('4 mensen, plekken en organisaties rond Samir.')).toBeInTheDocument();
    expect(chart('Per levensgebied')).toEqual([
      ['Familie', '2'], ['Vrienden', '0'], ['Lotgenoten/medebewoners', '0'], ['Buurt en samenleving', '1'],
      ['Werk, school, dagbesteding', '0'], ['Zorg en hulpverlening', '1'], ['Overig', '0'],
    ]);
    expect(chart('Eigen netwerk en beroepskrachten')).toEqual([['Eigen netwerk (informeel)', '3'], ['Beroepskrachten (formeel)', '1']]);
    expect(chart('Per cirkel')).toEqual([['Binnenste cirkel', '2'], ['Middelste cirkel', '1'], ['Buitenste cirkel', '1']]);
    expect(chart('Hoe is het contact met Samir?')).toEqual([
      ['Actief', '1', ''], ['Verwaterd', '0', ''], ['Verbroken', '0', ''], ['Afgesloten', '0', ''], ['Kan een rol spelen', '0', ''],
    ]);
    expect(chart('Over en weer')).toEqual([['Samir krijgt steun', '1'], ['Samir doet iets voor de ander', '1'], ['Allebei: over en weer', '1']]);
    expect(screen.getByText('Samir krijgt steun van 1 persoon en doet daar zelf ook iets voor terug.')).toBeInTheDocument();
    expect(chart('Soorten steun die Samir krijgt')).toEqual([
      ['Emotioneel', '1', 'Latifa'], ['Praktisch', '1', 'Latifa'], ['Advies en informatie', '0', 'Nog niemand'],
      ['Gezelschap', '0', 'Nog niemand'], ['Financieel', '0', 'Nog niemand'], ['Huisvesting', '0', 'Nog niemand'],
    ]);
    expect(screen.getByText('Nog niemand gevonden voor: Advies en informatie, Gezelschap, Financieel, Huisvesting.')).toBeInTheDocument();
  });

  it('reads a share out as "2 van 4" where the bars are parts of a whole', () => {
    render(<NetworkSummary network={samirNetwork} />);
    const row = within(screen.getByRole('table', { name: 'Per cirkel' })).getByRole('row', { name: /Binnenste cirkel/ });
    expect(row).toHaveTextContent('2 van 4');
    // the bars themselves are hidden from assistive technology
    for (const svg of document.querySelectorAll('[data-part="summary-bar"]')) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('sums up Marco’s ten-year network: faded, broken, ended and potential contacts by name, give and take, missing support', () => {
    render(<NetworkSummary network={marcoNetwork} />);
    expect(screen.getByText('18 mensen, plekken en organisaties rond Marco Bakker.')).toBeInTheDocument();
    expect(chart('Per levensgebied').map((r) => r[1])).toEqual(['7', '2', '2', '1', '1', '5', '0']);
    expect(chart('Eigen netwerk en beroepskrachten')).toEqual([['Eigen netwerk (informeel)', '14'], ['Beroepskrachten (formeel)', '4']]);
    expect(chart('Per cirkel').map((r) => r[1])).toEqual(['3', '6', '9']);
    expect(chart('Hoe is het contact met Marco Bakker?')).toEqual([
      ['Actief', '12', ''],
      ['Verwaterd', '2', 'Rob Bakker, Erwin Smit'],
      ['Verbroken', '1', 'Sandra de Wit'],
      ['Afgesloten', '2', 'Ewa Bakker-Nowak, Karin de Boer'],
      ['Kan een rol spelen', '1', 'Wim Verbeek'],
    ]);
    expect(chart('Over en weer').map((r) => r[1])).toEqual(['10', '6', '5']);
    expect(screen.getByText('Marco Bakker krijgt steun van 10 mensen. Voor 5 van hen doet Marco Bakker ook iets terug.')).toBeInTheDocument();
    const support = chart('Soorten steun die Marco Bakker krijgt');
    expect(support.find((r) => r[0] === 'Financieel')).toEqual(['Financieel', '1', 'Schuldhulp Gemeente']);
    expect(support.find((r) => r[0] === 'Huisvesting')).toEqual(['Huisvesting', '0', 'Nog niemand']);
    expect(screen.getByText('Nog niemand gevonden voor: Huisvesting.')).toBeInTheDocument();
  });

  it('says kindly that the network is still empty, without empty charts', () => {
    const empty: Network = { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} };
    render(<NetworkSummary network={empty} />);
    expect(screen.getByText('Er staat nog niemand in het netwerk rond Samir. Dat is een begin: samen kunnen jullie mensen toevoegen.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Er staan nog geen datums in het netwerk/)).toBeInTheDocument();
  });

  it('hides names when redacted, in the charts and in the changes', () => {
    const { container } = render(<NetworkSummary network={marcoNetwork} since={marcoIntakeDate} redacted="initials" />);
    const text = container.textContent ?? '';
    for (const name of ['Anouk', 'Lisa', 'Wim Verbeek', 'Rob Bakker', 'Marco Bakker', 'Sandra']) expect(text).not.toContain(name);
    expect(screen.getByText(/Namen zijn afgeschermd/)).toBeInTheDocument();
    expect(screen.getByText('Het contact met L. is hersteld.')).toBeInTheDocument();
    expect(chart('Hoe is het contact met M.B.?')[1]).toEqual(['Verwaterd', '2', 'R.B., E.S.']);
  });

  it('shows names that look like HTML as text', () => {
    const hostile: Network = {
      ...samirNetwork,
      people: [...samirNetwork.people, { id: 'p-x', name: '<img src=x onerror=alert(1)>', kind: 'person', since: '2024' }],
      ties: [...samirNetwork.ties, { id: 't-x', between: ['p-samir', 'p-x'], status: 'active', support: { receives: ['housing'] } }],
    };
    const { container } = render(<NetworkSummary network={hostile} defaultSince="2020" />);
    expect(screen.getByText('<img src=x onerror=alert(1)> is nieuw in het netwerk.')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks English with locale="en"', () => {
    render(<NetworkSummary network={samirNetwork} locale="en" defaultSince="2019" />);
    expect(screen.getByRole('heading', { name: 'Network summary' })).toBeInTheDocument();
    expect(screen.getByText('4 people, places and organisations around Samir.')).toBeInTheDocument();
    expect(chart('By circle')).toEqual([['Inner circle', '2'], ['Middle circle', '1'], ['Outer circle', '1']]);
    expect(screen.getByText('The contact with Latifa has been restored.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('2019');
  });
});

describe('NetworkSummary: what changed since', () => {
  it('tells what changed in Marco’s network since his intake, in report sentences', () => {
    render(<NetworkSummary network={marcoNetwork} since={marcoIntakeDate} />);
    expect(screen.getByText(`Sinds ${formatFuzzyDate(marcoIntakeDate, 'nl')}:`)).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: 'Wat is er veranderd?' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Wim Verbeek is nieuw in het netwerk en kan een rol gaan spelen.',
      'Schuldhulp Gemeente is nieuw in het netwerk.',
      'Fietsenwerkplaats De Spaak is nieuw in het netwerk.',
      'Bo is nieuw in het netwerk.',
      'Anouk Bakker en Fatima El Idrissi hebben nu contact met elkaar.',
      'Het contact met Anouk Bakker is sterker geworden.',
      'Het contact met Anouk Bakker is nu steunend (was wisselend).',
      'Het contact met Lisa is hersteld.',
      'Het contact met Lisa is nu steunend (was gespannen).',
    ]);
  });

  it('lets the caseworker pick the date from the network’s own dates', async () => {
    const user = userEvent.setup();
    const onSinceChange = vi.fn();
    render(<NetworkSummary network={samirNetwork} onSinceChange={onSinceChange} />);
    expect(screen.getByText('Kies een datum om te zien wat er sindsdien veranderd is.')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Vergelijk met' });
    expect(within(picker).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', '2019', '2019-05', '2019-06', '~2021', '2024-03']);
    await user.selectOptions(picker, '2019');
    expect(onSinceChange).toHaveBeenLastCalledWith('2019');
    expect(screen.getByText('Het contact met Latifa is hersteld.')).toBeInTheDocument();
    expect(screen.getByText('Het contact met Latifa is nu steunend (was wisselend).')).toBeInTheDocument();
    // on the date of the last history entry the tie shows that entry's state (networkAt)
    await user.selectOptions(picker, '2024-03');
    expect(screen.queryByText('Het contact met Latifa is hersteld.')).not.toBeInTheDocument();
    expect(screen.getByText('Het contact met Latifa is nu steunend (was wisselend).')).toBeInTheDocument();
    await user.selectOptions(picker, '');
    expect(onSinceChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByText('Kies een datum om te zien wat er sindsdien veranderd is.')).toBeInTheDocument();
  });

  it('says so when nothing changed; a host date outside the list is offered too', () => {
    render(<NetworkSummary network={samirNetwork} since="2025" />);
    expect(screen.getByText(`Er is niets veranderd sinds ${formatFuzzyDate('2025', 'nl')}.`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Vergelijk met' })).toHaveValue('2025');
  });

  it('without a picker and without a date it shows no changes section', () => {
    render(<NetworkSummary network={samirNetwork} showDatePicker={false} />);
    expect(screen.queryByRole('region', { name: 'Wat is er veranderd?' })).not.toBeInTheDocument();
  });
});

describe('describeNetworkChanges', () => {
  const base: Network = {
    format: 'kring.network', version: 1, focus: 'c', groups: [], events: [],
    people: [
      { id: 'c', name: 'Samir', kind: 'person' },
      { id: 'l', name: 'Latifa', kind: 'person', closeness: 'outer', sector: 'family' },
      { id: 'a', name: 'Anouk', kind: 'person', closeness: 'inner' },
      { id: 'k', name: 'Kees', kind: 'person' },
      { id: 'o', name: 'Oma', kind: 'person' },
      { id: 'w', name: 'Wim', kind: 'person' },
      { id: 'r', name: 'Rob', kind: 'person' },
    ],
    ties: [
      { id: 't-l', between: ['c', 'l'], status: 'broken', strength: 'weak' },
      { id: 't-a', between: ['a', 'c'], status: 'active', strength: 'weak', quality: 'ambivalent' },
      { id: 't-k', between: ['c', 'k'], status: 'active', strength: 'strong' },
      { id: 't-w', between: ['c', 'w'], status: 'potential' },
      { id: 't-r', between: ['c', 'r'], status: 'active' },
      { id: 't-ak', between: ['a', 'k'], status: 'active' },
    ],
  };
  const after: Network = {
    ...base,
    people: [
      base.people[0]!,
      { id: 'l', name: 'Latifa', kind: 'person', closeness: 'middle', sector: 'friends' },
      { id: 'a', name: 'Anouk', kind: 'person', closeness: 'middle' },
      { id: 'k', name: 'Kees', kind: 'person' },
      { id: 'o', name: 'Oma', kind: 'person', deceased: '2024' },
      { id: 'w', name: 'Wim', kind: 'person' },
      { id: 'r', name: 'Rob', kind: 'person' },
      { id: 'j', name: 'Jan de Vries', kind: 'person' },
    ],
    ties: [
      { id: 't-l', between: ['c', 'l'], status: 'active', strength: 'weak' },
      { id: 't-a', between: ['a', 'c'], status: 'active', strength: 'strong', quality: 'supportive' },
      { id: 't-k', between: ['c', 'k'], status: 'broken', strength: 'moderate' },
      { id: 't-w', between: ['c', 'w'], status: 'active' },
      { id: 't-r', between: ['c', 'r'], status: 'faded' },
      { id: 't-ak', between: ['a', 'k'], status: 'ended' },
      { id: 't-j', between: ['c', 'j'], status: 'active' },
    ],
  };

  it('writes one Dutch sentence per change, as in a report', () => {
    expect(describeNetworkChanges(base, after)).toEqual([
      'Jan de Vries is nieuw in het netwerk.',
      'Latifa staat nu dichterbij: in de middelste cirkel (was buitenste cirkel).',
      'Latifa hoort nu bij Vrienden (was Familie).',
      'Anouk staat nu verder weg: in de middelste cirkel (was binnenste cirkel).',
      'Oma is overleden.',
      'Het contact met Latifa is hersteld.',
      'Het contact met Anouk is sterker geworden.',
      'Het contact met Anouk is nu steunend (was wisselend).',
      'Het contact met Kees is verbroken.',
      'Het contact met Kees is zwakker geworden.',
      'Het contact met Wim is begonnen.',
      'Het contact met Rob is verwaterd.',
      'Het contact tussen Anouk en Kees is afgesloten.',
    ]);
  });

  it('and in English', () => {
    const en = describeNetworkChanges(base, after, { locale: 'en' });
    expect(en).toContain('Jan de Vries is new in the network.');
    expect(en).toContain('The contact with Latifa has been restored.');
    expect(en).toContain('The contact with Anouk has become stronger.');
    expect(en).toContain('Latifa is closer now: in the middle circle (was the outer circle).');
    expect(en).toContain('The contact between Anouk and Kees has ended.');
    expect(en).toContain('Oma has died.');
  });

  it('reports people and ties that left, and nothing for an unchanged network', () => {
    const without: Network = { ...base, people: base.people.filter((p) => p.id !== 'r'), ties: base.ties.filter((t) => t.id !== 't-r' && t.id !== 't-ak') };
    expect(describeNetworkChanges(base, without)).toEqual(['Rob staat niet meer in het netwerk.', 'Het contact tussen Anouk en Kees staat niet meer in de kaart.']);
    expect(describeNetworkChanges(marcoNetwork, marcoNetwork)).toEqual([]);
    expect(describeNetworkChanges(networkAt(samirNetwork, '2019'), samirNetwork, { messages: { 'summary.change.restored': '{subject} is weer goed.' } })[0]).toBe('Het contact met Latifa is weer goed.');
  });
});

describe('NetworkSummary: the plan (issue 15)', () => {
  it('counts and names overloaded naasten, refused contact, limits, open and overdue actions, and the groups', () => {
    render(<NetworkSummary network={meetingNetwork} today={meetingToday} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Het plan' })).toBeInTheDocument();
    expect(chart('Het plan in cijfers')).toEqual([
      ['Overbelaste naasten', '1', 'Latifa'],
      ['Geen contact: Samir wil dat niet', '1', 'Youssef'],
      ['Contact begrenzen', '1', 'Youssef'],
      ['Open acties', '4', ''],
      // Today 2024-10-01: due 15 August and 1 September have passed; November and December have not.
      ['Over de datum', '2', 'Latifa vragen wat zij nodig heeft; Kennismaken bij De Kloof'],
      ['Gedaan', '1', ''],
    ]);
    expect(screen.getByText('2 bijeenkomsten, waarvan 1 nog gepland.')).toBeInTheDocument();
    expect(chart('Steungroep en basisteam')).toEqual([
      ['Steungroep', '4', 'Latifa, Fatima, Youssef, Kees'],
      ['Basisteam', '3', 'Jan de Vries, Ria Bakker, Latifa'],
    ]);
  });

  it('in English, and redacted: initials only, in the plan too', () => {
    const { unmount } = render(<NetworkSummary network={meetingNetwork} today={meetingToday} locale="en" />);
    expect(chart('The plan in numbers')[1]).toEqual(['No contact: Samir does not want it', '1', 'Youssef']);
    unmount();
    const { container } = render(<NetworkSummary network={meetingNetwork} today={meetingToday} redacted />);
    const plan = container.querySelector('[data-part="summary-plan"]')!;
    for (const name of ['Latifa', 'Youssef', 'Fatima', 'Kees', 'Jan de Vries', 'Ria Bakker']) expect(plan.textContent).not.toContain(name);
    expect(chart('Het plan in cijfers')[0]![1]).toBe('1');
  });

  it('a network without a plan, groups or flags has no plan part', () => {
    const plain: Network = { ...marcoNetwork, groups: [], people: marcoNetwork.people.map(({ burden: _b, consent: _c, ...p }) => p), ties: marcoNetwork.ties.map(({ intent: _i, ...t }) => t) };
    render(<NetworkSummary network={plain} />);
    expect(screen.queryByRole('heading', { name: 'Het plan' })).toBeNull();
  });
});
