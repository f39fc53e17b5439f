import { useState, type ReactElement } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { networkAt, type Network } from '@kring/core';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { TimeSlider } from '../packages/react/src/time-slider';
import { NetworkList } from '../packages/react/src/network-list';
import type { Locale } from '../packages/react/src/i18n';
import '../packages/react/src/styles.css';

/** The slider driving a view: the list shows the network as it was on the chosen date. */
function WithList({ network, locale }: { network: Network; locale?: Locale }): ReactElement {
  const [date, setDate] = useState<string | null>(null);
  const shown = date === null ? network : networkAt(network, date);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '60rem' }}>
      <TimeSlider network={network} value={date} onChange={setDate} locale={locale} />
      <NetworkList network={shown} locale={locale} headingLevel={2} />
    </div>
  );
}

const meta = {
  title: 'Parts/TimeSlider',
  component: TimeSlider,
  tags: ['autodocs'],
  args: { network: samirNetwork },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TimeSlider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled, starting at "Nu". Arrows step, Page Up/Down jump a year, Home/End. */
export const Nl: Story = { name: 'Samir (nl)' };
export const En: Story = { name: 'Samir (en)', args: { locale: 'en' } };
/** Controlled, driving a list with `networkAt`: Marco's network from intake to now. */
export const MarcoOverTime: Story = { name: 'Marco over time (nl)', render: () => <WithList network={marcoNetwork} /> };
export const MarcoOverTimeEn: Story = { name: 'Marco over time (en)', render: () => <WithList network={marcoNetwork} locale="en" /> };
/** A network without dates says so. */
export const NoDates: Story = { name: 'No dates yet', args: { network: { ...samirNetwork, ties: [], events: [] } } };
export const Dark: Story = {
  name: 'Dark',
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <TimeSlider {...args} />
    </div>
  ),
};
