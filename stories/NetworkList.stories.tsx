import { useState, type ReactElement } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { fatimaNetwork, samirNetwork } from '@kring/fixtures';
import { NetworkList } from '../packages/react/src/network-list';
import type { Locale } from '../packages/react/src/i18n';
import '../packages/react/src/styles.css';

function WithEditing({ network, locale }: { network: Network; locale?: Locale }): ReactElement {
  const [selected, setSelected] = useState<string | null>('p-latifa');
  return <NetworkList network={network} locale={locale} selectedId={selected} onEditPerson={setSelected} onEditTie={setSelected} />;
}

const meta = {
  title: 'Parts/NetworkList',
  component: NetworkList,
  tags: ['autodocs'],
  args: { network: samirNetwork },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof NetworkList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Samir's network in words: one table per circle, every attribute spelled out. */
export const SamirNl: Story = { name: 'Samir (nl)' };
export const SamirEn: Story = { name: 'Samir (en)', args: { locale: 'en' } };
/** With edit buttons ("Bewerk Latifa") and the selected row highlighted. */
export const WithEditButtons: Story = { name: 'With edit buttons and selection', render: () => <WithEditing network={samirNetwork} /> };
/** A fuller network: support group, overloaded mother, ties between others. */
export const Fatima: Story = { name: 'Fatima (nl)', args: { network: fatimaNetwork } };
export const FatimaEn: Story = { name: 'Fatima (en), editable', render: () => <WithEditing network={fatimaNetwork} locale="en" /> };
/** Only the client so far: a kind sentence instead of empty tables. */
export const Empty: Story = {
  name: 'No one yet',
  args: { network: { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} } },
};
/** Names that look like HTML are shown as text. */
export const HostileNames: Story = {
  name: 'Names that look like HTML',
  args: {
    network: {
      ...samirNetwork,
      people: [...samirNetwork.people, { id: 'p-x', name: '<img src=x onerror=alert(1)>', kind: 'person', closeness: 'outer' }],
    },
  },
};
export const Dark: Story = {
  name: 'Dark',
  render: () => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <WithEditing network={fatimaNetwork} />
    </div>
  ),
};
