import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { Lifeline } from '../packages/react/src/lifeline';
import { KringLinkProvider, useKringLink } from '../packages/react/src/linked';
import { Ecogram } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories and screenshots do not change from day to day. */
const TODAY = '2025-06-15';

const vague: Network = {
  format: 'kring.network',
  version: 1,
  focus: 'p-noor',
  people: [
    { id: 'p-noor', name: 'Noor', kind: 'person' },
    { id: 'p-oma', name: 'Oma Jet', kind: 'person', sector: 'family' },
    { id: 'p-ahmed', name: 'Ahmed', kind: 'person', sector: 'friends' },
  ],
  ties: [],
  groups: [],
  events: [
    { id: 'v-1', title: 'Bij oma gaan wonen', date: '~2008', category: 'housing', valence: 1, people: ['p-oma'] },
    { id: 'v-2', title: 'School afgemaakt', date: '2014', category: 'work', valence: 2 },
    { id: 'v-3', title: 'Ruzie met thuis', date: '2016-10', category: 'family', valence: -1 },
    { id: 'v-4', title: 'Op kamers', start: '~2017', end: '2019', category: 'housing', valence: 0 },
    { id: 'v-5', title: 'Oma overleden', date: '2019-11-03', category: 'loss', valence: -2, people: ['p-oma'] },
    { id: 'v-6', title: 'Vriendschap met Ahmed', start: '2020', category: 'relationships', valence: 1, people: ['p-ahmed'] },
  ],
};

const openEnded: Network = {
  ...samirNetwork,
  events: [
    { id: 'o-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2, people: ['p-latifa'] },
    { id: 'o-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1 },
    { id: 'o-3', title: 'Eigen kamer via Kamers met Kansen', start: '2021-09', category: 'housing', valence: 2, people: ['p-jan'] },
    { id: 'o-4', title: 'Dagbesteding in De Kloof', start: '2022-03', category: 'work', valence: 1, people: ['o-kloof'] },
    { id: 'o-5', title: 'Rex erbij', date: '2023-04', category: 'family', valence: 2, people: ['p-rex'] },
  ],
};

function Controlled(props: React.ComponentProps<typeof Lifeline> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Lifeline {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

const meta = {
  title: 'Lifeline/Levenslijn',
  component: Lifeline,
  tags: ['autodocs'],
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Lifeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ten years of Marco's life (2015–2025): lows below the line, highs above, periods as bands. */
export const Typical: Story = {
  render: (args) => <Controlled {...args} initial={marcoNetwork} />,
};

/** The small Samir network of the format description. */
export const Samir: Story = { args: { defaultNetwork: samirNetwork } };

/** Nothing recorded yet: a calm invitation, never a reproach. */
export const Empty: Story = {
  args: { defaultNetwork: { ...samirNetwork, events: [] } },
};

/** "2014" is a bracket across the whole year, "~2008" gets dotted "around" ends, a day is a point. */
export const VagueDates: Story = { args: { defaultNetwork: vague } };

/** Periods still going run to today and end in an arrow. */
export const OpenEndedPeriod: Story = { args: { defaultNetwork: openEnded } };

/** No editing controls; selecting, zooming and the list still work. */
export const ReadOnly: Story = { args: { network: marcoNetwork, readOnly: true } };

/** Names as initials (core `redactNetwork`), notes removed: for printing and sharing. */
export const Redacted: Story = { args: { network: marcoNetwork, redacted: 'initials' } };

/** English words and dates. */
export const English: Story = { args: { defaultNetwork: marcoNetwork, locale: 'en' } };

/** The dark theme (`theme="dark"`, or `data-kring-theme="dark"` on an ancestor). */
export const Dark: Story = {
  args: { defaultNetwork: marcoNetwork, theme: 'dark' },
  decorators: [
    (Story) => (
      <div data-kring-theme="dark" style={{ background: 'var(--kring-bg, #14171b)', padding: 12 }}>
        <Story />
      </div>
    ),
  ],
};

/** Narrow container (< 480 px): time runs from top to bottom. */
export const Narrow: Story = {
  args: { defaultNetwork: marcoNetwork },
  decorators: [
    (Story) => (
      <div style={{ width: 360, border: '1px solid #ccc', padding: 8 }}>
        <Story />
      </div>
    ),
  ],
};

/** The list alternative: an ordered list with dates and valence in words. */
export const ListView: Story = { args: { defaultNetwork: marcoNetwork, defaultView: 'list' } };

/** Zoomed in from the start is not possible by props; this one starts with a selection. */
export const Selected: Story = { args: { defaultNetwork: marcoNetwork, defaultSelectedId: 'e-moeder' } };

function PersonPicker({ network }: { network: Network }) {
  const link = useKringLink();
  return (
    <fieldset style={{ marginBottom: 12 }}>
      <legend>Markeer een persoon (gedeelde selectie)</legend>
      {network.people
        .filter((p) => p.id !== network.focus)
        .slice(0, 6)
        .map((p) => (
          <label key={p.id} style={{ marginRight: 12 }}>
            <input type="radio" name="person" checked={link?.selectedPersonId === p.id} onChange={() => link?.selectPerson(p.id)} /> {p.name}
          </label>
        ))}
      <p style={{ margin: '4px 0 0' }}>Gekozen datum: {link?.date ?? '—'} · Gekozen gebeurtenis: {link?.selectedEventId ?? '—'}</p>
    </fieldset>
  );
}

/** Inside a `KringLinkProvider`: a person picked elsewhere highlights their events; clicking the axis sets the shared date. */
export const Linked: Story = {
  render: (args) => (
    <KringLinkProvider defaultSelectedPersonId="p-anouk">
      <PersonPicker network={marcoNetwork} />
      <Lifeline {...args} defaultNetwork={marcoNetwork} />
    </KringLinkProvider>
  ),
};

function LinkedViews() {
  const [network, setNetwork] = useState(marcoNetwork);
  return (
    <KringLinkProvider>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Ecogram network={network} onChange={(next) => setNetwork(next)} today={TODAY} />
        </div>
        <div style={{ flex: '2 1 520px', minWidth: 0 }}>
          <Lifeline network={network} onChange={(next) => setNetwork(next)} today={TODAY} />
        </div>
      </div>
    </KringLinkProvider>
  );
}

/**
 * Ecogram and Lifeline side by side in one `KringLinkProvider`: selecting a person in the
 * ecogram highlights their life events; clicking the time ruler moves the ecogram to that date.
 */
export const WithEcogram: Story = {
  render: () => <LinkedViews />,
};
