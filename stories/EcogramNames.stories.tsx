import { useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { broadFamilyNetwork, generateRealisticNetwork, hostileNamesNetwork } from '@kring/fixtures';
import { Ecogram } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories and screenshots do not change from day to day. */
const TODAY = '2025-06-15';

/** A host that keeps the network in its own state: the usual controlled use. */
function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

const meta = {
  title: 'Ecogram/Names',
  component: Ecogram,
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Rachid's broad family network (32 people): every name drawn in full, long ones wrapped over
 * two lines, a thin leader line where a name had to sit a little further out.
 */
export const BroadFamily: Story = {
  name: 'Broad family (32 people)',
  render: (args) => <Controlled {...args} initial={broadFamilyNetwork} />,
};

/** 40 people from the realistic generator: the most the map draws every name for. */
export const Forty: Story = {
  name: '40 people',
  render: (args) => <Controlled {...args} initial={generateRealisticNetwork(40, 3)} />,
};

/**
 * 60 people: where a name has no room it becomes a number, and the key beside the map (below
 * it on a narrow screen) lists the numbers with the full names. The same numbers on paper.
 */
export const Sixty: Story = {
  name: '60 people with a key',
  render: (args) => <Controlled {...args} initial={generateRealisticNetwork(60, 3)} />,
};

/**
 * A 200-character name (two lines, the second shortened, the number in the key), emoji,
 * Arabic and Hebrew names (drawn right to left), mixed scripts and one long word.
 */
export const HardNames: Story = {
  name: 'Long, emoji and right-to-left names',
  render: (args) => <Controlled {...args} initial={hostileNamesNetwork} />,
};
