import { useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { fatimaNetwork, generateNetwork } from '@kring/fixtures';
import { Ecogram } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

const TODAY = '2025-06-15';

function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

/**
 * Every line the ecogram draws, in one network: faded, broken, ended, potential, stressful,
 * harmful and ambivalent ties, support letters (P G A E F H) and arrows, ties between two
 * other people (bent around whoever sits in the way), a person who does not want to be
 * contacted ("· geen contact") and the other badges.
 */
const grammarNetwork: Network = {
  format: 'kring.network',
  version: 1,
  id: 'n-grammar',
  focus: 'p-noor',
  people: [
    { id: 'p-noor', name: 'Noor', kind: 'person' },
    { id: 'p-moeder', name: 'Moeder Hanna', kind: 'person', sector: 'family', closeness: 'inner', burden: 'overloaded' },
    { id: 'p-vader', name: 'Vader Karim', kind: 'person', sector: 'family', closeness: 'outer', consent: 'not-allowed', boundary: { note: 'Dreigt' } },
    { id: 'p-zus', name: 'Zus Amira', kind: 'person', sector: 'family', closeness: 'middle', location: { area: 'abroad', country: 'MA' }, interpreter: true },
    { id: 'p-ex', name: 'Ex-vriend Rick', kind: 'person', sector: 'friends', closeness: 'outer', consent: 'not-allowed' },
    { id: 'p-lisa', name: 'Lisa', kind: 'person', sector: 'friends', closeness: 'inner', consent: 'ask-first' },
    { id: 'p-tom', name: 'Tom', kind: 'person', sector: 'friends', closeness: 'middle' },
    { id: 'p-mede', name: 'Medebewoner Sem', kind: 'person', sector: 'peers', closeness: 'middle' },
    { id: 'p-buur', name: 'Buurman Piet', kind: 'person', sector: 'community', closeness: 'outer' },
    { id: 'o-buurthuis', name: 'Buurthuis De Brug', kind: 'place', sector: 'community', closeness: 'middle' },
    { id: 'p-baas', name: 'Oud-werkgever', kind: 'person', sector: 'work', closeness: 'outer' },
    { id: 'p-begeleider', name: 'Begeleider Ingrid', kind: 'person', sector: 'care', closeness: 'inner' },
    { id: 'o-schuld', name: 'Schuldhulp', kind: 'organisation', sector: 'care', closeness: 'outer' },
  ],
  ties: [
    { id: 't-moeder', between: ['p-noor', 'p-moeder'], strength: 'strong', quality: 'supportive', status: 'active', support: { receives: ['emotional', 'practical'], gives: ['companionship'] } },
    { id: 't-vader', between: ['p-noor', 'p-vader'], strength: 'strong', quality: 'harmful', status: 'broken' },
    { id: 't-zus', between: ['p-noor', 'p-zus'], strength: 'moderate', quality: 'supportive', status: 'faded', support: { receives: ['emotional'] } },
    { id: 't-ex', between: ['p-noor', 'p-ex'], strength: 'moderate', quality: 'stressful', status: 'ended' },
    { id: 't-lisa', between: ['p-noor', 'p-lisa'], strength: 'strong', quality: 'supportive', status: 'active', support: { receives: ['companionship', 'informational'], gives: ['companionship'] } },
    { id: 't-tom', between: ['p-noor', 'p-tom'], strength: 'weak', quality: 'ambivalent', status: 'active' },
    { id: 't-mede', between: ['p-noor', 'p-mede'], strength: 'moderate', quality: 'stressful', status: 'active', support: { gives: ['practical'] } },
    { id: 't-buur', between: ['p-noor', 'p-buur'], strength: 'weak', status: 'faded' },
    { id: 't-buurthuis', between: ['p-noor', 'o-buurthuis'], strength: 'weak', quality: 'supportive', status: 'active', support: { receives: ['companionship'] } },
    { id: 't-baas', between: ['p-noor', 'p-baas'], strength: 'weak', status: 'potential' },
    { id: 't-begeleider', between: ['p-noor', 'p-begeleider'], strength: 'moderate', quality: 'supportive', status: 'active', support: { receives: ['practical', 'informational', 'housing'] } },
    { id: 't-schuld', between: ['p-noor', 'o-schuld'], strength: 'weak', quality: 'ambivalent', status: 'active', support: { receives: ['financial'] } },
    { id: 't-moeder-vader', between: ['p-moeder', 'p-vader'], strength: 'moderate', quality: 'harmful', status: 'active' },
    { id: 't-lisa-tom', between: ['p-lisa', 'p-tom'], strength: 'weak', quality: 'supportive', status: 'active' },
    { id: 't-zus-begeleider', between: ['p-zus', 'p-begeleider'], strength: 'weak', quality: 'supportive', status: 'faded' },
    { id: 't-mede-buurthuis', between: ['p-mede', 'o-buurthuis'], strength: 'weak', quality: 'stressful', status: 'active' },
  ],
  groups: [{ id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: ['p-moeder', 'p-lisa'] }],
  events: [],
};

const meta = {
  title: 'Ecogram/Visual grammar',
  component: Ecogram,
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every kind of line with the legend of what this network uses beside it. */
export const AllLines: Story = {
  name: 'Alle lijnen en tekens',
  render: (args) => <Controlled {...args} initial={grammarNetwork} />,
  args: { showLegend: true },
};

/** The same in English. */
export const AllLinesEnglish: Story = {
  name: 'All lines and signs (en)',
  render: (args) => <Controlled {...args} initial={grammarNetwork} />,
  args: { showLegend: true, locale: 'en' },
};

/** Without the support letters (`supportLetters={false}`). */
export const NoSupportLetters: Story = {
  name: 'Zonder steunletters',
  render: (args) => <Controlled {...args} initial={grammarNetwork} />,
  args: { supportLetters: false },
};

/** A crowded map: 30 people and their ties, for clicking on lines (tests/browser/tie-hits.test.ts). */
export const Crowded: Story = {
  name: 'Druk netwerk (30 mensen)',
  render: (args) => <Controlled {...args} initial={generateNetwork(30, 7)} />,
};

/** Fatima's network with every symbol in the legend (`show="all"` is the Legend's own option). */
export const Fatima: Story = {
  name: 'Fatima',
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { showLegend: true },
};
